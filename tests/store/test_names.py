"""The database's answer to "which events lack this language's form of a name" is the
domain's (Event.lacks), for every language and every way a name can lack a form."""

from __future__ import annotations

from dataclasses import replace

import pytest

from timeline.domain.event import Forms, Participant, Place
from timeline.io.sample import sample_events
from timeline.store.names import lacking_among

NURTLEU = Forms("مراد نورتليو", "Murat Nurtleu", "Murat Nurtleu")


@pytest.mark.parametrize("language", ["ar", "en", "fr"])
def test_the_store_and_the_domain_agree_on_what_lacks_a_language(store, language):
    base = sample_events()[3]  # the visit to Rabat: every form given
    variants = [
        base,
        replace(base, place=Place("Skhirate-Témara plage", "MA")),
        replace(base, place=Place("Saint-Cergue", "CH", Forms(fr="Saint-Cergue"))),
        replace(base, place=Place(country="MA")),
        replace(base, participants=(Participant("Murat Nurtleu", "", "KZ"),)),
        replace(base, participants=(Participant("Murat Nurtleu", "Ministre", "KZ", NURTLEU),)),
        replace(base, participants=(Participant(name_forms=Forms(en="Nasser Bourita")),)),
    ]
    saved = store.add_many(variants)
    found = lacking_among(store.database, [event.id for event in saved], language)
    assert found == {event.id for event in saved if event.lacks(language)}
    assert found  # some lack every language, so the check is not vacuous
