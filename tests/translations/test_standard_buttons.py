"""Qt's standard buttons (OK, Cancel, Close) speak as the app's own do: in Arabic, nouns
("إلغاء", "إغلاق") beside our "حفظ" and "تصدير", where Qt's catalogue has commands ("ألغِ",
"أغلق", "حسنًا"); in French, Qt's own words, as before."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from timeline.domain.datetext import DateFormat, DateStyle
from timeline.ui import translations
from timeline.ui.about_dialog import AboutDialog
from timeline.ui.file_controller import date_question
from timeline.ui.preferences import PreferencesDialog

Button = QDialogButtonBox.StandardButton
WORDS = {
    "ar": {Button.Ok: "موافق", Button.Cancel: "إلغاء", Button.Close: "إغلاق"},
    "fr": {Button.Ok: "OK", Button.Cancel: "Annuler", Button.Close: "Fermer"},
    "en": {Button.Ok: "OK", Button.Cancel: "Cancel", Button.Close: "Close"},
}


def buttons(qtbot, dialog: QWidget) -> dict[Button, str]:
    """The words on ``dialog``'s standard buttons (not its own: "Copy details"), as it
    opens."""
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.findChild(QDialogButtonBox)
    standard = {box.standardButton(button): button.text() for button in box.buttons()}
    standard.pop(Button.NoButton, None)
    return standard


@pytest.mark.parametrize("language", ["ar", "fr", "en"])
def test_ok_cancel_and_close_read_the_apps_words(qtbot, no_translation_after, language):
    translations.use_language(language)
    fmt = DateFormat(language, DateStyle.MAGHREB)
    words = WORDS[language]
    assert buttons(qtbot, date_question(None, fmt)) == {
        Button.Ok: words[Button.Ok],
        Button.Cancel: words[Button.Cancel],
    }
    about = AboutDialog("/data/team/timeline.sqlite3", "sqlite")
    assert buttons(qtbot, about) == {Button.Close: words[Button.Close]}
    preferences = buttons(qtbot, PreferencesDialog(None, fmt))
    assert preferences[Button.Ok].replace("&", "") == words[Button.Ok]
    assert preferences[Button.Cancel] == words[Button.Cancel]
