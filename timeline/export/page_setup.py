"""Paper for briefings: size, orientation, margins, and the units pages are drawn in.

Pages are drawn in the screen's units (1/96 inch, the "pixels" of the timeline's geometry
and fonts) whatever the device, so a PDF at 1200 dpi, a printer and a preview image all get
the same drawing; :func:`device_scale` maps those units onto the device at hand.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter

from timeline.export.briefing_formats import PAGE_NAMES

#: Units per inch of the page drawing: the screen's device-independent pixel.
UNITS_PER_INCH = 96.0
PAGE_SIZES: dict[str, QPageSize.PageSizeId] = {
    name: getattr(QPageSize.PageSizeId, name) for name in PAGE_NAMES
}
MARGIN_MM = 12.0


@dataclass(frozen=True, slots=True)
class PageSetup:
    """The paper a briefing is laid out for; landscape suits a timeline best."""

    size: str = "A4"
    landscape: bool = True

    def page_layout(self) -> QPageLayout:
        orientation = (
            QPageLayout.Orientation.Landscape
            if self.landscape
            else QPageLayout.Orientation.Portrait
        )
        margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
        return QPageLayout(
            QPageSize(PAGE_SIZES[self.size]), orientation, margins, QPageLayout.Unit.Millimeter
        )


def content_size(page_layout: QPageLayout) -> QSizeF:
    """The printable area inside the margins, in drawing units."""
    rect = page_layout.paintRect(QPageLayout.Unit.Point)
    per_point = UNITS_PER_INCH / 72.0
    return QSizeF(rect.width() * per_point, rect.height() * per_point)


def device_scale(painter: QPainter, content: QSizeF) -> float:
    """Device pixels per drawing unit, from the width of the painter's device."""
    device = painter.device()
    return device.width() / content.width() if device is not None else 1.0
