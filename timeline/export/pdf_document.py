"""A PDF document painted by Qt's writer with its text written by the briefing itself.

Qt's :class:`QPdfWriter` draws the pages — shapes, colours, clips — and the
:class:`PdfTextPainter` that paints on it keeps every text with its string
(:mod:`timeline.export.pdf_text_layer`). :meth:`PdfDocument.finish` puts the two together as
a PDF library does (pypdf): each page gets its text as a content stream of its own over
Qt's drawing, the fonts that text uses are embedded once for the document
(:mod:`timeline.export.pdf_fonts`), and the document says its subject and its language —
what Qt's writer has no setting for.
"""

from __future__ import annotations

from io import BytesIO

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    IndirectObject,
    NameObject,
    NumberObject,
    TextStringObject,
)
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QPageLayout, QPdfWriter

from timeline.export.pdf_fonts import EmbeddedFont
from timeline.export.pdf_text_layer import PdfTextPainter, page_transform
from timeline.io.xml_text import xml_safe


class PdfDocument:
    """Qt's PDF writer and the painter that writes the text, for one document."""

    def __init__(self, page_layout: QPageLayout, title: str, author: str, creator: str) -> None:
        self._data = QByteArray()
        self._buffer = QBuffer(self._data)
        self._buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.writer = QPdfWriter(self._buffer)
        self.writer.setPageLayout(page_layout)
        self.writer.setTitle(xml_safe(title))  # it goes into the XMP metadata
        self.writer.setAuthor(xml_safe(author))
        self.writer.setCreator(creator)
        resolution = self.writer.resolution()
        layout = self.writer.pageLayout()
        paint_rect = layout.paintRectPixels(resolution).toRectF()
        height = layout.fullRectPoints().height()
        self.painter = PdfTextPainter(page_transform(paint_rect, height, resolution))

    def finish(self, subject: str, language: str) -> bytes:
        """The whole file, once every page is painted (and the painter ended)."""
        self._buffer.close()
        writer = PdfWriter(clone_from=PdfReader(BytesIO(bytes(self._data.data()))))
        fonts = DictionaryObject(
            {
                NameObject(f"/{font.name}"): _font(writer, font)
                for font in self.painter.fonts.values()
            }
        )
        for number, page in enumerate(writer.pages):
            text = self.painter.page_content(number)
            if not text:
                continue
            # Qt's drawing leaves its transformation in place: the text starts afresh.
            drawn = page.get_contents()
            content = DecodedStreamObject()
            drawing = drawn.get_data() if drawn is not None else b""  # an empty one is falsy
            content.set_data(b"q\n" + drawing + b"\nQ\n" + text)
            page.replace_contents(content.flate_encode())
            resources = page[NameObject("/Resources")].get_object()
            assert isinstance(resources, DictionaryObject)  # Qt writes one for every page
            resources[NameObject("/Font")] = fonts
        if subject:
            writer.add_metadata({"/Subject": subject})
        writer.root_object[NameObject("/Lang")] = TextStringObject(language)
        out = BytesIO()
        writer.write(out)
        return out.getvalue()


def _stream(writer: PdfWriter, data: bytes, **entries: object) -> IndirectObject:
    """A compressed stream added to the document (pypdf's ``_add_object`` is its one way to
    add an object that others refer to)."""
    stream = DecodedStreamObject()
    stream.set_data(data)
    for key, value in entries.items():
        stream[NameObject(f"/{key}")] = value  # type: ignore[assignment]
    return writer._add_object(stream.flate_encode())


def _font(writer: PdfWriter, font: EmbeddedFont) -> IndirectObject:
    """A composite font (Type 0, glyph ids as character ids) with its program embedded."""
    name = NameObject(f"/{font.postscript_name}")
    program = font.program()
    box, ascent, descent = font.metrics()
    descriptor = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/FontDescriptor"),
            NameObject("/FontName"): name,
            NameObject("/Flags"): NumberObject(32),  # not symbolic
            NameObject("/FontBBox"): ArrayObject(FloatObject(value) for value in box),
            NameObject("/ItalicAngle"): NumberObject(0),
            NameObject("/Ascent"): FloatObject(ascent),
            NameObject("/Descent"): FloatObject(descent),
            NameObject("/CapHeight"): FloatObject(ascent),
            NameObject("/StemV"): NumberObject(80),
            NameObject("/FontFile2"): _stream(writer, program, Length1=NumberObject(len(program))),
        }
    )
    widths = ArrayObject()
    for glyph, width in sorted(font.widths().items()):
        widths += [NumberObject(glyph), ArrayObject([FloatObject(round(width, 2))])]
    descendant = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/CIDFontType2"),
            NameObject("/BaseFont"): name,
            NameObject("/CIDSystemInfo"): DictionaryObject(
                {
                    NameObject("/Registry"): TextStringObject("Adobe"),
                    NameObject("/Ordering"): TextStringObject("Identity"),
                    NameObject("/Supplement"): NumberObject(0),
                }
            ),
            NameObject("/FontDescriptor"): writer._add_object(descriptor),
            NameObject("/W"): widths,
            NameObject("/CIDToGIDMap"): NameObject("/Identity"),
        }
    )
    return writer._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type0"),
                NameObject("/BaseFont"): name,
                NameObject("/Encoding"): NameObject("/Identity-H"),
                NameObject("/DescendantFonts"): ArrayObject([writer._add_object(descendant)]),
                NameObject("/ToUnicode"): _stream(writer, _cmap(font.to_unicode())),
            }
        )
    )


_CMAP_HEAD = (
    b"/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
    b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
    b"/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
    b"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
)
_CMAP_TAIL = b"endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"


def _cmap(mapping: dict[int, str]) -> bytes:
    """A ToUnicode map: each glyph id to its letters."""
    lines = [
        b"<%04X> <%s>" % (glyph, text.encode("utf-16-be", "surrogatepass").hex().upper().encode())
        for glyph, text in sorted(mapping.items())
    ]
    blocks = [lines[n : n + 100] for n in range(0, len(lines), 100)]  # at most 100 a block
    body = b"".join(
        b"%d beginbfchar\n" % len(block) + b"\n".join(block) + b"\nendbfchar\n" for block in blocks
    )
    return _CMAP_HEAD + body + _CMAP_TAIL
