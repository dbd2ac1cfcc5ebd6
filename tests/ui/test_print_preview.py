"""File > Print…'s preview counts its pages and zooms in the reader's digits, and reads
a page or a zoom typed in either digits."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QToolBar
from visual_order import seen_lines

from timeline.domain.datetext import DateFormat, DateStyle
from timeline.domain.direction import without_direction_marks
from timeline.ui import translations
from timeline.ui.export_dialog import preview_dialog


@pytest.fixture
def open_preview(qtbot, sample_store, pair_request, no_translation_after):
    """``open_preview(fmt)``: the print preview of the pair's briefing, the window in
    ``fmt``'s language, once its pages are laid out."""

    def open_for(fmt: DateFormat):
        translations.use_language(fmt.language)
        request = pair_request(fmt.language)
        request = replace(request, view=replace(request.view, fmt=fmt))
        preview = preview_dialog(None, sample_store, request)
        qtbot.addWidget(preview)
        preview.show()
        pages = preview.findChild(QPrintPreviewWidget)
        qtbot.waitUntil(lambda: pages.pageCount() >= 2)
        return preview

    return open_for


def page_edit(preview) -> QLineEdit:
    zoom = preview.findChild(QComboBox)
    return next(edit for edit in preview.findChildren(QLineEdit) if edit.parent() is not zoom)


def pages_label(preview) -> str:
    return preview.findChild(QLabel).text()


def zoom_text(preview) -> str:
    return preview.findChild(QComboBox).lineEdit().text()


def action(preview, text: str) -> QAction:
    return next(a for a in preview.findChildren(QAction) if a.text() == text)


def type_in(qtbot, edit: QLineEdit, text: str) -> None:
    """Select what the field holds, type over it (as a person, in any script) and press
    Enter."""
    edit.setFocus()
    edit.selectAll()
    edit.insert(text)  # keyClicks types Latin letters only
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_an_egyptian_reader_counts_pages_and_zooms_in_arabic_indic_digits(qtbot, open_preview):
    preview = open_preview(DateFormat("ar", DateStyle.EGYPT))
    pages = preview.findChild(QPrintPreviewWidget)
    count = pages.pageCount()
    indic = str(count).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    assert page_edit(preview).text() == "١"
    assert without_direction_marks(pages_label(preview)) == f"/ {indic}"
    assert zoom_text(preview)[0] in "٠١٢٣٤٥٦٧٨٩" and "٪" in zoom_text(preview)
    zoom = preview.findChild(QComboBox)
    assert [zoom.itemText(item) for item in range(zoom.count())][:4] == [
        "١٢٫٥٪\u061c",
        "٢٥٫٠٪\u061c",
        "٥٠٫٠٪\u061c",
        "١٠٠٫٠٪\u061c",
    ]
    action(
        preview, translations.QCoreApplication.translate("QPrintPreviewDialog", "Next page")
    ).trigger()
    assert pages.currentPage() == 2 and page_edit(preview).text() == "٢"
    type_in(qtbot, page_edit(preview), "١")  # in the reader's digits
    assert pages.currentPage() == 1 and page_edit(preview).text() == "١"
    type_in(qtbot, page_edit(preview), str(count))  # or in Latin ones
    assert pages.currentPage() == count and page_edit(preview).text() == indic


def test_a_zoom_is_chosen_or_typed_in_the_readers_digits(qtbot, open_preview):
    preview = open_preview(DateFormat("ar", DateStyle.EGYPT))
    pages = preview.findChild(QPrintPreviewWidget)
    zoom = preview.findChild(QComboBox)
    zoom.setCurrentIndex(3)  # "١٠٠٫٠٪"
    assert pages.zoomFactor() == pytest.approx(1.0)
    assert zoom_text(preview) == "١٠٠٫٠٪\u061c"
    type_in(qtbot, zoom.lineEdit(), "٧٥")
    assert pages.zoomFactor() == pytest.approx(0.75)
    assert zoom_text(preview) == "٧٥٫٠٪\u061c"
    fit = next(a for a in preview.findChildren(QAction) if a.objectName() == "fitPageAction")
    assert not fit.isChecked(), "a zoom of one's own is no longer fitted"
    fit.trigger()
    assert pages.zoomFactor() != pytest.approx(0.75)
    assert not any(digit in zoom_text(preview) for digit in "0123456789")
    assert "٪" in zoom_text(preview)


