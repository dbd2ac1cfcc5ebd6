"""What briefing exports accept, with no Qt to import: the command line reads these when it
starts, for every command, and must stay quick to start."""

from __future__ import annotations

#: Suffixes the briefing exports write; other suffixes belong to the data exports.
FORMATS = (".pdf", ".png", ".svg")
PAGE_NAMES = ("A4", "A3", "Letter")
DPI_RANGE = (50, 600)
MAX_PAGES_WIDE = 50
