"""Whether a sentence announces its event (yet to happen) rather than reports it.

An article often says what is coming: "سينعقد المنتدى يومي 28 و29 أبريل", "will be held",
"se tiendra". Such an event is proposed as announced, so that once its date has passed the
"Needs attention" list asks someone to confirm it. Two signs, either enough: a date after
the article's publication day, or a future-tense cue from ``resources/extract/announcements.tsv``.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from timeline.domain.dates import EventDate
from timeline.domain.extract.patterns import ANY_ENDING, alternation, phrase_pattern
from timeline.domain.extract.tables import forms, table


@cache
def _cues() -> re.Pattern[str]:
    """One pattern for every cue of every language."""
    rows = table("announcements.tsv")
    return alternation([phrase_pattern(cue, ANY_ENDING) for _, cell in rows for cue in forms(cell)])


def announces(folded: str, when: EventDate, published: date) -> bool:
    """True when the folded sentence announces an event on ``when`` to readers of
    ``published``: the date is after that day, or a cue speaks of the future."""
    return when.earliest() > published or _cues().search(folded) is not None
