"""The timeline's events straight from the database: columns for all, objects for a few.

Reading a million events as Event objects would take many seconds and most of a gigabyte;
the timeline needs only where each one is and how wide its label is, so that is all that is
read up front. Whole events are fetched for what is on screen, and remembered for a while.
"""

from __future__ import annotations

from collections import OrderedDict, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import date

import numpy as np

from timeline.domain.countries import country_name
from timeline.domain.event import Event
from timeline.domain.filters import EventFilter
from timeline.domain.kinds import EventKind
from timeline.domain.languages import LANGUAGES, reading_order
from timeline.domain.normalize import search_terms
from timeline.domain.period import day_number
from timeline.domain.status import EventStatus
from timeline.domain.view_state import LaneMode
from timeline.render.connectors import Ties
from timeline.render.index import TimelineIndex
from timeline.store.agreements import every_thread
from timeline.store.links import all_links
from timeline.store.repository import EventStore
from timeline.view.columns import Columns, every_event, ids_in_order

#: Up to this many events, labels are measured rather than estimated.
EXACT_LIMIT = 20_000
#: Reading ahead stops where more events than this start around the view: zoomed out that
#: far, the next frame shows a few of many, and which ones is not known in advance.
READ_AHEAD_LIMIT = 2_000
READ_AHEAD_BATCH = 150  # events read ahead at a time: a few milliseconds between frames


#: Characters per UTF-8 byte: Arabic letters take two bytes, Latin ones mostly one.
_CHARS_PER_BYTE = {"ar": 0.55, "en": 1.0, "fr": 0.95}


def _title_lengths(columns: Columns, language: str) -> np.ndarray:
    """About how many characters the title shown in ``language`` has: its own title, else
    the first one given in its reading order, estimated from byte sizes."""
    lengths = {
        lang: np.array(getattr(columns, f"size_{lang}"), np.float32) * _CHARS_PER_BYTE[lang]
        for lang in LANGUAGES
    }
    *before, chosen = (lengths[lang] for lang in reading_order(language))
    for length in reversed(before):  # the first one given wins, as in_language() chooses
        chosen = np.where(length > 0, length, chosen)
    return chosen


def _kept_selection(
    store: EventStore, event_filter: EventFilter, *, or_read: bool
) -> Columns | None:
    """The filter's events taken from the columns of every event kept in memory or in the
    cache file, by the ids the database's indexes give; None where none are kept (no change
    stamp, or not read yet and ``or_read`` is False)."""
    with store.snapshot() as snapshot:
        every = every_event(store, snapshot, or_read=or_read)
        return None if every is None else every.selecting(event_filter, snapshot)


def _columns(store: EventStore, event_filter: EventFilter) -> Columns:
    """The filter's events, from the kept columns where there are some; otherwise read."""
    # A country or words select a few: after a change those are read, not every event.
    few = bool(event_filter.countries or search_terms(event_filter.text))
    kept = _kept_selection(store, event_filter, or_read=not few)
    if kept is not None:
        return kept
    with store.snapshot() as snapshot:
        return Columns.read(snapshot, event_filter)


def kind_counts(store: EventStore, event_filter: EventFilter) -> dict[EventKind, int]:
    """How many of the filter's events there are of each kind (the kind picker's counts):
    counted on the arrays when they are kept, a pass over them instead of over the table."""
    kept = _kept_selection(store, event_filter, or_read=False)
    if kept is None:
        return store.count_by_kind(event_filter)
    counts = np.bincount(kept.kinds, minlength=len(EventKind)).tolist()
    return {kind: counts[n] for n, kind in enumerate(EventKind) if counts[n]}


def matching_events(store: EventStore, event_filter: EventFilter) -> list[Event]:
    """The filter's whole events in time order, as :meth:`EventStore.find` gives them: which
    ones, from the arrays when they are kept (a search's words are not looked up again,
    the reload that shows them has just asked), then those read by id."""
    kept = _kept_selection(store, event_filter, or_read=False)
    if kept is None:
        return store.find(event_filter)
    ids = kept.ids.tolist()
    found = store.get_many(ids)
    return [found[event_id] for event_id in ids if event_id in found]


