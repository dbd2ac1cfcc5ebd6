from dataclasses import replace
from urllib.parse import urlsplit

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from timeline.domain.dates import EventDate, FuzzyDate
from timeline.domain.errors import ValidationError
from timeline.domain.event import Event, Forms, Participant, Place, Source, is_web_url
from timeline.domain.kinds import EventKind
from timeline.domain.messages import message

DAY = EventDate(FuzzyDate(2025, 2, 28))


def visit(**changes):
    fields = dict(
        kind=EventKind.OFFICIAL_VISIT,
        countries=("MA", "KZ"),
        date=DAY,
        title_en="Kazakh Foreign Minister visits Rabat",
        host="MA",
        place=Place("Rabat", "MA"),
        participants=(Participant("Murat Nurtleu", "Minister", "KZ"),),
        sources=(Source("https://example.org/article", "Hom Press"),),
        tags=("roadmap",),
    )
    fields.update(changes)
    return Event(**fields)


def fields_of(event):
    return [problem.field for problem in event.problems()]


def test_a_complete_visit_is_valid():
    event = visit()
    assert event.problems() == []
    assert event.ensure_valid() is event


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"title_en": ""}, "title"),
        ({"title_en": "  \n"}, "title"),
        ({"countries": ("MA",), "host": None}, "countries"),
        ({"countries": ("MA", "XX")}, "countries"),
        ({"host": "FR"}, "host"),
        ({"place": Place("Atlantis", "QQ")}, "place"),
        ({"sources": (Source("javascript:alert(1)"),)}, "sources[1]"),
        ({"sources": (Source("ftp://example.org/file"),)}, "sources[1]"),
        ({"sources": (Source("https://ok.example"), Source("http://"))}, "sources[2]"),
        ({"sources": (Source(),)}, "sources[1]"),
        ({"participants": (Participant("  "),)}, "participants[1]"),
        ({"participants": (Participant("A"), Participant("B", country="XX"))}, "participants[2]"),
        ({"tags": ("visa", " ")}, "tags"),
    ],
)
def test_each_broken_rule_names_its_field(changes, field):
    event = visit(**changes)
    assert fields_of(event) == [field]
    with pytest.raises(ValidationError) as raised:
        event.ensure_valid()
    assert raised.value.field == field


def test_every_problem_is_reported_not_only_the_first():
    event = visit(title_en="", countries=("MA",), host="FR")
    assert sorted(fields_of(event)) == ["countries", "host", "title"]


def test_a_source_with_only_an_outlet_is_valid():
    assert visit(sources=(Source(outlet="هومبريس"),)).problems() == []


def test_a_multilateral_gathering_with_one_country_is_valid():
    forum = Event(
        kind=EventKind.MULTILATERAL_GATHERING,
        countries=("MA",),
        host="MA",
        date=EventDate(FuzzyDate(2025, 4, 28), FuzzyDate(2025, 4, 29)),
        title_en="3rd South-South Parliamentary Dialogue Forum",
    )
    assert forum.problems() == []


def test_a_multilateral_gathering_with_no_country_is_not():
    forum = Event(kind=EventKind.MULTILATERAL_GATHERING, countries=(), date=DAY, title_en="x")
    assert fields_of(forum) == ["countries"]


@pytest.mark.parametrize(
    ("kind", "countries", "language", "said"),
    [(EventKind.OFFICIAL_VISIT, (), "ar",
      "حدث من نوع «زيارة رسمية» يحتاج إلى بلدين على الأقل، ولم يُحدَّد أي بلد"),
     (EventKind.OFFICIAL_VISIT, ("MA",), "ar",
      "حدث من نوع «زيارة رسمية» يحتاج إلى بلدين على الأقل، ولم يُحدَّد إلا بلد واحد"),
     (EventKind.MULTILATERAL_GATHERING, (), "ar",
      "حدث من نوع «اجتماع متعدد الأطراف» يحتاج إلى بلد واحد على الأقل، ولم يُحدَّد أي بلد"),
     (EventKind.OFFICIAL_VISIT, ("MA",), "en",
      "an event of kind “Official visit” needs at least 2 countries, 1 given"),
     (EventKind.MULTILATERAL_GATHERING, (), "en",
      "an event of kind “Multilateral gathering” needs at least 1 country, 0 given"),
     (EventKind.OFFICIAL_VISIT, (), "fr",
      "un événement de type «\u00a0Visite officielle\u00a0» demande au moins 2 pays (0 donné)")],
)  # fmt: skip
def test_too_few_countries_are_counted_in_words_that_agree_with_them(
    kind, countries, language, said
):
    """The Arabic said "يحتاج إلى 2 من البلدان على الأقل، وأُعطي 0": a number before a bare
    noun, where Arabic says بلدين, and "given 0"."""
    event = visit(kind=kind, countries=countries, host=None, place=Place(), participants=())
    (problem,) = event.problems()
    assert problem.in_language(language) == said


def test_countries_are_sorted_and_deduplicated():
    event = visit(countries=("MA", "KZ", "MA"))
    assert event.countries == ("KZ", "MA")
    assert event == visit(countries=("KZ", "MA"))


