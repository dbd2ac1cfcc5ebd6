"""A file replaced by a new one keeps who may read and write it.

Exports and restores write a new file beside the old one and swap it in (``os.replace``),
so that the name always holds a whole file. The new file is made with the process's usual
permissions: a briefing kept private (0600) or a database shared with a group (0660, owned
by the group) became readable by everyone and lost its group. The old file's permission
bits and group go to the new one before the swap. Standard library only: the store and the
files in and out use it alike.
"""

from __future__ import annotations

import os
import stat
from contextlib import suppress
from pathlib import Path


def keep_permissions(old: Path, new: Path) -> None:
    """``old``'s group and permission bits onto ``new``; nothing where ``old`` does not
    exist. A group the process cannot give (one it is not a member of) stays ``new``'s."""
    try:
        status = old.stat()
    except FileNotFoundError:
        return
    if hasattr(os, "chown") and new.stat().st_gid != status.st_gid:
        with suppress(PermissionError):
            os.chown(new, -1, status.st_gid)
    os.chmod(new, stat.S_IMODE(status.st_mode))  # after the group: a chown may clear bits
