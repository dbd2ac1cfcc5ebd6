"""The legend under a timeline: its kinds by colour, then its two imprecise markers, on as
few lines as the view's width holds and those lines as even as can be.

Its words for the markers serve the briefing's glance too (:func:`marker_words`).
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

import numpy as np

from timeline.domain.kinds import EventKind
from timeline.domain.status import EventStatus
from timeline.render.index import Marker, TimelineIndex
from timeline.render.labels import TextWidth
from timeline.render.rect import Rect
from timeline.render.shapes import HOLLOW_STATUSES, LegendItem, TimelineLayout

if TYPE_CHECKING:
    from timeline.render.layout import LayoutOptions

#: The words for the imprecise markers, by language: capitalised as the kinds' names
#: beside them are (the key read "Sideline meeting", then "month or year").
MARKER_WORDS = {
    Marker.FUZZY: {"ar": "شهر أو سنة", "en": "Month or year", "fr": "Mois ou année"},
    Marker.WINDOW: {
        "ar": "يوم ما خلال المدة",
        "en": "One day within",
        "fr": "Un jour dans la période",
    },
}


def marker_words(marker: Marker, language: str) -> str:
    """What an imprecise marker stands for, in ``language`` (else in English)."""
    words = MARKER_WORDS[marker]
    return words.get(language, words["en"])


#: The words for the marks of status, by the status whose mark they explain (one for the
#: two drawn hollow).
STATUS_WORDS = {
    EventStatus.ANNOUNCED: {
        "ar": "الإطار فقط: مُعلَن عنه أو مؤجَّل",
        "en": "Outline only: announced or postponed",
        "fr": "Contour seul\u00a0: annoncé ou reporté",
    },
    EventStatus.CANCELLED: {
        "ar": "مشطوب: ملغى",
        "en": "Struck through: cancelled",
        "fr": "Barré\u00a0: annulé",
    },
}


def status_marks(statuses: Collection[EventStatus]) -> list[EventStatus]:
    """The marks of status ``statuses`` are drawn with, each once: hollow (announced or
    postponed), then struck through (cancelled). Morocco's cancelled statements, struck,
    and postponed meetings, hollow, were explained nowhere."""
    marks = [EventStatus.ANNOUNCED] if HOLLOW_STATUSES & set(statuses) else []
    return marks + ([EventStatus.CANCELLED] if EventStatus.CANCELLED in statuses else [])


def status_words(status: EventStatus, language: str) -> str:
    """What the mark of ``status`` means, in ``language`` (else in English)."""
    words = STATUS_WORDS[EventStatus.ANNOUNCED if status in HOLLOW_STATUSES else status]
    return words.get(language, words["en"])


#: A legend is drawn only where the events keep this many rows beside it (the last one for
#: badges): in a small window the rows are worth more than the key to their colours, which
#: the list's kind column, the kinds filter and every marker's tooltip also give.
LEGEND_ROWS = 4


#: The room between two items of a legend, the widest that keeps it on fewest lines.
LEGEND_SPACINGS = (18.0, 12.0)


def _legend_lines(
    widths: list[float], spacing: float, room: float
) -> list[list[tuple[int, float]]]:
    """Items ``widths`` wide flowed onto lines ``room`` wide (8 pixels in at either side),
    ``spacing`` apart: each line's items as (index, offset from the reading edge)."""
    lines: list[list[tuple[int, float]]] = [[]]
    x = 8.0
    for item, width in enumerate(widths):
        if lines[-1] and x + width > room - 8:
            lines.append([])
            x = 8.0
        lines[-1].append((item, x))
        x += width + spacing
    return lines


def _balanced_legend_lines(
    widths: list[float], spacing: float, room: float
) -> list[list[tuple[int, float]]]:
    """The items on as few lines as ``room`` holds, and those lines as even as can be: the
    narrowest room that needs no more lines (in French at 1200 pixels, eight items over
    two, not five over five)."""
    lines = _legend_lines(widths, spacing, room)
    if len(lines) == 1:
        return lines
    narrow, wide = max(widths) + 16.0, room
    while wide - narrow > 1.0:
        middle = (narrow + wide) / 2
        if len(_legend_lines(widths, spacing, middle)) > len(lines):
            narrow = middle
        else:
            wide = middle
    return _legend_lines(widths, spacing, wide)


