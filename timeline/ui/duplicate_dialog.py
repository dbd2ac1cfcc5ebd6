"""Asked before saving an event that looks like one already recorded."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from timeline.domain.countries import country_names
from timeline.domain.datetext import DateFormat, shown_title
from timeline.domain.event import Event
from timeline.domain.languages import field_separator
from timeline.ui.window_size import keep_wrapped_lines_whole
from timeline.ui.wrapped_label import wrap_lines


class Choice(Enum):
    KEEP_BOTH = "keep-both"
    MERGE = "merge"
    CANCEL = "cancel"


def _plain(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    wrap_lines(label)
    return label


class DuplicateDialog(QDialog):
    """Shows the new event beside the existing one; keep both, merge, or go back."""

    def __init__(
        self, parent: QWidget | None, new: Event, existing: Event, fmt: DateFormat
    ) -> None:
        super().__init__(parent)
        self.setObjectName("duplicateDialog")
        self.setWindowTitle(self.tr("Possible duplicate"))
        self.choice = Choice.CANCEL
        layout = QVBoxLayout(self)
        layout.addWidget(
            _plain(self.tr("This looks like an event that is already recorded:"), "question")
        )
        layout.addWidget(_plain(self._describe(existing, fmt), "existingEvent"))
        layout.addWidget(_plain(self.tr("The one you are saving:"), "newCaption"))
        layout.addWidget(_plain(self._describe(new, fmt), "newEvent"))
        buttons = QDialogButtonBox()
        self.keep = buttons.addButton(self.tr("&Keep both"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge = buttons.addButton(
            self.tr("&Merge into the existing one"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.back = buttons.addButton(
            self.tr("&Go back to the editor"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.keep.setObjectName("keepBoth")
        self.merge.setObjectName("merge")
        self.back.setObjectName("goBack")
        self.keep.clicked.connect(lambda: self._choose(Choice.KEEP_BOTH))
        self.merge.clicked.connect(lambda: self._choose(Choice.MERGE))
        self.back.clicked.connect(self.reject)
        layout.addWidget(buttons)
        # The default once in the dialog: set while the buttons were on their own, Qt's
        # default was the first, and Enter kept both, a duplicate recorded.
        self.merge.setDefault(True)
        keep_wrapped_lines_whole(self)  # made smaller, a long title's last line was cut

    @staticmethod
    def _describe(event: Event, fmt: DateFormat) -> str:
        language = fmt.language
        countries = country_names(event.countries, language, event.host)
        return "\n".join(
            (
                shown_title(event, fmt),
                fmt.event_date_with_hijri(event.date),
                f"{event.kind.info.name(language)}{field_separator(language)}{countries}",
            )
        )

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()

    def ask(self) -> Choice:
        self.exec()
        return self.choice
