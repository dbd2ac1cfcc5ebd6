"""Colours and fonts of the timeline, shared by the screen and every export."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPen

from timeline.domain.direction import has_rtl
from timeline.domain.kinds import EventKind
from timeline.locations import fonts_dir

#: Families of the bundled fonts the timeline is drawn in, on screen and in every export:
#: Latin first, Arabic as the fallback Qt uses per script (widgets: timeline.ui.fonts).
FONT_FAMILIES = ["Noto Sans", "Noto Sans Arabic"]

# Colour-blind-safe hues (Okabe-Ito), one per kind.
KIND_COLOURS: dict[EventKind, str] = {
    EventKind.OFFICIAL_VISIT: "#0072B2",
    EventKind.BILATERAL_MEETING: "#56B4E9",
    EventKind.SIDELINE_MEETING: "#009E73",
    EventKind.AGREEMENT_SIGNED: "#D55E00",
    EventKind.AGREEMENT_IN_FORCE: "#E69F00",
    EventKind.MULTILATERAL_GATHERING: "#CC79A7",
    EventKind.PHONE_CALL: "#7F7F7F",
    EventKind.STATEMENT: "#332288",
}

#: How much higher than the middle of its line the line through Arabic text runs, in ems
#: (:func:`strike_rise`).
ARABIC_STRIKE_RISE = 0.12

_loaded = False


def load_bundled_fonts() -> None:
    """Register the fonts shipped in resources/fonts once, so text looks the same on a
    machine with no Arabic fonts at all."""
    global _loaded
    if _loaded:
        return
    for path in sorted(fonts_dir().glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(path))
    _loaded = True


def app_font(
    pixel_size: int = 13, bold: bool = False, families: Sequence[str] = FONT_FAMILIES
) -> QFont:
    """The timeline's font (the widgets pass their own ``families``: timeline.ui.fonts)."""
    load_bundled_fonts()
    font = QFont()
    font.setFamilies(list(families))
    font.setPixelSize(pixel_size)
    font.setBold(bold)
    return font


@dataclass(frozen=True)
class Theme:
    background: QColor = field(default_factory=lambda: QColor("#ffffff"))
    axis_background: QColor = field(default_factory=lambda: QColor("#f4f5f7"))
    lane_background: QColor = field(default_factory=lambda: QColor("#fafbfc"))
    grid: QColor = field(default_factory=lambda: QColor("#e3e6ea"))
    major_grid: QColor = field(default_factory=lambda: QColor("#c9ced6"))
    text: QColor = field(default_factory=lambda: QColor("#1d2330"))
    muted_text: QColor = field(default_factory=lambda: QColor("#5b6473"))
    today: QColor = field(default_factory=lambda: QColor("#d62728"))
    selection: QColor = field(default_factory=lambda: QColor("#1a73e8"))
    cluster: QColor = field(default_factory=lambda: QColor("#44506a"))
    #: Behind label text, so grid lines and the today line pass beneath a label, not through.
    label_background: QColor = field(default_factory=lambda: QColor(255, 255, 255, 250))
    #: Over the end of a printed part that the next part covers: its grid all but hidden.
    covered: QColor = field(default_factory=lambda: QColor(238, 240, 243, 235))

    def kind_colour(self, kind: EventKind) -> QColor:
        return QColor(KIND_COLOURS[kind])

    def strike_pen(self) -> QPen:
        """The line through a cancelled event: its marker and label on the band, its entry
        in the key, its title in a briefing's table, all alike."""
        return QPen(self.text, 1.4)

    def today_pen(self) -> QPen:
        """The red line of the day the view or document is of, and its keys (a briefing's
        footer, a picture's legend), all alike."""
        return QPen(self.today, 1.5)


def strike_rise(text: str, em: float) -> float:
    """How far above the middle of its line the line through a cancelled event's ``text``
    runs, its font ``em`` pixels: none for Latin letters, whose bodies it crosses. An Arabic
    line's box is deep for the dots under it, and its middle ran along the letters' joins
    and through their bowls: a struck Qatar forum's title read as one stroke. Higher, it
    crosses the tall letters' stems and the words stay legible. Any Arabic letter raises it
    ("COP29: مؤتمر الأطراف في باكو" too), one height for the whole title."""
    return ARABIC_STRIKE_RISE * em if has_rtl(text) else 0.0
