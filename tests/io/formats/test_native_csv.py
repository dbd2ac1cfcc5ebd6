"""Our CSV: each row reads as its record says, whether or not it takes the quick way.

Most rows of a big file are made from pieces cached by cell text (native_csv._quick); any
other row, and any row with a fault, is read through its record (from_record), which names
the field. Both must give the same event and key, and a wrong cell must be named the same,
however often the same cells came before.
"""

from __future__ import annotations

import csv
import io
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.domain.errors import ValidationError
from timeline.io.formats import native_csv
from timeline.io.formats.cells import neutralise
from timeline.io.registry import detect_format
from timeline.io.rows import Parsed, Rejection

# Each column's cells: usual ones (any mix of them is a valid row), and others, each wrong
# or unusual in a way of its own.
USUAL = {
    "id": ["", "", "7", "12"],
    "kind": ["official-visit", "phone-call", " phone-call "],
    "countries": ["AZ;MA", "ma;kz", " MA ; AZ", "MA;AZ;KZ"],
    "date": ["2025-02-28", "2025-02", "[2025-01-01..2025-01-05]"],
    "host": ["", "MA", "ma"],
    "title_ar": ["لقاء", "", "زيارة الإقتصادية ١٢"],
    "title_en": ["Meeting", "Rabat", "=1+2"],
    "summary": ["", "Talks; =not a formula", "'quoted"],
    "place_city": ["", "Rabat", "الرباط", "Nowhere"],
    "place_country": ["", "MA", "ma"],
    "participants": ["", "a|b|MA", "x|y|ma;z|w|", "ناصر بوريطة|وزير|MA||||||"],
    "sources": ["", "https://x.org/1|Out|", "|Out|2025-02-28"],
    "tags": ["", "visa;trade", "a\\;b"],
    "status": ["", "held", "announced"],
    "source_key": ["", "", "gdelt:1"],
}
OTHERS = {
    "id": ["0", "abc", "٣"],
    "kind": ["visit", "multilateral-gathering"],
    "countries": ["", "MA", "XX;MA", "MA|FR;AZ"],
    "date": ["2025-02-30", "2025/2024", ""],
    "host": ["XX", "FR"],
    "title_ar": [" "],
    "title_en": ["a\x00b", ""],
    "place_country": ["XX"],
    "participants": ["a|b|XX", "|b|MA", "a|b|c|d|e|f|g|h|i|j"],
    "sources": ["ftp://x|o|", "||", "https://x.org|o|2025-02-30"],
    "tags": ["a;;b", "a|b"],
    "status": ["unknown"],
    "agreement": ["ma-az-visa-waiver", "Bad Id"],
    "agreement_step": ["signed", "ratified", "unknown"],
    "agreement_party": ["MA", "XX"],
    "agreement_kind": ["visa-waiver"],
    "agreement_parties": ["AZ;MA"],
    "links": ["outcome-of|7", "outcome-of|0"],
    "source_key": ["bad"],
}


SEEDS = st.integers(0, 2**32 - 1)
OTHER_COLUMNS = st.lists(st.sampled_from(sorted(OTHERS)), max_size=2)
OTHER_CELLS = {column: st.sampled_from(cells) for column, cells in OTHERS.items()}


@st.composite
def rows(draw: st.DrawFn) -> dict[str, str]:
    """A valid row, or one with a few other cells. The valid row's cells are picked by one
    drawn seed: a draw per cell made this test six times as slow. The strategies are made
    once: made again at each row, Hypothesis looked each one over again (a third of the
    test's time)."""
    pick = random.Random(draw(SEEDS))
    row = {column: pick.choice(USUAL.get(column, [""])) for column in native_csv.COLUMNS}
    for column in draw(OTHER_COLUMNS):
        row[column] = draw(OTHER_CELLS[column])
    return row


def _file(records: list[dict[str, str]], delimiter: str = ",") -> io.BytesIO:
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\r\n", delimiter=delimiter)
    writer.writerow(native_csv.COLUMNS)
    for record in records:
        writer.writerow([neutralise(record[column]) for column in native_csv.COLUMNS])
    return io.BytesIO(text.getvalue().encode("utf-8"))


