"""The axis's tiers laid out: each tier's labelled spans (major, minor, Hijri) as tick shapes.

One form of label for a whole tier (:func:`_uniform_form`: never long and short names side
by side, but for a span cut by the view's edge with no room for it, :func:`_cut_form`), the
Hijri tier in the finest unit that reads whole, and, in print, labels moved
clear of where the parts of a wide timeline are taped (:func:`_beside_joins`) with a form
every part agrees on (:func:`axis_forms`). Which units and intervals there are is
:mod:`timeline.render.axis`'s; this module places them across a view.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache, partial
from itertools import pairwise
from typing import TYPE_CHECKING

from timeline.domain.datetext import DateFormat
from timeline.domain.period import Period, days_of_part
from timeline.render.axis import (
    HIJRI_RULER_FORMS,
    Interval,
    Unit,
    choose_units,
    hijri_days,
    hijri_days_may_fit,
    hijri_months,
    hijri_months_may_fit,
    hijri_spans,
    hijri_years,
    intervals,
    week_shown,
)
from timeline.render.labels import TextWidth
from timeline.render.rect import Rect
from timeline.render.scale import TimeScale
from timeline.render.shapes import LABEL_PAD, Geometry, TickShape, TimelineLayout

if TYPE_CHECKING:
    from timeline.render.layout import LayoutOptions


def place_ticks(
    result: TimelineLayout,
    scale: TimeScale,
    text_width: TextWidth,
    options: LayoutOptions,
) -> tuple[int, int, int]:
    """The axis tiers' labelled spans into ``result.ticks``; the form of label each tier
    (major, minor, Hijri) took."""
    ticks, taken = _axis(scale, result.width, text_width, options)
    result.ticks += ticks
    return taken


def forget_laid_out_axes() -> None:
    """Drop the memoised axes: the benchmark times a frame laid out wholly afresh."""
    _axis.cache_clear()


@lru_cache(maxsize=64)
def _axis(
    scale: TimeScale, width: float, text_width: TextWidth, options: LayoutOptions
) -> tuple[tuple[TickShape, ...], tuple[int, int, int]]:
    """:func:`place_ticks`'s ticks and forms, memoised (every argument is immutable): a
    briefing's plan lays out the same axis over and over, nine times in ten, as it tries
    each band's height, and a frame repainted unmoved keeps its axis."""
    g, fmt = options.geometry, options.fmt
    minor, major = choose_units(
        scale.pixels_per_day, fmt, text_width, g.tick_padding, weeks=options.weeks
    )
    # Where the major unit is the minor one (centuries), it stands alone in the top row,
    # which stood empty over it.
    # Each tier's spans, and their form where it is known already (the Hijri tier's).
    rows: list[tuple[int, list[Interval], int | None]] = [
        (0, list(intervals(scale, major, fmt, major=True)), None)
    ]
    if major is not minor:
        rows.append((1, list(intervals(scale, minor, fmt, major=False)), None))
    if options.hijri_tier:  # left out where neither its months nor its years fit
        rows.append((2, *_hijri_tier(scale, minor, fmt, text_width, not options.joins)))
    # Which of the view's ends a taped neighbour goes on from (its start, its end).
    middle = (scale.period.start + scale.period.end) / 2
    # Labels keep clear of where the next part, taped over this one, begins; the end of
    # the part before lies under this one (its grey says so): there July 2019, a whole
    # month, read "7" in Arabic beside "غشت".
    joins = sorted(scale.x(day) for day in options.joins if day >= middle)
    taped = (
        any(day < middle for day in options.joins),
        any(day >= middle for day in options.joins),
    )
    # In print the axis names nothing that the next part, taped over it, covers: those
    # months are named there, with their events (page 3 of three showed December and
    # January under 2022 empty), and a span it cuts is named over its part before it.
    named_until = scale.period.end
    if options.whole_labels and options.covered_from is not None:
        named_until = min(named_until, options.covered_from)
    # A week cut by the part's edges, or where the next part covers it, is named by its
    # days there (:func:`week_shown`).
    shown = partial(_week_shown, scale, options) if minor is Unit.WEEK else None
    taken = [0, 0, 0]
    placed: list[TickShape] = []
    for tier, spans, fitting in rows:
        # A label's form (a month's name or its number) needs only the room every tier
        # keeps between labels: the ruler's wider padding chose its unit. Arabic months,
        # which have no short names, showed numbers where their names fit (Moroccan at
        # 800 pixels, Egyptian at 1024: a February 4 pixels short).
        form = _uniform_form(spans, scale, text_width) if fitting is None else fitting
        if form is None:
            form = len(spans[0].forms) - 1 if spans else 0
        if options.axis_forms:
            form = max(form, options.axis_forms[tier])
        place = (tier, form, taped, named_until)
        named_by = shown if tier == 1 else None
        ticks, shortest = _tier_ticks(width, spans, place, scale, joins, text_width, g, named_by)
        while shortest > form:  # one form for the whole tier: the one a join made one take
            form = shortest
            place = (tier, form, taped, named_until)
            ticks, shortest = _tier_ticks(
                width, spans, place, scale, joins, text_width, g, named_by
            )
        # In print the axis names nothing outside the days drawn; on screen a view panned
        # there names what it shows.
        named = options.named_days if options.whole_labels else None
        if named is not None:
            ticks = [
                replace(tick, label="")
                if tick.end <= named.start or tick.start >= named.end
                else tick
                for tick in ticks
            ]
        placed += ticks
        taken[tier] = form
    return tuple(placed), (taken[0], taken[1], taken[2])


