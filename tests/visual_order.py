"""The order in which a text's characters are painted, left to right: what a reader sees of
a sentence that mixes Arabic with paths, URLs and versions, after Qt's bidi reordering.

An Arabic word comes out with its letters reversed (they are painted from the right); what
matters is where the Latin parts and their slashes, dots and brackets land.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextDocument, QTextDocumentFragment, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel

#: Invisible marks, and the unbreakable forms of a space and a hyphen, as a reader reads them.
_AS_READ = str.maketrans({"\u2066": "", "\u2067": "", "\u2068": "", "\u2069": ""}) | {
    0xA0: " ",
    0x2011: "-",
}
_RETRIEVE = (
    QTextLayout.GlyphRunRetrievalFlag.RetrieveStringIndexes
    | QTextLayout.GlyphRunRetrievalFlag.RetrieveGlyphPositions
)


def as_read(text: str) -> str:
    """``text`` without its isolates, its no-break spaces and hyphens made plain."""
    return text.translate(_AS_READ)


def shown_text(label: QLabel) -> str:
    """What ``label`` reads, as text: its rich text's words (markup gone), as read."""
    text = label.text()
    if label.textFormat() == Qt.TextFormat.RichText:
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return as_read(text)


def seen_left_to_right(
    text: str,
    font: QFont | None = None,
    direction: Qt.LayoutDirection = Qt.LayoutDirection.LayoutDirectionAuto,
) -> str:
    """``text`` on one line, read from its left edge to its right one; by default its
    direction taken from its first strong letter, as a label's; an item view's cells are
    laid out in the view's direction."""
    layout = QTextLayout(text, font or QFont())
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    layout.createLine().setLineWidth(1_000_000)
    layout.endLayout()
    return _lines(layout, text)[0]


def seen_lines(label: QLabel) -> list[str]:
    """Each line of ``label`` at its width, read from left to right: plain text laid out as
    the label paints it, rich text as its document."""
    width = label.contentsRect().width()
    if label.textFormat() == Qt.TextFormat.RichText:
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setHtml(label.text())
        document.setTextWidth(width)
        document.documentLayout().documentSize()  # lays the blocks out
        blocks = _blocks(document)
        return [line for block in blocks for line in _lines(block.layout(), block.text())]
    layout = QTextLayout(label.text(), label.font())
    wrap = QTextOption()
    wrap.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(wrap)
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
    layout.endLayout()
    return _lines(layout, label.text())


def _blocks(document: QTextDocument):
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()


def _lines(layout: QTextLayout, text: str) -> list[str]:
    lines = []
    for number in range(layout.lineCount()):
        line = layout.lineAt(number)
        x_of: dict[int, float] = {}
        for run in layout.glyphRuns(line.textStart(), line.textLength(), _RETRIEVE):
            for index, position in zip(run.stringIndexes(), run.positions(), strict=True):
                x_of.setdefault(index, position.x())
        for index in range(line.textStart(), line.textStart() + line.textLength()):
            if index not in x_of and index - 1 in x_of:  # drawn in one glyph ("fi")
                x_of[index] = x_of[index - 1] + 0.001
        painted = sorted(x_of, key=x_of.__getitem__)
        lines.append(as_read("".join(text[index] for index in painted)))
    return lines
