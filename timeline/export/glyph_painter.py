"""A painter that paints a briefing's text as the glyphs Qt shaped it into, in their places.

Qt's print preview records each page as a QPicture, and a QPicture keeps a run of text as
its string alone, laid out again left to right when the page is shown: in an Arabic
briefing a colon or comma at the end of a run stood on its other side, stuck to the next
word ("وكازاخستان :التسلسل"), where the PDF and the printer show it after its word. Glyph
runs keep Qt's shaping and places (the picture keeps them as outlines). The PDF's text
painter (:class:`~timeline.export.pdf_text_layer.PdfTextPainter`) is one of these, which
writes the glyphs into the page itself.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QGlyphRun,
    QPaintDevice,
    QPaintEngine,
    QPainter,
    QTextLayout,
    QTextOption,
)

_UNBOUNDED = float(0x01000000)  # the line width Qt lays out unwrapped text in
RUNS = (
    QTextLayout.GlyphRunRetrievalFlag.RetrieveGlyphIndexes
    | QTextLayout.GlyphRunRetrievalFlag.RetrieveGlyphPositions
    | QTextLayout.GlyphRunRetrievalFlag.RetrieveStringIndexes
)


def _visual(option: QTextOption) -> Qt.AlignmentFlag:
    """The option's horizontal alignment as a side of the page: without AlignAbsolute,
    Qt swaps left and right for right-to-left text."""
    align = option.alignment()
    rtl = option.textDirection() == Qt.LayoutDirection.RightToLeft
    if rtl and not align & Qt.AlignmentFlag.AlignAbsolute:
        if align & Qt.AlignmentFlag.AlignLeft:
            return Qt.AlignmentFlag.AlignRight
        if align & Qt.AlignmentFlag.AlignRight:
            return Qt.AlignmentFlag.AlignLeft
    return align


def records_strings(device: QPaintDevice) -> bool:
    """Whether ``device`` keeps text as strings to lay out again: a print preview's page."""
    engine = device.paintEngine()
    return engine is not None and engine.type() == QPaintEngine.Type.Picture


class GlyphPainter(QPainter):
    """A painter whose text — a label in a rectangle, a laid-out paragraph — is drawn as
    its shaped glyph runs (see the module)."""

    def drawText(self, *args: object) -> None:  # type: ignore[override]  # one of Qt's forms
        """A label in a rectangle (``rect, text, option``), placed as Qt's own drawText
        places it, clipped to the rectangle when it overflows, as Qt's is."""
        rect, text, option = args
        if not isinstance(rect, QRectF) or not isinstance(text, str):
            raise TypeError("GlyphPainter.drawText takes (QRectF, str, QTextOption)")
        if not isinstance(option, QTextOption):
            raise TypeError("GlyphPainter.drawText takes (QRectF, str, QTextOption)")
        if not text:
            return
        layout = QTextLayout(text, self.font())
        single = QTextOption(option)
        single.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
        single.setWrapMode(QTextOption.WrapMode.NoWrap)
        layout.setTextOption(single)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(_UNBOUNDED)
        layout.endLayout()
        bounds = self.boundingRect(rect, text, option)
        align, x = _visual(option), rect.x()
        if align & Qt.AlignmentFlag.AlignRight:
            x += rect.width() - line.horizontalAdvance()
        elif align & Qt.AlignmentFlag.AlignHCenter:
            x += (rect.width() - line.horizontalAdvance()) / 2
        overflows = (
            bounds.x() < rect.x()
            or bounds.y() < rect.y()
            or bounds.width() > rect.width()
            or bounds.height() > rect.height()
        )
        runs = [line.glyphRuns(-1, -1, RUNS)]
        if not self.keep(text, runs, QPointF(x, bounds.y()), rect if overflows else None):
            super().drawText(rect, text, option)

    def write_layout(self, layout: QTextLayout, at: QPointF) -> None:
        """A laid-out paragraph at ``at``: one text, whole across its lines."""
        lines = [layout.lineAt(n) for n in range(layout.lineCount())]
        if not self.keep(layout.text(), [line.glyphRuns(-1, -1, RUNS) for line in lines], at):
            layout.draw(self, at)

    def keep(
        self, text: str, lines: list[list[QGlyphRun]], at: QPointF, clip: QRectF | None = None
    ) -> bool:
        """Draw ``text``'s glyph runs, line by line, at ``at`` (within ``clip`` if given);
        False to leave it to Qt's own drawing."""
        self.save()
        if clip is not None:
            self.setClipRect(clip, Qt.ClipOperation.IntersectClip)
        for runs in lines:
            for run in runs:
                self.drawGlyphRun(at, run)
        self.restore()
        return True


def draw_layout(painter: QPainter, layout: QTextLayout, at: QPointF) -> None:
    """A laid-out paragraph onto any painter; a glyph painter's keeps its glyphs."""
    if isinstance(painter, GlyphPainter):
        painter.write_layout(layout, at)
    else:
        layout.draw(painter, at)