def _tier_ticks(
    width: float,
    spans: list[Interval],
    place: tuple[int, int, tuple[bool, bool], float],
    scale: TimeScale,
    joins: list[float],
    text_width: TextWidth,
    g: Geometry,
    shown: Callable[[Interval, float, float], Interval] | None = None,
) -> tuple[list[TickShape], int]:
    """One tier's labelled spans in ``form`` (0 the longest), and the shortest form one of
    them took to stay clear of a join (see :func:`_beside_joins`), short of a month's number,
    or to be named where a taped neighbour goes on from the edge that cuts it.
    ``place``: the tier, the form, which of the view's ends a taped neighbour goes on
    from, and the day from which it names nothing (the view's end, or where the next part
    covers it). A span cut by the view's start or end is named over its part in view: on screen,
    a day view read as unnumbered ticks at its edges; in print, each page of a timeline
    several pages wide names the years and months it shows on its side of a join
    (centred on its whole span as on a ruler, 2018 from January to April stood under no
    year's name on the page before the join, April on neither page). A span whole on the
    page that a join cuts where neither side holds its label keeps it over the span, across
    the join: a page is read on its own too (Morocco's relations two pages wide, a year 28
    points, 13 and 15 either side of the join: 2004 went unnamed on page 2 and 2005 on
    page 3, their markers under no year). ``shown``: a span as named over its days from a
    day to another (the view's start or the cover, the cover or the view's end), where its
    label names its days."""
    tier, form, taped, named_until = place
    period = scale.period
    top = g.tier_height * min(tier, 2)
    height = g.hijri_height if tier == 2 else g.tier_height
    ticks: list[TickShape] = []
    shortest = form
    untils = (named_until,) if named_until == period.end else (named_until, period.end)
    for span in spans:
        x_a = scale.x(span.start)
        forms = whole_forms = span.forms[min(form, len(span.forms) - 1) :]
        label = forms[0]
        # A span that the next part covers from within it is named over its part before
        # that, or by the next part; where neither part has room for it, here after all:
        # on one side of the cover, else across it, its middle before it (2004, 15 points
        # before the cover and 18 after it, was named on neither page).
        across = False
        for until in untils:
            if shown is not None:
                forms = (shown(span, period.start, until).label,)
                label = forms[0]
            # Cut where a taped neighbour goes on, as beside a join: half the padding.
            at_a_neighbour = (span.start < period.start and taped[0]) or (
                span.end > until and taped[1]
            )
            pad = LABEL_PAD / 2 if at_a_neighbour else LABEL_PAD
            label_w = text_width(label) + pad
            x_first = scale.x(max(span.start, period.start))
            x_last = scale.x(max(min(span.end, until), span.start))
            low, high = max(min(x_first, x_last), 0.0), min(max(x_first, x_last), width)
            straddles = span.start < named_until < span.end and named_until < period.end
            if (high - low >= label_w and label) or not straddles:
                break
            # The next part, as wide in days, shows the span from the cover on, and names
            # it there in the same form; a Hijri month it begins with takes its year, no
            # wider than its longest form ("chaa. 1446" where "chaa." had room: named on
            # neither page).
            next_part = min(span.end, named_until + period.span) - named_until
            there = text_width(whole_forms[0]) + pad
            if shown is not None:  # named there by its days from the cover
                there = text_width(shown(span, named_until, span.end).label) + pad
            elif tier == 2:
                there = text_width(span.forms[0]) + LABEL_PAD / 2
            if next_part * scale.pixels_per_day >= there:
                break
            across = True
        centre = (low + high) / 2
        named = (whole_forms[0], text_width)
        if span.end - span.start <= 1 and _named_over_the_join(span, place, scale, named):
            ticks.append(TickShape(x_a, "", Rect(centre - label_w / 2, top, label_w, height),
                                   tier, span.start, span.end))  # fmt: skip
            continue
        beside_joins = joins
        if across and _beside_joins(forms, low, high, centre, joins, text_width, scale.rtl)[0]:
            across = False  # whole on one side of the cover after all, past it if need be
        if across:
            cover = scale.x(named_until)
            start, stop = (cover, high) if scale.rtl else (low, cover)
            # Whole on one side of the cover, its text alone over its span there, this
            # side first (see _tight_after_the_part_before): across it, taped, it was cut at
            # the join (Morocco three pages wide read "19" for 1995, its 26.6 points before
            # page 3's edge and 29 after it each short of its padding, its text 27.4; March
            # 2020 read "3" for the 30th).
            text = text_width(label)
            if text <= stop - start:
                label_w, centre = stop - start, (start + stop) / 2
            elif tier != 2 and shown is None and next_part * scale.pixels_per_day >= text:
                ticks.append(TickShape(x_a, "", Rect(centre - label_w / 2, top, label_w, height),
                                       tier, span.start, span.end))  # fmt: skip
                continue
            else:
                half = label_w / 2
                centre = (
                    min(max(centre, cover), high - half)
                    if scale.rtl
                    else max(min(centre, cover), low + half)
                )
            beside_joins = [x for x in joins if x != cover]
        whole = period.start <= span.start and span.end <= until
        if high - low < label_w and not whole and (tier == 1 or not any(taped)):
            # Never the minor tier's initials ("O" could be any month's). A month cut where
            # a taped neighbour goes on takes its abbreviation with the whole tier: taped,
            # the strip reads as one axis.
            cut = forms[: max(1, len(forms) - 1)] if tier == 1 else forms
            if tier == 2 and len(span.forms) == HIJRI_RULER_FORMS > form + 1:
                cut = cut[:-1]  # a Muharram's year alone, or a name without it: a tier's only
            if span.bare:  # a label beside it in view names its year
                cut = (*cut, span.bare)
            pad = LABEL_PAD / 2 if at_a_neighbour else LABEL_PAD
            label, label_w = _cut_form(cut, high - low, text_width, pad)
            if at_a_neighbour and high - low >= label_w:
                shortest = max(shortest, min(form, len(span.forms) - 1) + forms.index(label))
        if (
            high - low < label_w
            and label == whole_forms[0]
            and tier != 2
            and shown is None
            and _tight_after_the_part_before(span, place, scale, named, high - low)
        ):
            label_w = high - low
        if high - low < label_w:
            label = ""  # no room: the boundary line still shows
        elif beside_joins and any(abs(x - centre) < label_w / 2 for x in beside_joins):
            beside = _beside_joins(forms, low, high, centre, beside_joins, text_width, scale.rtl)
            if beside[0] or not whole:
                label, label_w, centre = beside
            taken = min(form, len(span.forms) - 1) + forms.index(label) if label else form
            mark = tier == 1 and form < taken == len(span.forms) - 1
            if mark and not whole:
                # A month cut by the view's edge too, with room for its mark alone, goes
                # unnamed there, as where no taped neighbour goes on: a lone "8" among
                # Arabic names ended a part on Letter paper three pages wide.
                label, taken = "", form
            # A month's mark (its number or initial) beside a join is its span's alone:
            # the whole tier in numbers for it read 4 5 6 … on both pages of Arabic months
            # on portrait paper two pages wide, where every name but the one the join cuts
            # had room, and in English "A" for August turned every month of three parts on
            # Letter paper to initials. Between its neighbours' names it reads as its own.
            if not mark and (taken < len(span.forms) - 1 or not label.isdecimal()):
                shortest = max(shortest, taken)
        rect = Rect(centre - label_w / 2, top, label_w, height)
        ticks.append(TickShape(x_a, label, rect, tier, span.start, span.end))
    return ticks, shortest


