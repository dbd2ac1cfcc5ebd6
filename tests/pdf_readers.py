"""Reading PDFs back as a reader's software does: poppler's tools and pypdf. Shared by the
briefing, export-dialog and command-line tests (fixtures ``poppler`` and ``pair_request`` in
tests/conftest.py)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from timeline.domain.filters import EventFilter

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

    def words(self, path: Path) -> list[list[tuple[float, float, float, float, str]]]:
        """Each page's word boxes (x min, y min, x max, y max, text), in points from the
        top left, and last an empty word at the page's bottom right corner."""
        html = self.text(path, "-bbox")
        pages = []
        for width, height, body in re.findall(
            r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', html, re.S
        ):
            boxes = [
                (float(a), float(b), float(c), float(d), word)
                for a, b, c, d, word in re.findall(
                    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
                    r"([^<]*)</word>",
                    body,
                )
            ]
            corner = (float(width), float(height), float(width), float(height), "")
            pages.append([*boxes, corner])
        return pages

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


def pypdf_text(path: Path, pages: int | None = None) -> list[str]:
    """Each page's text as pypdf extracts it; only the first ``pages`` when given (pypdf
    reads a page of table in a fifth of a second)."""
    from pypdf import PdfReader

    return [page.extract_text() for page in PdfReader(path).pages[:pages]]
