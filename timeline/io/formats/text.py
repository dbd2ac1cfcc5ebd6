"""Lines of a byte stream as text, numbered, with the reason when a line is not UTF-8."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

BOM = "\ufeff"


def numbered_lines(stream: BinaryIO) -> Iterator[tuple[int, str | None]]:
    """``(line number, text)`` for each line ending in ``\\n``; text is None when the line is
    not UTF-8, so a tab-separated reader can reject that one row and go on."""
    for number, raw in enumerate(stream, start=1):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            yield number, None
            continue
        yield number, text.removeprefix(BOM) if number == 1 else text
