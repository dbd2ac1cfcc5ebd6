"""Which reader reads a file: the ``--format`` name, or else the file's first line and
its extension (content first: GDELT's daily files are tab-separated behind a ``.CSV``)."""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from timeline.domain.messages import message
from timeline.domain.system_words import system_reason
from timeline.io.formats import gdelt, icews, native_csv, native_json, plover
from timeline.io.rows import ImportFileError, Row

Reader = Callable[[BinaryIO, str, frozenset[str]], Iterator[Row]]
READERS: dict[str, Reader] = {
    "csv": native_csv.read,
    "json": native_json.read,
    "plover": plover.read,
    "icews": icews.read,
    "gdelt": gdelt.read,
}
BY_EXTENSION = {".csv": "csv", ".json": "json", ".jsonl": "plover", ".ndjson": "plover"}
_SNIFF_BYTES = 1 << 20


def _first_line(path: Path) -> str:
    try:
        with path.open("rb") as handle:
            head = handle.read(_SNIFF_BYTES)
    except OSError as error:
        reason = message("import.cannot_read", reason=system_reason(error))
        raise ImportFileError(str(path), reason) from error
    if not head.strip():
        raise ImportFileError(str(path), message("import.is_empty"))
    if _is_utf16(head):
        raise ImportFileError(str(path), message("import.is_utf16"))
    text = head.decode("utf-8", errors="replace").removeprefix("\ufeff")
    return re.split(r"\r\n?|\n", text.lstrip("\r\n"), maxsplit=1)[0]  # CR-only too


def _is_utf16(head: bytes) -> bool:
    """Whether a file starts as UTF-16 text does, as a spreadsheet's "Unicode text" saves
    it: a byte-order mark, or a NUL beside every other byte of text in Latin letters (a
    header row, a JSON bracket). Such a file was refused as "not UTF-8 text", or without the
    mark as the unknown column "i d "."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    pairs = head[:_UTF16_SAMPLE]
    if len(pairs) < 4:
        return False
    nul_first, nul_second = pairs[0::2].count(0), pairs[1::2].count(0)
    half = len(pairs) // 2
    return min(nul_first, nul_second) == 0 and max(nul_first, nul_second) >= half * 0.9


#: How many bytes of a file's start :func:`_is_utf16` looks at.
_UTF16_SAMPLE = 256

#: Fields of our own event record but the two a PLOVER record has too: a lone event of
#: ours, copied out of an export, was read as PLOVER and rejected as "event: is missing".
_OUR_EVENT_FIELDS = native_json.FIELDS - {"id", "date"}


def _is_ours(record: dict[str, object]) -> bool:
    """An envelope of our JSON, or one of its events alone (whose reader asks for the list)."""
    return "events" in record or not _OUR_EVENT_FIELDS.isdisjoint(record)


def _sniff(line: str) -> str | None:
    stripped = line.strip()
    if stripped.startswith("["):
        return "json"
    if stripped.startswith("{"):
        try:
            record = json.loads(stripped)
        except (ValueError, RecursionError):  # spread over lines, too deep, a huge number
            return "json"  # an envelope, whose reader says what is wrong with it
        return "json" if isinstance(record, dict) and _is_ours(record) else "plover"
    fields = line.rstrip("\r").split("\t")
    if fields[0].strip() == icews.COLUMNS[0] or len(fields) == len(icews.COLUMNS):
        return "icews"
    if len(fields) in gdelt.LAYOUTS or len(fields) > len(icews.COLUMNS):
        return "gdelt"  # a first row of the wrong width is still GDELT's, and rejected
    return "csv" if native_csv.delimiter(line) is not None else None


def detect_format(path: Path) -> str:
    """The name of the format of ``path``; ImportFileError when no reader fits."""
    found = _sniff(_first_line(path)) or BY_EXTENSION.get(path.suffix.lower())
    if found is None:
        known = ", ".join(READERS)
        raise ImportFileError(str(path), message("import.unknown_format", known=known))
    return found
