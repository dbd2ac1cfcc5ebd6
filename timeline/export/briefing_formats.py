"""What briefing exports accept, with no Qt to import: the command line reads these when it
starts, for every command, and must stay quick to start."""

from __future__ import annotations

#: Suffixes the briefing exports write; other suffixes belong to the data exports.
FORMATS = (".pdf", ".png", ".svg")
PAGE_NAMES = ("A4", "A3", "Letter")
DPI_RANGE = (50, 600)
MAX_PAGES_WIDE = 50
#: What a briefing's table lists: every event, a summary by year, nothing; auto chooses.
TABLE_MODES = ("auto", "all", "summary", "none")
#: Above this many events, ``auto`` groups the table by year.
SUMMARY_ABOVE = 150
