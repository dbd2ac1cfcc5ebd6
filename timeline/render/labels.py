"""Where each event's label goes in its row, in reading coordinates (0 at the view's start
edge, growing in the reading direction): pure arithmetic on widths, no Qt.

A label starts right after its marker's start, over the visible part of its bar (so a bar
cut by the view's edge keeps its label in view, like a sticky header); where there is no
room after it, it ends right at its marker instead; where neither side has room but the
two together have (at the view's far edge, say), it runs across its marker, shifted into the
view. It never leaves the view and never runs into the next marker's label, a badge or the
previous label. On screen a label that still does not fit is not drawn: a cut title ("Agreement
signed: United Arab Emirates–Uzb…") reads as a different event and hides the ones it could be,
while the marker alone says "something here" and its tooltip, the list and the details give
the title whole (the stacking reserves every label's room, so this happens at the view's far
edge, beside a badge or on a bar cut by the start edge, and panning brings the label back).
At the far edge an event whose label has no room in its row, or runs across its marker there,
may take another row, where its label has room beside it, or wrap beside its marker over its
row and the next, on three lines at most (:func:`place_elsewhere`); on screen a label with no
such room, across its marker or left out, becomes a tab ("…", :data:`FOLDED`) beside it. In
print, where nobody can hover, it wraps to a few lines or becomes a numbered callout, the
number across its marker if need be; where even that has no room (the label before runs up
to the marker at a page's far edge), the label before becomes a number: a marker alone on
paper cannot be read.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import NamedTuple

from timeline.render.rect import Rect

TextWidth = Callable[[str], float]

#: What a folded label's tab says (:attr:`timeline.render.shapes.EventShape.folded`).
FOLDED = "…"

#: On screen, the most of a label's width (its first words) that may lie before its
#: marker for it to read as starting there: further back, its start stands under no marker
#: of its own (:func:`starts_far_before`).
SLID_BACK = 1 / 3

#: The side of the disc a callout's number is painted in (on screen, a folded label's tab,
#: its label's height less its margins): the least width such a label takes.
DISC_SIDE = 16.0


@dataclass(frozen=True, slots=True)
class LabelStyle:
    gap: float = 8.0  # between a label and the next thing in its row
    lines: int = 1  # print wraps a label to up to this many lines
    whole: bool = False  # print: wrap a label that does not fit, or number the marker

    @property
    def text_gap(self) -> float:
        """On screen, between a label's end and the start of a label placed before or across
        its marker: no marker stands over that start, and at ``gap`` the two read as one line
        of text ("…ونيجيريا اتصال هاتفي…"); and between a marker with no label and the
        start of a label whose first words stand under no marker of its own
        (:func:`starts_far_before`), which would read as that marker's. Print keeps
        ``gap``: there every marker needs its label or its number."""
        return 3 * self.gap

    @property
    def marker_clearance(self) -> float:
        """Print: the least room between a marker and the start of another event's label
        set after it in its row (the label ends at its own marker). Nearer, the words stand
        just past that marker, as its own label does: in the sample on A4, "Mazhilis Chairman
        Yerlan Koshanov on an official visit to Morocco" started 26 units after the April
        talks' marker and read as that meeting's."""
        return 2 * self.text_gap


@lru_cache(maxsize=32)
def label_style(gap: float, lines: int = 1, whole: bool = False) -> LabelStyle:
    """The style of these figures, made once: every row of a frame and each far-edge label
    ask for one of the same few, and a frozen dataclass takes a microsecond to make."""
    return LabelStyle(gap, lines, whole)


class Placed(NamedTuple):
    """A label's lines, its span in reading coordinates, and whether it is a callout (a
    named tuple: made for every label of a frame, in half a frozen dataclass's time)."""

    lines: tuple[str, ...]
    start: float
    width: float
    callout: bool = False


def reading_span(rect: Rect, width: float, rtl: bool) -> tuple[float, float]:
    """A rectangle's span across the view in reading coordinates (0 at the start edge)."""
    return (width - rect.right, width - rect.x) if rtl else (rect.x, rect.right)


def starts_far_before(label: Placed, begin: float) -> bool:
    """Whether a label (reading coordinates) starts before its marker's start ``begin`` by
    more than :data:`SLID_BACK` of its width: just after another event's marker it reads
    as that marker's label."""
    return begin - label.start > SLID_BACK * label.width


def placed_rect(label: Placed, top: float, width: float, rtl: bool, line_height: float) -> Rect:
    """A placed label's rectangle in the view, from its span in reading coordinates."""
    left = width - label.start - label.width if rtl else label.start
    return Rect(left, top, label.width, line_height * len(label.lines))


