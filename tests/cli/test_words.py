"""A rule the command line's input breaks is named in the language the command was asked for."""

from __future__ import annotations

import argparse
import ast
import contextlib
import inspect
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from timeline import settings
from timeline.cli import build_parser, main, progress_bar, words
from timeline.cli.ending import INTERRUPTED
from timeline.cli.window import window_size
from timeline.domain.dateinput import parse_user_date
from timeline.domain.languages import LANGUAGES
from timeline.export import briefing_export, briefing_names
from timeline.store.backups import backups_dir


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
        # argparse read it, and said "'0x0': each side must be 200 to 10000 pixels"
        ("fr", ["--size", "0x0", "--screenshot", "out.png"],
         "erreur\u00a0: --size\u00a0: chaque côté de 200 à 10\u202f000\u00a0pixels"),
        ("ar", ["--size", "big", "--screenshot", "out.png"],
         "خطأ: --size: «big» ليس مقاسًا مثل 1600x900"),
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


@pytest.mark.parametrize(
    ("style", "size"),
    [("egypt", "١٦٠٠x٩٠٠"), ("levant", "١٦٠٠x٩٠٠"), ("maghreb", "1600x900")],
    ids=["egypt", "levant", "maghreb"],
)
def test_a_window_size_is_exemplified_in_the_readers_digits(tmp_path, capsys, style, size):
    """An Egyptian or Levantine reader's wrong ``--size`` was "ليس مقاسًا مثل 1600x900", and
    its help "(الافتراضي 1600x900)", beside "كل ضلع من ٢٠٠ إلى ١٠٬٠٠٠ بكسل"; the size
    written so is one ``--size`` takes."""
    reader = ["--lang", "ar", "--date-style", style]
    with pytest.raises(SystemExit) as exit_info:
        main([*reader, "--sample", "--size", "1600", "--screenshot", str(tmp_path / "x.png")])
    assert exit_info.value.code == 2
    assert capsys.readouterr().err.endswith(f"ليس مقاسًا مثل {size}\n")
    with pytest.raises(SystemExit):
        main([*reader, "--help"])
    assert f"(الافتراضي {size})" in " ".join(capsys.readouterr().out.split())
    assert window_size(argparse.Namespace(size=size)) == (1600, 900)


#: Latin digits and a day's hyphens as an Egyptian or Levantine reader types them.
INDIC_TYPED = str.maketrans("0123456789-", "٠١٢٣٤٥٦٧٨٩/")


@pytest.mark.parametrize(
    ("wrong", "examples"),
    [
        (["list", "--from", "x"], ["2025", "2025-03", "2025-03-19"]),
        (["list", "--to", ""], ["2025", "2025-03", "2025-03-19"]),
        (["review", "--today", "2025-03"], ["2025-03-19", "1446-09-19 هـ"]),
        (["extract", "-", "--published", "2025-04"], ["2025-03-19", "1446-09-19 هـ"]),
        (["add", "--kind", "statement", "--countries", "MA", "--hijri", "14x"], ["1446-09-19 هـ"]),
    ],
    ids=["--from", "--to", "--today", "--published", "--hijri"],
)
@pytest.mark.parametrize("style", ["egypt", "levant", "maghreb"])
def test_the_examples_a_wrong_date_is_given_are_typed_in_the_readers_digits(
    capsys, wrong, examples, style
):
    """An Egyptian or Levantine reader typing a wrong date read "مثل 2025 أو 2025-03 أو
    2025-03-19" and "مثل 1446-09-19 هـ", the examples in Latin digits where the window
    writes theirs; they are written as such a reader types them ("٢٠٢٥/٠٣/١٩"), which reads
    back. A Moroccan reader's stay in Latin digits."""
    with pytest.raises(SystemExit) as exit_info:
        main(["--sample", "--lang", "ar", "--date-style", style, *wrong])
    assert exit_info.value.code == 2
    said = re.sub("«[^»]*»", "«»", capsys.readouterr().err)  # what was typed stays as typed
    indic = style != "maghreb"
    for example in examples:
        typed = example.translate(INDIC_TYPED) if indic else example
        assert re.search(rf"(?<![\w/-]){re.escape(typed)}(?![\w/-])", said), said
        assert parse_user_date(typed) == parse_user_date(example)
    assert bool(re.search("[0-9]", said)) is not indic, said


