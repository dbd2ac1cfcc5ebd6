"""A rule the command line's input breaks is named in the language the command was asked for."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from timeline.cli import main


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "--from: 2025-02 has 28 days, not 30"),
        ("ar", "--from: الشهر 2025-02 فيه 28 يومًا، لا 30"),
        ("fr", "--from\u00a0: 2025-02 compte 28 jours, pas 30"),
    ],
)
def test_a_bad_date_is_named_in_the_chosen_language(capsys, lang, expected):
    with pytest.raises(SystemExit) as exit_info:
        main(["list", "--sample", "--lang", lang, "--from", "2025-02-30"])
    assert exit_info.value.code == 2
    error = capsys.readouterr().err
    assert expected in error and error.count("\n") == 1


KNOWN = ".csv, .json, .jsonl, .pdf, .png, .svg"


@pytest.mark.parametrize(
    ("lang", "args", "expected"),
    [
        ("en", ["export", "out.docx", "--sample"],
         f"error: out.docx: unknown export format (known: {KNOWN})"),
        ("fr", ["export", "out.docx", "--sample"],
         f"erreur\u00a0: out.docx\u00a0: format d’export inconnu (connus\u00a0: {KNOWN})"),
        ("ar", ["export", "out.docx", "--sample"],
         f"خطأ: out.docx: صيغة تصدير غير معروفة (المعروفة: {KNOWN})"),
        ("en", ["export", "out.png", "--sample", "--pages-wide", "2"],
         "error: --pages-wide: only for a .pdf briefing; a picture is one page wide"),
        ("fr", ["export", "out.png", "--sample", "--pages-wide", "2"],
         "erreur\u00a0: --pages-wide\u00a0: seulement pour une note en .pdf\u00a0; une image"
         " fait une page de large"),
        ("ar", ["export", "out.png", "--sample", "--pages-wide", "2"],
         "خطأ: --pages-wide: لإحاطة بصيغة PDF فقط؛ الصورة بعرض صفحة واحدة"),
        ("en", ["extract", "missing.txt"], "error: missing.txt: No such file or directory"),
        ("fr", ["extract", "missing.txt"],
         "erreur\u00a0: missing.txt\u00a0: aucun fichier ou dossier de ce nom"),
        ("ar", ["extract", "missing.txt"], "خطأ: missing.txt: لا يوجد ملف أو مجلد بهذا الاسم"),
        ("fr", ["--days", "0", "--screenshot", "out.png"],
         "erreur\u00a0: --days\u00a0: entre un jour et deux siècles (de 1 à 73\u202f048)"),
    ],
)  # fmt: skip
def test_a_wrong_use_of_the_command_is_said_in_the_chosen_language(
    capsys, tmp_path, monkeypatch, lang, args, expected
):
    """``--lang fr export out.docx`` said "error: out.docx: unknown export format" in
    English, as did every wrong use the command line itself finds (a missing article to
    extract dates from said the system's "No such file or directory")."""
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exit_info:
        main(["--lang", lang, *args])
    assert exit_info.value.code == 2
    assert capsys.readouterr().err == f"diplomatic-timeline: {expected}\n"
    assert not list(tmp_path.iterdir())


def test_the_numbers_a_wrong_use_names_are_in_the_readers_digits(capsys):
    """An Egyptian reader's range is in Arabic-Indic digits, its bounds alike."""
    with pytest.raises(SystemExit):
        main(["--lang", "ar", "--date-style", "egypt", "--days", "0", "--screenshot", "x.png"])
    assert "(من ١ إلى ٧٣٬٠٤٨)" in capsys.readouterr().err


def test_no_wrong_use_is_said_in_words_written_in_the_code():
    """Every wrong use the command line names is a message of the catalogue (said in the
    reader's language), never an English sentence written where it is raised."""
    cli = Path(main.__code__.co_filename).parent
    written = []
    for path in sorted(cli.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", getattr(node.func, "attr", None)) == "UsageError"
                and node.args
                and _written_in_the_code(node.args[0])
            ):
                written.append(f"{path.name}:{node.lineno}")
    assert not written


def _written_in_the_code(said: ast.expr) -> bool:
    """A sentence made where it is raised: words, an f-string, words joined, or another
    error's English (``str(error)``), not a message of the catalogue."""
    if isinstance(said, ast.Constant | ast.JoinedStr | ast.BinOp):
        return True
    return isinstance(said, ast.Call) and getattr(said.func, "id", None) in {"str", "repr"}
