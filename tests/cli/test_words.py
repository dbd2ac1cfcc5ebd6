"""A rule the command line's input breaks is named in the language the command was asked for."""

from __future__ import annotations

import pytest

from timeline.cli import main


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "--from: 2025-02 has 28 days, not 30"),
        ("ar", "--from: الشهر 2025-02 فيه 28 يومًا، لا 30"),
        ("fr", "--from: 2025-02 compte 28 jours, pas 30"),
    ],
)
def test_a_bad_date_is_named_in_the_chosen_language(capsys, lang, expected):
    with pytest.raises(SystemExit) as exit_info:
        main(["list", "--sample", "--lang", lang, "--from", "2025-02-30"])
    assert exit_info.value.code == 2
    error = capsys.readouterr().err
    assert expected in error and error.count("\n") == 1
