"""The agreement's connector is in every painted output: the PDF briefing, PNG and SVG, drawn
by the same layout and painter as the screen."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from itertools import pairwise

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QColor, QImage

from timeline.domain.direction import DIRECTION_MARKS
from timeline.domain.kinds import EventKind
from timeline.domain.period import Period, day_number
from timeline.export.briefing_export import export_file, plan_briefing
from timeline.export.drawing import PICTURE_MARGIN
from timeline.export.page_setup import UNITS_PER_INCH, PageSetup
from timeline.render.theme import KIND_COLOURS

pytestmark = pytest.mark.usefixtures("qapp")

SIGNED = QColor(KIND_COLOURS[EventKind.AGREEMENT_SIGNED])
#: A connector: a stroke of the signed agreement's colour along cubic segments.
PDF_CURVE = re.compile(
    rf"{SIGNED.redF():.6f}\d* {SIGNED.greenF():.6f}\d* {SIGNED.blueF():g} SCN\n"
    r"[^\n]* w [^\n]*\n(\S+) \S+ m\n((?:(?:\S+ ){6}c\n)+)S"
)


def svg_arc(svg: str) -> tuple[float, float, float]:
    """The agreement's arc in an SVG: its ends' x and the y it starts from."""
    colour = SIGNED.name()
    (arc,) = re.findall(rf'fill="none" stroke="{colour}"[^>]*>\s*<path [^>]* d="([^"]*)"', svg)
    numbers = [float(n) for n in re.findall(r"-?[\d.]+", arc)]
    assert arc.startswith("M") and " C" in arc and len(numbers) % 6 == 2  # cubic segments
    return numbers[0], numbers[-2], numbers[1]


def test_the_svg_holds_the_agreements_arc_and_the_links(sample_store, pair_request, tmp_path):
    path = tmp_path / "pair.svg"
    export_file(sample_store, path, pair_request("en"))
    svg = path.read_text(encoding="utf-8")
    start, end, _y = svg_arc(svg)
    assert start < end  # the signature before the entry into force, left to right
    links = re.findall(r'stroke-dasharray[^>]*>\s*<path [^>]* d="M[^"]* C[^"]*"', svg)
    assert links  # the sideline meeting's link to the assembly


def test_the_png_shows_the_arc(sample_store, pair_request, tmp_path):
    svg, png = tmp_path / "pair.svg", tmp_path / "pair.png"
    export_file(sample_store, svg, pair_request("en"))
    export_file(sample_store, png, pair_request("en", dpi=int(UNITS_PER_INCH)))  # 1 px a unit
    start, end, y = svg_arc(svg.read_text(encoding="utf-8"))  # inside the picture's margin
    image = QImage(str(png))
    middle = round((start + end) / 2 + PICTURE_MARGIN)
    top = round(y + PICTURE_MARGIN)
    column = [image.pixelColor(middle, row) for row in range(top - 6, top + 1)]
    assert any(
        abs(c.red() - SIGNED.red()) < 40 and abs(c.green() - SIGNED.green()) < 40 for c in column
    )


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_pdf_timeline_draws_the_arc_the_right_way(
    sample_store, pair_request, tmp_path, language
):
    path = tmp_path / f"pair-{language}.pdf"
    export_file(sample_store, path, pair_request(language))
    page = PdfReader(path).pages[0].get_contents().get_data().decode("latin-1")
    (curve,) = PDF_CURVE.finditer(page)
    start_x = float(curve.group(1))
    end_x = float(curve.group(2).splitlines()[-1].split()[4])
    # From the signature to the entry into force: rightwards, or leftwards in Arabic.
    assert (start_x < end_x) == (language == "en")


def _along(points, steps: int = 40):
    """Points along a connector's cubic segments."""
    for at in range(0, len(points) - 1, 3):
        (x0, y0), (x1, y1), (x2, y2), (x3, y3) = points[at : at + 4]
        for step in range(steps + 1):
            t = step / steps
            u = 1 - t
            yield (
                u**3 * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t**3 * x3,
                u**3 * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t**3 * y3,
            )


