"""Writing a finished file in one step: never half a briefing, never a good file lost.

The temporary file is created *before* the long work starts, beside the destination (same
file system, so the final rename is atomic), so an unwritable folder fails at once with one
line; it is moved over the destination only when its bytes are complete and on disk.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from pathlib import Path

from timeline.io.exporter import destination, unwritable


def write_atomically(path: Path, produce: Callable[[], bytes]) -> None:
    """Write what ``produce`` returns to ``path``, or leave ``path`` as it was.

    ``produce`` may raise (a cancelled export does): the temporary file is removed and the
    error passes on. OS errors become one-line :class:`ExportError`.
    """
    path = Path(path)
    target = destination(path)
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(6)}.part")
    try:
        handle = temporary.open("xb")
    except OSError as error:
        raise unwritable(path, error) from error
    try:
        with handle:
            handle.write(produce())
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise unwritable(path, error) from error
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
