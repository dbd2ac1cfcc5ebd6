"""Exports under test: the sample in a database of the test's own, the poppler tools and
pypdf that read PDFs back as a reader's software would, and briefings of the sample pair
exported once per session and shared by the tests that only read them."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from timeline.domain.datetext import DateFormat, DateStyle
from timeline.domain.filters import EventFilter
from timeline.export.briefing_export import ExportRequest

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


@pytest.fixture
def poppler() -> Poppler:
    return Poppler()


def pypdf_text(path: Path) -> list[str]:
    """Each page's text as pypdf extracts it."""
    from pypdf import PdfReader

    return [page.extract_text() for page in PdfReader(path).pages]


#: What the shared briefings are titled and marked with, in each language.
TITLES = {
    "ar": "إحاطة للوزير: المغرب وكازاخستان",
    "en": "Briefing for the minister: Morocco and Kazakhstan",
    "fr": "Note au ministre\u00a0: Maroc et Kazakhstan",
}
MARKINGS = {"ar": "مقيد", "en": "Restricted", "fr": "Diffusion restreinte"}


@pytest.fixture(scope="session")
def shared_sample(tmp_path_factory, qapp):
    """The sample in one database for the whole session; tests that read it only."""
    from timeline.io.sample import load_sample
    from timeline.store.database import open_database
    from timeline.store.repository import EventStore

    store = EventStore(open_database(tmp_path_factory.mktemp("shared") / "sample.sqlite3"))
    load_sample(store)
    yield store
    store.database.close()


@pytest.fixture(scope="session")
def briefings(shared_sample, tmp_path_factory):
    """``briefings(language, pages_wide, portrait)``: the sample pair's briefing with a
    title and a marking, exported the first time it is asked for."""
    from timeline.export.briefing_export import export_file
    from timeline.export.page_setup import PageSetup

    folder = tmp_path_factory.mktemp("briefings")
    made: dict[tuple[str, int, bool], Path] = {}

    def briefing(language: str, pages_wide: int = 1, portrait: bool = False) -> Path:
        key = (language, pages_wide, portrait)
        if key not in made:
            fmt = DateFormat(language=language, style=DateStyle.MAGHREB)
            request = ExportRequest(
                PAIR,
                fmt,
                title=TITLES[language],
                marking=MARKINGS[language],
                order=("MA", "KZ"),
                page=PageSetup("A4", landscape=not portrait),
                pages_wide=pages_wide,
            )
            path = folder / f"{language}-{pages_wide}-{'portrait' if portrait else 'landscape'}.pdf"
            export_file(shared_sample, path, request)
            made[key] = path
        return made[key]

    return briefing


@pytest.fixture
def pair_request():
    """A request for the MA–KZ pair in a language, Maghreb month names, Latin digits."""

    def make(language: str, **changes: object) -> ExportRequest:
        fmt = DateFormat(language=language, style=DateStyle.MAGHREB)
        return ExportRequest(PAIR, fmt, order=("MA", "KZ"), **changes)  # type: ignore[arg-type]

    return make
