"""Starting an agreement's thread from its signature: the agreement's record, prefilled.

The id is proposed from the parties and the kind (``kz-ma-visa-waiver``), the parties are
the event's countries and the titles the event's; OK waits until the agreement breaks no
rule, each problem named below the fields.
"""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from timeline.domain.agreements import Agreement, AgreementKind, guessed_kind
from timeline.domain.datetext import DateFormat
from timeline.domain.event import Event
from timeline.domain.languages import is_right_to_left
from timeline.domain.next_step import suggested_id
from timeline.ui.editor_support import identify
from timeline.ui.field_names import field_name, with_field
from timeline.ui.window_size import screen_room
from timeline.ui.wrapped_label import wrap_lines


class AgreementDialog(QDialog):
    """The record of the agreement ``signed`` is the signature of."""

    def __init__(
        self, parent: QWidget | None, fmt: DateFormat, signed: Event, taken: Collection[str]
    ) -> None:
        super().__init__(parent)
        self._fmt = fmt
        self.setWindowTitle(self.tr("Start an agreement thread"))
        # A whole title shows, where the screen has the room (the frame off an 800 px one).
        wide = self.fontMetrics().averageCharWidth() * 100
        self.setMinimumWidth(min(wide, screen_room(self).width()))
        if is_right_to_left(fmt.language):
            self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.kind = QComboBox(self)
        identify(self.kind, "agreementKind", self.tr("Kind of agreement"))
        for kind in AgreementKind:
            self.kind.addItem(kind.name_in(fmt.language), kind)
        # The kind its titles name ("visa exemption"), else Other until chosen.
        kind = guessed_kind((signed.title_ar, signed.title_en, signed.title_fr))
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.parties = self._edit(
            "agreementParties", self.tr("Parties"), " ".join(signed.countries)
        )
        self.parties.setToolTip(self.tr("Country codes separated by spaces: MA KZ"))
        self.identifier = self._edit(
            "agreementId",
            self.tr("Identifier"),
            suggested_id(kind, signed.countries, taken),
        )
        self.title_ar = self._edit("agreementTitleAr", self.tr("Title in Arabic"), signed.title_ar)
        self.title_ar.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.title_en = self._edit("agreementTitleEn", self.tr("Title in English"), signed.title_en)
        self.title_fr = self._edit("agreementTitleFr", self.tr("Title in French"), signed.title_fr)
        self.problems = QLabel(self)
        self.problems.setObjectName("agreementProblems")
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        wrap_lines(self.problems)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText(self.tr("&Start"))
        form = QFormLayout(self)
        for label, widget in (
            (self.tr("&Kind"), self.kind),
            (self.tr("&Parties"), self.parties),
            (self.tr("I&dentifier"), self.identifier),
            (self.tr("Title (&Arabic)"), self.title_ar),
            (self.tr("Title (&English)"), self.title_en),
            (self.tr("Title (&French)"), self.title_fr),
        ):
            form.addRow(label, widget)
        form.addRow(self.problems)
        form.addRow(buttons)
        self._taken = set(taken)
        self._proposed = self.identifier.text()
        self.kind.currentIndexChanged.connect(self._propose_id)
        for edit in (self.parties, self.identifier, self.title_ar, self.title_en, self.title_fr):
            edit.textChanged.connect(self._check)
        self._check()

    def _edit(self, name: str, accessible: str, text: str) -> QLineEdit:
        edit = QLineEdit(text, self)
        identify(edit, name, accessible)
        return edit

    def _propose_id(self) -> None:
        """A new kind proposes a new id, unless one was typed."""
        if self.identifier.text() == self._proposed:
            self._proposed = suggested_id(self._kind(), self._codes(), self._taken)
            self.identifier.setText(self._proposed)
        self._check()

    def _kind(self) -> AgreementKind:
        return AgreementKind(self.kind.currentData())

    def _codes(self) -> tuple[str, ...]:
        return tuple(code.upper() for code in self.parties.text().replace(",", " ").split())

    def agreement(self) -> Agreement:
        return Agreement(
            self.identifier.text().strip(),
            self._kind(),
            self._codes(),
            self.title_ar.text().strip(),
            self.title_en.text().strip(),
            self.title_fr.text().strip(),
        )

    def _check(self) -> None:
        """Each problem after the name of its field, as the event editor lists them ("unknown
        country code ZZ" stood alone over "An agreement has this identifier already."); none,
        no empty line over the buttons."""
        language, digits = self._fmt.language, self._fmt.digits
        problems = [
            with_field(field_name(problem.field), problem.in_language(language, digits=digits))
            for problem in self.agreement().problems()
        ]
        if self.agreement().id in self._taken:
            taken = self.tr("an agreement has this identifier already")
            problems.append(with_field(field_name("id"), taken))
        self.problems.setText("\n".join(problems))
        self.problems.setVisible(bool(problems))
        self._ok.setEnabled(not problems)
