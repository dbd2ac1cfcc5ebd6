"""The UI translations: complete in Arabic, English and French, faithful to their sources,
compiled by lrelease, and applied to an open window when the reader changes language.

A visible string added to the code without its three translations fails here: run
``python resources/translations/update.py`` and translate what it reports (its docstring
says how, with pyside6-linguist).
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QStyleOptionFrame,
    QToolButton,
    QWidget,
)

from timeline.domain.dateinput import parse_user_date
from timeline.domain.datetext import DateFormat, DateStyle
from timeline.domain.direction import without_direction_marks
from timeline.domain.plurals import count_words
from timeline.io.sample import open_sample_store, sample_events
from timeline.ui import translations
from timeline.ui.editor import EventEditorDialog
from timeline.ui.main_window import MainWindow
from timeline.ui.preferences import PreferencesDialog
from timeline.ui.timeline_view import TimelineView

REPO = Path(__file__).resolve().parents[2]
TS_DIR = REPO / "resources" / "translations"
UPDATE = TS_DIR / "update.py"
LANGUAGES = ("ar", "en", "fr")
PLURAL_FORMS = {"ar": 6, "en": 2, "fr": 2}  # Qt's plural rules for each language
ARABIC = re.compile("[\u0600-\u06ff]")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    finished: bool
    texts: tuple[str, ...]  # the translation, or each plural form


def read_ts(path: Path) -> tuple[dict[str, str], dict[tuple[str, str, str], Message]]:
    """The TS file's attributes and its messages by (context, source, disambiguation)."""
    root = ET.parse(path).getroot()
    messages = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            translation = element.find("translation")
            numerus = element.get("numerus") == "yes"
            if translation is None:
                texts: tuple[str, ...] = ()
            elif numerus:
                texts = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                texts = (translation.text or "",)
            message = Message(
                context=name,
                source=element.findtext("source") or "",
                comment=element.findtext("comment") or "",
                numerus=numerus,
                finished=translation is not None and translation.get("type") is None,
                texts=texts,
            )
            messages[(message.context, message.source, message.comment)] = message
    return dict(root.attrib), messages


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory) -> Path:
    """The committed TS files brought up to date with the code now, in a scratch folder."""
    folder = tmp_path_factory.mktemp("refreshed")
    result = subprocess.run(
        [sys.executable, str(UPDATE), "--into", str(folder)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode in (0, 1), result.stdout + result.stderr  # 1: some to translate
    return folder


# -- (a) every string the code shows is in the three files, translated ----------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_file_states_its_languages(language):
    attributes, messages = read_ts(TS_DIR / f"timeline_{language}.ts")
    assert attributes["language"] == language
    assert attributes["sourcelanguage"] == "en"
    assert len(messages) > 200


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_in_the_code_is_in_the_file_and_translated(refreshed, language):
    name = f"timeline_{language}.ts"
    _, found = read_ts(refreshed / name)
    _, committed = read_ts(TS_DIR / name)
    hint = "; run python resources/translations/update.py and translate"
    new = sorted(f"{c}: {s!r}" for c, s, _ in found.keys() - committed.keys())
    gone = sorted(f"{c}: {s!r}" for c, s, _ in committed.keys() - found.keys())
    assert not new, f"{name} lacks strings the code shows{hint}:\n" + "\n".join(new)
    assert not gone, f"{name} keeps strings the code no longer has{hint}:\n" + "\n".join(gone)
    untranslated = [
        f"{m.context}: {m.source!r}"
        for m in found.values()
        if not m.finished or not m.texts or not all(text.strip() for text in m.texts)
    ]
    assert not untranslated, f"{name}: not translated{hint}:\n" + "\n".join(untranslated)
    for message in found.values():
        expected = PLURAL_FORMS[language] if message.numerus else 1
        assert len(message.texts) == expected, (name, message.source)


class _TrCalls(ast.NodeVisitor):
    """(context, text) of every ``self.tr("…")`` (the context is the class it is written
    in) and ``QCoreApplication.translate("Context", "…")``, as Python reads them: inside
    f-strings too, where lupdate does not look."""

    def __init__(self) -> None:
        self.classes: list[str] = []
        self.calls: set[tuple[str, str]] = set()

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        function = node.func
        texts = [arg.value for arg in node.args if isinstance(arg, ast.Constant)]
        if isinstance(function, ast.Attribute) and self.classes and function.attr == "tr":
            if node.args and isinstance(node.args[0], ast.Constant):
                self.calls.add((self.classes[-1], node.args[0].value))
        elif (
            isinstance(function, ast.Attribute)
            and function.attr == "translate"
            and len(node.args) >= 2
            and all(isinstance(arg, ast.Constant) for arg in node.args[:2])
        ):
            self.calls.add((texts[0], texts[1]))
        self.generic_visit(node)


def test_lupdate_sees_every_tr_call(refreshed):
    """A ``tr()`` that lupdate cannot see (in an f-string, say) would never be translated."""
    visitor = _TrCalls()
    for path in sorted((REPO / "timeline").rglob("*.py")):
        visitor.visit(ast.parse(path.read_text(encoding="utf-8")))
    _, found = read_ts(refreshed / "timeline_ar.ts")
    seen = {(context, source) for context, source, _ in found}
    missed = sorted(visitor.calls - seen)
    assert len(visitor.calls) > 200
    assert not missed, "lupdate does not find these tr() calls: " + repr(missed)


# -- (b) what the program fills in and the keyboard uses is kept ------------------------------

_ARGS = re.compile(r"%(\d)")
_FIELDS = re.compile(r"\{\w+\}")


def _accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


def _all_messages():
    for language in LANGUAGES:
        _, messages = read_ts(TS_DIR / f"timeline_{language}.ts")
        for message in messages.values():
            yield language, message


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_and_accelerators_are_kept(language):
    _, messages = read_ts(TS_DIR / f"timeline_{language}.ts")
    problems = []
    for message in messages.values():
        source = message.source
        for text in message.texts:
            where = f"{message.context}: {source!r} → {text!r}"
            if sorted(set(_ARGS.findall(text))) != sorted(set(_ARGS.findall(source))):
                problems.append(f"%1…%9 differ in {where}")
            if sorted(_FIELDS.findall(text)) != sorted(_FIELDS.findall(source)):
                problems.append(f"{{fields}} differ in {where}")
            if _accelerators(text) != _accelerators(source):
                problems.append(f"the & accelerator is lost or doubled in {where}")
            if re.search(r"&(\s|$)", text.replace("&&", "")):
                problems.append(f"& marks no letter in {where}")
            if language == "ar" and re.search(r"(^|\s)&ال", text):
                # The article's alif starts most labels: its key says nothing of the field.
                problems.append(f"the Alt key is the alif of ال in {where}")
            if source.endswith("…") != text.endswith("…"):
                problems.append(f"the … (opens a dialog) differs in {where}")
            if message.numerus:  # counts have one home, for Qt and the command line alike
                problems.append(f"a Qt plural (%n): use timeline.domain.plurals in {where}")
            if (
                language == "ar"
                and re.search(r"\b[a-z]{2,}\b", re.sub(r"%\w|\{\w+\}", "", source))
                and not ARABIC.search(text)
            ):
                problems.append(f"not Arabic: {where}")
    assert not problems, "\n".join(problems)


def test_french_typography_is_consistent():
    """A no-break space before : ; ? ! and inside « », typographic apostrophes."""
    _, messages = read_ts(TS_DIR / "timeline_fr.ts")
    problems = []
    for message in messages.values():
        for text in message.texts:
            for match in re.finditer(r"[:;?!»]", re.sub(";;", "\0\0", text)):
                at = match.start()
                if text.startswith("://", at):
                    continue  # https://; ";;" between a file dialog's filters is replaced
                if at == 0 or text[at - 1] != "\u00a0":
                    problems.append(f"no no-break space before {match.group()!r}: {text!r}")
            for match in re.finditer("«", text):
                if not text.startswith("«\u00a0", match.start()):
                    problems.append(f"no no-break space after «: {text!r}")
            if "'" in text:
                problems.append(f"straight apostrophe: {text!r}")
    assert not problems, "\n".join(problems)


# -- (c) lrelease compiles each file and Qt uses it --------------------------------------------

FILE_MENU = {"ar": "&ملف", "en": "&File", "fr": "&Fichier"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_lrelease_compiles_and_qt_translates(qapp, tmp_path, language):
    compiled = translations.compiled(language, cache=tmp_path)
    assert compiled is not None and compiled.stat().st_size > 0
    translator = QTranslator()
    assert translator.load(str(compiled))
    assert translator.language() == language
    assert translator.translate("MainWindow", "&File") == FILE_MENU[language]


def test_a_cache_folder_that_cannot_be_made_leaves_the_ui_in_english(tmp_path, capsys):
    """A cache folder the user may not write (a file where it should be, a read-only home):
    the window starts, untranslated, and says why on standard error."""
    in_the_way = tmp_path / "cache"
    in_the_way.write_text("not a folder", encoding="utf-8")
    assert translations.compiled("ar", cache=in_the_way / "translations") is None
    said = capsys.readouterr().err
    assert said.startswith("diplomatic-timeline: timeline_ar.ts: not compiled (")
    assert said.count("\n") == 1


def test_counts_are_said_in_the_ui_language(qapp, no_translation_after):
    """A dialog that knows no reader (the backups' list) counts in the language installed."""
    translations.install("ar")
    assert count_words(11, translations.ui_language()) == "11 حدثًا"
    translations.install("fr")
    assert count_words(11, translations.ui_language()) == "11 événements"


def test_arabic_has_the_right_form_for_each_number():
    forms = {n: count_words(n, "ar") for n in (0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 111)}
    assert forms == {
        0: "لا أحداث",
        1: "حدث واحد",
        2: "حدثان",
        3: "3 أحداث",
        10: "10 أحداث",
        11: "11 حدثًا",
        99: "99 حدثًا",
        100: "100 حدث",
        101: "101 حدث",
        102: "102 حدث",
        111: "111 حدثًا",
    }


# -- (d) changing language retranslates the open window -----------------------------------------


def _menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions() if action.menu()]


def _placeholders(window: MainWindow) -> list[str]:
    """The filter fields' hints, as read (the period's example isolated to read as typed)."""
    bar = window.filter_bar
    fields = [bar.first.lineEdit(), bar.second.lineEdit(), bar.start, bar.end, bar.text]
    return [without_direction_marks(field.placeholderText()) for field in fields]


def test_switching_language_retranslates_the_open_window(
    qtbot, qapp, sample_store, no_translation_after
):
    english = DateFormat("en", DateStyle.MAGHREB)
    window = MainWindow(sample_store, english, open_sample_store)
    qtbot.addWidget(window)
    window.show()
    try:
        window.apply_preferences(DateFormat("ar", DateStyle.MAGHREB))
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert _menu_titles(window) == ["&ملف", "&تحرير", "&عرض", "&طرق العرض", "م&ساعدة"]
        assert _placeholders(window) == [
            "كل البلدان",
            "أي شريك",
            "من (2024 أو 1446-09-01 هـ)",
            "إلى",
            "البحث في العناوين والأشخاص والأماكن والمصادر",
        ]
        assert window.filter_bar.kinds.text() == "كل الأنواع"
        assert window.count_label.text() == "11 حدثًا"
        assert window.windowTitle().endswith(" — الخط الزمني الدبلوماسي")
        assert window.details.title.text() == "اختر حدثًا على الخط الزمني أو في القائمة."
        header = window.event_list.model()
        assert header.headerData(0, Qt.Orientation.Horizontal) == "التاريخ"

        window.apply_preferences(DateFormat("ar", DateStyle.LEVANT))  # digits of the East
        assert window.count_label.text() == "١١ حدثًا"

        window.apply_preferences(DateFormat("fr", DateStyle.MAGHREB))
        assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert _menu_titles(window) == ["&Fichier", "&Édition", "Affic&hage", "&Vues", "&Aide"]
        assert _placeholders(window)[:2] == ["Tous les pays", "Tout partenaire"]
        assert window.count_label.text() == "11 événements"
    finally:
        window.apply_preferences(english)
    assert _menu_titles(window) == ["&File", "&Edit", "&View", "V&iews", "&Help"]
    assert _placeholders(window)[:2] == ["All countries", "Any partner"]
    assert window.count_label.text() == "11 events"
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


# -- accessibility: every control is named in the reader's language ------------------------------

NAMED = (
    QLineEdit,
    QComboBox,
    QToolButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QPlainTextEdit,
    QStyle,
    QStyleOptionFrame,
    TimelineView,
)


def _unnamed_controls(root: QWidget) -> list[str]:
    """Controls shown in ``root`` whose accessible name is empty or not in Arabic."""
    problems = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.focusProxy() is not None:
            continue  # a combo box's own line edit: the combo box carries the name
        if isinstance(widget, QHeaderView):
            continue  # a table's header: screen readers read its sections with the cells
        if isinstance(widget, NAMED):
            name = widget.accessibleName()
        elif isinstance(widget, QAbstractButton):  # a button is named by its text
            interface = QAccessible.queryAccessibleInterface(widget)
            name = interface.text(QAccessible.Text.Name) if interface else ""
        else:
            continue
        if not name.strip() or not ARABIC.search(name):
            problems.append(f"{type(widget).__name__} {widget.objectName()!r}: {name!r}")
    return problems


@pytest.fixture
def in_arabic(qapp, no_translation_after) -> DateFormat:
    translations.use_language("ar")
    return DateFormat("ar", DateStyle.MAGHREB)


def test_every_control_of_the_main_window_is_named_in_arabic(qtbot, sample_store, in_arabic):
    window = MainWindow(sample_store, in_arabic, open_sample_store)
    qtbot.addWidget(window)
    window.show()
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    checked = [w for w in window.findChildren(QWidget) if isinstance(w, NAMED)]
    assert any(isinstance(w, TimelineView) for w in checked)
    assert _unnamed_controls(window) == []


def test_the_welcome_page_is_named_in_arabic(qtbot, empty_store, in_arabic):
    window = MainWindow(empty_store, in_arabic, open_sample_store)
    qtbot.addWidget(window)
    window.show()
    assert window.pages.currentWidget() is window.welcome
    assert window.welcome.sample_button.text() == "فتح الخط الزمني النموذجي"
    assert _unnamed_controls(window) == []


def test_the_editor_and_preferences_are_named_in_arabic(qtbot, in_arabic):
    entry = next(e for e in sample_events() if e.date.to_edtf() == "2025-03-19")
    for dialog in (EventEditorDialog(None, in_arabic, entry), PreferencesDialog(None, in_arabic)):
        qtbot.addWidget(dialog)
        dialog.show()
        assert _unnamed_controls(dialog) == [], type(dialog).__name__


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_the_filter_fields_hints_are_whole_in_a_small_window_and_long_in_a_wide_one(
    qtbot, sample_store, qapp, no_translation_after, language
):
    translations.use_language(language)
    window = MainWindow(sample_store, DateFormat(language, DateStyle.MAGHREB), open_sample_store)
    qtbot.addWidget(window)
    bar = window.filter_bar
    shown: dict[int, list[str]] = {}
    for width in (800, 900, 1000, 1100, 1200, 1600):  # the bar shares its room otherwise
        window.resize(width, 600)
        window.show()
        qtbot.waitUntil(lambda w=width: window.width() == w)
        shown[width] = []
        for field in (bar.start, bar.end, bar.text):
            hint = field.placeholderText()
            option = QStyleOptionFrame()
            field.initStyleOption(option)
            contents = field.style().subElementRect(
                QStyle.SubElement.SE_LineEditContents, option, field
            )
            margins = field.textMargins()
            room = contents.width() - margins.left() - margins.right() - 4  # Qt's 2 px a side
            assert field.fontMetrics().horizontalAdvance(hint) <= room, (width, hint)
            shown[width].append(hint)
    long_from = QCoreApplication.translate("FilterBar", "From (2024, 1446-09-01 AH)")
    assert without_direction_marks(shown[1600][0]) == long_from
    assert (long_from == "From (2024, 1446-09-01 AH)") == (language == "en"), "translated"
    mark = {"ar": "هـ", "fr": "H"}.get(language, "AH")  # the reader's own Hijri mark
    assert long_from.endswith(f" {mark})"), long_from
    assert parse_user_date(long_from.split()[-2] + " " + mark), "the hint's date is read"
    assert len(shown[800][2]) < len(shown[1600][2]), "the search hint shortens, not cut"
