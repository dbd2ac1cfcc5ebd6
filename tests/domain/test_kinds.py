"""Kinds and statuses are read from every imported row by a dictionary look-up: the same
answer as the Enum's own call gave (issue 20), errors included, in any case as a country
code is ("Official-Visit" as "ma")."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.domain.errors import ValidationError
from timeline.domain.kinds import EventKind, parse_kind
from timeline.domain.status import EventStatus, parse_status

_identifiers = [kind.value for kind in EventKind] + [status.value for status in EventStatus]
_cases = st.sampled_from([str.upper, str.title, str.lower])
_texts = (
    st.text(max_size=20)
    | st.sampled_from(_identifiers).map(lambda text: f" {text}\t")
    | st.tuples(st.sampled_from(_identifiers), _cases).map(lambda pair: pair[1](pair[0]))
)


def _by_call(enum, text):
    try:
        return enum(text.strip().lower())
    except ValueError:
        return None


@given(_texts | st.sampled_from(_identifiers))
def test_a_kind_is_read_as_the_enum_reads_it(text):
    expected = _by_call(EventKind, text)
    if expected is None:
        with pytest.raises(ValidationError) as raised:
            parse_kind(text)
        assert raised.value.field == "kind"
    else:
        assert parse_kind(text) is expected


@given(_texts | st.sampled_from(_identifiers))
def test_a_status_is_read_as_the_enum_reads_it(text):
    expected = _by_call(EventStatus, text)
    if expected is None:
        with pytest.raises(ValidationError) as raised:
            parse_status(text, "state")
        assert raised.value.field == "state"
    else:
        assert parse_status(text) is expected
