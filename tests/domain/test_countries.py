"""Countries named as a reader looks for them."""

from __future__ import annotations

import pycountry
import pytest

from timeline.domain.countries import alpha3, country_name, country_names, parse_country
from timeline.domain.datetext import DateFormat, DateStyle
from timeline.domain.errors import ValidationError


@pytest.mark.parametrize(
    ("language", "named"),
    [("en", "Austria – Germany – Morocco"),
     ("fr", "Allemagne – Autriche – Maroc"),
     ("ar", "ألمانيا – المغرب – النمسا")],
)  # fmt: skip
def test_countries_are_named_in_the_order_of_their_names(language, named):
    """Accents and hamza forms folded: "Autriche" after "Allemagne", ألمانيا first."""
    assert country_names(("MA", "DE", "AT"), language) == named


def test_the_host_is_named_first():
    assert country_names(("KZ", "MA"), "en", host="MA") == "Morocco – Kazakhstan"
    assert country_names(("KZ", "MA"), "en") == "Kazakhstan – Morocco"


@pytest.mark.parametrize("wrong", [lambda: parse_country("XX"), lambda: alpha3("XX")])
def test_a_code_that_names_no_country_is_said_in_the_readers_digits(wrong):
    """The standard's number too: "ISO ٣١٦٦" beside Arabic-Indic digits, never "3166-1"
    in them (its hyphen would turn it round in a right-to-left line)."""
    with pytest.raises(ValidationError) as raised:
        wrong()
    error = raised.value
    assert error.message == "'XX' is not an ISO 3166-1 alpha-2 country code"
    egyptian = DateFormat("ar", DateStyle.EGYPT)
    said = error.in_language("ar", digits=egyptian.digits)
    assert said == "«XX» ليس رمز بلد من الرموز الثنائية في الجزء الأول من المعيار ISO ٣١٦٦"
    maghreb = DateFormat("ar", DateStyle.MAGHREB)
    assert error.in_language("ar", digits=maghreb.digits).endswith("ISO 3166")
    french = error.in_language("fr")
    assert french == "«\u00a0XX\u00a0» n’est pas un code de pays ISO 3166-1 alpha-2"


@pytest.mark.parametrize("language", ["ar", "en", "fr"])
def test_no_country_is_named_in_a_lists_short_hand(language):
    """A title joins two countries with a spaced dash: "Congo - Kinshasa – St. Vincent &
    Grenadines" read as three countries, in a minister's briefing."""
    for country in pycountry.countries:
        name = country_name(country.alpha_2, language)
        assert not any(part in name for part in (" - ", "&", "St. ")), (country.alpha_2, name)


@pytest.mark.parametrize(
    ("codes", "language", "named"),
    [(("CD", "VC"), "en", "Democratic Republic of the Congo – Saint Vincent and the Grenadines"),
     (("CG", "BA"), "en", "Bosnia and Herzegovina – Republic of the Congo"),
     (("KN", "TT"), "en", "Saint Kitts and Nevis – Trinidad and Tobago"),
     (("CD", "CG"), "ar", "جمهورية الكونغو – جمهورية الكونغو الديمقراطية"),
     (("CD", "CG"), "fr", "République démocratique du Congo – République du Congo"),
     (("ST", "HK"), "en", "Hong Kong SAR, China – São Tomé and Príncipe")],
)  # fmt: skip
def test_countries_are_named_formally(codes, language, named):
    assert country_names(codes, language) == named


@pytest.mark.parametrize(
    ("code", "names"),
    [("EH", ("Western Sahara", "الصحراء الغربية", "Sahara occidental")),
     ("PS", ("Palestinian Territories", "الأراضي الفلسطينية", "Territoires palestiniens")),
     ("TW", ("Taiwan", "تايوان", "Taïwan")),
     ("XK", ("Kosovo", "كوسوفو", "Kosovo"))],
)  # fmt: skip
def test_disputed_territories_keep_the_names_cldr_gives_them(code, names):
    assert tuple(country_name(code, language) for language in ("en", "ar", "fr")) == names
