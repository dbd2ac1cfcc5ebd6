"""A timeline several pages wide without a table: each part takes its own page's room."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.domain.datetext import DateFormat, DateStyle
from timeline.domain.filters import EventFilter
from timeline.domain.view_state import ViewState
from timeline.export.briefing_export import ExportRequest, plan_briefing
from timeline.export.page_setup import PageSetup

from .test_briefing import _assert_taped

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.mark.parametrize("paper", ["A4", "Letter"])
@pytest.mark.parametrize("language", ["ar", "en", "fr"])
def test_without_a_table_each_part_reaches_its_pages_foot(shared_sample, language, paper):
    """Every country three pages wide without a table: the parts kept one height, that of
    the first under the summary, and pages 2 and 3 were left a third empty under their
    density strips. Each part now reaches its page's foot, its axis and rows where the
    others have theirs."""
    fmt = DateFormat(language=language, style=DateStyle.MAGHREB)
    request = ExportRequest(
        ViewState(EventFilter(), fmt),
        page=PageSetup(paper, landscape=True),
        pages_wide=3,
        table="none",
        generated=date(2025, 6, 1),
    )
    plan = plan_briefing(shared_sample, request, request.page.page_layout())
    bottom = plan.content.height() - plan.footer_height
    for page in plan.pages:
        if page.part is not None:
            end = page.band_top + plan.drawing.heights[page.part]
            assert end == pytest.approx(bottom, abs=1.0), f"part {page.part + 1}"
    _assert_taped(plan.drawing)