def _through_the_record(cells: dict[str, str]) -> tuple[object, ...]:
    try:
        event, key, links, agreement = native_csv._from_record(cells)
    except ValidationError as error:
        return ("rejected", error.field, error.detail)
    return ("parsed", event, key, links, agreement)


@settings(max_examples=300, deadline=None)
@given(st.lists(rows(), min_size=1, max_size=12))
def test_every_row_reads_as_its_record_says(records):
    # Each row twice: the second time its cells' pieces come from the caches.
    read = list(native_csv.read(_file(records + records), "file.csv", frozenset()))
    assert len(read) == 2 * len(records)
    for outcome, cells in zip(read, records + records, strict=True):
        expected = _through_the_record(cells)
        if isinstance(outcome, Rejection):
            assert ("rejected", outcome.field, outcome.reason) == expected
        else:
            assert isinstance(outcome, Parsed)
            got = ("parsed", outcome.event, outcome.key, outcome.links, outcome.agreement)
            assert got == expected


@pytest.mark.parametrize("cell", ["31/12/2025", "2025-03-04/05", "[2025-03..soon]"])
def test_a_cell_that_is_no_date_is_quoted_whole(cell):
    """A spreadsheet's day first, 31/12/2025, was rejected as "'31' is not a date", a part
    the reader never wrote: the reason quotes the whole cell."""
    header = "kind,countries,date,title_en\r\n"
    file = io.BytesIO(f"{header}official-visit,MA;FR,{cell},Visit\r\n".encode())
    [row] = native_csv.read(file, "f.csv", frozenset())
    assert isinstance(row, Rejection)
    reason = f"'{cell}' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)"
    assert (row.line, row.field, row.reason_in("en")) == (2, "date", reason)


def test_a_quote_never_closed_is_said_where_it_opens_and_what_it_took():
    """A title's opening quote never closed took the rest of the file into its cell: the
    row was "unexpected end of data", the rows after it gone without a word."""
    header = "kind,countries,date,title_en\r\n"
    rows = 'official-visit,MA;KZ,2025-02-28,"Visit to Rabat\r\nphone-call,MA;KZ,2025-03-01,Call\r\n'
    [row] = native_csv.read(io.BytesIO(f"{header}{rows}".encode()), "f.csv", frozenset())
    assert isinstance(row, Rejection)
    assert (row.line, row.field) == (2, "row")
    assert row.reason_in("en") == (
        'a quote (") opened in this row is never closed: the rest of the file was read as one cell'
    )


@settings(max_examples=100, deadline=None)
@given(st.lists(rows(), min_size=1, max_size=6))
def test_a_file_saved_with_semicolons_reads_as_with_commas(records):
    """A spreadsheet set up for French saves its CSV with semicolons between cells; such a
    file was refused as one unknown column "id;kind;countries;…". Its rows read as the same
    rows with commas do, a list cell's own semicolons quoted."""
    with_commas = list(native_csv.read(_file(records), "file.csv", frozenset()))
    with_semicolons = list(native_csv.read(_file(records, ";"), "file.csv", frozenset()))
    assert with_semicolons == with_commas


def test_a_file_of_ours_with_semicolons_is_known_by_its_header_whatever_its_name(tmp_path):
    path = tmp_path / "from-excel.txt"
    path.write_bytes(b"\xef\xbb\xbfkind;countries;date;title_en\r\nphone-call;MA;2025;Call\r\n")
    assert detect_format(path) == "csv"


@pytest.mark.parametrize("cell", ["MA;MA", "MA;KZ;ma"])
def test_a_country_named_twice_in_a_row_is_said_to_be(cell):
    """ "MA;MA" was rejected as "needs at least 2 countries, 1 given", of the two written,
    and "MA;KZ;ma" kept two of its three without a word: the command line's 'add' says it
    of its --countries, and a file's row now says it of its cell."""
    header = "kind,countries,date,title_en\r\n"
    file = io.BytesIO(f"{header}multilateral-gathering,{cell},2025-02-28,Forum\r\n".encode())
    [row] = native_csv.read(file, "f.csv", frozenset())
    assert isinstance(row, Rejection)
    assert (row.line, row.field, row.reason_in("en")) == (2, "countries", "MA is given twice")
