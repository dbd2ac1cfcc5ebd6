"""The dialogs that make and remove a link, on a small screen and with long titles."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from timeline.domain.datetext import DateFormat
from timeline.io.sample import sample_events
from timeline.ui.app import application
from timeline.ui.link_dialog import LinkDialog
from timeline.ui.window_size import screen_of

LONG_FR = (
    "Conférence ministérielle extraordinaire sur la sécurité régionale, la migration, la "
    "transition énergétique et la lutte contre le terrorisme au Sahel et au Maghreb"
)


@pytest.mark.parametrize("language", ["fr", "ar", "en"])
def test_a_long_title_wraps_and_the_dialog_stays_on_its_screen(
    qtbot, no_translation_after, language
):
    """The title beside "This event" on one line made the dialog 1,155 px wide on an
    800 px screen (offscreen's), Link and Cancel past its edge."""
    application(language)
    events = [replace(event, id=number) for number, event in enumerate(sample_events(), 1)]
    source = replace(events[5], title_fr=LONG_FR, title_en=LONG_FR, title_ar=LONG_FR)
    dialog = LinkDialog(None, DateFormat(language), source, events)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    screen = screen_of(dialog).availableGeometry()
    assert dialog.frameGeometry().width() <= screen.width()
    for button in dialog.findChild(QDialogButtonBox).buttons():
        corner = button.mapToGlobal(button.rect().bottomRight())
        assert screen.contains(corner) and screen.contains(
            button.mapToGlobal(button.rect().topLeft())
        )


def test_the_event_chosen_shows_from_its_date(qtbot):
    """An editable list shows the end of a line too long for it: "…our entre mars"."""
    events = [replace(event, id=number) for number, event in enumerate(sample_events(), 1)]
    others = [*events[:-1], replace(events[-1], title_en=LONG_FR)]
    dialog = LinkDialog(None, DateFormat("en"), events[0], others)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.target.setCurrentIndex(dialog.target.count() - 1)
    assert dialog.target.lineEdit().cursorPosition() == 0
