"""The seed article (Moroccan press, published 8 April 2025) and short French and English
articles, read into proposed events."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline.domain.dates import EventDate, FuzzyDate, Precision
from timeline.domain.event import Source
from timeline.domain.extract.gatherings import GatheringRecogniser, default_gatherings
from timeline.domain.extract.proposals import Proposal, extract
from timeline.domain.extract.sentences import split_sentences
from timeline.domain.folding import FoldedText
from timeline.domain.kinds import EventKind

#: The seed article sits beside the repository, in ../shared/seeds/ (see its EVENTS.md).
SEED = Path(__file__).resolve().parents[3].parent / "shared/seeds/000_60c031fbfd51394f.txt"
PUBLISHED = date(2025, 4, 8)


@pytest.fixture(scope="module")
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip("the seed article is not on this machine")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def proposals(seed_text) -> list[Proposal]:
    return list(extract(seed_text, PUBLISHED).proposals)


def find(proposals: list[Proposal], kind: EventKind, countries: set[str]) -> Proposal:
    (found,) = [p for p in proposals if p.kind is kind and set(p.countries) == countries]
    return found


def test_the_azerbaijan_visa_waiver_entry_into_force(proposals):
    found = find(proposals, EventKind.AGREEMENT_IN_FORCE, {"MA", "AZ"})
    assert found.date == EventDate(FuzzyDate(2024, 8, 28))
    assert found.mention.span.text == "28 غشت 2024"


def test_the_kazakhstan_visa_exemption_entry_into_force_is_march(proposals):
    found = find(proposals, EventKind.AGREEMENT_IN_FORCE, {"MA", "KZ"})
    assert found.date == EventDate(FuzzyDate(2025, 3))
    assert found.date.precision is Precision.MONTH
    assert found.mention.span.text == "مارس الماضي"


def test_the_foreign_ministers_visit_is_last_february(proposals):
    found = find(proposals, EventKind.OFFICIAL_VISIT, {"MA", "KZ"})
    assert found.date == EventDate(FuzzyDate(2025, 2))
    assert found.mention.span.text == "فبراير الماضي"


def test_the_south_south_forum_lasts_two_days(proposals):
    found = find(proposals, EventKind.MULTILATERAL_GATHERING, {"MA", "KZ"})
    assert found.date == EventDate(FuzzyDate(2025, 4, 28), FuzzyDate(2025, 4, 29))
    assert found.mention.span.text == "يومي 28 و29 أبريل الجاري"


def test_the_tashkent_meeting_is_one_day_within_the_ipu_assembly(proposals):
    found = find(proposals, EventKind.SIDELINE_MEETING, {"MA", "KZ"})
    assert found.date == EventDate(FuzzyDate(2025, 4, 5), FuzzyDate(2025, 4, 9), within=True)
    assert found.mention.span.text == "الدورة 150 للإتحاد البرلماني الدولي"
    assert (found.place.city, found.place.country) == ("طشقند", "UZ")
    assert found.gathering is not None and found.gathering.tag == "ipu-assembly-150"


def test_sentences_without_a_date_propose_nothing(seed_text, proposals):
    assert len(proposals) == 5
    dated = {p.sentence for p in proposals}
    for sentence in split_sentences(seed_text):
        if sentence not in dated:
            assert not extract(sentence.text, PUBLISHED).dates, sentence.text


def test_each_proposal_opens_as_a_valid_event(proposals):
    for proposal in proposals:
        event = proposal.to_event(Source(url="https://example.org/a", published=PUBLISHED))
        assert event.problems() == []
        assert event.summary == proposal.sentence.text
        assert event.title_ar and proposal.sentence.text.startswith(event.title_ar.rstrip("…"))


def test_a_sentence_naming_one_country_takes_the_articles_other_one():
    text = (
        "Le Maroc et le Kazakhstan renforcent leurs liens. Le Kazakhstan et le Maroc en parlent. "
        "Le ministre marocain a effectué une visite le 28 février 2025."
    )
    (proposal,) = extract(text, PUBLISHED).proposals
    assert set(proposal.countries) == {"MA", "KZ"}
    assert proposal.kind is EventKind.OFFICIAL_VISIT
    assert proposal.language == "fr"
    assert proposal.to_event().title_fr.startswith("Le ministre marocain")


def test_the_date_nearest_the_deciding_cue_is_taken():
    text = (
        "Morocco and Kazakhstan signed the visa agreement on 26 September 2024 in New York, "
        "and it entered into force on 19 March 2025."
    )
    (proposal,) = extract(text, PUBLISHED).proposals
    assert proposal.kind is EventKind.AGREEMENT_IN_FORCE
    assert proposal.date == EventDate(FuzzyDate(2025, 3, 19))
    assert proposal.language == "en"


@pytest.mark.parametrize(
    "text",
    [
        "The visa exemption agreement between Morocco and Kazakhstan, signed in September "
        "2024, entered into force on 19 March 2025.",
        "L'accord entre le Maroc et le Kazakhstan, signé en septembre 2024, est entré en "
        "vigueur le 19 mars 2025.",
        "Signed in September 2024 the agreement between Morocco and Kazakhstan entered "
        "into force on Wednesday, March 19, 2025.",
        "دخل الاتفاق بين المغرب وكازاخستان، الموقع في 26 شتنبر 2024، حيز التنفيذ يوم 19 مارس 2025.",
        "L'accord entre le Maroc et le Kazakhstan, signé le 26 septembre 2024, est entré en "
        "vigueur, selon le ministère, le 19 mars 2025.",
    ],
    ids=[
        "en",
        "fr",
        "en with commas in its date",
        "ar with its cue in two parts",
        "fr with its date set off",
    ],
)
def test_the_date_in_the_cues_own_clause_is_taken(text):
    """The signature's month, set off by commas, began nearer the cue than the day after
    it: the entry into force was proposed for September 2024."""
    (proposal,) = extract(text, PUBLISHED).proposals
    assert proposal.kind is EventKind.AGREEMENT_IN_FORCE
    assert proposal.date == EventDate(FuzzyDate(2025, 3, 19))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The visa waiver agreement between Morocco and Kazakhstan entered into force on "
            "19 March 2025; it was signed on 26 September 2024 in New York.",
            "New York",
        ),
        (
            "وقع المغرب وكازاخستان اتفاق الإعفاء من التأشيرة في 26 شتنبر 2024 بنيويورك؛ ودخل "
            "الاتفاق حيز التنفيذ يوم 19 مارس 2025.",
            "نيويورك",
        ),
    ],
    ids=["en", "ar"],
)
def test_each_statement_of_a_sentence_with_its_own_date_and_cue_is_proposed(text, place):
    """The entry into force was proposed alone, in New York where the signature was."""
    proposals = extract(text, PUBLISHED).proposals
    by_kind = {proposal.kind: proposal for proposal in proposals}
    assert len(proposals) == 2
    signed = by_kind[EventKind.AGREEMENT_SIGNED]
    in_force = by_kind[EventKind.AGREEMENT_IN_FORCE]
    assert signed.date == EventDate(FuzzyDate(2024, 9, 26))
    assert in_force.date == EventDate(FuzzyDate(2025, 3, 19))
    assert set(signed.countries) == set(in_force.countries) == {"MA", "KZ"}
    assert signed.place.city_in(signed.language) == place
    assert in_force.place.city_in(in_force.language) == ""
    assert signed.sentence.text in text and in_force.sentence.text in text


def test_a_season_dates_an_event_one_day_within_it():
    """ "In the summer of 2023 … held talks" proposed nothing: no date was read."""
    text = "In the summer of 2023, Morocco and Kazakhstan held talks in Tashkent."
    (proposal,) = extract(text, PUBLISHED).proposals
    assert proposal.kind is EventKind.BILATERAL_MEETING
    assert proposal.date == EventDate(FuzzyDate(2023, 6), FuzzyDate(2023, 8), within=True)
    assert proposal.place.city_in("en") == "Tashkent"


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Morocco and Kazakhstan signed an accord on 2 May 2025; on 3 May 2025 Morocco and "
            "Tunisia signed a memorandum.",
            [{"MA", "KZ"}, {"MA", "TN"}],
        ),
        (
            "Morocco signed an accord with Kazakhstan on 2 May 2025; Tunisia signed one with "
            "Egypt on 3 May 2025.",
            [{"MA", "KZ"}, {"TN", "EG"}],
        ),
    ],
)
def test_each_statement_names_its_own_parties(text, parties):
    """Every statement took the whole sentence's countries: both proposals named Morocco,
    Kazakhstan and Tunisia."""
    proposals = extract(text, PUBLISHED).proposals
    assert [set(proposal.countries) for proposal in proposals] == parties


def test_a_day_said_within_a_season_is_its_date():
    """ "Their summer 2024 consultations … on 3 July 2024" took the summer."""
    text = "Morocco and Kazakhstan held their summer 2024 talks in Rabat on 3 July 2024."
    (proposal,) = extract(text, PUBLISHED).proposals
    assert proposal.date == EventDate(FuzzyDate(2024, 7, 3))


def test_a_statement_without_a_cue_of_its_own_stays_with_its_sentence():
    text = "Talks were held in Rabat on 3 March 2025; the next round is expected in April 2025."
    (proposal,) = extract(text, PUBLISHED).proposals
    assert proposal.kind is EventKind.BILATERAL_MEETING
    assert proposal.sentence.text == text


def test_a_date_set_off_before_its_cue_is_still_taken():
    text = "On 5 April 2025, the foreign ministers of Morocco and Kazakhstan held talks in Rabat."
    (proposal,) = extract(text, PUBLISHED).proposals
    assert proposal.date == EventDate(FuzzyDate(2025, 4, 5))


# A sentence, the kind, the date and the date expression it comes from.
FUTURE_AND_DAYS = [
    (
        "وأكد الوزير أن اتفاق الإعفاء من التأشيرة بين المغرب وكازاخستان سيدخل حيز التنفيذ "
        "في 19 مارس 2025.",
        EventKind.AGREEMENT_IN_FORCE,
        EventDate(FuzzyDate(2025, 3, 19)),
        "19 مارس 2025",
    ),
    (
        "The visa agreement between Morocco and Kazakhstan will enter into force next month.",
        EventKind.AGREEMENT_IN_FORCE,
        EventDate(FuzzyDate(2025, 5)),
        "next month",
    ),
    (
        "L'accord entre le Maroc et le Kazakhstan entrera en vigueur le 1er mai 2025.",
        EventKind.AGREEMENT_IN_FORCE,
        EventDate(FuzzyDate(2025, 5, 1)),
        "1er mai 2025",
    ),
    (
        "سيتم التوقيع على مذكرة تفاهم بين المغرب وكازاخستان في ماي المقبل.",
        EventKind.AGREEMENT_SIGNED,
        EventDate(FuzzyDate(2025, 5)),
        "ماي المقبل",
    ),
    (
        "التقى رئيس مجلس المستشارين المغربي برئيس مجلس النواب الكازاخي يوم 7 أبريل 2025 "
        "على هامش الدورة 150 للاتحاد البرلماني الدولي.",
        EventKind.SIDELINE_MEETING,
        EventDate(FuzzyDate(2025, 4, 7)),
        "7 أبريل 2025",
    ),
    (
        "Morocco and Kazakhstan met on the sidelines of the 150th IPU Assembly on 7 April.",
        EventKind.SIDELINE_MEETING,
        EventDate(FuzzyDate(2025, 4, 7)),
        "7 April",
    ),
]


@pytest.mark.parametrize(("text", "kind", "when", "expression"), FUTURE_AND_DAYS)
def test_the_future_keeps_its_kind_and_a_day_beats_the_window(text, kind, when, expression):
    (proposal,) = extract(text, PUBLISHED).proposals
    assert (proposal.kind, proposal.date, proposal.mention.span.text) == (kind, when, expression)
    assert set(proposal.countries) == {"MA", "KZ"}


def test_a_day_within_a_gathering_keeps_the_gathering_linked():
    text = (
        "التقى الوفدان المغربي والكازاخي يوم 7 أبريل على هامش الدورة 150 للاتحاد البرلماني الدولي."
    )
    (proposal,) = extract(text, PUBLISHED).proposals
    assert proposal.date == EventDate(FuzzyDate(2025, 4, 7))
    assert proposal.date.precision is Precision.DAY
    assert proposal.gathering is not None
    assert (proposal.gathering.series, proposal.gathering.number) == ("ipu-assembly", 150)
    assert (proposal.place.city, proposal.place.country) == ("طشقند", "UZ")
    assert proposal.to_event().tags == ("ipu-assembly-150",)


def test_a_gathering_named_by_its_session_is_dated_from_the_table():
    text = "They met on the sidelines of the 150th IPU Assembly in Tashkent."
    (mention,) = default_gatherings().find(FoldedText(text))
    assert mention.span.text == "150th IPU Assembly"
    assert mention.date == EventDate(FuzzyDate(2025, 4, 5), FuzzyDate(2025, 4, 9))
    assert default_gatherings().find(FoldedText("150 مشاركا في الاتحاد البرلماني الدولي")) == []


def test_the_gathering_itself_is_hosted_by_its_host():
    text = "انعقدت الدورة 150 للاتحاد البرلماني الدولي بمشاركة المغرب."
    (proposal,) = extract(text, PUBLISHED).proposals
    assert proposal.kind is EventKind.MULTILATERAL_GATHERING
    assert proposal.host == "UZ" and "UZ" in proposal.countries
    assert not proposal.date.within


def test_gatherings_come_from_the_table():
    recogniser = GatheringRecogniser(
        [
            ("series", "x", "Example Union", "Congress"),
            ("session", "x", "7", "2030-01-02", "2030-01-03", "أ|A|A", "FR"),
        ]
    )
    (mention,) = recogniser.find(FoldedText("the 7th Congress of the Example Union"))
    assert str(mention.date) == "2030-01-02/2030-01-03"