def _tight_after_the_part_before(
    span: Interval,
    place: tuple[int, int, tuple[bool, bool], float],
    scale: TimeScale,
    named: tuple[str, TextWidth],
    room: float,
) -> bool:
    """Whether a span cut by the part's start, where the part before is taped, is named
    here by its text alone (``named``: it and the widths of texts) in ``room``: neither
    side of the join has room for it with its padding, and the part before, which has the
    first say, not for its text (see :func:`_tier_ticks`): 1995 on Morocco's page 3 of
    three, 29 points there for a text of 27.4, 26.6 before the join."""
    taped = place[2]
    period = scale.period
    if not (taped[0] and span.start < period.start):
        return False
    before = (period.start - max(span.start, period.start - period.span)) * scale.pixels_per_day
    label, text_width = named
    return before < text_width(label) <= room


def _named_over_the_join(
    span: Interval,
    place: tuple[int, int, tuple[bool, bool], float],
    scale: TimeScale,
    named: tuple[str, TextWidth],
) -> bool:
    """Whether a day that a join of taped parts cuts is named on the other side of that
    join alone: that side holds more of it and has room for its label (``named``: it and
    the widths of texts), its text and half the padding beside a join, which it takes
    there (see :func:`_tier_ticks`). Each side named the days it had room for: a day 22.7
    points before page 3's edge and 128 after it read "13 14 14 15" once taped (and
    "6 7 7 8" where 86.7 points before page 2's had room too). A page read on its own
    shows that day's part unnamed at its edge, as one too narrow for its label, under its
    month's name. A month or a year a join cuts is still named on each page, whose days or
    months would stand under no name."""
    _tier, _form, taped, cover = place
    period = scale.period
    if span.start < period.start and taped[0]:  # the part before shows its start
        there = period.start - max(span.start, period.start - period.span)
        here = min(span.end, cover) - period.start
    elif span.start < cover < span.end and cover < period.end:  # the next part its end
        here = cover - max(span.start, period.start)
        there = min(span.end, cover + period.span) - cover
    else:
        return False
    label, text_width = named
    return there > here and there * scale.pixels_per_day >= text_width(label) + LABEL_PAD / 2


