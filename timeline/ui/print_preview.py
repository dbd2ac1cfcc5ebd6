"""File > Print…'s preview, its numbers in the reader's digits.

Qt's QPrintPreviewDialog writes its page number ("1", "/ 3") with ``QString::number`` and
its zoom ("40.3%") with ``asprintf``: Latin digits and a point whatever its locale, in an
Arabic window beside Arabic-Indic ones. It reads them back the same way, so a page typed
as "٢" or a zoom chosen as "٥٠٪" would do nothing. Here the dialog's page counter and zoom
are written again after Qt writes them (our handlers are connected after its own, so they
run after), in the reader's digits and separators (:func:`numbers_locale`), and what is
typed or chosen in them is read in either digits.

Its toolbar is mirrored in a right-to-left window, but not its arrows: "Next page" sat on
the left pointing right. :func:`mirror_page_arrows` swaps them.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt
from PySide6.QtGui import QAction, QIntValidator, QValidator
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from timeline.domain.datetext import DateFormat
from timeline.domain.direction import rtl_line
from timeline.domain.languages import is_right_to_left
from timeline.ui.translations import numbers_locale

#: What a zoom's text holds besides its number: a percent sign in any script, marks.
_NOT_A_NUMBER = re.compile(r"[%٪\s\u061c\u200e\u200f]")
_FACTOR = Qt.ItemDataRole.UserRole
#: What Qt lets a zoom be, in percent.
ZOOMS = (1.0, 1000.0)
#: Qt's page actions whose arrows point opposite ways (it names none of them, so they are
#: known by their text, asked of Qt's catalogue as Qt asks it).
_OPPOSITES = (("Next page", "Previous page"), ("Last page", "First page"))


def mirror_page_arrows(dialog: QPrintPreviewDialog) -> None:
    """In a right-to-left ``dialog``, "next" and "last" point left, "previous" and "first"
    right, as the toolbar that holds them reads."""
    if not dialog.isRightToLeft():
        return
    actions = {action.text(): action for action in dialog.findChildren(QAction)}
    for forth, back in _OPPOSITES:
        one = actions.get(QCoreApplication.translate("QPrintPreviewDialog", forth))
        other = actions.get(QCoreApplication.translate("QPrintPreviewDialog", back))
        if one is None or other is None:
            continue  # a Qt that words them otherwise: its arrows, not no preview at all
        icon = one.icon()
        one.setIcon(other.icon())
        other.setIcon(icon)


class PercentValidator(QValidator):
    """A zoom typed in the reader's digits or in Latin ones, with or without its percent
    sign (Qt's own validator takes the default locale's digits, and no "٪")."""

    def __init__(self, numbers: ReaderNumbers) -> None:
        super().__init__(numbers)
        self._numbers = numbers

    def validate(self, text: str, position: int) -> tuple[QValidator.State, str, int]:
        value = self._numbers.number(text)
        if value is not None and ZOOMS[0] <= value <= ZOOMS[1]:
            return QValidator.State.Acceptable, text, position
        digits = _NOT_A_NUMBER.sub("", text)
        if all(char.isdigit() or char in ".,٫" for char in digits):
            return QValidator.State.Intermediate, text, position
        return QValidator.State.Invalid, text, position


class ReaderNumbers(QObject):
    """Keeps ``dialog``'s page counter and zoom in ``fmt``'s reader's digits, as long as
    the dialog lives (it is their parent)."""

    def __init__(self, dialog: QPrintPreviewDialog, fmt: DateFormat) -> None:
        super().__init__(dialog)
        self.setObjectName("readerNumbers")
        self.locale = numbers_locale(fmt)
        self._rtl = is_right_to_left(fmt.language)
        preview = dialog.findChild(QPrintPreviewWidget)
        zoom = dialog.findChild(QComboBox)
        assert preview is not None and zoom is not None, "Qt's preview dialog changed"
        self.preview, self.zoom = preview, zoom
        edits = [edit for edit in dialog.findChildren(QLineEdit) if edit.parent() is not zoom]
        self.page = edits[0]  # the page number; the zoom's edit is its combo box's
        self.count = dialog.findChild(QLabel)  # "/ 3"
        self._fit = [
            action
            for action in dialog.findChildren(QAction)
            if action.objectName() in ("fitWidthAction", "fitPageAction")
        ]
        for item in range(zoom.count()):  # "12.5%", "12,5%": Qt's, in the default locale
            percent = self.number(zoom.itemText(item))
            zoom.setItemData(item, percent, _FACTOR)
            zoom.setItemText(item, self.percent(percent or 100.0))
        preview.previewChanged.connect(self.rewrite)
        for action in dialog.findChildren(QAction):  # zooming in or out, fitting
            action.triggered.connect(self.rewrite)
        self.page.editingFinished.connect(self._page_typed)
        zoom.currentIndexChanged.connect(self._zoom_chosen)
        line = zoom.lineEdit()
        if line is not None:
            line.setValidator(PercentValidator(self))
            line.editingFinished.connect(self._zoom_typed)
        self.rewrite()

    def percent(self, value: float) -> str:
        return f"{self.locale.toString(value, 'f', 1)}{self.locale.percent()}"

    def number(self, text: str) -> float | None:
        """A number typed in the reader's digits or in Latin ones (or written by Qt in the
        default locale), else None."""
        text = _NOT_A_NUMBER.sub("", text)
        for locale in (self.locale, QLocale(), QLocale.c()):
            value, ok = locale.toDouble(text)
            if ok:
                return value
        return None

    def rewrite(self) -> None:
        """The page, the pages and the zoom as the reader writes them."""
        preview = self.preview
        self.page.setText(self.locale.toString(preview.currentPage()))
        if self.count is not None:
            count = f"/ {self.locale.toString(preview.pageCount())}"
            self.count.setText(rtl_line(count) if self._rtl else count)
        validator = self.page.validator()
        if isinstance(validator, QIntValidator):  # Qt makes one for each page count
            validator.setLocale(self.locale)
        line = self.zoom.lineEdit()
        if line is not None:
            line.setText(self.percent(preview.zoomFactor() * 100))

    def _page_typed(self) -> None:
        page = self.number(self.page.text())
        if page is not None and 1 <= page <= self.preview.pageCount():
            self.preview.setCurrentPage(int(page))
        self.rewrite()

    def _zoom_chosen(self, item: int) -> None:
        percent = self.zoom.itemData(item, _FACTOR)
        if isinstance(percent, float):
            self._zoom_to(percent)

    def _zoom_typed(self) -> None:
        line = self.zoom.lineEdit()
        percent = self.number(line.text()) if line is not None else None
        if percent is not None:
            self._zoom_to(min(max(percent, ZOOMS[0]), ZOOMS[1]))
        self.rewrite()

    def _zoom_to(self, percent: float) -> None:
        for action in self._fit:  # a zoom of one's own: no longer fitted (Qt's setFitting)
            group = action.actionGroup()
            if group is not None:
                group.setExclusive(False)
            action.setChecked(False)
            if group is not None:
                group.setExclusive(True)
        self.preview.setZoomMode(QPrintPreviewWidget.ZoomMode.CustomZoom)
        self.preview.setZoomFactor(percent / 100)
        self.rewrite()
