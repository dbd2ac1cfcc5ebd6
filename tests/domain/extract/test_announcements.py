"""The reader proposes "announced" for what an article says is yet to happen: a date after
the publication day, or a future-tense cue ("سينعقد", "will be held", "se tiendra")."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.cli import main
from timeline.domain.extract.proposals import extract
from timeline.domain.status import EventStatus

FORUM = "سينعقد المنتدى يومي 28 و29 أبريل 2025"


def test_extract_proposes_the_forum_as_announced(tmp_path, capsys):
    article = tmp_path / "article.txt"
    article.write_text(FORUM + "\n", encoding="utf-8")
    assert main(["extract", str(article), "--published", "2025-04-08"]) == 0
    [line] = [json.loads(text) for text in capsys.readouterr().out.splitlines()]
    assert (line["status"], line["date"]) == ("announced", "2025-04-28/2025-04-29")


@pytest.mark.parametrize(
    ("text", "published", "status"),
    [
        # A future cue announces, even when read after the date.
        (FORUM, date(2025, 5, 2), EventStatus.ANNOUNCED),
        ("انعقد المنتدى يومي 28 و29 أبريل 2025", date(2025, 5, 2), EventStatus.HELD),
        ("The forum will be held on 28 April 2025 in Rabat.", date(2025, 5, 2), "announced"),
        ("The forum was held on 28 April 2025 in Rabat.", date(2025, 5, 2), "held"),
        ("Le forum se tiendra le 28 avril 2025 à Rabat.", date(2025, 5, 2), "announced"),
        ("Le forum s'est tenu le 28 avril 2025 à Rabat.", date(2025, 5, 2), "held"),
        ("سيدخل الاتفاق حيز التنفيذ يوم 19 مارس 2025", date(2025, 3, 20), "announced"),
        # No cue: a date after the publication day is announced, one before reported.
        ("The forum on 28 April 2025 in Rabat.", date(2025, 4, 8), "announced"),
        ("The forum on 28 April 2025 in Rabat.", date(2025, 4, 28), "held"),
    ],
)
def test_cues_and_dates_decide_the_proposed_status(text, published, status):
    [proposal] = extract(text, published).proposals
    assert proposal.status == status
    assert proposal.to_event().status == status


@settings(max_examples=30, deadline=None)
@given(st.dates(date(1950, 1, 1), date(2070, 12, 31)), st.integers(-400, 400))
def test_without_a_cue_a_day_is_announced_exactly_when_after_publication(day, shift):
    published = day + timedelta(days=shift)
    text = f"Talks in Rabat on {day.isoformat()}."
    [proposal] = extract(text, published).proposals
    assert proposal.date.earliest() == day
    expected = EventStatus.ANNOUNCED if day > published else EventStatus.HELD
    assert proposal.status is expected
