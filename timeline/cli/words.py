"""What the command line says to people is said and counted in the reader's language:
"1 event", "11 حدثًا", "2 événements", and in the reader's digits: "١١ حدثًا" for a
Levantine or Egyptian reader, as the window counts.

The language is ``--lang``, given before the command or after it; English without one, as
for the command line's error messages; the digits are those of ``--date-style`` (Latin
without one). JSON lines are for scripts and stay as they are.
"""

from __future__ import annotations

import argparse

from timeline.domain.datetext import DateFormat, DateStyle, parse_date_style
from timeline.domain.messages import Message


def output_language(args: argparse.Namespace) -> str:
    return str(getattr(args, "lang", None) or "en")


def output_reader(args: argparse.Namespace, style: DateStyle | None = None) -> DateFormat:
    """Whom the command line counts for: its language, and the digits of ``style`` (a
    briefing's), else of ``--date-style``."""
    if style is None:
        given = getattr(args, "date_style", None)
        style = parse_date_style(given) if given else DateStyle.MAGHREB
    return DateFormat(output_language(args), style)


def counted(
    count: int, args: argparse.Namespace, what: str = "event", style: DateStyle | None = None
) -> str:
    """``count`` of ``what`` in the plural form of the command's language, in its reader's
    digits (:func:`output_reader`)."""
    return output_reader(args, style).count(count, what)


def rendered(said: Message, args: argparse.Namespace) -> str:
    """``said`` in the command's language, the numbers it names in its reader's digits
    (:func:`output_reader`): "أُضيف الحدث ١٢" for an Egyptian reader."""
    reader = output_reader(args)
    return said.render(reader.language, digits=reader.digits)