def test_no_wrong_use_is_said_in_words_written_in_the_code():
    """Every wrong use the command line names is a message of the catalogue (said in the
    reader's language), never an English sentence written where it is raised."""
    cli = Path(main.__code__.co_filename).parent
    written = []
    for path in sorted(cli.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", getattr(node.func, "attr", None))
                in {"UsageError", "ArgumentTypeError"}  # argparse says the second in English
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


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--lang", "fr", "export"],
         "diplomatic-timeline export: erreur\u00a0: arguments obligatoires manquants\u00a0: "
         "OUTPUT"),
        (["--lang", "ar", "list", "--bogus"],
         "diplomatic-timeline: خطأ: وسائط غير معروفة: --bogus"),
        # --lang after the command, and its value after "=", are read first too
        (["list", "--kind", "--lang=fr"], "diplomatic-timeline list: erreur\u00a0: --kind\u00a0: "
                                          "attend une valeur"),
        (["list", "--pair", "MA", "--lang", "ar", "--date-style", "egypt"],
         "diplomatic-timeline list: خطأ: --pair: عدد القيم المطلوبة: ٢"),
        # a number as a reader knows it, not "une valeur de type int"
        (["--lang", "fr", "link", "2", "x", "--as", "outcome-of"],
         "diplomatic-timeline link: erreur\u00a0: B\u00a0: «\u00a0x\u00a0» n’est pas un nombre "
         "entier"),
        (["--lang", "ar", "--days", "x"], "diplomatic-timeline: خطأ: --days: «x» ليس عددًا"),
        (["--lang", "fr", "list", "--read-only=yes"],
         "diplomatic-timeline list: erreur\u00a0: --read-only\u00a0: ne prend aucune valeur, "
         "pas «\u00a0yes\u00a0»"),
        (["--lang", "ar", "list", "--country", "MA", "--pair", "MA", "KZ"],
         "diplomatic-timeline list: خطأ: --pair: لا يصح مع --country"),
        (["--lang", "ar", "db", "upgrade", "--format", "x"],
         "diplomatic-timeline: خطأ: وسائط غير معروفة: --format x"),
        (["--lang", "en", "export"],
         "diplomatic-timeline export: error: the following arguments are required: OUTPUT"),
        # the choices quoted and listed as the reader writes them, not "'json', 'text'"
        (["--lang", "fr", "list", "--format", "x"],
         "diplomatic-timeline list: erreur\u00a0: --format\u00a0: choix invalide\u00a0: "
         "«\u00a0x\u00a0» (choisir parmi «\u00a0json\u00a0» et «\u00a0text\u00a0»)"),
        (["--lang", "ar", "db", "restart"],
         "diplomatic-timeline db: خطأ: ACTION: اختيار غير صالح: «restart» (اختر من «upgrade» "
         "و«check» و«backup» و«backups» و«restore»)"),
        (["--lang", "en", "list", "--format", "x"],
         "diplomatic-timeline list: error: argument --format: invalid choice: 'x' (choose from "
         "'json', 'text')"),
    ],
)  # fmt: skip
def test_a_wrong_use_argparse_finds_is_said_in_the_chosen_language(capsys, args, expected):
    """argparse said "error: the following arguments are required: OUTPUT" under "usage:"
    to ``--lang fr``, in English whatever the language, the count of ``--pair``'s values in
    Latin digits to an Egyptian reader."""
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    assert exit_info.value.code == 2
    usage, *_, said = capsys.readouterr().err.splitlines()
    assert said == expected
    language = args[args.index("--lang") + 1] if "--lang" in args else "fr"
    prefix = {"ar": "الاستخدام: ", "en": "usage: ", "fr": "utilisation\u00a0: "}[language]
    assert usage.startswith(f"{prefix}diplomatic-timeline")


@pytest.mark.parametrize(
    ("lang", "headings"),
    [
        ("fr", ["utilisation\u00a0: diplomatic-timeline link [-h]",
                "arguments positionnels\u00a0:", "options de la commande\u00a0:",
                "  -h, --help            affiche cette aide et quitte"]),
        ("ar", ["الاستخدام: diplomatic-timeline link [-h]", "الوسائط الموضعية:", "خيارات الأمر:",
                "  -h, --help            يعرض هذه المساعدة ثم يخرج"]),
        ("en", ["usage: diplomatic-timeline link [-h]", "positional arguments:", "options:",
                "  -h, --help            show this help message and exit"]),
    ],
)  # fmt: skip
def test_the_help_is_headed_in_the_chosen_language(capsys, lang, headings):
    with pytest.raises(SystemExit) as exit_info:
        main(["link", "--help", "--lang", lang])
    assert exit_info.value.code == 0
    lines = capsys.readouterr().out.splitlines()
    assert all(any(line.startswith(heading) for line in lines) for heading in headings)