@pytest.mark.parametrize("language", ["ar", "en"])
def test_the_briefings_arc_passes_clear_of_other_markers_and_labels(
    sample_store, pair_request, language
):
    """The signature (row 0) to the entry into force (row 1): over the Kazakh minister's
    visit between them with room to spare, and down to the lower row where no label is."""
    request = pair_request(language)
    briefing = plan_briefing(sample_store, request, request.page.page_layout())
    (part,) = briefing.drawing.layouts
    (arc,) = [c for c in part.connectors if c.kind == "agreement"]
    others = [shape for shape in part.events if shape.event.id not in arc.ends]
    clear = 2.5  # the arc's and the markers' strokes stay apart
    for x, y in _along(arc.points):
        for shape in others:
            marker, label = shape.marker_rect, shape.label_rect
            assert not (
                marker.x - clear <= x <= marker.right + clear
                and marker.y - clear <= y <= marker.bottom + clear
            ), shape.label
            assert label is None or not label.contains(x, y), shape.label


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_connectors_with_a_way_round_a_label_take_it(sample_store, language):
    """Every country in portrait, Algerian month names. The Moroccan–Kazakh agreement's arc
    could go down nowhere clear of labels, and went down through the Kazakh minister's visit
    as well as its own signature (its own label it cannot avoid; another it now does). In
    Arabic the bracket from the IPU assembly to its last sideline meeting went through the
    first word of the meeting between them, its label set back from the page's edge."""
    from timeline.domain.datetext import DateFormat, DateStyle
    from timeline.domain.filters import EventFilter
    from timeline.domain.view_state import ViewState
    from timeline.export.briefing_export import ExportRequest
    from timeline.export.page_setup import PageSetup

    fmt = DateFormat(language=language, style=DateStyle.ALGERIA)
    request = ExportRequest(
        ViewState(EventFilter(), fmt),
        page=PageSetup("A4", landscape=False),
        generated=date(2026, 12, 3),
    )
    briefing = plan_briefing(sample_store, request, request.page.page_layout())
    (part,) = briefing.drawing.layouts
    kinds = sorted(connector.kind for connector in part.connectors)
    assert kinds == ["agreement", "agreement", *["on-sidelines-of"] * 3]
    for connector in part.connectors:
        crossed = {
            shape.label
            for shape in part.events
            if shape.event.id not in connector.ends
            and shape.label_rect is not None
            and any(shape.label_rect.contains(x, y) for x, y in _along(connector.points))
        }
        assert not crossed, (connector.kind, crossed)


def test_an_arc_cut_by_the_join_of_two_pages_meets_itself_when_taped(sample_store, pair_request):
    """The visa agreement signed on one part and in force on the next: where each part's
    arc leaves its page, it runs at the same height, so the taped strip shows one arc.
    (Every country on portrait paper: the pair alone, or every country on landscape paper,
    shows as well one page wide, and takes one.)"""
    from timeline.domain.filters import EventFilter

    request = pair_request("ar", pages_wide=3, page=PageSetup("A4", landscape=False))
    request = replace(request, view=replace(request.view, event_filter=EventFilter(), order=()))
    briefing = plan_briefing(sample_store, request, request.page.page_layout())
    assert len(briefing.drawing.layouts) == 3
    heights = []
    for part in briefing.drawing.layouts:
        for arc in (c for c in part.connectors if c.kind == "agreement"):
            points = list(_along(arc.points))
            for (x0, y0), (x1, y1) in pairwise(points):
                for edge in (0.0, part.width):
                    if min(x0, x1) < edge < max(x0, x1):  # where it leaves the page
                        heights.append(y0 + (y1 - y0) * (edge - x0) / (x1 - x0))
    assert len(heights) == 2 and abs(heights[0] - heights[1]) < 0.5


@pytest.mark.parametrize("language", ["en", "ar"])
def test_an_arc_leaves_a_page_flat_with_no_hook_at_its_edge(sample_store, language):
    """Every country on portrait paper two pages wide: the Kazakh visa agreement, signed
    on one page and in force on the next. In Arabic the page of the entry into force went
    down at its edge towards the signature's lower row, a hook hanging from the arc the
    other page drew on at the upper row's height. Where an arc reaches a page's edge it
    runs flat, and the pages' arcs meet there."""
    from timeline.domain.datetext import DateFormat
    from timeline.domain.filters import EventFilter
    from timeline.domain.view_state import ViewState
    from timeline.export.briefing_export import ExportRequest

    view = ViewState(EventFilter(), DateFormat(language))
    request = ExportRequest(view, pages_wide=2, page=PageSetup("A4", landscape=False))
    briefing = plan_briefing(sample_store, request, request.page.page_layout())
    assert len(briefing.drawing.layouts) == 2
    heights = []
    for part in briefing.drawing.layouts:
        for arc in (c for c in part.connectors if c.kind == "agreement"):
            ends = arc.points
            points = [p for n in range(0, len(ends) - 1, 3) for p in _along(ends[n : n + 4])]
            for edge in (0.0, part.width):
                at_edge = [y for x, y in points if abs(x - edge) < 1.0]  # along the edge
                at_edge += [  # and where it crosses it
                    y0 + (y1 - y0) * (edge - x0) / (x1 - x0)
                    for (x0, y0), (x1, y1) in pairwise(points)
                    if min(x0, x1) < edge < max(x0, x1)
                ]
                if at_edge:
                    assert max(at_edge) - min(at_edge) < 0.5, (part.rtl, edge, at_edge)
                    heights.append(at_edge[0])
    assert len(heights) >= 2


def test_the_svgs_text_is_plain_without_the_screens_direction_marks(
    sample_store, pair_request, tmp_path
):
    """Over decades in Arabic the ruler's "2020–2029" is isolated to read from the right,
    as on screen; the SVG held the invisible isolates as text elements of their own."""
    request = pair_request("ar")
    decades = Period(day_number(date(1990, 1, 1)), day_number(date(2040, 1, 1)))
    request = replace(request, view=replace(request.view, period=decades))
    path = tmp_path / "decades.svg"
    export_file(sample_store, path, request)
    svg = path.read_text(encoding="utf-8")
    texts = re.findall(r"<text[^>]*>([^<]*)</text>", svg)
    assert {"2020", "–", "2029"} <= set(texts)  # Qt writes a text element a word
    assert [text for text in texts if set(text) & set(DIRECTION_MARKS)] == []
    assert "" not in texts  # no element left holding nothing
