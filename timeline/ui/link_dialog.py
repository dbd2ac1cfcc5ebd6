"""Choosing a link to make or to remove, for the selected event: thin dialogs, no rules.

Making one asks how this event relates to the other ("Outcome of", "On the sidelines of"…)
and which event that is; typing in the event box narrows it to the titles that hold the
words. Removing one lists the event's links as the details show them.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QWidget,
)

from timeline.domain.datetext import DateFormat, in_digits
from timeline.domain.event import Event
from timeline.domain.languages import is_right_to_left
from timeline.domain.links import EventLink, LinkKind, link_label
from timeline.ui.editor_support import identify, plain_label
from timeline.ui.window_size import frame_size, keep_wrapped_lines_whole, screen_of
from timeline.ui.wrapped_label import wrap_lines

#: The width, in characters, the dialogs' lists of events and links ask for.
LIST_CHARACTERS = 40


def _dialog(dialog: QDialog, fmt: DateFormat, title: str) -> tuple[QFormLayout, QDialogButtonBox]:
    dialog.setWindowTitle(title)
    if is_right_to_left(fmt.language):
        dialog.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    form = QFormLayout(dialog)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return form, buttons


def _fields_first(fields: Sequence[QWidget], buttons: QDialogButtonBox) -> None:
    """Tab, and the focus as the dialog opens, go through the fields, then to OK and
    Cancel: made first, the buttons took the focus (Cancel, OK not yet allowed) and came
    before the fields."""
    for before, after in itertools.pairwise([*fields, *buttons.buttons()]):
        QWidget.setTabOrder(before, after)
    fields[0].setFocus()


def _wide_enough_for_titles(dialog: QDialog) -> None:
    """At least 80 characters wide, so that whole titles show, and never narrower than its
    layout needs: a minimum set under that squeezed its captions (the French 'Cet
    événement' showed as 'C'). But never wider than its screen: a long French title made
    it 1,155 px wide, Link and Cancel past the edge of an 800 px screen."""
    layout = dialog.layout()
    assert layout is not None, "a dialog laid out by a layout"
    layout.activate()
    wide = dialog.fontMetrics().averageCharWidth() * 80
    room = screen_of(dialog).availableGeometry().width() - frame_size(dialog).width()
    dialog.setMinimumWidth(min(max(wide, layout.totalMinimumSize().width()), room))


def _list_of_long_lines(combo: QComboBox) -> None:
    """The list asks for a width of its own, not its longest line's: that width, more than the
    dialog's, squeezed the labels beside it (the Arabic "The other event" was cut). The
    dialog is made wide enough for whole titles."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(LIST_CHARACTERS)


def event_line(event: Event, fmt: DateFormat) -> str:
    """``28 February 2025 — Kazakh Foreign Minister … visits Rabat``."""
    return f"{fmt.event_date(event.date)} — {in_digits(event.title(fmt.language), fmt)}"


class LinkDialog(QDialog):
    """This event is <kind> <another event>."""

    def __init__(
        self, parent: QWidget | None, fmt: DateFormat, source: Event, others: Sequence[Event]
    ) -> None:
        super().__init__(parent)
        assert source.id is not None
        self._source = source.id
        form, buttons = _dialog(self, fmt, self.tr("Link to another event"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Link"))
        self.kind = QComboBox(self)
        identify(self.kind, "linkKind", self.tr("How this event relates to the other"))
        for kind in LinkKind:
            self.kind.addItem(link_label(EventLink(1, 2, kind), 1, fmt.language), kind)
        self.target = QComboBox(self)
        identify(self.target, "linkTarget", self.tr("The other event"))
        self.target.setEditable(True)
        self.target.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        _list_of_long_lines(self.target)
        for event in others:
            if event.id is not None and event.id != source.id:
                self.target.addItem(event_line(event, fmt), event.id)
        completer = QCompleter(self.target.model(), self.target)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.target.setCompleter(completer)
        self.target.setCurrentIndex(-1)  # empty: type words of its title to find it
        # A long title on as many lines as it needs, the dialog no wider than its screen.
        form.addRow(self.tr("This event"), wrap_lines(plain_label(event_line(source, fmt))))
        # "Is: Outcome of / Of: …" read "outcome of of"; the Arabic said relation and other
        # event already.
        form.addRow(self.tr("&Relation"), self.kind)
        form.addRow(self.tr("&Other event"), self.target)
        form.addRow(buttons)
        _fields_first([self.kind, self.target], buttons)
        _wide_enough_for_titles(self)
        keep_wrapped_lines_whole(self)  # its title's every line, at its narrowest
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.target.currentIndexChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        self._ok.setEnabled(self.target.currentIndex() >= 0)
        # The event chosen shows from its date on: its line's end showed, "…our entre mars".
        line = self.target.lineEdit()
        if line is not None:
            line.setCursorPosition(0)

    def chosen(self) -> EventLink:
        return EventLink(
            self._source, int(self.target.currentData()), LinkKind(self.kind.currentData())
        )


class UnlinkDialog(QDialog):
    """Which of the event's links to remove."""

    def __init__(
        self,
        parent: QWidget | None,
        fmt: DateFormat,
        links: Sequence[tuple[EventLink, str]],
    ) -> None:
        super().__init__(parent)
        form, buttons = _dialog(self, fmt, self.tr("Remove a link"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Remove"))
        self.link = QComboBox(self)
        identify(self.link, "linkToRemove", self.tr("The link to remove"))
        _list_of_long_lines(self.link)
        self._links = [link for link, _ in links]
        for _, text in links:
            self.link.addItem(text)
        form.addRow(self.tr("&Link"), self.link)
        form.addRow(buttons)
        _fields_first([self.link], buttons)
        _wide_enough_for_titles(self)

    def chosen(self) -> EventLink:
        return self._links[self.link.currentIndex()]
