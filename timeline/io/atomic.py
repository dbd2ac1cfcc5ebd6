"""Writing a finished file in one step: never half a file, never a good file lost.

The temporary file is created *before* the long work starts, beside the destination (same
file system, so the final rename is atomic; created exclusively and with the usual
permissions, unlike mkstemp's private 0600), so an unwritable folder fails at once with one
line; it is moved over the destination only when its bytes are complete and on disk.
"""

from __future__ import annotations

import errno
import os
import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, TypeVar

from timeline.domain.errors import ReasonError
from timeline.domain.messages import Message, message
from timeline.domain.system_words import system_reason
from timeline.permissions import keep_permissions

Handle = TypeVar("Handle", bound=IO[Any])


class ExportError(ReasonError):
    """The file cannot be written: which (``about``) and why (see ReasonError)."""


#: The longest file name most file systems take, in bytes (ext4, NTFS, APFS, FAT's long names).
NAME_MAX = 255


def unwritable(path: Path, error: OSError, *, replacing: bool = False) -> ExportError:
    """One line a person can act on: which folder, and what is wrong with it (the system's
    own words only when it is none of the usual reasons). The folder is named whole: "you
    may not write in the folder ." named none. ``replacing``: the new file was made beside
    it, so the folder takes files, and a refusal is the file's own (made immutable)."""
    folder = path.absolute().parent
    if error.errno == errno.ENAMETOOLONG:  # looked at first: the checks below raise it too
        reason = message("export.name_too_long")
    elif (problem := folder_problem(path)) is not None:
        reason = problem
    elif path.is_dir():
        reason = message("export.is_a_folder")
    elif error.errno in (errno.EACCES, errno.EPERM) and replacing and path.exists():
        reason = message("export.file_locked")
    elif error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        reason = message("export.no_permission", folder=folder)
    elif error.errno == errno.ENOSPC:
        reason = message("export.disk_full")
    else:
        reason = message("export.folder_refuses", folder=folder, error=system_reason(error))
    return ExportError(reason, about=path)


def folder_problem(path: Path) -> Message | None:
    """Why the folder ``path`` names cannot take a file: it is not there, or it is a file;
    None where it is a folder. For a copy as for an export: ``db backup --output`` made
    the folders a typo named, where ``export`` said they were not there."""
    folder = path.absolute().parent
    if not folder.exists():
        return message("export.folder_missing", folder=folder)
    if not folder.is_dir():
        return message("export.not_a_folder", folder=folder)
    return None


def temporary_beside(target: Path) -> Path:
    """The hidden file an export is written to before it takes ``target``'s place, named
    after it as far as a file name's length allows: a name of 245 characters, valid, was
    refused for the 19 its temporary file adds."""
    tail = f".{secrets.token_hex(6)}.part"
    room = NAME_MAX - len(tail.encode()) - 1
    head = target.name.encode()[:room].decode(errors="ignore")
    return target.with_name(f".{head}{tail}")


def destination(path: Path) -> Path:
    """Where an export's bytes go: a symbolic link's target, so that the new file takes
    the target's place and the link stays a link."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


@contextmanager
def replacing(path: Path, open_new: Callable[[Path], Handle]) -> Iterator[Handle]:
    """A handle on a new file that replaces ``path`` when the block ends without error.

    ``open_new`` opens the temporary file exclusively (mode ``"x"`` or ``"xb"``). An error
    in the block (a cancelled export raises one) removes the temporary file and passes on;
    OS errors become one-line :class:`ExportError`.
    """
    path = Path(path)
    try:
        target = destination(path)  # a name too long to look at raises here
        temporary = temporary_beside(target)
        handle = open_new(temporary)
    except OSError as error:
        raise unwritable(path, error) from error
    try:
        keep_permissions(target, temporary)  # before a byte of it can be read
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise unwritable(path, error, replacing=True) from error
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_atomically(path: Path, produce: Callable[[], bytes]) -> None:
    """Write what ``produce`` returns to ``path``, or leave ``path`` as it was."""
    with replacing(path, lambda temporary: temporary.open("xb")) as handle:
        handle.write(produce())
