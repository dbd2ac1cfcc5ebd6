"""Fuzzing: random and adversarial input to every parser of user or file text.

Each parser may accept its input or raise ValidationError (the command line: UsageError, or
argparse's own exit 2); anything else is a bug. Input is random text, text close to a date
(digits of several scripts, separators, Hijri marks, brackets), numbers far too long, and
records with any field replaced by any JSON value. What is accepted must also make sense:
it round-trips, or lies within the documented range.

The default run is quick; ``HYPOTHESIS_PROFILE=long`` (tests/conftest.py) runs
each test with 20,000 examples.
"""

from __future__ import annotations

import contextlib
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.cli import build_parser
from timeline.cli.common import UsageError, event_filter_from
from timeline.domain.dateinput import parse_user_date
from timeline.domain.dates import EventDate, FuzzyDate
from timeline.domain.errors import ValidationError
from timeline.domain.hijri import FIRST_GREGORIAN, LAST_GREGORIAN, parse_hijri
from timeline.domain.kinds import EventKind
from timeline.domain.records import from_record, to_record
from timeline.io.sample import sample_events

fuzz = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])

DIGITS = "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹０１２３４５６７８９𝟎𝟗"
PIECES = [
    "-", "/", ".", "..", "[", "]", " ", "\u00a0", "\u200f", "\t", "\n", ",", "،", "+", "?",
    "~", "%", "هـ", "ه", "ـ", "AH", "ah", "H", "BC", "X", "\x00",
]  # fmt: skip
TRICKY = [
    "", " ", "0", "0000", "0000-00-00", "0001-01-01", "9999-12-31", "10000", "2024-02-29",
    "2023-02-29", "2025-13", "2025-00", "[..]", "[2025..]", "[..2025]", "/", "2025/", "/2025",
    "[2025-01..2024-01]", "2025-01-01/2025-01-01", "2025-01-01/2025-01-01/2025", "1446-09-19 هـ",
    "١٤٤٦-٠٩-١٩ هـ", "1342-12-30 هـ", "1343-01-01 هـ", "1500-12-29 هـ", "1501-01-01 هـ",
    "هـ", "AH 1446 9 19", "9" * 5000, "1" * 4301 + "-1-1", "-1", "+2025", "2025\n", "²⁰²⁵",
]  # fmt: skip

near_dates = st.lists(
    st.one_of(st.text(alphabet=DIGITS, min_size=1, max_size=5), st.sampled_from(PIECES)),
    max_size=14,
).map("".join)
huge_numbers = st.text(alphabet="0123456789٠٩", min_size=5, max_size=6000)  # past int()'s limit
texts = st.one_of(st.text(), near_dates, st.sampled_from(TRICKY), huge_numbers)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text() | texts,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=12,
)


TEXT_PARSERS = {
    "EventDate.from_edtf": EventDate.from_edtf,
    "FuzzyDate.parse": FuzzyDate.parse,
    "parse_user_date": parse_user_date,
    "parse_hijri": parse_hijri,
}


@pytest.mark.parametrize("parse", TEXT_PARSERS.values(), ids=TEXT_PARSERS.keys())
@pytest.mark.parametrize("text", TRICKY, ids=range(len(TRICKY)))
def test_every_tricky_text_is_parsed_or_refused_by_every_parser(parse, text):
    with contextlib.suppress(ValidationError):
        parse(text)


@fuzz
@given(texts)
def test_edtf_dates_parse_or_name_the_problem(text):
    try:
        parsed = EventDate.from_edtf(text)
    except ValidationError:
        return
    assert EventDate.from_edtf(parsed.to_edtf()) == parsed


@fuzz
@given(texts)
def test_fuzzy_dates_parse_or_name_the_problem(text):
    try:
        parsed = FuzzyDate.parse(text)
    except ValidationError:
        return
    assert FuzzyDate.parse(parsed.isoformat()) == parsed
    assert parsed.earliest() <= parsed.latest()


@fuzz
@given(texts)
def test_typed_dates_in_either_calendar_parse_or_name_the_problem(text):
    try:
        parsed = parse_user_date(text, "--from")
    except ValidationError as error:
        assert error.field == "--from"
        return
    assert parsed.earliest() <= parsed.latest()


@fuzz
@given(texts)
def test_hijri_dates_parse_or_name_the_problem(text):
    try:
        day = parse_hijri(text)
    except ValidationError:
        return
    assert FIRST_GREGORIAN <= day <= LAST_GREGORIAN


@fuzz
@given(json_values)
def test_any_json_value_as_a_record_is_read_or_refused(value):
    _read_or_refuse(value)


RECORDS = [to_record(event) for event in sample_events()]
FIELDS = sorted({key for record in RECORDS for key in record} | {"id", "host"})


@fuzz
@given(
    st.sampled_from(RECORDS),
    st.lists(st.tuples(st.sampled_from(FIELDS), json_values), min_size=1, max_size=3),
)
def test_a_record_with_any_field_spoiled_is_read_or_refused(record, changes):
    _read_or_refuse({**record, **dict(changes)})


@fuzz
@given(st.sampled_from(RECORDS), st.sampled_from(["participants", "sources"]), json_values)
def test_a_record_with_a_spoiled_participant_or_source_is_read_or_refused(record, key, value):
    items = [dict(item) for item in record[key]] or [{}]
    items[0]["country" if key == "participants" else "published"] = value
    _read_or_refuse({**record, key: items})


def _read_or_refuse(value: Any) -> None:
    try:
        event = from_record(value)
    except ValidationError:
        return
    assert event.problems() == []
    assert from_record(to_record(event)) == event


# "--" alone is left to the test below: argparse turns ``--kind=--`` into a list.
filter_values = st.one_of(texts, st.sampled_from(["MA", "ma", " kz ", "XX", "EU", "UK"])).filter(
    lambda value: value != "--"
)


@fuzz
@given(
    st.none() | st.tuples(filter_values, filter_values),
    st.none() | filter_values,
    st.lists(
        st.one_of(filter_values, st.sampled_from([kind.value for kind in EventKind])), max_size=3
    ),
    st.none() | filter_values,
    st.none() | filter_values,
    st.none() | filter_values,
)
def test_command_line_filters_parse_or_are_a_usage_error(pair, country, kinds, start, end, words):
    argv = ["list", "--sample"]
    if pair is not None:
        argv += ["--pair", *pair]
    elif country is not None:
        argv.append(f"--country={country}")
    argv += [f"--kind={kind}" for kind in kinds]
    for option, value in (("--from", start), ("--to", end), ("--text", words)):
        if value is not None:
            argv.append(f"{option}={value}")
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exit_info:  # argparse's own usage error, e.g. "--pair -1 x"
        assert exit_info.code == 2
        return
    try:
        event_filter = event_filter_from(args)
    except UsageError:
        return
    if event_filter.start and event_filter.end:
        assert event_filter.start <= event_filter.end


def test_a_kind_of_two_dashes_is_a_usage_error():
    args = build_parser().parse_args(["list", "--sample", "--kind=--"])
    with pytest.raises(UsageError):
        event_filter_from(args)


@pytest.fixture(autouse=True)
def _quiet_argparse(capsys):
    """argparse prints its usage errors; the examples would flood the report."""
    yield
    capsys.readouterr()
