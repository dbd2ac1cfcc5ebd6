"""The other steps of the selected event's agreement, as lines of the details panel: each
says its step and the event's title, and a click selects that event (so the thread is
walked from the signature to the entry into force, as typed links are)."""

from __future__ import annotations

from timeline.domain.datetext import DateFormat, in_digits
from timeline.domain.languages import in_language, with_label
from timeline.store.agreements import threads_of
from timeline.store.repository import EventStore


def thread_lines(store: EventStore, event_id: int, fmt: DateFormat) -> list[tuple[int, str]]:
    """(the other step's event id, "In force: <title>") for each other step, in date order,
    the title's numbers in the reader's digits."""
    language = fmt.language
    lines: list[tuple[int, str]] = []
    for thread in threads_of(store.database, [event_id]):
        others = [s for s in thread.steps if s.event_id is not None and s.event_id != event_id]
        titles = store.titles([step.event_id for step in others if step.event_id is not None])
        for step in others:
            if step.event_id in titles:
                title = in_digits(in_language(titles[step.event_id], language), fmt)
                lines.append(
                    (
                        step.event_id,
                        with_label(step.step.name_in(language, step.party), title, language),
                    )
                )
    return lines