def test_a_latin_reader_keeps_qts_numbers(qtbot, open_preview):
    preview = open_preview(DateFormat("en", DateStyle.MAGHREB))
    pages = preview.findChild(QPrintPreviewWidget)
    assert page_edit(preview).text() == "1"
    assert pages_label(preview) == f"/ {pages.pageCount()}"
    type_in(qtbot, page_edit(preview), "2")
    assert pages.currentPage() == 2
    preview.findChild(QComboBox).setCurrentIndex(2)
    assert pages.zoomFactor() == pytest.approx(0.5) and zoom_text(preview) == "50.0%"


def arrow(preview, name: str):
    """The picture on Qt's ``name`` page action ("Next page", …), as a toolbar shows it."""
    text = translations.QCoreApplication.translate("QPrintPreviewDialog", name)
    return action(preview, text).icon().pixmap(24, 24).toImage()


def test_the_page_arrows_point_the_way_an_arabic_toolbar_reads(qtbot, open_preview):
    english = open_preview(DateFormat("en", DateStyle.MAGHREB))
    left, right = arrow(english, "Previous page"), arrow(english, "Next page")
    first, last = arrow(english, "First page"), arrow(english, "Last page")
    assert left != right
    preview = open_preview(DateFormat("ar", DateStyle.MAGHREB))
    assert arrow(preview, "Next page") == left and arrow(preview, "Previous page") == right
    assert arrow(preview, "Last page") == first and arrow(preview, "First page") == last
    pages = preview.findChild(QPrintPreviewWidget)
    toolbar = preview.findChild(QToolBar)

    def click(name: str) -> None:
        text = translations.QCoreApplication.translate("QPrintPreviewDialog", name)
        qtbot.mouseClick(toolbar.widgetForAction(action(preview, text)), Qt.MouseButton.LeftButton)

    click("Next page")
    assert pages.currentPage() == 2
    click("Last page")
    assert pages.currentPage() == pages.pageCount()
    click("Previous page")
    assert pages.currentPage() == pages.pageCount() - 1
    click("First page")
    assert pages.currentPage() == 1


@pytest.mark.parametrize("style", [DateStyle.MAGHREB, DateStyle.EGYPT])
def test_an_arabic_toolbar_reads_page_one_of_two_from_the_right(qtbot, open_preview, style):
    """The count after the page number read "/ 2" from its left edge: from the right, an
    Arabic reader read "1 2 /"."""
    preview = open_preview(DateFormat("ar", style))
    label = preview.findChild(QLabel)
    count = DateFormat("ar", style).digits(str(preview.findChild(QPrintPreviewWidget).pageCount()))
    assert [without_direction_marks(line) for line in seen_lines(label)] == [f"{count} /"]


@pytest.mark.parametrize("language", ["en", "ar"])
def test_made_as_small_as_it_goes_it_still_prints_and_turns_pages(qtbot, open_preview, language):
    """It shrank to 70×109 pixels: a zoom button, "»" and a sliver of page."""
    preview = open_preview(DateFormat(language, DateStyle.MAGHREB))
    preview.resize(1, 1)
    qtbot.waitUntil(lambda: preview.width() > 1)
    toolbar = preview.findChild(QToolBar)
    for name in ("Print", "Next page", "Previous page"):
        text = translations.QCoreApplication.translate("QPrintPreviewDialog", name)
        button = toolbar.widgetForAction(action(preview, text))
        assert button is not None and button.isVisible(), name
    assert preview.findChild(QPrintPreviewWidget).height() > 200
    assert preview.minimumWidth() <= 800, "it fits on a small screen"