@pytest.mark.parametrize(
    ("lang", "headings"),
    [
        ("fr", ["options générales\u00a0:",
                "  --version             affiche le numéro de version du programme et quitte"]),
        ("ar", ["الخيارات العامة:", "  --version             يعرض رقم إصدار البرنامج ثم يخرج"]),
        ("en", ["options:", "  --version             show program's version number and exit"]),
    ],
)  # fmt: skip
def test_the_programs_help_heads_its_options_and_says_version_in_the_chosen_language(
    capsys, lang, headings
):
    """``--lang fr --help`` headed the window's and every command's options "options de la
    commande", as under a command, and said "show program's version number and exit":
    Python 3.11 does not say it through argparse's gettext."""
    with pytest.raises(SystemExit) as exit_info:
        main(["--lang", lang, "--help"])
    assert exit_info.value.code == 0
    lines = capsys.readouterr().out.splitlines()
    assert all(heading in lines for heading in headings)


@pytest.mark.parametrize(
    ("reader", "lines"),
    [
        (["--lang", "fr"],
         ["Chronologie diplomatique\u00a0: les relations entre États sur une frise chronologique.",
          "commandes\u00a0:",
          "    db                  entretien de la base de données",
          "filtre\u00a0:",
          "codes de sortie\u00a0:",
          "  3         edit\u00a0: enregistré ailleurs depuis sa lecture\u00a0; add\u00a0: semble "
          "être un"]),
        (["--lang", "ar", "--date-style", "egypt"],
         ["الخط الزمني الدبلوماسي: العلاقات بين الدول على خط زمني. من دون أمر، تُفتح النافذة.",
          "الأوامر:",
          "    db                  صيانة قاعدة البيانات",
          "التصفية:",
          "رموز الخروج:",
          "  ٣         edit: حُفظ الحدث من مكان آخر منذ قراءته؛ add: يبدو حدثًا مسجّلًا",
          "  ١٢٩، ١٣٠، ١٤٣"]),
        (["--lang", "en"],
         ["Diplomatic Timeline: relations between states on a timeline. With no command, opens "
          "the window.",
          "positional arguments:",
          "    db                  database maintenance",
          "filter:",
          "exit codes:",
          "  3         edit: saved elsewhere since it was read; add: it looks like an event",
          "  129, 130, 143"]),
    ],
)  # fmt: skip
def test_the_programs_help_describes_it_and_its_commands_in_the_chosen_language(
    capsys, reader, lines
):
    """``--lang fr --help`` described the program, its commands, their exit codes and the
    filter's heading in English, and listed the commands under "arguments positionnels";
    an Egyptian reader's codes are in their digits."""
    with pytest.raises(SystemExit) as exit_info:
        main([*reader, "--help"])
    assert exit_info.value.code == 0
    said = capsys.readouterr().out.splitlines()
    assert all(line in said for line in lines)


@pytest.mark.parametrize(
    ("lang", "command", "lines"),
    [
        ("fr", ["db"], ["commandes\u00a0:",
                        "    backups   liste les copies du dossier des sauvegardes, de la plus "
                        "récente"]),
        ("ar", ["agreement"], ["الأوامر:", "    list      كل اتفاق ومراحله، أسطرَ JSON"]),
        ("fr", ["export"], ["note (.pdf, .png, .svg)\u00a0:", "codes de sortie\u00a0:"]),
        ("ar", ["export"], ["الإحاطة (\u200e.pdf، \u200e.png، \u200e.svg):", "رموز الخروج:"]),
    ],
)  # fmt: skip
def test_a_commands_help_heads_and_sums_up_in_the_chosen_language(capsys, lang, command, lines):
    with pytest.raises(SystemExit) as exit_info:
        main(["--lang", lang, *command, "--help"])
    assert exit_info.value.code == 0
    said = capsys.readouterr().out.splitlines()
    assert all(line in said for line in lines)