def callout_width(text_width: TextWidth, callout_text: str = "00") -> float:
    """The room a callout's number takes: its text's, and no less than its disc's. Measured
    by its text alone, a number at a page's far edge had its disc run past it, sliced flat
    by the page (badge 5 of the Emirates and Nigeria 2010-2019 on portrait A4)."""
    return max(text_width(callout_text), DISC_SIDE)


#: Spaces a line never breaks at: French's before ";", ":", "!" and "?", a thin one, a
#: figure space.
_NO_BREAKS = "\u00a0\u202f\u2007"
_BREAKS = re.compile(f"[^\\S{_NO_BREAKS}]+")


def split_words(text: str) -> list[str]:
    """``text`` split where a line may break: at spaces, never at a no-break one (a
    French title wrapped "… faute de place" over "; le tableau …", its no-break space a
    plain one)."""
    if not any(space in text for space in _NO_BREAKS):
        return text.split()
    return [word for word in _BREAKS.split(text) if word]


def wrap(text: str, width: float, text_width: TextWidth, lines: int) -> tuple[str, ...] | None:
    """``text`` broken at spaces into at most ``lines`` lines of ``width``, or None."""
    result: list[str] = []
    for word in split_words(text):
        candidate = f"{result[-1]} {word}" if result else word
        if result and text_width(candidate) <= width:
            result[-1] = candidate
        elif text_width(word) <= width:
            result.append(word)
        else:
            return None
        if len(result) > lines:
            return None
    return tuple(result) or None


def narrowest(text: str, text_width: TextWidth, lines: int) -> float:
    """The narrowest a label wraps to on ``lines`` lines at most (its width on one): its
    lines then even, not a long line and a word."""
    whole = text_width(text)
    if lines <= 1:
        return whole
    low, high = max((text_width(word) for word in split_words(text)), default=whole), whole
    while high - low > 1.0:
        middle = (low + high) / 2
        low, high = (low, middle) if wrap(text, middle, text_width, lines) else (middle, high)
    return high


def place_row(
    anchors: Sequence[tuple[float, float] | None],
    texts: Sequence[str],
    obstacles: Sequence[tuple[float, float]],
    width: float,
    text_width: TextWidth,
    style: LabelStyle,
    callout_text: str = "00",
    edge: float = 0.0,
) -> list[Placed | None]:
    """Labels of one row whose visible markers span ``anchors`` (None: not in view), in
    order of their start, from ``edge`` to ``width``; ``obstacles`` (badges) keep their
    room. A label placed before its marker or across it never reaches back under the
    previous marker of its row: there it would read as that event's label (on paper too:
    Qatar's agreement of 27 June stood under a visit's bar of 19–26 June)."""
    starts = sorted([a[0] for a in anchors if a is not None] + [o[0] for o in obstacles])
    ends = sorted(o[1] for o in obstacles)
    # Asked of every label of a frame: the style's figures read once a row.
    gap, text_gap, whole, count = style.gap, style.text_gap, style.whole, len(starts)
    free = edge  # where the label band is free from, behind what was placed
    bare = edge  # where a label whose start no marker marks may start, on screen
    marker_end = -math.inf  # where the markers met so far end
    placed: list[Placed | None] = []
    last: tuple[int, float, float, float] | None = None  # see _squeeze
    for anchor, text in zip(anchors, texts, strict=True):
        if anchor is None:
            placed.append(None)
            continue
        begin, end = anchor
        following = bisect_right(starts, begin)  # the next marker or badge
        after = min(starts[following] - gap if following < count else width, width)
        passed = bisect_right(ends, end) if ends else 0  # the last badge behind this marker
        wall = ends[passed - 1] + gap if passed else edge
        under = min(marker_end + gap, begin)  # not back under the marker before
        behind = max(free, wall, under)
        # In print every marker needs its label or number: there the label gap must do,
        # where the wider one takes more lines or a number.
        bare_from = behind if whole else max(behind, bare)
        label = _fit(text, begin, end, after, behind, text_width, style, callout_text, bare_from)
        # On screen a label whose first words stand under no marker of its own keeps the
        # wider gap from the marker before as well: a label gap after a marker with no
        # label, it read as that marker's.
        clear = max(bare_from, marker_end + text_gap)
        if not whole and label and starts_far_before(label, begin) and label.start < clear:
            label = _fit(text, begin, end, after, behind, text_width, style, callout_text, clear)
        marker_end = max(marker_end, end)
        if whole and bare > behind and label is not None:
            apart = _fit(text, begin, end, after, behind, text_width, style, callout_text, bare)
            if apart is not None and _as_clear(apart, label, anchor):
                label = apart
        if label is None and whole and last is not None:
            squeezed = (begin, end, after)
            wall = max(wall, under)
            label = _squeeze(placed, last, text, squeezed, wall, text_width, style, callout_text)
        placed.append(label)
        if label is not None:
            last = (len(placed) - 1, end, after, behind)
            reach = label.start + label.width
            free = max(free, reach + gap)
            bare = max(bare, reach + text_gap)
    return placed


