"""The briefing's closing sections from ``export``: the agreements table (dates in both
calendars, regional month names, days to entry into force) as pdftotext and pypdf read it,
the announced events (the sample's forum of April 2025, long past, as to be confirmed), and
cancelled events left out unless asked for."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pypdf import PdfReader

from timeline.cli import main
from timeline.domain.status import EventStatus


def export(*args: str) -> None:
    assert main(["export", *args]) == 0


def forum_of(store):
    return next(e for e in store.find() if e.title_en.startswith("3rd South-South"))


@pytest.fixture(scope="module")
def pair_ar(tmp_path_factory, qapp):
    path = tmp_path_factory.mktemp("closing") / "pair-ar.pdf"
    export("--sample", "--pair", "MA", "KZ", "--lang", "ar", "--date-style", "maghreb", str(path))
    return path


ROW = ("26 شتنبر 2024", "19 مارس 2025", "174")


def test_the_agreements_row_reads_the_same_in_pdftotext(pair_ar, poppler):
    lines = [poppler.squeezed(line) for line in poppler.text(pair_ar, "-layout").splitlines()]
    heading = next(n for n, line in enumerate(lines) if line == poppler.squeezed("الاتفاقات"))
    row = next(line for line in lines[heading:] if "174" in line)
    assert all(poppler.squeezed(part) in row for part in ROW)
    assert poppler.squeezed("ساري المفعول") in row and poppler.squeezed("إعفاء من التأشيرة") in row


def test_the_agreements_row_reads_the_same_in_pypdf(pair_ar, poppler):
    last = PdfReader(pair_ar).pages[-1].extract_text()
    section = poppler.squeezed(last[last.index("الاتفاقات") :])
    assert all(poppler.squeezed(part) in section for part in ROW)


def test_an_announced_event_now_past_closes_the_briefing_as_to_be_confirmed(
    tmp_path, poppler, qapp
):
    path = tmp_path / "ma.pdf"
    export("--sample", "--country", "MA", "--lang", "en", str(path))
    last = poppler.squeezed(poppler.pages(path)[-1])
    heading = last.index(poppler.squeezed("Announced, not yet confirmed"))
    forum = poppler.squeezed("3rd South-South Parliamentary")
    assert last.index(forum, heading) > heading and "Coming up" not in last
    # Under its heading, not among the events: the timeline labels it too, once.
    pages = [poppler.squeezed(page) for page in poppler.pages(path)]
    assert "".join(pages).count(forum) == 2


def test_cancelled_events_are_left_out_unless_asked_for(sample_store, tmp_path, poppler, qapp):
    forum = forum_of(sample_store)
    sample_store.update(replace(forum, status=EventStatus.CANCELLED))
    database = str(tmp_path / "sample.sqlite3")
    without, including = tmp_path / "without.pdf", tmp_path / "with.pdf"
    export("--database", database, "--country", "MA", "--lang", "en", str(without))
    export(
        "--database", database, "--country", "MA", "--lang", "en", "--include-cancelled",
        str(including),
    )  # fmt: skip
    title = poppler.squeezed("3rd South-South")
    assert title not in poppler.squeezed(poppler.text(without))
    assert title in poppler.squeezed(poppler.text(including))