def _commands(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    """The program's parser and each of its commands' (``db``'s own too), and their names."""
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, command in action.choices.items():
                yield from _commands(command, (*path, name))


COMMANDS = [path for path, _parser in _commands(build_parser())]


def test_every_help_text_of_every_command_is_said_in_the_readers_language():
    """Each text of each command's help is a message of the catalogue, in Arabic, English
    and French (or argparse's own words, or a list of the values an option takes): an
    option added with its help in English in the code fails here, as the program's
    description, the commands' summaries and about 70 options' help did."""
    english = []
    for path, parser in _commands(build_parser()):
        texts = [parser.description, parser.epilog]
        texts += [group.title for group in parser._action_groups]
        for action in parser._actions:
            texts.append(action.help)
            if isinstance(action, argparse._SubParsersAction):
                texts += [summary.help for summary in action._choices_actions]
        english += [
            f"{' '.join(path)}: {text}"
            for text in texts
            if text is not None
            and not isinstance(text, words.HelpText)
            and text not in words._ARGPARSE_WORDS
            and not re.fullmatch(r"[a-z-]+(, [a-z-]+)+", text)  # values, as they are typed
        ]
    assert not english


@pytest.mark.parametrize("command", COMMANDS, ids=lambda path: " ".join(path) or "program")
def test_every_help_ends_with_what_the_exit_codes_mean(capsys, command):
    """``db backups --help`` and ``agreement list --help`` ended with no word of them: only
    the program's help and its commands' had them."""
    with pytest.raises(SystemExit) as exit_info:
        main([*command, "--help", "--lang", "fr"])
    assert exit_info.value.code == 0
    said = capsys.readouterr().out
    assert "\ncodes de sortie\u00a0:\n  0         fait\n" in said
    assert said.endswith("rien n’a été écrit\n")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("command", COMMANDS, ids=lambda path: " ".join(path) or "program")
def test_a_help_breaks_its_lines_between_words_not_within_a_value(
    capsys, monkeypatch, command, language
):
    """``--help`` 80 columns wide listed --kind's values as "…, phone-" at a line's end and
    "call, statement" on the next, and link's "(outcome-" "of)": a value no one can type as
    it reads."""
    monkeypatch.setenv("COLUMNS", "80")
    with pytest.raises(SystemExit):
        main([*command, "--help", "--lang", language])
    cut = [line for line in capsys.readouterr().out.splitlines() if re.search(r"[^\W\d_]-$", line)]
    assert not cut


def test_every_option_and_argument_says_what_it_is():
    """``add --help`` listed --countries, --title-ar, --summary, --source and seven more
    with no word of what they are, as export's OUTPUT, import's FILE, --portrait and
    agreement list's --format."""
    silent = [
        f"{' '.join(path)}: {[*action.option_strings, action.metavar][0]}"
        for path, parser in _commands(build_parser())
        for action in parser._actions
        if action.help is None and not isinstance(action, argparse._SubParsersAction)
    ]
    assert not silent


#: Words of English sentences, which no French or Arabic help has outside the names of
#: options and values.
ENGLISH_WORDS = {"the", "of", "and", "with", "for", "is", "default", "show", "this", "which",
                 "by", "its", "or", "to", "in", "as", "exit", "written", "event",
                 "events"}  # fmt: skip


@pytest.mark.parametrize("lang", ["ar", "fr"])
@pytest.mark.parametrize("command", COMMANDS, ids=lambda path: " ".join(path) or "program")
def test_a_help_says_no_english_beside_the_names_of_options_and_values(capsys, lang, command):
    with pytest.raises(SystemExit) as exit_info:
        main(["--lang", lang, *command, "--help"])
    assert exit_info.value.code == 0
    out = re.sub(r"-\n\s*", "-", capsys.readouterr().out)  # values cut at their hyphens
    said = re.sub(r"--[a-z-]+|\{[^}]*\}|\b[a-z]+(-[a-z]+)+\b", " ", out)
    assert not ENGLISH_WORDS.intersection(re.findall(r"[A-Za-z]+", said))


@pytest.mark.parametrize(
    ("reader", "said"),
    [
        (["--lang", "ar", "--date-style", "egypt"],
         ["--dpi N دقة صورة PNG (الافتراضي ١٥٠)", "مجمّعةً حسب السنة إن زادت على ١٥٠)",
          "--from DATE ٢٠٢٤ أو ٢٠٢٤/٠٥ أو ٢٠٢٤/٠٥/٠١ أو ١٤٤٦/٠٩/١٩ هـ"]),
        (["--lang", "fr"], ["--dpi N résolution d’une image PNG (par défaut 150)"]),
        (["--lang", "en"], ["--dpi N resolution of a PNG (default 150)"]),
    ],
)  # fmt: skip
def test_the_numbers_of_an_options_help_are_in_the_readers_digits(capsys, reader, said):
    """A briefing's resolution and the count of events above which its table is a summary,
    in an Egyptian reader's digits; a date to type as that reader types it."""
    with pytest.raises(SystemExit):
        main([*reader, "export", "--help"])
    flowing = " ".join(capsys.readouterr().out.split())
    assert all(text in flowing for text in said)


@pytest.mark.parametrize(
    ("command", "said"),
    [
        (["extract"], "--published DAY يوم نشر المقال، {2025-04-08} أو {1446-10-10} هـ"),
        (["add"], "--date DATE {2025-03-19} أو {2025-03} أو {2025} (هجريًّا: {1446-09-19} هـ)"),
        (["edit"], "--date DATE {2025-03-19} أو {2025-03} أو {2025} (هجريًّا: {1446-09-19} هـ)"),
        (["list"], "--from DATE {2024} أو {2024-05} أو {2024-05-01} أو {1446-09-19} هـ"),
    ],
    ids=["extract", "add", "edit", "list"],
)
@pytest.mark.parametrize("style", ["egypt", "levant", "maghreb"])
def test_the_dates_an_options_help_gives_are_typed_in_the_readers_digits(
    capsys, command, said, style
):
    """``extract --help`` said "يوم نشر المقال، 2025-04-08 أو 1446-10-10 هـ" to an Egyptian
    or Levantine reader, whose window writes such examples "٢٠٢٥/٠٤/٠٨": each date is written
    as that reader types it, and read back so; a Moroccan reader's stay in Latin digits."""
    with pytest.raises(SystemExit) as exit_info:
        main(["--lang", "ar", "--date-style", style, *command, "--help"])
    assert exit_info.value.code == 0
    flowing = " ".join(capsys.readouterr().out.split())
    indic = style != "maghreb"
    typed = re.sub(r"\{([^}]*)\}", lambda day: _as_typed(day[1], indic), said)
    assert typed in flowing
    for day in re.findall(r"\{([^}]*)\}", said):
        hijri = " هـ" if day.startswith("14") else ""
        assert parse_user_date(_as_typed(day, indic) + hijri) == parse_user_date(day + hijri)


def _as_typed(day: str, indic: bool) -> str:
    return day.translate(INDIC_TYPED) if indic else day


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--lan", "fr", "--help"], "options générales\u00a0:"),
        (["--l=ar", "link", "--help"], "خيارات الأمر:"),
        (["link", "--la", "fr", "--help"], "options de la commande\u00a0:"),
        (["extract", "--help", "--lang", "ar", "--date-s", "egypt"],
         "  ٠         نُفِّذ الأمر"),
    ],
)  # fmt: skip
def test_the_beginning_of_a_readers_option_that_argparse_takes_for_it_is_read_first(
    capsys, args, expected
):
    """argparse takes ``--lan fr`` for ``--lang fr`` where no other option begins so, but
    the help and argparse's words were in English: only ``--lang`` itself was read first."""
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    assert exit_info.value.code == 0
    assert expected in capsys.readouterr().out.splitlines()


