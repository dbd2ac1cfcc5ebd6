"""What an empty database shows: a way in, never a blank canvas."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from timeline.domain.datetext import DateFormat, in_digits
from timeline.ui.fonts import widget_font
from timeline.ui.wrapped_label import wrap_lines


class WelcomePage(QWidget):
    openSampleRequested = Signal()
    addEventRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        title = QLabel(self.tr("This timeline is empty"))
        title.setFont(widget_font(22, bold=True))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._sentence = self.tr(
            "Record visits, meetings and agreements between states, or explore the sample "
            "timeline of Morocco's parliamentary diplomacy in 2024–2025."
        )
        self._text = text = QLabel(self._sentence)
        wrap_lines(text)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sample_button = QPushButton(self.tr("Open the sample timeline"))
        self.sample_button.setObjectName("openSampleButton")
        self.sample_button.clicked.connect(self.openSampleRequested)
        self.add_button = QPushButton(self.tr("Add an event"))
        self.add_button.setObjectName("addEventButton")
        self.add_button.clicked.connect(self.addEventRequested)
        self.sample_button.setDefault(True)
        for widget in (title, text):
            layout.addWidget(widget)
        for button in (self.sample_button, self.add_button):
            button.setMinimumWidth(260)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)

    def set_date_format(self, fmt: DateFormat) -> None:
        """The sample's years in the reader's digits, as the timeline and the list write them
        (Arabic-Indic in the Levant and Egypt)."""
        self._text.setText(in_digits(self._sentence, fmt))
