"""A file replaced by a new one keeps who may read and write it.

Exports and restores write a new file beside the old one and swap it in (``os.replace``),
so that the name always holds a whole file. The new file is made with the process's usual
permissions: a briefing kept private (0600) or a database shared with a group (0660, owned
by the group) became readable by everyone and lost its group. The old file's permission
bits and group go to the new one as soon as it is made, before anything is written into it.
Standard library only: the store and the files in and out use it alike.
"""

from __future__ import annotations

import os
import stat
from contextlib import suppress
from pathlib import Path


def keep_permissions(old: Path, new: Path) -> None:
    """``old``'s group and permission bits onto ``new``, as far as the system lets: nothing
    where ``old`` does not exist, nor on Windows (its only bit, read-only, would stop the
    swap). Where the process cannot give ``old``'s group (one it is not a member of), the
    group's bits are left out rather than given to another group."""
    if os.name != "posix":
        return
    try:
        status = old.stat()
    except FileNotFoundError:
        return
    mode = stat.S_IMODE(status.st_mode)
    if new.stat().st_gid != status.st_gid:
        try:
            os.chown(new, -1, status.st_gid)
        except PermissionError:
            mode &= ~stat.S_IRWXG
    with suppress(OSError):  # a file system without permission bits (a Windows share)
        os.chmod(new, mode)  # after the group: a chown may clear bits
