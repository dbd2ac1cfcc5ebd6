"""What the command line says to people is counted in the reader's language: "1 event",
"11 حدثًا", "2 événements".

The language is ``--lang`` when the command was given one (before the command, or after it
for ``list`` and ``export``), else the terminal's, found as gettext finds it (LANGUAGE,
LC_ALL, LC_MESSAGES, LANG), else English. JSON lines are for scripts and stay as they are.
"""

from __future__ import annotations

import argparse
import os

from timeline.domain.event import LANGUAGES
from timeline.domain.plurals import count_words

#: Where gettext looks for the language of messages, in its order.
_LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def terminal_language() -> str:
    """``ar`` for ``LANG=ar_MA.UTF-8``; English for C, POSIX or a language we lack."""
    for name in _LOCALE_VARIABLES:
        value = os.environ.get(name, "")
        if value:
            language = value.split(":")[0][:2].lower()
            return language if language in LANGUAGES else "en"
    return "en"


def output_language(args: argparse.Namespace) -> str:
    return str(getattr(args, "lang", None) or terminal_language())


def counted(count: int, args: argparse.Namespace, what: str = "event") -> str:
    """``count`` of ``what`` in the plural form of the command's language."""
    return count_words(count, output_language(args), what)
