"""Choosing a file, in the reader's language and digits.

Where the desktop offers no file dialog of its own (or the platform's is not used), Qt
shows its own. Its words are translated (``translations.QT_GAPS``), but QFileSystemModel
writes a file's size and the day it was modified with ``QLocale::system()``: the
environment's locale, read once at start, not the window's reader, so "3 bytes" and
"3/12/2026 23:35" in Latin digits in an Arabic window. Neither ``QLocale.setDefault`` nor
the view's locale reaches it. A proxy model in front of it says both as the window says
them: the size in the reader's language and digits, the day as the backups' list dates a
copy ("١٩ مارس ٢٠٢٥ ٠٩:٠٥"). A desktop's own dialog speaks the desktop's language.

Its "Look in" box is mirrored with the window, and so was the path it shows: laid out right
to left, "/tmp/بيانات 2025" read "2025 بيانات/tmp/", its first slash at the far end. A
path is data: the box stays mirrored (its arrow on the left), the path inside reads left to
right, as a path does in our own labels (``ui.left_to_right``), an Arabic folder's name in
it right to left (``domain.direction.ltr_path``).
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QIdentityProxyModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QUrl,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFileSystemModel,
    QHeaderView,
    QTreeView,
    QWidget,
)

from timeline.domain.datetext import DateFormat
from timeline.domain.direction import LEFT_TO_RIGHT_ISOLATE, ltr_path
from timeline.ui.translations import numbers_locale

SIZE, MODIFIED = 1, 3  # QFileSystemModel's columns: name, size, type, date modified
#: The role of a place's address in the "Look in" box's model (Qt's QUrlModel::UrlRole).
URL_ROLE = Qt.ItemDataRole.UserRole + 1
#: Qt's Arabic names only bytes (بايت) and writes "4.88 KiB": the units in Arabic words.
_ARABIC_UNITS = ("بايت", "كيلوبايت", "ميغابايت", "غيغابايت", "تيرابايت")


def size_text(size: int, fmt: DateFormat) -> str:
    """A file's size as ``fmt``'s reader writes it: "4.88 KiB", "4,88 Kio", "٤٫٨٨ كيلوبايت"."""
    locale = numbers_locale(fmt)
    if fmt.language != "ar":
        return locale.formattedDataSize(size)
    power = 0
    while size >= 1024 ** (power + 1) and power < len(_ARABIC_UNITS) - 1:
        power += 1
    number = locale.toString(size) if power == 0 else locale.toString(size / 1024**power, "f", 2)
    return f"{number} {_ARABIC_UNITS[power]}"


class ReaderFileModel(QIdentityProxyModel):
    """A QFileSystemModel whose sizes and days are written for ``fmt``'s reader."""

    def __init__(self, fmt: DateFormat, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fmt = fmt

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        source = self.sourceModel()
        column = index.column()
        if (
            role == Qt.ItemDataRole.DisplayRole
            and column in (SIZE, MODIFIED)
            and isinstance(source, QFileSystemModel)
        ):
            at = self.mapToSource(index)
            if column == SIZE and not source.isDir(at):
                return size_text(source.size(at), self._fmt)
            modified = source.lastModified(at).toPython() if column == MODIFIED else None
            if isinstance(modified, datetime):  # an invalid one (a drive) comes as None
                return self.day_text(modified)
        return super().data(index, role)

    def day_text(self, when: datetime) -> str:
        return self._fmt.moment(when)


def file_dialog(
    parent: QWidget | None, title: str, folder: str, filters: str, fmt: DateFormat
) -> QFileDialog:
    """A file dialog (the desktop's where there is one) that writes sizes and days for
    ``fmt``'s reader when it is Qt's own. ``folder`` may name a file, which is selected."""
    dialog = QFileDialog(parent, title, folder, filters)
    dialog.setProxyModel(ReaderFileModel(fmt, dialog))
    look_in = dialog.findChild(QComboBox, "lookInCombo")  # Qt's own dialog's folders
    if look_in is not None:
        paths_left_to_right(look_in)
    details = dialog.findChild(QTreeView, "treeView")  # Qt's own dialog's detail view
    if details is not None:  # its columns as wide as their words, the name the rest
        header = details.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, header.count()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return dialog


def paths_left_to_right(combo: QComboBox) -> None:
    """Each folder ``combo`` lists (a file dialog's "Look in") shown as a left-to-right
    island, now and as Qt lists others; a place without a path ("Computer") as it is. Qt
    goes to a folder by its address (``URL_ROLE``), never by the words shown."""
    model = combo.model()

    def isolate(first: int, last: int) -> None:
        for row in range(first, last + 1):
            index = model.index(row, combo.modelColumn(), combo.rootModelIndex())
            text, url = index.data(Qt.ItemDataRole.DisplayRole), index.data(URL_ROLE)
            if (
                isinstance(text, str)
                and text
                and not text.startswith(LEFT_TO_RIGHT_ISOLATE)
                and isinstance(url, QUrl)
                and url.toLocalFile()
            ):
                model.setData(index, ltr_path(text), Qt.ItemDataRole.DisplayRole)

    model.rowsInserted.connect(lambda _parent, first, last: isolate(first, last))
    model.dataChanged.connect(lambda top, bottom, *_roles: isolate(top.row(), bottom.row()))
    isolate(0, model.rowCount() - 1)


def open_file_name(
    parent: QWidget | None, title: str, folder: str, filters: str, fmt: DateFormat
) -> str:
    """As ``QFileDialog.getOpenFileName``: the file chosen, or an empty text."""
    dialog = file_dialog(parent, title, folder, filters, fmt)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return ""
        return dialog.selectedFiles()[0]
    finally:
        dialog.deleteLater()  # as the static function's, gone once answered


def ending_in(name: str, ours: Collection[str], suffix: str) -> Path:
    """The file ``name`` chose: as typed where it ends in one of ``ours`` (lower case),
    else with ``suffix`` after the whole name, whatever dots it holds ("Morocco v1.2" is
    not "Morocco v1"). A dot it ends in is the suffix's, not yet typed: "report." was
    "report..csv"."""
    path = Path(name)
    path = path.with_name(path.name.rstrip(".") or path.name)
    return path if path.suffix.lower() in ours else path.with_name(path.name + suffix)


def save_file_name(
    parent: QWidget | None,
    title: str,
    folder: str,
    filters: str,
    fmt: DateFormat,
    *,
    suffix: str = "",
    ask_to_replace: bool = True,
) -> tuple[str, str]:
    """As ``QFileDialog.getSaveFileName``: the file named and the filter chosen, or two
    empty texts. ``suffix``: added to a name typed without one; ``ask_to_replace``: False
    where a file named is opened, not replaced (a new database named as an existing one)."""
    dialog = file_dialog(parent, title, folder, filters, fmt)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix(suffix)
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, not ask_to_replace)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return "", ""
        return dialog.selectedFiles()[0], dialog.selectedNameFilter()
    finally:
        dialog.deleteLater()
