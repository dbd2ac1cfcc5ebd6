"""Exports under test: the sample in a database of the test's own, and the poppler tools
that read PDFs back as a reader's software would."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from timeline.domain.datetext import DateFormat, DateStyle
from timeline.domain.filters import EventFilter
from timeline.io.briefing_export import ExportRequest

PAIR = EventFilter.pair("MA", "KZ")
# Direction marks pdftotext puts around runs of another direction.
_BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


class Poppler:
    """What a reader's software sees in a PDF: poppler's pdftotext and pdfinfo."""

    @staticmethod
    def _tool(name: str) -> str:
        found = shutil.which(name)
        if found is None:
            pytest.skip(f"{name} (poppler-utils) is not installed")
        return found

    def text(self, path: Path, *options: str) -> str:
        result = subprocess.run(
            [self._tool("pdftotext"), *options, str(path), "-"],
            capture_output=True,
            text=True,
            check=True,
        )
        return result.stdout

    def pages(self, path: Path) -> list[str]:
        """The text of each page (pdftotext ends each with a form feed)."""
        return self.text(path).split("\f")[:-1]

    def page_count(self, path: Path) -> int:
        result = subprocess.run(
            [self._tool("pdfinfo"), str(path)], capture_output=True, text=True, check=True
        )
        found = re.search(r"^Pages:\s+(\d+)", result.stdout, re.MULTILINE)
        assert found is not None, result.stdout
        return int(found.group(1))

    def fonts(self, path: Path) -> str:
        result = subprocess.run(
            [self._tool("pdffonts"), str(path)], capture_output=True, text=True, check=True
        )
        return result.stdout

    @staticmethod
    def squeezed(text: str) -> str:
        """Text without direction marks or spaces: pdftotext moves the spaces around
        numbers in right-to-left lines as it reorders them, so words are compared without."""
        return "".join(_BIDI_CONTROLS.sub("", text).split())


@pytest.fixture
def poppler() -> Poppler:
    return Poppler()


@pytest.fixture
def pair_request():
    """A request for the MA–KZ pair in a language, Maghreb month names, Latin digits."""

    def make(language: str, **changes: object) -> ExportRequest:
        fmt = DateFormat(language=language, style=DateStyle.MAGHREB)
        return ExportRequest(PAIR, fmt, order=("MA", "KZ"), **changes)  # type: ignore[arg-type]

    return make
