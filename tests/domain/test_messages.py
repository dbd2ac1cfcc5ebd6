"""The domain's message catalogue: every id in Arabic, English and French, and used."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.domain.dates import FuzzyDate
from timeline.domain.errors import ValidationError
from timeline.domain.hijri import from_hijri
from timeline.domain.languages import LANGUAGES
from timeline.domain.messages import Message, catalogue, message, placeholders

IDS = sorted(catalogue())
SOURCE = Path(__file__).resolve().parents[2] / "timeline"  # the checkout's, wheel or not


def _arabic_letters(text: str) -> int:
    return sum("ARABIC" in unicodedata.name(char, "") for char in text)


@pytest.mark.parametrize("message_id", IDS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_written_in_every_language(message_id, language):
    templates = catalogue()[message_id]
    assert templates[language].strip()
    assert placeholders(templates[language]) == placeholders(templates["en"])
    values = {name: f"<{name}>" for name in placeholders(templates["en"])}
    rendered = Message(message_id, values).render(language)
    assert all(f"<{name}>" in rendered for name in values)
    if language == "ar":
        assert _arabic_letters(rendered) >= 3
    else:
        assert _arabic_letters(rendered) == 0 or "هـ" in rendered
    if language == "fr":
        assert rendered != Message(message_id, values).render("en")


@pytest.mark.parametrize("message_id", IDS)
def test_an_arabic_message_quotes_between_guillemets(message_id):
    """Eight quoted what was typed between ASCII apostrophes ("رابط غير معروف 'foo'"),
    where the other Arabic messages write «foo»."""
    assert "'" not in catalogue()[message_id]["ar"]


def test_every_message_is_used_and_every_use_is_in_the_catalogue():
    code = "\n".join(path.read_text("utf-8") for path in SOURCE.rglob("*.py"))
    used = set(re.findall(r'message\(\s*"([a-z0-9_.]+)"', code))
    assert used <= set(IDS)
    assert set(IDS) <= used


def test_an_unknown_id_is_a_programming_error():
    with pytest.raises(KeyError):
        message("date.no_such_thing")


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "2025-02 has 28 days, not 30"),
        ("ar", "الشهر 2025-02 فيه 28 يومًا، لا 30"),
        ("fr", "2025-02 compte 28 jours, pas 30"),
    ],
)
def test_a_broken_rule_reads_in_the_readers_language(language, expected):
    with pytest.raises(ValidationError) as raised:
        FuzzyDate(2025, 2, 30)
    assert raised.value.in_language(language) == expected
    assert str(raised.value) == "date: 2025-02 has 28 days, not 30"


def test_names_inside_a_message_follow_the_language():
    with pytest.raises(ValidationError) as raised:
        from_hijri(1446, 9, 30)
    assert raised.value.in_language("en") == "Ramadan 1446 has 29 days, not 30"
    assert raised.value.in_language("ar").startswith("رمضان 1446")
    assert raised.value.in_language("fr") == "ramadan 1446 compte 29 jours, pas 30"


def test_text_from_elsewhere_is_passed_through_as_it_is():
    error = ValidationError("SQLDATE", "not eight digits")
    assert error.in_language("ar") == error.message == "not eight digits"


def test_a_message_for_a_window_isolates_each_value_and_only_then():
    """In a window, "2025-02" stays "2025-02" after an Arabic word; the command line and
    the exports get no invisible marks."""
    said = Message("date.no_such_day", {"month": "2025-02", "length": 28, "day": 30})
    assert said.render("ar") == "الشهر 2025-02 فيه 28 يومًا، لا 30"
    assert said.render("ar", isolated=True) == "الشهر ⁨2025-02⁩ فيه ⁨28⁩ يومًا، لا ⁨30⁩"


def test_a_reason_inside_a_sentence_has_the_readers_digits_too():
    """A message given as another's value ("backup failed (…)") was rendered on its own,
    in Latin digits between the reader's Arabic-Indic ones."""
    arabic_indic = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
    inner = message("store.truncated_to", size=512)
    said = message("store.backup_failed", reason=inner)
    digits = said.render("ar", digits=lambda text: text.translate(arabic_indic))
    assert digits == "فشل النسخ الاحتياطي (تالفة (قُطعت عند ٥١٢ بايت)، وتُركت كما هي)"
    assert str(said) == (
        "backup failed (is damaged (truncated to 512 bytes); it was left untouched)"
    )


@given(st.text())
@pytest.mark.parametrize("language", LANGUAGES)
def test_text_quoted_from_input_holds_no_control_character(language, quoted):
    """A binary file's first line, taken for its column names, was quoted with its control
    characters: they moved a terminal's cursor or rang its bell. Each is its escape
    (``\\x03``); other text is quoted as it came."""
    said = message("import.unknown_column", column=quoted, known="id").render(language)
    assert not any(unicodedata.category(character) == "Cc" for character in said)
    if not any(unicodedata.category(character) == "Cc" for character in quoted):
        assert quoted in said


def test_a_control_character_is_quoted_as_its_escape():
    said = message("import.unknown_column", column="pk\x03\x04\x00\x7f", known="id")
    assert str(said) == "unknown column 'pk\\x03\\x04\\x00\\x7f' (known: id)"


def test_french_typography_is_consistent_in_the_catalogue():
    """A no-break space before : ; ? ! » and after «, as the window's words have it: a
    French message read "« 2025-13-01 » n’est pas un jour" beside "erreur\u00a0:" on one
    line. The program's name keeps the colon every line of the command line has, and a
    JSON example is quoted as JSON."""
    problems = []
    for message_id, templates in catalogue().items():
        text = templates["fr"]
        if message_id == "usage.error":
            text = text.replace("{program}:", "{program}")
        text = re.sub(r"\{\{.*?\}\}", "", text)
        for found in re.finditer(r"[:;?!»]", text):
            if found.start() == 0 or text[found.start() - 1] != "\u00a0":
                problems.append(f"{message_id}: no no-break space before {found.group()!r}")
        for found in re.finditer("«", text):
            if not text.startswith("«\u00a0", found.start()):
                problems.append(f"{message_id}: no no-break space after «")
    assert not problems, "\n".join(problems)
