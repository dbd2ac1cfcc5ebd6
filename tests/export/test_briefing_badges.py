"""The badges of a printed timeline explained: a "+577" across a briefing's band said
nothing of what it was. Where a part draws badges, its key has an entry beside a badge drawn
as they are, counting every event they hide, saying what they are and where a reader finds
those events on paper."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from timeline.export.briefing_export import plan_briefing
from timeline.export.drawing import lowest
from timeline.export.page_setup import PageSetup
from timeline.render.theme import Theme

from .conftest import busy, painted_page, write_planned

pytestmark = pytest.mark.usefixtures("qapp")

#: What the key says of the badges, by table: the tables list every event, the table by
#: year counts them, or there is none.
SAID = {
    "all": {
        "ar": "أحداث لم تُرسم هنا لضيق المساحة، وكلها مذكورة في الجداول",
        "en": "Events not drawn here for lack of room; all are listed in the tables",
        "fr": "Événements non dessinés ici, faute de place\u00a0; tous figurent dans les tableaux",
    },
    "summary": {
        "ar": "أحداث لم تُرسم هنا لضيق المساحة، والجدول يحصيها جميعًا",
        "en": "Events not drawn here for lack of room; the table counts them all",
        "fr": "Événements non dessinés ici, faute de place\u00a0; le tableau les compte tous",
    },
    "none": {
        "ar": "أحداث لم تُرسم هنا لضيق المساحة",
        "en": "Events not drawn here for lack of room",
        "fr": "Événements non dessinés ici, faute de place",
    },
}


@pytest.fixture(scope="module")
def busy_year(store_copy, tmp_path_factory):
    """The sample pair with 400 more events in 2024: a year's band too busy for its rows."""
    store = store_copy("sample", tmp_path_factory.mktemp("badges") / "busy.sqlite3")
    busy(store, 5, 400, date(2024, 1, 1), 366)
    yield store
    store.database.close()


@pytest.fixture(scope="module")
def plans():
    """The briefings of the busy year laid out so far, by what was asked."""
    return {}


@pytest.fixture
def planned(busy_year, plans, pair_request):
    """``planned(language, **changes)``: the briefing of the busy year 2024 (as the command
    line's --from 2024 --to 2024) with the request's ``changes``, laid out once a module."""

    def plan(language: str, **changes: object):
        key = (language, *sorted((name, repr(value)) for name, value in changes.items()))
        if key not in plans:
            request = pair_request(language, **changes)
            view = request.view
            year = replace(view.event_filter, start=date(2024, 1, 1), end=date(2024, 12, 31))
            request = replace(request, view=replace(view, event_filter=year))
            plans[key] = (request, plan_briefing(busy_year, request, request.page.page_layout()))
        return plans[key]

    return plan


def _badge_entries(part):
    return [entry for entry in part.key if entry.badge is not None]


@pytest.mark.parametrize("table", ["all", "summary", "none"])
@pytest.mark.parametrize("language", ["ar", "en", "fr"])
def test_a_band_with_badges_says_what_they_count_and_where_its_events_are(planned, language, table):
    """The tables list every event (those announced in the closing ones), the table by year
    counts them all, or there is no table: the key says so, no more."""
    _request, briefing = planned(language, table=table)
    assert briefing.mode == table
    for part in briefing.drawing.layouts:
        assert part.clusters
        (entry,) = _badge_entries(part)
        assert " ".join(entry.lines) == SAID[table][language]


@pytest.mark.parametrize("language", ["ar", "en", "fr"])
def test_the_keys_badge_counts_every_event_the_badges_hide(planned, language):
    """The key said "+16 Events not drawn here" under the fourteen badges of 2015 on the 10,000
    events, which hid 169 of them: it read as sixteen. The key's badge counts every event
    its part's badges hide, in the document's digits."""
    _request, briefing = planned(language, table="all")
    fmt = briefing.fmt
    for part in briefing.drawing.layouts:
        hidden = sum(cluster.count for cluster in part.clusters)
        assert len(part.clusters) > 1 and hidden > part.clusters[0].count
        (entry,) = _badge_entries(part)
        assert entry.number == f"+{fmt.number(hidden)}"


def test_a_band_without_badges_has_no_word_of_them(shared_sample, pair_request):
    """The sample pair's six events: every one drawn, nothing to explain."""
    request = pair_request("en")
    briefing = plan_briefing(shared_sample, request, request.page.page_layout())
    (part,) = briefing.drawing.layouts
    assert not part.clusters and not _badge_entries(part)


def test_the_pdf_says_it_on_the_pages_with_badges_only(planned, poppler, tmp_path):
    """Read back: the words on the band's page, beside its badge's count, on no other."""
    request, briefing = planned("en", table="all")
    path = tmp_path / "busy.pdf"
    write_planned(briefing, request, path)
    said = poppler.squeezed(SAID["all"]["en"])
    pages = [poppler.squeezed(page) for page in poppler.pages(path)]
    band = [number for number, page in enumerate(briefing.pages) if page.part is not None]
    assert [number for number, text in enumerate(pages) if said in text] == band
    (part,) = briefing.drawing.layouts
    assert f"{_badge_entries(part)[0].number}{said}" in pages[band[0]]


@pytest.mark.parametrize(("portrait", "pages_wide"), [(False, 2), (True, 1)])
@pytest.mark.parametrize("language", ["ar", "en", "fr"])
def test_the_badges_entry_lies_under_the_rows_its_badge_before_its_words(
    planned, language, portrait, pages_wide
):
    """Under the rows and badges, over the density strip, inside the band; its badge at
    its reading edge, its words after it, none over another entry."""
    page = PageSetup("A4", landscape=not portrait)
    _request, briefing = planned(language, page=page, pages_wide=pages_wide)
    drawing = briefing.drawing
    assert len(drawing.layouts) == pages_wide
    for number, part in enumerate(drawing.layouts):
        (entry,) = _badge_entries(part)
        box, badge = entry.rect, entry.badge
        assert lowest(part) <= box.y and box.x >= 0 and box.right <= part.width
        assert part.overview is not None and box.bottom <= part.overview.rect.y
        assert box.bottom <= drawing.heights[number]
        assert box.x <= badge.x and badge.right <= box.right
        assert box.y <= badge.y and badge.bottom <= box.y + box.height / len(entry.lines)
        if part.rtl:
            assert badge.right == pytest.approx(box.right) and badge.x >= box.right - entry.lead
        else:
            assert badge.x == box.x and badge.right <= box.x + entry.lead
        others = [other.rect for other in part.key if other is not entry]
        assert not [rect for rect in others if rect.intersects(box)]


def test_its_badge_is_drawn_as_the_bands_badges_are(planned):
    """A badge, not words alone: the badges' colour fills its box beside the count."""

    _request, briefing = planned("en", table="all")
    page = next(n for n, plan in enumerate(briefing.pages) if plan.part is not None)
    (part,) = briefing.drawing.layouts
    (entry,) = _badge_entries(part)
    image = painted_page(briefing, page)
    top = briefing.pages[page].band_top
    badge = entry.badge
    # Inside its round end, left of the count's first character.
    at = image.pixelColor(round(badge.x + badge.height / 2), round(top + badge.y + 3))
    assert at.name() == Theme().cluster.name()