def _as_clear(apart: Placed, label: Placed, anchor: tuple[float, float]) -> bool:
    """Whether a label placed the screen's text gap from the label before it (see
    :attr:`LabelStyle.text_gap`) reads as well as where the label gap put it: words, not a
    number, on no more lines, beside its marker where that was. Two Arabic labels of the
    sample's first printed row, a flipped one's start at the other's end, read as one
    sentence."""
    begin, end = anchor

    def beside(placed: Placed) -> bool:
        return placed.start == begin or placed.start + placed.width == end

    return (
        not apart.callout
        and not label.callout
        and len(apart.lines) <= len(label.lines)
        and (beside(apart) or not beside(label))
    )


class RowSpans:
    """What a row holds (markers, labels, badges) as spans in reading coordinates, sorted
    by start with the latest end so far, so that the room around a marker is found in one
    binary search: a frame of a few hundred events asks it of every row for a few labels."""

    def __init__(self, spans: Iterable[tuple[float, float]]) -> None:
        ordered = sorted(spans)
        self.spans = ordered
        self._starts = [start for start, _stop in ordered]
        self._reach = list(accumulate((stop for _start, stop in ordered), max))

    def free_around(
        self, begin: float, end: float, gap: float, bounds: tuple[float, float]
    ) -> tuple[float, float] | None:
        """The stretch around [begin, end) that the spans leave free, a ``gap`` from each;
        None where one of them is nearer than that."""
        low, high = bounds
        following = bisect_left(self._starts, end + gap)  # the first span after it
        if following:
            reach = self._reach[following - 1] + gap
            if reach > begin:
                return None
            low = max(low, reach)
        if following < len(self._starts):
            high = min(high, self._starts[following] - gap)
        return low, high


def place_elsewhere(
    anchor: tuple[float, float],
    text: str,
    rows: Sequence[RowSpans],
    own: int,
    bounds: tuple[float, float],
    text_width: TextWidth,
    gap: float,
    below: bool = False,
    beside: bool = False,
    tall: bool = False,
    most: int = 2,
    stay: bool = False,
) -> tuple[int, Placed] | None:
    """On screen, a label that found no room in its own row (``own``): the row nearest it
    whose spans leave room around its marker ``anchor`` for the label whole on one line,
    beside the marker as in its own row; else, two lines over a row and the next one, where
    both are free. Which row, and the label; None where no row has room. ``bounds``: where
    labels may start and end; ``below``: whether the room under the last row holds a second
    line (a short view's last row has no row under it, but may have that room); ``beside``:
    only where the label starts or ends at its marker, not running across it (print, a
    label across its marker in its own row: the nearest row where it ran across too hid a
    row further out where it sits beside it); ``tall``: a row holds a label's two lines
    (print), so two lines need one row free only; ``most``: the most lines a label over a
    row and the next may take (on screen a third line still ends above the markers of the
    row after those two), tried once no row holds it on fewer; ``stay``: its own row only
    (its lines over the next one too)."""
    begin, end = anchor
    need = text_width(text)
    # Staying, only its own row and the next are looked at: a dense view's far edge asks
    # this of a score of markers a frame.
    looked = range(own, min(own + 2, len(rows))) if stay else range(len(rows))
    free = {row: rows[row].free_around(begin, end, gap, bounds) for row in looked}
    nearest = (own,) if stay else _nearest_rows(own, len(rows))
    one_line = label_style(gap)
    for row in nearest:
        room = free[row]
        if room is not None and room[1] - room[0] >= need:
            label = _fit(text, begin, end, room[1], room[0], text_width, one_line, "")
            if label is not None and not (beside and runs_across(label, anchor)):
                return row, label
    space = text_width(" ")
    for lines in range(2, most + 1):
        wrapped = label_style(gap, lines, True)
        for row in nearest:
            upper = free[row]
            if tall:
                lower = upper
            elif row + 1 < len(rows):
                lower = free[row + 1]
            else:  # under the last row, room for a second line at most
                lower = bounds if below and lines == 2 else None
            if lines > 2 and row + 2 == len(rows) and not below:  # the third runs under it
                continue
            if upper is None or lower is None:
                continue
            behind, after = max(upper[0], lower[0]), min(upper[1], lower[1])
            if lines * (after - behind) + (lines - 1) * space + 1.0 < need:  # lines too short
                continue
            label = _fit(text, begin, end, after, behind, text_width, wrapped, "")
            if label is None or label.callout or (beside and runs_across(label, anchor)):
                continue
            return row, label
    return None