def held_ahead_events(
    store: EventStore, event_filter: EventFilter, today: date, limit: int
) -> tuple[list[Event], int]:
    """The filter's events recorded as held for a day after ``today`` (the domain's
    :func:`~timeline.domain.status.held_ahead`, asked of the columns): the first ``limit``
    of them whole, the soonest first, and how many there are. Thousands are counted on the
    columns, not read as events."""
    if event_filter.end is not None and event_filter.end <= today:
        return [], 0
    start = max(event_filter.start or today, today)  # the filter's: ending on today or after
    held = replace(event_filter, statuses=frozenset({EventStatus.HELD}), start=start)
    columns = _columns(store, held)
    ahead = columns.ids[columns.starts > day_number(today)]
    ids = ahead[:limit].tolist()
    found = store.get_many(ids)
    return [found[event_id] for event_id in ids if event_id in found], len(ahead)


def nearest_events(
    store: EventStore, event_filter: EventFilter, day: date, limit: int
) -> list[Event]:
    """The filter's ``limit`` events whose first day is nearest ``day``, whole, in time
    order: chosen on the columns, so that a link dialog over a million events reads only
    the events it offers (it read every one, and froze the window for a minute)."""
    columns = _columns(store, event_filter)
    distance = np.abs(columns.starts - day_number(day))
    nearest = np.argsort(distance, kind="stable")[:limit]
    ids = columns.ids[np.sort(nearest)].tolist()  # the columns are in time order
    found = store.get_many(ids)
    return [found[event_id] for event_id in ids if event_id in found]


