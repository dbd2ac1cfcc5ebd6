"""Whole files to the import preview, format detection included: rows or one refusal.

The class of files that once raised a traceback (issue 17, item 4): lone CR line ends,
digits of other scripts and superscripts (``isdigit()`` true, ``int()`` failing), numbers
longer than Python converts, and nesting deeper than its recursion limit.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.io.importer import preview_file
from timeline.io.rows import ImportFileError

GDELT_FIELDS = 57
PIECES = st.sampled_from(
    [
        "\r", "\n", "\r\n", "\t", ",", '"', "{", "}", "[", "]", ":", '"id": ', '"date": ',
        "²", "٣", "۴", "߅", "𝟗", "¹²³", "2025022²", "٢٠٢٥-٠٤-٠٧", "\x00", "\ufeff",
        "9" * 5000, "-" + "1" * 4400, "1e999", '{"a":' * 3000, "[" * 3000,
        "kind,countries,date,title_en", "official-visit", "MA;KZ", "2025-04-07",
        '{"format": "diplomatic-timeline/events", "events": [',
        "\t".join(["1", "2025022²"] + ["MAR"] * (GDELT_FIELDS - 2)),
    ]
)  # fmt: skip
FILES = st.lists(st.one_of(PIECES, st.text(max_size=4)), min_size=1, max_size=30).map("".join)


@settings(max_examples=120, deadline=None)
@given(content=FILES, suffix=st.sampled_from([".csv", ".json", ".jsonl", ".tab", ".CSV"]))
def test_any_file_is_previewed_or_refused_in_one_line(content, suffix):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"fuzz{suffix}"
        path.write_text(content, encoding="utf-8", errors="surrogatepass")
        try:
            preview = preview_file(path, None)
        except ImportFileError as error:
            message = str(error)
            assert message.startswith(str(path)) and "\n" not in message
            return
        for rejection in preview.rejected:
            assert "\n" not in str(rejection)