def _week_shown(
    scale: TimeScale, options: LayoutOptions, span: Interval, start: float, until: float
) -> Interval:
    """A week named by its days in view from ``start`` (the view's start, or the cover for
    the next part's) to ``until`` (the cover, or the view's end): a day a join cuts is the
    part's where its middle lies (:func:`days_of_part`)."""
    after_a_part = start > scale.period.start or options.shown_before_until is not None
    cover = until if until < scale.period.end else None
    first, last = days_of_part(start, until, after_a_part, cover)
    return week_shown(span, first, last, options.fmt)


def _cut_form(
    forms: tuple[str, ...], room: float, text_width: TextWidth, pad: float = LABEL_PAD
) -> tuple[str, float]:
    """A span cut by the view's edge, without room for its tier's form: its first shorter
    form that fits, and that form's width with padding (the shortest's, none fitting: the
    room "fit all" makes for it, :func:`timeline.render.layout.fit_layout`). Only a
    month or year's name or its year's short form (the minor tier's months by their
    abbreviation, "Oct" beside "September", not by their initials): at 800 pixels the
    month after Jumada al-Ula went unnamed beside its "Jum. II 1441"'s room, and a
    December cut by the edge stood under no year. ``pad``: half the padding where a taped
    neighbour goes on, as for the tier's own form there."""
    for form in forms[1:]:
        width = text_width(form) + pad
        if width <= room:
            return form, width
    return forms[-1], text_width(forms[-1]) + pad


def unnamed_at_edges(
    period: Period, width: float, text_width: TextWidth, options: LayoutOptions
) -> tuple[float, float]:
    """The pixels that a span cut by the view's start, and one cut by its end, lack to be
    named over their part in view, in the shortest form their tier allows (0 where each
    is named, or none is cut); a span outside the days a print names goes unnamed anyway."""
    scale = TimeScale(period, 0.0, width, options.rtl)
    ticks, _forms = _axis(scale, width, text_width, options)
    named = options.named_days if options.whole_labels else None
    wanting = [0.0, 0.0]
    for tick in ticks:
        if tick.label or (named and (tick.end <= named.start or tick.start >= named.end)):
            continue
        for side, edge in enumerate((period.start, period.end)):
            if tick.start < edge < tick.end:
                shown = abs(
                    scale.x(min(tick.end, period.end)) - scale.x(max(tick.start, period.start))
                )
                wanting[side] = max(wanting[side], tick.label_rect.width - shown)
    return wanting[0], wanting[1]