@pytest.mark.parametrize(
    ("titles", "language", "expected"),
    [
        ({"title_ar": "زيارة", "title_en": "Visit", "title_fr": "Visite"}, "fr", "Visite"),
        ({"title_ar": "زيارة", "title_en": "Visit"}, "fr", "Visit"),
        ({"title_ar": "زيارة"}, "fr", "زيارة"),
        ({"title_en": "Visit", "title_fr": "Visite"}, "ar", "Visit"),
        ({"title_fr": "Visite"}, "en", "Visite"),
        ({"title_ar": "زيارة", "title_en": "Visit"}, "de", "زيارة"),
    ],
)
def test_a_missing_title_falls_back_in_the_readers_order(titles, language, expected):
    event = visit(**{"title_en": "", **titles})
    assert event.title(language) == expected


def outcome(check, text: str) -> object:
    try:
        return check(text)
    except ValueError as error:  # an unclosed IPv6 bracket
        return str(error)


def parsed_as_web_url(text: str) -> bool:
    parts = urlsplit(text.strip())
    return parts.scheme in ("http", "https") and bool(parts.netloc)


url_like = st.text(alphabet="hHtTpPsS:/?#[]@.-_ aZ09\t\n%é", max_size=30)


@settings(max_examples=300)
@given(st.sampled_from(["", "http://", "HTTPS://", "https:/", " http://"]), url_like)
@example("http://", "example.org/x")
@example("https://", "")
@example("http://", "a:[")
@example("http://", "a\tb/")
def test_a_web_url_is_what_a_full_parse_says(head, tail):
    text = head + tail
    assert outcome(is_web_url, text) == outcome(parsed_as_web_url, text)


_maybe_nul = st.sampled_from(["", "a", "\0", "b\0c", "Rabat"])


@given(
    st.lists(_maybe_nul, min_size=6, max_size=6),
    st.lists(st.tuples(_maybe_nul, _maybe_nul), max_size=2),
    st.lists(_maybe_nul, max_size=2),
    st.lists(_maybe_nul, max_size=2),
)
def test_every_field_with_a_nul_is_named(texts, people, outlets, tags):
    event = Event(
        EventKind.OFFICIAL_VISIT,
        ("MA", "KZ"),
        EventDate(FuzzyDate(2025)),
        title_ar=texts[0],
        title_en=texts[1] or "x",
        title_fr=texts[2],
        summary=texts[3],
        place=Place(texts[4], None, Forms(en=texts[5])),
        participants=tuple(Participant(name or "n", office) for name, office in people),
        sources=tuple(Source("", outlet or "o") for outlet in outlets),
        tags=tuple(tags),
    )
    named = [p.field for p in event.problems() if p.detail == message("event.nul_character")]
    # Each field is named once, in the order of the form; a place, person or source is one
    # field, whichever of its texts holds the NUL; each tag with one names "tags" again.
    fields = [
        ("title_ar", texts[0]),
        ("title_en", texts[1]),
        ("title_fr", texts[2]),
        ("summary", texts[3]),
        ("place", texts[4] + texts[5]),
        *((f"participants[{n}]", name + office) for n, (name, office) in enumerate(people, 1)),
        *((f"sources[{n}]", outlet) for n, outlet in enumerate(outlets, 1)),
        *(("tags", tag) for tag in tags),
    ]
    assert named == [field for field, text in fields if "\0" in text]


def test_two_saves_of_an_event_that_say_the_same_are_told_apart_from_a_change():
    """What undo asks before it applies a step: the bookkeeping of a save (its version and
    times, which move on with every save and with a deletion undone) is no change; a word
    is."""
    from dataclasses import replace
    from datetime import datetime

    saved = visit(id=10, version=2, updated_at=datetime(2025, 3, 1, 9))
    again = replace(saved, version=5, created_at=datetime(2025, 3, 2), updated_at=None)
    assert saved.says_the_same_as(again)
    assert not saved.says_the_same_as(replace(again, title_en="Kazakh minister in Rabat"))
    assert not saved.says_the_same_as(replace(again, tags=("visas",)))


def test_my_changes_made_to_their_version_keep_what_they_changed_alone():
    """Saved over a colleague's version, an edit of the title put back the summary they
    had changed: only what mine changed from the version it began from is mine."""
    base = visit(id=4, version=2)
    theirs = replace(base, version=3, summary="Roadmap adopted", tags=("visas",))
    mine = replace(base, title_en="Nurtleu visits Rabat", tags=("trade",))
    merged = theirs.with_changes(base, mine)
    assert (merged.title_en, merged.summary, merged.tags) == (
        "Nurtleu visits Rabat",
        "Roadmap adopted",
        ("trade",),  # both changed it: mine, as "Save mine over it" says
    )
    assert (merged.id, merged.version) == (4, 3)
    assert theirs.with_changes(base, base) == theirs


def test_a_field_that_holds_only_with_another_comes_with_it():
    """My host changed to Kazakhstan while a colleague made the countries the Emirates and
    Morocco: the host alone, mine, made a version no save takes ("the host KZ is not among
    the countries"). The countries come with it."""
    base = visit(id=4, version=2)  # Morocco and Kazakhstan, hosted by Morocco
    theirs = replace(base, version=3, countries=("AE", "MA"), summary="Theirs")
    mine = replace(base, host="KZ")
    merged = theirs.with_changes(base, mine)
    assert (set(merged.countries), merged.host, merged.summary) == ({"KZ", "MA"}, "KZ", "Theirs")
    assert merged.problems() == []
