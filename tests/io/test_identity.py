"""Source keys are stored in users' databases and decide which rows an import skips: the
content key of a row must stay the same byte for byte, however it is computed."""

import hashlib
import json
import string

from hypothesis import given
from hypothesis import strategies as st
from strategies import event_dates

from timeline.domain.agreements import AgreementStep
from timeline.domain.event import Event, Forms, Participant, Place, Source
from timeline.domain.kinds import EventKind
from timeline.domain.records import to_record
from timeline.domain.status import EventStatus
from timeline.io.identity import content_key
from timeline.io.sample import sample_events


def reference_key(event: Event) -> str:
    """content_key as first written (before issue 20): the keys already stored are these."""
    text = json.dumps(to_record(event), sort_keys=True, ensure_ascii=False)
    return "native:" + hashlib.blake2b(text.encode("utf-8"), digest_size=20).hexdigest()


texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12) | st.sampled_from(
    ["", "Rabat", "الرباط", 'quote " back \\ slash', "tab\tnew\nline", "\x00\x1f\x7f\u2028"]
)
codes = st.sampled_from(["MA", "KZ", "AZ", "FR"])
forms = st.builds(Forms, texts, texts, texts)
participants = st.builds(Participant, texts, texts, st.none() | codes | texts, forms, forms)
sources = st.builds(Source, texts, texts, st.none() | st.dates())


# Made once: made again for each event drawn, Hypothesis looked each one over again.
lists_of_countries = st.lists(codes | texts, max_size=4)
a_code_or_none = st.none() | codes
dates = event_dates()
agreements = st.none() | st.text(string.ascii_lowercase + "-", max_size=8)
steps = st.none() | st.sampled_from(AgreementStep)
ids = st.none() | st.integers(1, 10**12)


@st.composite
def events(draw: st.DrawFn) -> Event:
    """Events of every shape, valid or not: the key is computed before validation too."""
    countries = draw(lists_of_countries)
    return Event(
        kind=draw(st.sampled_from(EventKind)),
        countries=tuple(countries),
        date=draw(dates),
        title_ar=draw(texts),
        title_en=draw(texts),
        title_fr=draw(texts),
        summary=draw(texts),
        host=draw(a_code_or_none),
        place=Place(draw(texts), draw(a_code_or_none), draw(forms)),
        participants=tuple(draw(st.lists(participants, max_size=3))),
        sources=tuple(draw(st.lists(sources, max_size=3))),
        tags=tuple(draw(st.lists(texts, max_size=3))),
        status=draw(st.sampled_from(EventStatus)),
        agreement_id=draw(agreements),
        agreement_step=draw(steps),
        agreement_party=draw(a_code_or_none),
        id=draw(ids),
    )


@given(events())
def test_the_content_key_is_the_one_stored_before(event):
    assert content_key(event) == reference_key(event)


def test_the_sample_events_keep_their_keys():
    for event in sample_events():
        assert content_key(event) == reference_key(event)
        assert content_key(event.with_id(7)) == reference_key(event.with_id(7))


def test_a_known_key_is_unchanged():
    """Computed by the code of before issue 20, whose keys users' databases hold."""
    visit = sample_events()[3]  # Murat Nurtleu in Rabat, with participants
    assert content_key(visit) == "native:c8280158c57a7de12497fb8893d87bfba3b6715d"
    assert content_key(visit.with_id(7)) == "native:b43d9229874f49b425315c511917aef0209955b2"
