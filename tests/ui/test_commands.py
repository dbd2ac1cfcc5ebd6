"""Undo steps: their names, as the Edit menu shows them and as a refusal says them, and
what a step of many parts says once done."""

from __future__ import annotations

from dataclasses import replace

from visual_order import as_read

from timeline.domain.filters import EventFilter
from timeline.io.sample import open_sample_store
from timeline.ui.commands import CreateEvent, EditEvent
from timeline.ui.main_window import MainWindow


def _window(qtbot, store, fmt) -> MainWindow:
    window = MainWindow(store, fmt, open_sample_store)
    qtbot.addWidget(window)
    return window


def test_a_name_of_two_lines_reads_on_one(qtbot, sample_store, english):
    """Qt splits a step's name at its first line break, the menu's part after it: a title
    of two lines read "&Undo Line two”" in the Edit menu, the step itself "Edit “Line one"."""
    window = _window(qtbot, sample_store, english)
    event = sample_store.find()[0]
    window.undo_stack.push(
        EditEvent(
            sample_store,
            event,
            event,
            window.changed,
            window.show_failure,
            lambda: "Edit “Line one\nLine two & more”",
        )
    )
    assert window.undo_stack.command(0).text() == "Edit “Line one Line two & more”"
    assert window.undo_stack.undoText() == "Edit “Line one Line two && more”"


def test_the_parts_of_a_step_are_named_again_with_it(qtbot, sample_store, english):
    """A part names the step where it is refused ("Start the thread …: the event was
    changed elsewhere"): after a change of language the step was renamed, its parts not."""
    window = _window(qtbot, sample_store, english)
    language = ["en"]
    event = sample_store.find()[0]

    def name() -> str:
        return {"en": "Start the thread", "fr": "L’ouverture du fil"}[language[0]]

    with window.undo_stack.step(name):
        for _part in range(2):
            window.undo_stack.push(
                EditEvent(sample_store, event, event, window.changed, window.show_failure, name)
            )
    language[0] = "fr"
    window.undo_stack.rename()
    step = window.undo_stack.command(0)
    assert [step.child(part).text() for part in range(2)] == ["L’ouverture du fil"] * 2


def test_a_step_of_many_parts_out_of_the_filters_says_so_once(
    qtbot, sample_store, english, monkeypatch
):
    """Events added from a text, Morocco–Azerbaijan shown, then undone and redone: each
    part said the filters hid its event, one message over the other, a reload each."""
    window = MainWindow(
        sample_store, english, open_sample_store, event_filter=EventFilter.pair("MA", "AZ")
    )
    qtbot.addWidget(window)
    hidden = [e for e in sample_store.find() if "AZ" not in e.countries][:3]
    said: list[str] = []
    monkeypatch.setattr(window.statusBar(), "showMessage", lambda text, *_ms: said.append(text))
    with window.undo_stack.step(lambda: "Add 3 events"):
        for event in hidden:
            window.undo_stack.push(
                CreateEvent(sample_store, event, window.changed, window.show_failure, str)
            )
    reloads = []
    reload = window.reload
    monkeypatch.setattr(window, "reload", lambda **kwargs: (reloads.append(1), reload(**kwargs)))
    window.undo_stack.undo()
    window.undo_stack.redo()
    assert [as_read(text) for text in said] == [
        f"“{hidden[-1].title_en}” is saved; the filters in force hide it."
    ]
    assert len(reloads) == 2, "one for the undo, one for the redo: not one a part"
    assert {event.id for event in hidden} <= {event.id for event in sample_store.find()}


def test_a_part_refused_once_says_nothing_more(qtbot, sample_store, english):
    """Of three events added as one step, a colleague edited the second: Undo said so, and
    then each Redo said "exists again (restored elsewhere)", false, and each Undo the same
    refusal again."""
    window = _window(qtbot, sample_store, english)
    said: list[str] = []
    window.editing.show_error = said.append
    added = [sample_store.add(replace(event, id=None)) for event in sample_store.find()[:3]]
    with window.undo_stack.step(lambda: "Add 3 events"):
        for event in added:
            window.undo_stack.push(
                CreateEvent(
                    sample_store,
                    event,
                    window.changed,
                    window.editing.show_failure,
                    lambda event=event: f"Add “{event.title_en}”",
                )
            )
    sample_store.update(replace(added[1], title_en="Edited elsewhere"))
    window.undo_stack.undo()
    assert len(said) == 1 and "changed elsewhere since" in said[0]
    window.undo_stack.redo()
    window.undo_stack.undo()
    assert len(said) == 1
    assert sample_store.get(added[1].id).title_en == "Edited elsewhere"
