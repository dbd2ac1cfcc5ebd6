"""What a frame on screen can reuse from the last one: the density strip as an image and
each label laid out once (``QStaticText``).

Only a raster device with no scaling or rotation (the widget, an image) takes these: a
PDF, SVG or printer page is drawn as before, so a cache can never change what an export
shows. On screen the pixels come out the same: the strip's image is drawn at the whole
pixel it was made for, and a static text is the same glyph run ``drawText`` would lay out.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QImage,
    QPaintEngine,
    QPainter,
    QPicture,
    QStaticText,
    QTextOption,
    QTransform,
)

from timeline.domain.direction import is_rtl_text

#: A width in the font being drawn with, in pixels.
Width = Callable[[str], float]

_MOVES_ONLY = (QTransform.TransformationType.TxNone, QTransform.TransformationType.TxTranslate)


def reusable(painter: QPainter) -> bool:
    """Whether what is drawn on ``painter`` may come from a screen cache: a raster engine,
    moved by whole pixels at most."""
    engine = painter.paintEngine()
    if engine is None or engine.type() != QPaintEngine.Type.Raster:
        return False
    transform = painter.combinedTransform()
    if transform.type() not in _MOVES_ONLY:
        return False
    return transform.dx().is_integer() and transform.dy().is_integer()


def replay(painter: QPainter, picture: QPicture) -> None:
    """Replay ``picture`` in the painter's units: Qt replays a picture in inches of the
    device it is drawn on, so a device of another resolution would move what it holds."""
    painter.save()
    device = painter.device()
    if device is not None and device.logicalDpiX() != picture.logicalDpiX():
        painter.scale(
            picture.logicalDpiX() / device.logicalDpiX(),
            picture.logicalDpiY() / device.logicalDpiY(),
        )
    painter.drawPicture(0, 0, picture)
    painter.restore()


class DrawnImage:
    """What a drawing paints within an area, as an image of it made the second time it is
    drawn, for as long as it is the same one (its ``key``).

    The first frame draws it as it is (the image would cost as much again, and a new
    filter's first frame should not pay for it). Drawn, not recorded as a picture: Qt
    replays a picture's text as runs of their own, each left to right, and the colon of
    an Arabic legend's "الإطار فقط: …" stood on the wrong side of its space."""

    def __init__(self) -> None:
        self._made: tuple[object, QRectF, float, QImage, QPointF] | None = None
        self._seen: object = None

    def draw(
        self,
        painter: QPainter,
        key: object,
        area: QRectF,
        draw: Callable[[QPainter], None],
    ) -> None:
        """Draw what ``draw`` paints within ``area``, from its image if made."""
        ratio = painter.device().devicePixelRatioF()
        made = self._made
        if made is None or made[0] != key or made[1] != area or made[2] != ratio:
            if self._seen != key:
                self._seen = key
                draw(painter)
                return
            hints = painter.renderHints()  # antialiased as the first frame drew it

            def drawn_alike(on_image: QPainter) -> None:
                on_image.setRenderHints(hints)
                draw(on_image)

            corner, image = image_of(area, ratio, drawn_alike)
            made = (key, QRectF(area), ratio, image, corner)
            self._made = made
        painter.drawImage(made[4], made[3])


def image_of(
    area: QRectF, ratio: float, draw: Callable[[QPainter], None]
) -> tuple[QPointF, QImage]:
    """What ``draw`` paints within ``area`` (in the painter's units) on a transparent image
    of the whole pixels it covers, at ``ratio`` pixels per unit, and the image's corner:
    drawn there it stands where ``draw`` would have painted it."""
    left, top = math.floor(area.left()), math.floor(area.top())
    width = math.ceil(area.right()) - left
    height = math.ceil(area.bottom()) - top
    image = QImage(
        max(1, round(width * ratio)),
        max(1, round(height * ratio)),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.transparent)
    on_image = QPainter(image)
    on_image.translate(-left, -top)
    draw(on_image)
    on_image.end()
    return QPointF(left, top), image


def sprite(
    width: float,
    height: float,
    pad: int,
    draw: Callable[[QPainter], None],
    *,
    pad_above: int | None = None,
) -> QImage:
    """An image of what ``draw`` paints within (0, 0, width, height), with ``pad`` pixels
    of room around it for antialiased edges (``pad_above``, if given, above and below: a
    line of text needs room at its ends only): drawn at (x - pad, y - pad_above), it
    stands where ``draw`` would have painted it at (x, y)."""
    above = pad if pad_above is None else pad_above
    image = QImage(
        math.ceil(width) + 2 * pad,
        math.ceil(height) + 2 * above,
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.fill(Qt.GlobalColor.transparent)
    on_image = QPainter(image)
    on_image.setRenderHint(QPainter.RenderHint.Antialiasing)
    on_image.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    on_image.translate(pad, above)
    draw(on_image)
    on_image.end()
    return image


class SeenTwice:
    """Images of what the screen draws, made the second time each is drawn: most badges
    and labels of a wheel notch are seen once (an image costs more than drawing them),
    while what a repaint, a pan or the next notch shows again is copied from then on.
    Both the images and the things seen once are kept to the last ``keep`` used."""

    def __init__(self, keep: int) -> None:
        self._keep = keep
        self._made: OrderedDict[object, QImage] = OrderedDict()
        self._seen: OrderedDict[object, None] = OrderedDict()

    def made(self, key: object) -> QImage | None:
        """The image of ``key`` if there is one already (counted as used)."""
        image = self._made.get(key)
        if image is not None:
            self._made.move_to_end(key)
        return image

    def make(self, key: object, make: Callable[[], QImage]) -> QImage:
        """The image of ``key``, made now if missing, seen or not (between frames, for
        the next one)."""
        image = self.made(key)
        if image is None:
            image = self._made[key] = make()
            if len(self._made) > self._keep:
                self._made.popitem(last=False)
        return image

    def image(self, key: object, make: Callable[[], QImage]) -> QImage | None:
        """The image of ``key``: made now if it was seen before, else None (it is drawn as
        it is this time, and noted)."""
        image = self.made(key)
        if image is not None:
            return image
        if key in self._seen:
            image = self._made[key] = make()
            if len(self._made) > self._keep:
                self._made.popitem(last=False)
            return image
        self._seen[key] = None
        if len(self._seen) > self._keep:
            self._seen.popitem(last=False)
        return None


#: Alignment of a label in its room, by side: the flags Qt needs for each (built once).
_OPTIONS: dict[tuple[Qt.AlignmentFlag, bool], QTextOption] = {}


def text_option(text: str, align: Qt.AlignmentFlag) -> QTextOption:
    """``align`` names a physical side: without AlignAbsolute, Qt swaps left and right for
    right-to-left text, and an Arabic label would start on the wrong side of its room."""
    rtl = is_rtl_text(text)
    option = _OPTIONS.get((align, rtl))
    if option is None:
        option = QTextOption(align | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
        option.setWrapMode(QTextOption.WrapMode.NoWrap)
        option.setTextDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
        _OPTIONS[(align, rtl)] = option
    return option


class StaticTexts:
    """Labels laid out once per text, font and direction, then only drawn: about a quarter
    of what ``drawText`` costs, which shapes the text again every frame."""

    def __init__(self, keep: int = 4096) -> None:
        self._keep = keep
        #: Each text's layout, half its height and its width.
        self._texts: OrderedDict[tuple[str, Width], tuple[QStaticText, float, float]] = (
            OrderedDict()
        )

    def prepare(
        self, text: str, align: Qt.AlignmentFlag, font: QFont, width: Width
    ) -> tuple[QStaticText, float, float]:
        """``text`` laid out in ``font`` (which ``width`` measures), once: its layout, half
        its height and its width. Also called between frames for the labels the next one
        will likely draw, so that it finds them laid out."""
        key = (text, width)
        found = self._texts.get(key)
        if found is None:
            static = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.setTextOption(text_option(text, align))
            static.prepare(QTransform(), font)  # laid out in the font it is drawn in
            found = (static, static.size().height() / 2, width(text))
            self._texts[key] = found
            if len(self._texts) > self._keep:
                self._texts.popitem(last=False)
        else:
            self._texts.move_to_end(key)
        return found

    def draw(
        self, painter: QPainter, rect: QRectF, text: str, align: Qt.AlignmentFlag, width: Width
    ) -> None:
        """``text`` in ``rect`` where ``drawText(rect, text, text_option(text, align))`` puts
        it: against the side ``align`` names (left, right or centre), centred from top to
        bottom. ``width`` measures text in the painter's font."""
        static, half_height, advance = self.prepare(text, align, painter.font(), width)
        # Alignments compared by identity: Qt's flags are Python enums, slow to combine.
        if align is Qt.AlignmentFlag.AlignRight:
            x = rect.right() - advance
        elif align is Qt.AlignmentFlag.AlignHCenter:
            x = rect.center().x() - advance / 2
        else:
            x = rect.left()
        painter.drawStaticText(QPointF(x, rect.center().y() - half_height), static)