def _entries(
    index: TimelineIndex, options: LayoutOptions, today: bool
) -> list[tuple[EventKind | None, Marker, str, EventStatus | None]]:
    """What a legend keys, in order: kinds by colour, then the imprecise markers (of a
    picture, those its events are drawn with), the marks of status and, ``today``, a
    picture's today line: (kind, marker, label, status) each."""
    language = options.fmt.language
    kinds, markers = list(EventKind), list(MARKER_WORDS)
    if options.legend_drawn_only:
        drawn_kinds = set(np.unique(index.kinds).tolist())
        kinds = [kind for number, kind in enumerate(kinds) if number in drawn_kinds]
        drawn_markers = set(np.unique(index.markers).tolist())
        markers = [marker for marker in markers if marker in drawn_markers]
    entries: list[tuple[EventKind | None, Marker, str, EventStatus | None]] = [
        (kind, Marker.BAR, kind.info.name(language), None) for kind in kinds
    ]
    for marker in markers:
        entries.append((None, marker, marker_words(marker, language), None))
    for mark in status_marks(options.statuses):
        entries.append((None, Marker.POINT, status_words(mark, language), mark))
    if today:  # last, as its line is drawn over the events
        entries.append((None, Marker.POINT, options.today_words, None))
    return entries


_SWATCH, _GAP = 12.0, 6.0  # an item's coloured square, and the room between it and its words


def _lines(labels: list[str], width: float, text_width: TextWidth) -> list[list[tuple[int, float]]]:
    """Items of ``labels`` on the lines of a legend ``width`` pixels across."""
    widths = [_SWATCH + _GAP + text_width(label) for label in labels]
    # The items draw closer rather than leave one of them on a line of its own: at 1200
    # pixels the legend took a second line for "one day within" alone.
    spacing = min(LEGEND_SPACINGS, key=lambda spacing: len(_legend_lines(widths, spacing, width)))
    return _balanced_legend_lines(widths, spacing, width)


def legend_height(
    index: TimelineIndex, width: float, text_width: TextWidth, options: LayoutOptions
) -> float:
    """The height of the legend :func:`place_legend` draws under a view ``width`` pixels
    across, with no picture's today line in it (the screen's)."""
    labels = [label for _kind, _marker, label, _status in _entries(index, options, False)]
    return options.geometry.legend_height * len(_lines(labels, width, text_width))


def place_legend(
    result: TimelineLayout,
    index: TimelineIndex,
    bottom: float,
    floor: float,
    text_width: TextWidth,
    options: LayoutOptions,
) -> float:
    """The legend's items (:func:`_entries`), flowing in reading direction and wrapping
    onto more lines where the view is narrow, unless that takes the legend's top above
    ``floor``; returns the legend's top (``bottom`` where none is drawn)."""
    g = options.geometry
    today = bool(options.today_words) and result.today_x is not None
    entries = _entries(index, options, today)
    lines = _lines([label for _kind, _marker, label, _status in entries], result.width, text_width)
    top = bottom - g.legend_height * len(lines)
    if top < floor:
        return bottom
    for number, line in enumerate(lines):
        line_top = top + number * g.legend_height
        middle = line_top + g.legend_height / 2
        for item, x in line:
            kind, marker, label, status = entries[item]
            label_w = text_width(label)
            swatch_x = result.width - x - _SWATCH if options.rtl else x
            text_x = swatch_x - _GAP - label_w if options.rtl else swatch_x + _SWATCH + _GAP
            result.legend.append(
                LegendItem(
                    kind,
                    marker,
                    label,
                    Rect(swatch_x, middle - _SWATCH / 2, _SWATCH, _SWATCH),
                    Rect(text_x, line_top + 2, label_w, g.legend_height - 4),
                    status,
                    today=today and item == len(entries) - 1,
                )
            )
    return top
