"""The elements of a big JSON array, one at a time, each with the line it starts on.

``json.load`` would hold a million-event file in memory at once; this reads a buffer at a
time and decodes one element after another with ``JSONDecoder.raw_decode``, so memory stays
bounded by the largest single element.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, TextIO

from timeline.domain.messages import Message, message
from timeline.domain.system_words import json_reason
from timeline.io.rows import ImportFileError

CHUNK = 1 << 20
#: An element larger than this is taken for a broken file rather than read on and on.
MAX_ELEMENT = 64 * CHUNK
_WHITESPACE = " \t\n\r"
TOO_LONG_A_NUMBER = message("import.json_number_too_long")
_DECODER = json.JSONDecoder()


class JsonCursor:
    """A position in a JSON text that is read from a stream as needed."""

    def __init__(self, stream: TextIO, label: str) -> None:
        self._stream = stream
        self.label = label
        self._text = ""
        self._pos = 0
        self._eof = False
        self._line = 1  # the line number at _line_pos
        self._line_pos = 0

    def _fill(self) -> bool:
        if self._eof:
            return False
        chunk = self._stream.read(CHUNK)
        if not chunk:
            self._eof = True
            return False
        if self._pos > CHUNK:  # drop what is behind us, keeping the line count
            self.line()
            self._text = self._text[self._pos :]
            self._line_pos -= self._pos
            self._pos = 0
        self._text += chunk
        return True

    def line(self) -> int:
        """The line of the current position (1-based)."""
        self._line += self._text.count("\n", self._line_pos, self._pos)
        self._line_pos = self._pos
        return self._line

    def fail(self, reason: Message) -> ImportFileError:
        return ImportFileError(self.label, reason, self.line())

    def peek(self) -> str | None:
        """The next character that is not white space (None at the end), not consumed."""
        while True:
            while self._pos < len(self._text) and self._text[self._pos] in _WHITESPACE:
                self._pos += 1
            if self._pos < len(self._text):
                return self._text[self._pos]
            if not self._fill():
                return None

    def take(self, expected: str) -> None:
        found = self.peek()
        if found != expected:
            if found is None:
                raise self.fail(message("import.json_expected_at_end", expected=expected))
            raise self.fail(message("import.json_expected_found", expected=expected, found=found))
        self._pos += 1

    def value(self) -> Any:
        """Decode the JSON value that starts here."""
        if self.peek() is None:
            raise self.fail(message("import.json_ends_early"))
        while True:
            try:
                value, end = _DECODER.raw_decode(self._text, self._pos)
            except json.JSONDecodeError as error:
                if self._eof or len(self._text) - self._pos > MAX_ELEMENT:
                    self._pos = error.pos
                    detail = json_reason(error.msg)
                    raise self.fail(message("import.invalid_json", detail=detail)) from None
                self._fill()
                continue
            except RecursionError:
                raise self.fail(message("import.json_too_deep")) from None
            except ValueError:  # not a JSONDecodeError: an integer Python will not convert
                raise self.fail(TOO_LONG_A_NUMBER) from None
            if len(self._text) - end < 3 and self._fill():
                continue  # a number may go on in the next buffer ("1" + "00", "1." + "5")
            self._pos = end
            return value

    def elements(self) -> Iterator[tuple[int, Any]]:
        """``(line, value)`` for each element of the array that starts here."""
        self.take("[")
        if self.peek() == "]":
            self._pos += 1
            return
        while True:
            self.peek()
            yield self.line(), self.value()
            if self.peek() == ",":
                self._pos += 1
                continue
            self.take("]")
            return
