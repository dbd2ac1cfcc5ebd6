"""Countries named as a reader looks for them."""

from __future__ import annotations

import pytest

from timeline.domain.countries import country_names


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
