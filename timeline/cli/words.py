"""What the command line says to people is counted in the reader's language: "1 event",
"11 حدثًا", "2 événements".

The language is ``--lang``, given before the command or after it; English without one, as
for the command line's error messages. JSON lines are for scripts and stay as they are.
"""

from __future__ import annotations

import argparse

from timeline.domain.plurals import count_words


def output_language(args: argparse.Namespace) -> str:
    return str(getattr(args, "lang", None) or "en")


def counted(count: int, args: argparse.Namespace, what: str = "event") -> str:
    """``count`` of ``what`` in the plural form of the command's language."""
    return count_words(count, output_language(args), what)
