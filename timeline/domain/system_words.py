"""What the system, SQLite and Python's parsers say of a file, as messages of the catalogue.

An error of the operating system (``No such file or directory``), of SQLite (``attempt to
write a readonly database``) or of Python's JSON and CSV readers (``Expecting value``) comes
in English whatever the reader's language. The usual ones are messages here, whose English
is the system's own words, so the command line and the logs read as they did and a window
says them in its reader's language; anything else is the system's text, on one line.
"""

from __future__ import annotations

import errno
import re
from collections.abc import Callable

from timeline.domain.messages import Message, message

#: errno -> its reason (the English of each is glibc's strerror).
_ERRNO = {
    errno.ENOENT: message("system.no_such_file"),
    errno.EACCES: message("system.permission_denied"),
    errno.EPERM: message("system.not_permitted"),
    errno.EROFS: message("system.read_only_disk"),
    errno.ENOSPC: message("store.short_disk_full"),
    errno.EDQUOT: message("system.quota_exceeded"),
    errno.EFBIG: message("store.short_file_too_large"),
    errno.EISDIR: message("system.is_a_folder"),
    errno.ENOTDIR: message("system.not_a_folder"),
    errno.EEXIST: message("system.exists"),
    errno.ENAMETOOLONG: message("system.name_too_long"),
    errno.EIO: message("system.input_output"),
    errno.EBUSY: message("system.busy"),
    errno.EMFILE: message("system.too_many_open_files"),
}

#: SQLite's result code (``sqlite_errorname``'s start) -> its reason.
_SQLITE = (
    ("SQLITE_READONLY", message("system.database_read_only")),
    ("SQLITE_BUSY", message("system.database_locked")),
    ("SQLITE_LOCKED", message("system.database_locked")),
    ("SQLITE_CANTOPEN", message("system.database_cannot_open")),
    ("SQLITE_NOTADB", message("system.not_a_database")),
    ("SQLITE_CORRUPT", message("system.database_malformed")),
    ("SQLITE_FULL", message("store.short_disk_full")),
    ("SQLITE_IOERR", message("system.database_io")),
    ("SQLITE_PERM", message("system.permission_denied")),
    ("SQLITE_AUTH", message("system.permission_denied")),
)

#: Python's JSON decoder: its ``msg`` -> its reason.
_JSON = {
    "Expecting value": message("system.json_expecting_value"),
    "Expecting property name enclosed in double quotes": message("system.json_expecting_name"),
    "Expecting ':' delimiter": message("system.json_expecting_colon"),
    "Expecting ',' delimiter": message("system.json_expecting_comma"),
    "Unterminated string starting at": message("system.json_unterminated_string"),
    "Invalid control character at": message("system.json_control_character"),
    "Invalid \\escape": message("system.json_bad_escape"),
    "Invalid \\uXXXX escape": message("system.json_bad_escape"),
    "Extra data": message("system.json_extra_data"),
    "Illegal trailing comma before end of object": message("system.json_trailing_comma"),
    "Illegal trailing comma before end of array": message("system.json_trailing_comma"),
}

#: Python's CSV reader (strict): a pattern of its complaint -> its reason.
_CSV: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], Message]], ...] = (
    (re.compile(r"line contains NUL"), lambda _: message("system.csv_nul")),
    (
        re.compile(r"'(?P<expected>.)' expected after '(?P<after>.)'"),
        lambda found: message("system.csv_expected", **found.groupdict()),
    ),
    (re.compile(r"unexpected end of data"), lambda _: message("system.csv_ends_early")),
    (
        re.compile(r"field larger than field limit \((?P<limit>\d+)\)"),
        lambda found: message("system.csv_too_long", limit=int(found["limit"])),
    ),
)


def one_line(text: str) -> str:
    """SQLite's reports may span lines (``*** in database main ***`` then the pages): one
    line for a message."""
    return " ".join(text.split())


def system_reason(error: BaseException) -> Message | str:
    """Why the system or SQLite refused: a message of the catalogue for the usual reasons,
    else its own words on one line (an OSError's ``strerror``; a wrapper's driver error)."""
    driver = getattr(error, "orig", None)  # SQLAlchemy's wrapper of the driver's error
    if isinstance(driver, BaseException):
        error = driver
    number = getattr(error, "errno", None)
    if isinstance(number, int) and number in _ERRNO:
        return _ERRNO[number]
    name = getattr(error, "sqlite_errorname", None) or ""
    for prefix, reason in _SQLITE:
        if name.startswith(prefix):
            return reason
    strerror = getattr(error, "strerror", None)
    return one_line(strerror if isinstance(strerror, str) and strerror else str(error))


def json_reason(detail: str) -> Message | str:
    """Python's JSON decoder's ``msg`` in the catalogue's words (as it is when unknown)."""
    return _JSON.get(detail, detail)


def csv_reason(detail: str) -> Message | str:
    """Python's CSV reader's complaint in the catalogue's words (as it is when unknown)."""
    for pattern, reason in _CSV:
        found = pattern.search(detail)
        if found:
            return reason(found)
    return detail
