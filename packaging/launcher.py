"""The frozen application's entry point (PyInstaller runs this file as ``__main__``).

The same as the ``diplomatic-timeline`` command and ``python -m timeline``; a file of its
own so that the spec does not put ``timeline/`` itself on the import path.
"""

import sys

from timeline.cli import main

if __name__ == "__main__":
    sys.exit(main())