@lru_cache(maxsize=256)
def _nearest_rows(own: int, count: int) -> tuple[int, ...]:
    """A lane's ``count`` rows by their distance from ``own``, the upper first of two as
    near: the order a far-edge label looks at them in (:func:`place_elsewhere`), the same
    few orders frame after frame."""
    return tuple(sorted(range(count), key=lambda row: (abs(row - own), row)))


def runs_across(label: Placed, anchor: tuple[float, float]) -> bool:
    """Whether a label (in reading coordinates) starts before its marker and ends after it,
    rather than starting at it or ending at it."""
    begin, end = anchor
    return label.start < begin - 0.5 and label.start + label.width > end + 0.5


def _squeeze(
    placed: list[Placed | None],
    last: tuple[int, float, float, float],
    text: str,
    anchor: tuple[float, float, float],
    wall: float,
    text_width: TextWidth,
    style: LabelStyle,
    callout_text: str,
) -> Placed | None:
    """Print: a label with no room even for its number, because the label before it in the
    row (``last``: its place in ``placed``, its marker's end, the room after it and where
    it could start) runs up to its marker, at a page's far edge say. That label becomes a
    number as near its marker's end as it can, and this one tries again; if it still has no
    room, the label before stays as it was (and this one, None, is left out)."""
    number, before_end, before_after, before_behind = last
    previous = placed[number]
    span = callout_width(text_width, callout_text)
    start = max(before_behind, before_end - span)
    if previous is None or previous.callout or start + span > before_after:
        return None
    squeezed = Placed(("",), start, span, callout=True)
    begin, end, after = anchor
    behind = max(wall, start + span + style.gap)
    label = _fit(text, begin, end, after, behind, text_width, style, callout_text)
    if label is not None:
        placed[number] = squeezed
    return label


def _fit(
    text: str,
    begin: float,
    end: float,
    after: float,
    behind: float,
    text_width: TextWidth,
    style: LabelStyle,
    callout_text: str,
    bare: float | None = None,
) -> Placed | None:
    """The label after its marker if it fits, else before it, in print else wrapped after
    or before it; else across it (in print wrapped if need be); in print, else a callout;
    on screen, else None. ``bare``: where a label before or across its marker may start,
    if later than ``behind`` (the label before it ends there, or the marker before).

    After the marker means starting at it: where something placed earlier still runs past
    the marker's start, there is no room after it (a label is never pushed away)."""
    need = text_width(text)
    room_after = after - begin if behind <= begin else -1.0
    behind = behind if bare is None else bare
    room_before = end - behind
    if need <= room_after:
        return Placed((text,), begin, need)
    if need <= room_before:
        return Placed((text,), end - need, need)
    # In print a label wrapped beside its marker rather than across it: shifted to run
    # across, a sideline meeting's label started under the arc joining the meetings before
    # and after it to their assembly, a word's width from its own marker.
    if style.whole:
        for side_room, side_after in ((room_after, True), (room_before, False)):
            lines = wrap(text, side_room, text_width, style.lines)
            if lines is not None:
                span = max(text_width(line) for line in lines)
                return Placed(lines, begin if side_after else end - span, span)
    across = _across(need, begin, end, after, behind)
    if across is not None:
        return Placed((text,), across, need)
    if not style.whole:
        return None  # on screen a label is whole or not drawn
    lines = wrap(text, after - behind, text_width, style.lines)
    if lines is not None:
        span = max(text_width(line) for line in lines)
        across = _across(span, begin, end, after, behind)
        if across is not None:
            return Placed(lines, across, span)
    span = callout_width(text_width, callout_text)
    if room_after >= max(room_before, span):
        return Placed(("",), begin, span, callout=True)
    if room_before >= span:
        return Placed(("",), end - span, span, callout=True)
    across = _across(span, begin, end, after, behind)
    return None if across is None else Placed(("",), across, span, callout=True)


def _across(span: float, begin: float, end: float, after: float, behind: float) -> float | None:
    """Where a label too long for either side of its marker starts when it runs across the
    marker instead, shifted as little as it must from starting at it (at the view's far edge,
    or before the next marker), and still touching it; None if even that has no room."""
    start = max(behind, end - span, min(begin, after - span))
    if start + span > after or start > end or start + span < begin:
        return None
    return start