def test_argparse_speaks_english_again_after_a_command_in_french(capsys):
    """Its words are the reader's while the command's arguments are read, not after."""
    for lang in ("fr", "en"):
        with pytest.raises(SystemExit):
            main(["--lang", lang, "list", "--bogus"])
    assert capsys.readouterr().err.endswith("error: unrecognized arguments: --bogus\n")
    assert argparse.ArgumentParser(prog="p").format_usage() == "usage: p [-h]\n"


def test_every_word_of_argparse_said_in_the_readers_language_is_argparses():
    """A word argparse no longer says (a newer Python's) would be left in its English."""
    source = inspect.getsource(argparse)
    said = [*words._ARGPARSE_WORDS, words._ARGUMENT, words._EXPECTED, words._INVALID]
    assert all(repr(text) in source for text in said)


# -- what a command did, said in the language it was asked for -----------------------------

CREATED = {
    "en": "created {}",
    "fr": "base de données créée\u00a0: {}",
    "ar": "أُنشئت قاعدة البيانات: {}",
}
ADDED = {
    "en": "added event 1 (version 1)",
    "fr": "événement 1 ajouté (version 1)",
    "ar": "أُضيف الحدث 1 (النسخة 1)",
}


def _said(capsys, *argv: str) -> tuple[str, str]:
    """What ``argv`` printed on standard output and on standard error; it must succeed."""
    assert main(list(argv)) == 0
    return capsys.readouterr()