class StoreSource:
    """Events of one filter in one database, for the timeline."""

    def __init__(
        self,
        store: EventStore,
        event_filter: EventFilter,
        language: str,
        char_px: float,
        lane_mode: LaneMode = LaneMode.SINGLE,
        keep: int = 4096,
        text_width: Callable[[str], float] | None = None,
    ) -> None:
        """``char_px`` sizes labels from title lengths; for up to EXACT_LIMIT events,
        ``text_width`` measures the real titles instead, so no label is cut short."""
        self.store = store
        self.event_filter = event_filter
        self._ties: Ties | None = None
        self._whole = _Recent(store.get_many, keep)
        self._drawn = _Recent(store.drawn, keep)
        arrays = _columns(store, event_filter)
        #: The statuses of its events (a legend explains the marks of those drawn): counted,
        #: not sorted (a million events: a millisecond).
        counts = np.bincount(arrays.statuses, minlength=len(EventStatus)).tolist()
        self.statuses = frozenset(s for s, n in zip(EventStatus, counts, strict=True) if n)
        lanes, titles = self._lanes(arrays, lane_mode, language)
        self._index = TimelineIndex.build(
            arrays.ids,
            arrays.starts,
            arrays.ends,
            arrays.markers,
            self._label_widths(arrays, language, char_px, text_width),
            lanes,
            titles,
            arrays.kinds,
            in_order=True,
            ids_in_order=ids_in_order(arrays),
        )

    def _label_widths(
        self,
        arrays: Columns,
        language: str,
        char_px: float,
        text_width: Callable[[str], float] | None,
    ) -> np.ndarray:
        if text_width is None or len(arrays.ids) > EXACT_LIMIT:
            return _title_lengths(arrays, language) * char_px
        titles = self.store.shown_titles(arrays.ids.tolist(), language)
        return np.fromiter(map(text_width, titles), np.float32, len(titles))

    def _lanes(
        self, arrays: Columns, mode: LaneMode, language: str
    ) -> tuple[np.ndarray | None, list[str]]:
        if mode is LaneMode.KIND:
            present = np.unique(arrays.kinds)  # in the kinds' own order (kind_number)
            lanes = np.searchsorted(present, arrays.kinds).astype(np.int32)
            kinds = list(EventKind)
            return lanes, [kinds[n].info.name(language) for n in present.tolist()] or [""]
        if mode is LaneMode.PARTNER and len(self.event_filter.countries) == 1:
            (country,) = self.event_filter.countries
            others: defaultdict[int, list[str]] = defaultdict(list)
            for event_id, other in self.store.partners(self.event_filter, country):
                others[event_id].append(other)
            keys = [others[i][0] if len(others[i]) == 1 else "*" for i in arrays.ids.tolist()]
            counts: dict[str, int] = defaultdict(int)
            for key in keys:
                counts[key] += 1
            order = sorted(counts, key=lambda key: (key == "*", -counts[key], key))
            number = {key: n for n, key in enumerate(order)}
            lanes = np.fromiter((number[key] for key in keys), np.int32, len(keys))
            multilateral = {"ar": "متعدد الأطراف", "fr": "Multilatéral"}.get(
                language, "Multilateral"
            )
            titles = [
                multilateral
                if key == "*"
                else f"{country_name(country, language)} – {country_name(key, language)}"
                for key in order
            ]
            return lanes, titles or [""]
        return None, [""]

    @property
    def index(self) -> TimelineIndex:
        return self._index

    def events(self, ids: Sequence[int]) -> Mapping[int, Event]:
        return self._whole.get(ids)

    def drawn(self, ids: Sequence[int]) -> Mapping[int, Event]:
        return self._drawn.get(ids)

    def read_ahead_of(self, ids: Sequence[int]) -> list[Event]:
        """Read what a frame draws of these events, those not remembered yet (a batch at
        most): the ones the next wheel notch will show. Returns those of them now
        remembered."""
        missing = [event_id for event_id in ids if event_id not in self._drawn]
        if missing:
            self._drawn.remember(self.store.drawn(missing[:READ_AHEAD_BATCH]))
        return self._drawn.known(ids)

    def read_ahead(self, first_day: float, last_day: float) -> bool:
        """Read what a frame draws of a batch of the events that start between the two days
        and are not remembered yet, those nearest the middle first, so that the next zoom
        or pan step finds them: True while some are left to read."""
        starts = self._index.starts
        lo, hi = (int(at) for at in np.searchsorted(starts, [first_day, last_day]))
        if hi - lo > READ_AHEAD_LIMIT:
            return False
        order = np.argsort(np.abs(starts[lo:hi] - (first_day + last_day) / 2), kind="stable")
        missing = [i for i in self._index.ids[lo:hi][order].tolist() if i not in self._drawn]
        if missing:
            self._drawn.remember(self.store.drawn(missing[:READ_AHEAD_BATCH]))
        return len(missing) > READ_AHEAD_BATCH

    def ties(self) -> Ties:
        """Read once per source (a reload makes a new one): agreements and links are few
        beside events, so all of them are read and kept to the filter's events."""
        if self._ties is None:
            database = self.store.database
            threads, links = every_thread(database), all_links(database)
            tied = [i for ids in threads.values() for i in ids]
            tied += [i for link in links for i in (link.source, link.target)]
            wanted = np.asarray(tied, np.int64)
            shown = wanted[self._index.holds(wanted)].tolist()  # those in the filter
            self._ties = Ties.among(threads, links, shown)
        return self._ties


class _Recent:
    """The events fetched last, by id, so that panning back reads nothing again."""

    def __init__(self, fetch: Callable[[Sequence[int]], Mapping[int, Event]], keep: int) -> None:
        self._fetch = fetch
        self._keep = keep
        self._events: OrderedDict[int, Event] = OrderedDict()

    def __contains__(self, event_id: int) -> bool:
        return event_id in self._events

    def known(self, ids: Sequence[int]) -> list[Event]:
        """Those of the events that are remembered, fetching none."""
        return [event for event in map(self._events.get, ids) if event is not None]

    def remember(self, events: Mapping[int, Event]) -> None:
        """Keep events read ahead (the oldest of the others make room)."""
        self._events.update(events)
        while len(self._events) > self._keep:
            self._events.popitem(last=False)

    def get(self, ids: Sequence[int]) -> Mapping[int, Event]:
        missing = [event_id for event_id in ids if event_id not in self._events]
        if missing:
            self._events.update(self._fetch(missing))
        found = {}
        for event_id in ids:
            event = self._events.get(event_id)
            if event is not None:
                self._events.move_to_end(event_id)
                found[event_id] = event
        while len(self._events) > max(self._keep, len(ids)):
            self._events.popitem(last=False)
        return found