def axis_forms(
    period: Period, width: float, text_width: TextWidth, options: LayoutOptions
) -> tuple[int, int, int]:
    """The form of label (0 the longest) each axis tier (major, minor, Hijri) of a layout
    takes: parts of a timeline several pages wide take the shortest any of them needs
    (:attr:`LayoutOptions.axis_forms`), so that taped they read as one axis."""
    scale = TimeScale(period, 0.0, width, options.rtl)
    return place_ticks(
        TimelineLayout(width, 0.0, scale, options.rtl, 0.0), scale, text_width, options
    )


def _beside_joins(
    forms: tuple[str, ...],
    low: float,
    high: float,
    centre: float,
    joins: list[float],
    text_width: TextWidth,
    rtl: bool,
) -> tuple[str, float, float]:
    """An axis label that a join of taped parts would cut: moved as little as it must to one
    side of the join, over its span from ``low`` to ``high``, or shortened to fit one side
    (the caller then shortens the whole tier alike); else left off, where neither side has
    room for it. Its text, width and centre. Beside a join it keeps half the padding it
    keeps from its span's lines (a quarter each side), as it does where a taped neighbour
    goes on from the view's edge: a join is where the pages meet, no line is drawn there,
    and the month marks of a strip three pages wide (24 points a month) left April 2018 on
    neither page, 14 points of it before the join and 10 after. Where both sides have room,
    it goes on the one that no part taped over this one covers (before the joins, in
    reading order): past them, December 2023's "D" on Azerbaijan and Türkiye's A4 strip
    two pages wide lay under the next part once taped, and that part had no room for it."""
    inside = [x for x in joins if low < x < high]
    bounds = [low, *inside, high]
    first_join = (max if rtl else min)(inside, default=None)
    for label in forms:
        label_w = text_width(label) + LABEL_PAD / 2
        half = label_w / 2
        sides = [
            (min(max(centre, start + half), end - half), start, end)
            for start, end in pairwise(bounds)
            if end - start >= label_w
        ]
        uncovered = [
            side
            for side in sides
            if first_join is None or (side[1] >= first_join if rtl else side[2] <= first_join)
        ]
        if sides:
            place = min(uncovered or sides, key=lambda side: abs(side[0] - centre))[0]
            return label, label_w, place
    return "", text_width(forms[0]) + LABEL_PAD, centre


def _hijri_tier(
    scale: TimeScale, minor: Unit, fmt: DateFormat, text_width: TextWidth, alone: bool
) -> tuple[list[Interval], int]:
    """Hijri days (with their month and year) where the Gregorian days are labelled and
    some form of them fits, else Hijri months (named, with their year) where those fit,
    else Hijri years, else Hijri decades, else centuries, else nothing: never bare numbers.
    ``alone``: no part of the timeline is taped beside this one (which may then name
    Hijri months by their new year, and a span its edge cuts with its year,
    :func:`hijri_months`). With the form of label they take (:func:`_uniform_form`), found
    in choosing them."""
    if minor is Unit.DAY and hijri_days_may_fit(scale, fmt, text_width, LABEL_PAD):
        days = list(hijri_days(scale, fmt, alone))
        form = _uniform_form(days, scale, text_width)
        if form is not None:
            return days, form
    months_may_fit = minor in (Unit.DAY, Unit.WEEK, Unit.MONTH) and hijri_months_may_fit(
        scale, fmt, text_width, LABEL_PAD
    )
    if months_may_fit:
        months = list(hijri_months(scale, fmt, alone))
        form = _uniform_form(months, scale, text_width)
        if form is not None:
            return months, form
    years = list(hijri_years(scale, fmt))
    form = _uniform_form(years, scale, text_width)
    if form is not None:
        return years, form
    for span_years in (10, 100):
        spans = list(hijri_spans(scale, fmt, span_years))
        form = _uniform_form(spans, scale, text_width)
        if form is not None:
            return spans, form
    return [], 0


def _uniform_form(
    spans: list[Interval], scale: TimeScale, text_width: TextWidth, pad: float = LABEL_PAD
) -> int | None:
    """Which form of label (0 the longest) fits every interval of a tier with ``pad`` to
    spare, None if none does: one tier never mixes long and short forms. Intervals cut by
    the edge of the view do not count, unless none is whole."""
    whole = [s for s in spans if scale.period.start <= s.start and s.end <= scale.period.end]
    if not whole:
        return 0
    forms = max(len(s.forms) for s in whole)
    for form in range(forms):
        if all(
            text_width(s.forms[min(form, len(s.forms) - 1)]) + pad
            <= (s.end - s.start) * scale.pixels_per_day
            for s in whole
        ):
            return form
    return None