def _added(database: str, title: str = "Visit", kind: str = "official-visit") -> list[str]:
    """``add`` of an event of Morocco and Kazakhstan to ``database``."""
    pair = ["--countries", "MA", "KZ", "--date", "2025-02-28"]
    return ["add", "--database", database, "--kind", kind, *pair, "--title-en", title]


def _add(database: str, capsys, title: str = "Visit") -> None:
    _said(capsys, *_added(database, title))


def _two_events(database: str, capsys) -> None:
    _add(database, capsys)
    _add(database, capsys, "Roadmap")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_added_event_and_its_new_database_are_said_in_the_chosen_language(
    tmp_path, capsys, lang
):
    """``--lang fr add`` said "created …" and "added event 1 (version 1)" in English."""
    database = tmp_path / "t.sqlite3"
    out, err = _said(capsys, "--lang", lang, *_added(str(database)))
    assert err == CREATED[lang].format(database) + "\n"
    assert out == ADDED[lang] + "\n"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", ["linked event 2 to event 1 (outcome-of)",
                "event 2 was linked to event 1 (outcome-of) already",
                "unlinked event 2 from event 1 (outcome-of)",
                "event 2 was not linked to event 1 (outcome-of)"]),
        ("fr", ["événement 2 lié à l’événement 1 (lien «\u00a0Résultat de\u00a0»)",
                "événement 2 déjà lié à l’événement 1 (lien «\u00a0Résultat de\u00a0»)",
                "événement 2 délié de l’événement 1 (lien «\u00a0Résultat de\u00a0»)",
                "l’événement 2 n’était pas lié à l’événement 1 (lien «\u00a0Résultat de\u00a0»)"]),
        ("ar", ["رُبط الحدث 2 بالحدث 1 (رابط «ثمرة»)",
                "سبق ربط الحدث 2 بالحدث 1 (رابط «ثمرة»)",
                "أُلغي ربط الحدث 2 بالحدث 1 (رابط «ثمرة»)",
                "لم يكن الحدث 2 مربوطًا بالحدث 1 (رابط «ثمرة»)"]),
    ],
)  # fmt: skip
def test_link_and_unlink_say_what_they_did_in_the_chosen_language(tmp_path, capsys, lang, expected):
    """The kind is named as the window names it in French and Arabic; in English it stays
    the ``--as`` value scripts read."""
    database = str(tmp_path / "t.sqlite3")
    _two_events(database, capsys)
    link = ["2", "1", "--as", "outcome-of", "--database", database]
    said = [
        _said(capsys, "--lang", lang, command, *link).out
        for command in ("link", "link", "unlink", "unlink")
    ]
    assert said == [line + "\n" for line in expected]


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", ["added agreement ma-kz-trade", "updated agreement ma-kz-trade",
                "removed agreement ma-kz-trade"]),
        ("fr", ["accord ma-kz-trade ajouté", "accord ma-kz-trade mis à jour",
                "accord ma-kz-trade supprimé"]),
        ("ar", ["أُضيف الاتفاق ma-kz-trade", "عُدِّل الاتفاق ma-kz-trade",
                "حُذف الاتفاق ma-kz-trade"]),
    ],
)  # fmt: skip
def test_an_agreement_recorded_corrected_and_removed_is_said_in_the_chosen_language(
    tmp_path, capsys, lang, expected
):
    db = ["--database", str(tmp_path / "t.sqlite3")]
    record = ["ma-kz-trade", "--kind", "trade", "--parties", "MA", "KZ", "--title-en", "Trade"]
    said = [
        _said(capsys, "--lang", lang, "agreement", "add", *record, *db).out,
        _said(capsys, "--lang", lang, "agreement", "add", *record, *db).out,
        _said(capsys, "--lang", lang, "agreement", "remove", "ma-kz-trade", *db).out,
    ]
    assert said == [line + "\n" for line in expected]


