"""Cities named in prose: found in each language, and not taken for a country's name."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.domain.event import Place
from timeline.domain.extract.proposals import extract
from timeline.domain.kinds import EventKind

PUBLISHED = date(2025, 4, 8)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Morocco's Bourita and Kazakhstan's foreign minister met in Tashkent on 5 April 2025.",
            Place("Tashkent", "UZ"),
        ),
        (
            "Le Maroc et le Kazakhstan ont tenu des discussions à Rabat le 1er mars 2025.",
            Place("Rabat", "MA"),
        ),
        (
            "استقبل وزير الخارجية المغربي بالرباط يوم 5 أبريل 2025 نظيره الكازاخستاني.",
            Place("الرباط", "MA"),
        ),
    ],
    ids=["en", "fr", "ar with a clitic"],
)
def test_the_city_a_sentence_names_is_the_proposals_place(text, place):
    """No place was proposed in English or French: only a gathering's city was known."""
    (proposal,) = extract(text, PUBLISHED).proposals
    assert proposal.place == place
    assert proposal.kind is EventKind.BILATERAL_MEETING


def test_a_name_that_is_also_a_countrys_is_the_country():
    """تونس is Tunisia and its capital: named as a country, it is no place."""
    text = "زار وزير الخارجية المغربي تونس في 5 أبريل 2025."
    (proposal,) = extract(text, PUBLISHED).proposals
    assert proposal.place == Place()
    assert set(proposal.countries) == {"MA", "TN"}


def test_talks_sometime_between_two_days_took_one_of_them():
    text = "Morocco and Kazakhstan held talks sometime between 5 and 9 April 2025."
    (proposal,) = extract(text, PUBLISHED).proposals
    assert proposal.kind is EventKind.BILATERAL_MEETING
    assert proposal.date.within and proposal.date.end is not None


@pytest.mark.parametrize(
    "text",
    [
        "Morocco's Bourita visited Mexico on 5 April 2025.",
        "Monaco's proposal on Morocco and Kazakhstan was discussed on 5 April 2025.",
        "The talks between Morocco and Kazakhstan on 5 April 2025 were nice and useful.",
        "أكدت الدول الداخلة في الاتفاق بين المغرب وكازاخستان يوم 5 أبريل 2025 التزامها.",
    ],
    ids=["a country's name", "a city-state", "a word in Latin letters", "a word in Arabic"],
)
def test_a_word_or_a_countrys_name_is_no_place(text):
    """Mexico (Mexico City in French), Monaco, "nice" and "the states entering" (الدول
    الداخلة) were each proposed as a city: Mexico City, Monaco, Nice, Dakhla."""
    (proposal,) = extract(text, PUBLISHED).proposals
    assert proposal.place == Place()


def test_an_arabic_city_after_a_preposition_is_the_place():
    text = "التقى وزيرا خارجية المغرب وكازاخستان في العيون يوم 5 أبريل 2025."
    (proposal,) = extract(text, PUBLISHED).proposals
    assert proposal.place == Place("العيون", "MA")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "التقى وزيرا خارجية المغرب وكازاخستان وفي العيون يوم 5 أبريل 2025 وقعا اتفاقا.",
            Place("العيون", "MA"),
        ),
        (
            "اجتمع وزيرا خارجية المغرب وكازاخستان بمدينة الداخلة يوم 5 أبريل 2025.",
            Place("الداخلة", "MA"),
        ),
        (
            "The foreign ministers of Morocco and Kazakhstan met in the Hague on 5 April 2025.",
            Place("The Hague", "NL"),
        ),
        (
            "Les ministres du Maroc et du Kazakhstan se sont réunis à la Haye le 5 avril 2025.",
            Place("La Haye", "NL"),
        ),
    ],
    ids=["و before the preposition", "بمدينة", "the Hague", "la Haye"],
)
def test_a_city_after_a_conjunction_or_an_article_is_still_the_place(text, place):
    (proposal,) = extract(text, PUBLISHED).proposals
    assert proposal.place == place


@pytest.mark.parametrize(
    "text",
    [
        "The foreign ministers of Morocco and Kazakhstan met in Kuwait City on 5 April 2025.",
        "اجتمع وزيرا خارجية المغرب وكازاخستان في مدينة الكويت يوم 5 أبريل 2025.",
    ],
    ids=["en", "ar"],
)
def test_a_city_named_after_its_country_is_the_place_not_a_party(text):
    """Kuwait inside "Kuwait City" hid the city and joined the meeting's countries."""
    (proposal,) = extract(text, PUBLISHED).proposals
    assert proposal.place.country == "KW" and proposal.place.city
    assert set(proposal.countries) == {"MA", "KZ"}


@pytest.mark.parametrize(
    ("text", "country", "parties"),
    [
        (
            "The Moroccan and Kazakh ministers met in Tripoli, Lebanon, on 3 May 2025.",
            "LB",
            {"MA", "KZ"},
        ),
        (
            "التقى وزيرا خارجية المغرب وكازاخستان في طرابلس، لبنان، يوم 3 ماي 2025.",
            "LB",
            {"MA", "KZ"},
        ),
        ("In Tripoli, Morocco and Libya signed an agreement on 3 May 2025.", "LY", {"MA", "LY"}),
        (
            "In Rabat, Morocco, Kazakhstan and Tunisia signed a declaration on 3 May 2025.",
            "MA",
            {"MA", "KZ", "TN"},
        ),
    ],
    ids=["en", "ar", "a list of parties after the city", "a list after a comma"],
)
def test_a_country_named_after_a_city_says_which_city_it_is(text, country, parties):
    """ "Tripoli, Lebanon" was the table's Tripoli, in Libya, and Lebanon a party."""
    (proposal,) = extract(text, PUBLISHED).proposals
    assert proposal.place.city and proposal.place.country == country
    assert set(proposal.countries) == parties
