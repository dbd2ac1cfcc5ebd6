"""Exports under test: briefings of the sample pair exported once per session and shared by
the tests that only read them."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from keyed_events import add_in_bulk
from pdf_readers import PAIR

from timeline.domain.dates import EventDate
from timeline.domain.datetext import DateFormat, DateStyle
from timeline.domain.kinds import EventKind
from timeline.domain.view_state import ViewState
from timeline.export.briefing_export import ExportRequest

#: What the shared briefings are titled and marked with, in each language.
TITLES = {
    "ar": "إحاطة للوزير: المغرب وكازاخستان",
    "en": "Briefing for the minister: Morocco and Kazakhstan",
    "fr": "Note au ministre\u00a0: Maroc et Kazakhstan",
}
MARKINGS = {"ar": "مقيد", "en": "Restricted", "fr": "Diffusion restreinte"}


def write_planned(briefing, request: ExportRequest, path: Path) -> None:
    """The PDF ``export_file`` writes of ``request``, from the briefing a test laid out for
    it already: ``export_file`` lays it out (``plan_briefing``) and paints it just so, and
    the layout costs as much as the painting."""
    from timeline.export.briefing import pdf_bytes

    path.write_bytes(pdf_bytes(briefing, request.page.page_layout()))


@pytest.fixture(scope="session")
def shared_sample(tmp_path_factory, qapp, store_copy):
    """The sample in one database for the whole session; tests that read it only."""
    store = store_copy("sample", tmp_path_factory.mktemp("shared") / "sample.sqlite3")
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
                ViewState(PAIR, fmt, order=("MA", "KZ")),
                title=TITLES[language],
                marking=MARKINGS[language],
                page=PageSetup("A4", landscape=not portrait),
                pages_wide=pages_wide,
            )
            path = folder / f"{language}-{pages_wide}-{'portrait' if portrait else 'landscape'}.pdf"
            export_file(shared_sample, path, request)
            made[key] = path
        return made[key]

    return briefing


def busy(store, seed: int, count: int, first: date, days: int) -> None:
    """Adds to ``store`` ``count`` events of the sample's pair, each a copy of one of its own
    with a random kind, on a random day of the ``days`` from ``first``: a band busier than
    its rows, the same from run to run."""
    rng = random.Random(seed)
    events = store.find(PAIR)
    add_in_bulk(
        store,
        [
            replace(
                rng.choice(events),
                id=None,
                kind=rng.choice(list(EventKind)),
                date=EventDate.on(first + timedelta(days=rng.randrange(days))),
            )
            for _ in range(count)
        ],
    )


def painted_page(briefing, page: int):
    """Page ``page`` of a planned briefing painted on white, as a QImage to read pixels of."""
    from PySide6.QtGui import QColor, QImage, QPainter

    image = QImage(briefing.content.toSize(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    briefing.paint_page(painter, page)
    painter.end()
    return image