def test_the_ids_a_confirmation_names_are_in_the_readers_digits(tmp_path, capsys):
    """An Egyptian reader's event ids and version are in Arabic-Indic digits, as the
    errors that name an event already were ("الحدث ٧ غير موجود")."""
    reader = ["--lang", "ar", "--date-style", "egypt"]
    database = str(tmp_path / "t.sqlite3")
    _two_events(database, capsys)
    added = _said(capsys, *reader, *_added(database, "Note", "statement")).out
    assert added == "أُضيف الحدث ٣ (النسخة ١)\n"
    link = ["2", "1", "--as", "follow-up-to", "--database", database]
    linked = _said(capsys, *reader, "link", *link).out
    assert linked == "رُبط الحدث ٢ بالحدث ١ (رابط «متابعة لـ»)\n"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "{}: backup skipped: File exists"),
        ("fr", "{}\u00a0: sauvegarde non effectuée\u00a0: un fichier de ce nom existe déjà"),
        ("ar", "{}: لم تُؤخذ النسخة الاحتياطية: يوجد ملف بهذا الاسم"),
    ],
)
def test_a_skipped_backup_is_said_in_the_chosen_language(tmp_path, capsys, lang, expected):
    """The daily backup that could not be taken was said in English whatever ``--lang``."""
    database = str(tmp_path / "t.sqlite3")
    _add(database, capsys)  # its first opening, which takes no backup
    backups_dir(Path(database)).write_text("in the way")  # the folder cannot be made
    err = _said(capsys, "--lang", lang, "list", "--database", database).err
    assert err == f"diplomatic-timeline: {expected.format(database)}\n"


@pytest.mark.parametrize(
    ("lang", "daily", "unreadable"),
    [
        ("en", "Daily", "unreadable"),
        ("fr", "Quotidienne", "illisible"),
        ("ar", "يومية", "غير مقروءة"),
    ],
)
def test_a_backup_that_cannot_be_read_is_listed_in_the_chosen_language(
    tmp_path, capsys, lang, daily, unreadable
):
    """``db backups`` counts each copy's events in the reader's language: the copy it
    cannot read was "unreadable" among "1 événement" and "حدث واحد". Why it was taken is
    said as the restore dialog says it: it printed "daily", "manual", "before-upgrade-to-0011"."""
    database = tmp_path / "t.sqlite3"
    _add(str(database), capsys)
    copy = backups_dir(database) / "t.sqlite3-20250101-000000-daily.sqlite3"
    copy.parent.mkdir()
    copy.write_text("not a database")
    out = _said(capsys, "--lang", lang, "db", "backups", "--database", str(database)).out
    assert out == f"2025-01-01 00:00:00  {daily}  {unreadable}  {copy}\n"


@pytest.mark.parametrize("style", ["egypt", "levant"])
def test_when_a_backup_was_taken_is_written_in_the_readers_digits(tmp_path, capsys, style):
    """An Egyptian or Levantine reader's copies are counted in their digits ("حدث واحد" for
    one), and the moment each was taken was "2025-01-01 09:30:00" beside them; written year
    first with slashes, as such a reader types a day: with hyphens a terminal that orders
    text both ways showed "٠١-٠١-٢٠٢٥"."""
    database = tmp_path / "t.sqlite3"
    _add(str(database), capsys)
    copy = backups_dir(database) / "t.sqlite3-20250101-093000-manual.sqlite3"
    copy.parent.mkdir()
    backup = ["db", "backup", "--database", str(database), "--output", str(copy)]
    _said(capsys, *backup)
    reader = ["--lang", "ar", "--date-style", style]
    out = _said(capsys, *reader, "db", "backups", "--database", str(database)).out
    assert out == f"٢٠٢٥/٠١/٠١ ٠٩:٣٠:٠٠  أنشأتها أنت  حدث واحد  {copy}\n"


CANCELLED = {
    "en": "{} cancelled; nothing was written",
    "fr": "{} annulé\u00a0; rien n’a été écrit",
    "ar": "أُلغي {}، فلم يُكتب شيء",
}
#: Each command as the sentence names it.
CANCELLED_COMMAND = {
    "export": {"en": "export", "fr": "export", "ar": "التصدير"},
    "import": {"en": "import", "fr": "import", "ar": "الاستيراد"},
}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(
    ("command", "target"),
    [("export", "out.csv"), ("export", "out.pdf"), ("import", "t.sqlite3")],
)
def test_a_cancelled_export_or_import_is_said_in_the_chosen_language(
    tmp_path, capsys, monkeypatch, lang, command, target
):
    """Ctrl-C in an export (a table or a briefing) or an import, in the reader's words."""

    def interrupted(*_args: object) -> None:
        raise KeyboardInterrupt

    rows = tmp_path / "sample.csv"
    _said(capsys, "export", str(rows), "--sample")
    monkeypatch.setattr(progress_bar.ProgressBar, "progress", interrupted)
    monkeypatch.setattr(briefing_export, "export_file", interrupted)
    argv = {
        "export": ["export", str(tmp_path / target), "--sample"],
        "import": ["import", str(rows), "--database", str(tmp_path / target)],
    }
    assert main(["--lang", lang, *argv[command]]) == INTERRUPTED
    said = CANCELLED[lang].format(CANCELLED_COMMAND[command][lang])
    assert capsys.readouterr().err == f"diplomatic-timeline: {said}\n"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "nothing was written: --strict and some rows were rejected"),
        ("fr", "rien n’a été écrit\u00a0: des lignes ont été rejetées avec --strict"),
        ("ar", "لم يُكتب شيء: رُفضت بعض الصفوف مع الخيار \u200e--strict"),
    ],
)
def test_a_strict_import_that_writes_nothing_says_so_in_the_chosen_language(
    tmp_path, capsys, lang, expected
):
    """The line under the summary of a ``--strict`` import that some rows broke."""
    rows = tmp_path / "rows.csv"
    rows.write_text(
        "kind,countries,date,title_en\n"
        "official-visit,MA;KZ,2025-02-28,Visit\n"
        "official-visit,MA;KZ,2025-02-30,No such day\n",
        encoding="utf-8",
    )
    database = tmp_path / "t.sqlite3"
    argv = ["--lang", lang, "import", str(rows), "--database", str(database), "--strict"]
    assert main(argv) == 1
    assert capsys.readouterr().out.splitlines()[-1] == expected


@pytest.mark.parametrize(
    ("reader", "expected"),
    [
        (["--lang", "en"], "warning: 3 events with a title, a place or a participant lacking "
                           "its English form: printed as stored"),
        (["--lang", "fr"], "avertissement\u00a0: 3 événements avec un titre, un lieu ou un "
                           "participant sans forme en français\u00a0: imprimés tels "
                           "qu’enregistrés"),
        (["--lang", "ar", "--date-style", "egypt"],
         "تحذير: ٣ أحداث بعنوان أو مكان أو مشارك لا صيغة له باللغة العربية، فيُطبع كما حُفظ"),
        # Without --lang, a briefing in the language of the preferences, said in English.
        ([], "warning: 3 events with a title, a place or a participant lacking its Arabic "
             "form: printed as stored"),
    ],
)  # fmt: skip
def test_a_briefing_with_names_lacking_its_language_warns_in_the_chosen_language(
    tmp_path, capsys, monkeypatch, reader, expected
):
    """The warning said "3 events … lacking its 'fr' form" in English to a French reader,
    its count in Latin digits to an Egyptian one; and it named the language by its code
    ('ar', «\u00a0fr\u00a0»), which a reader has no reason to know, not by its name."""
    monkeypatch.setattr(settings, "preferred_language", lambda: "ar")
    monkeypatch.setattr(briefing_export, "export_file", lambda *_args: (11, 1))
    monkeypatch.setattr(briefing_names, "lacking_language", lambda *_args: [1, 2, 3])
    assert main([*reader, "export", str(tmp_path / "out.pdf"), "--sample"]) == 0
    assert capsys.readouterr().err == f"diplomatic-timeline: {expected}\n"


def test_lang_may_follow_any_command_as_it_may_come_before_it(tmp_path, capsys):
    """``link 2 1 --as outcome-of --lang fr`` was refused ("unrecognized arguments: --lang
    fr"), as it was after add, edit, import, db, agreement add and remove, extract and
    unlink: only list, review, export and agreement list took it after their name."""
    database = str(tmp_path / "t.sqlite3")
    _two_events(database, capsys)
    link = ["2", "1", "--as", "outcome-of", "--database", database, "--lang", "fr"]
    assert _said(capsys, "link", *link).out.startswith("événement 2 lié")
    assert _said(capsys, "unlink", *link).out.startswith("événement 2 délié")
    check = _said(capsys, "db", "check", "--database", database, "--lang", "fr").out
    assert "en bon état" in check
    added = _said(capsys, *_added(database, "Third"), "--lang", "fr").out
    assert added == "événement 3 ajouté (version 1)\n"
    for refused in (
        ["import", str(tmp_path / "missing.csv"), "--database", database],
        ["extract", str(tmp_path / "missing.txt")],
        ["agreement", "remove", "no-such-agreement", "--database", database],
        ["edit", "99", "--title-en", "X", "--database", database],
    ):
        said = {}
        for lang in ("en", "fr"):
            with contextlib.suppress(SystemExit):  # extract's missing file is a wrong use
                assert main([*refused, "--lang", lang]) != 0, refused
            said[lang] = capsys.readouterr().err
            assert "unrecognized arguments" not in said[lang], refused
        assert said["en"] != said["fr"], refused
