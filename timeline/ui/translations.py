"""Loading the UI translations: ``.ts`` sources compiled to ``.qm`` with PySide6's lrelease.

Only the ``.ts`` sources live in the repository (binaries would drift from them). A ``.qm``
is compiled on first use into the user's cache, named by the hash of its source, so an
updated translation is compiled again and a stale one is never loaded. A build that ships
``.qm`` files beside the sources (the packaged app) uses those when they match.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import PySide6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    Qt,
    QTranslator,
)
from PySide6.QtWidgets import QApplication

from timeline.domain.datetext import DateFormat
from timeline.domain.languages import is_right_to_left
from timeline.locations import cache_dir, resources_dir

#: Words of Qt's own file dialog that the catalogue shipped with Qt 6.11 (qtbase_ar,
#: qtbase_fr) lacks: its labels gained their accelerators ("&Look in:"), and a file's type
#: moved to the icon provider. Qt asks for them in these contexts; our catalogue, installed
#: after Qt's and so asked first, answers (lupdate reads them here, nothing calls them).
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "%1 File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
)

#: The standard buttons' words (a dialog's OK, Cancel, Close; a question's Yes, No), which
#: Qt asks of its platform theme, a GNOME desktop's for some. Qt's Arabic says them as
#: commands ("ألغِ", "أغلق") beside our own buttons' nouns ("حفظ", "تصدير"); ours, asked
#: first, says them as nouns too.
QT_BUTTONS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&OK"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Save"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Cancel"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Close"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "Close without Saving"),
)

#: The locale Qt's own widgets speak for a language when the system's speaks another: the
#: names of file types in Qt's file dialog (QMimeType.comment), a date edit's format. Arabic
#: as Morocco writes it: its Latin digits, as these widgets had before.
_LOCALES = {"ar": "ar_MA", "en": "en_US", "fr": "fr_FR"}

_installed: list[QTranslator] = []
#: The language install() was last asked for: the one counts in words are written in.
_language = ["en"]


def translations_dir() -> Path:
    return resources_dir() / "translations"


def source_file(language: str) -> Path:
    return translations_dir() / f"timeline_{language}.ts"


def lrelease() -> Path:
    """PySide6-Essentials ships Qt's lrelease next to its modules."""
    return Path(PySide6.__file__).resolve().parent / (
        "lrelease.exe" if os.name == "nt" else "lrelease"
    )


def compiled(language: str, cache: Path | None = None) -> Path | None:
    """The ``.qm`` for ``language``, compiling it if needed; None when there is no source."""
    source = source_file(language)
    if not source.exists():
        return None
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    shipped = source.with_name(f"{source.stem}-{digest}.qm")
    if shipped.exists():
        return shipped
    folder = cache or cache_dir() / "translations"  # the app's one cache folder
    target = folder / f"{source.stem}-{digest}.qm"
    if target.exists():
        return target
    partial = ""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, partial = tempfile.mkstemp(suffix=".qm", dir=folder)
        os.close(handle)
        subprocess.run(
            [str(lrelease()), "-silent", str(source), "-qm", partial],
            check=True,
            capture_output=True,
            timeout=60,
        )
        os.replace(partial, target)
    except (OSError, subprocess.SubprocessError) as error:
        # No compiler (a trimmed bundle), a cache folder that cannot be written or a broken
        # source: the UI stays in English rather than not starting at all.
        print(f"diplomatic-timeline: {source.name}: not compiled ({error})", file=sys.stderr)
        return None
    finally:
        if partial:
            Path(partial).unlink(missing_ok=True)
    return target


def install(language: str) -> bool:
    """Use ``language`` for every ``tr()`` from now on (Qt's own strings too)."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    _language[0] = language
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours = compiled(language)
    loaded = False
    qt_strings = QTranslator(app)  # Qt's own buttons and dialogs (OK, Cancel, …)
    if qt_strings.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(qt_strings)
        _installed.append(qt_strings)
    if ours is not None:
        translator = QTranslator(app)
        if translator.load(str(ours)):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded = True
    return loaded


def ui_language() -> str:
    """The language the UI speaks: for what ``tr()`` cannot say, counts in words
    (:func:`timeline.domain.plurals.count_words`) in a dialog that knows no reader."""
    return _language[0]


def qt_locale(language: str) -> QLocale:
    """The locale for Qt's own words in ``language``: the system's when it speaks it (its
    region's formats), else :data:`_LOCALES`'."""
    system = QLocale.system()
    if system.name().split("_")[0] == language:
        return system
    return QLocale(_LOCALES.get(language, language))


def numbers_locale(fmt: DateFormat) -> QLocale:
    """The locale that writes ``fmt``'s reader's numbers in a spin box or a size: Egypt's
    Arabic-Indic digits and separators for an Arabic reader who uses them (typed in either
    digits), Morocco's Latin ones for another, else the language's."""
    if fmt.language != "ar":
        return QLocale(_LOCALES.get(fmt.language, fmt.language))
    return QLocale("ar_EG" if fmt.digits("0") != "0" else "ar_MA")


def use_language(language: str) -> None:
    """Translate and mirror the whole application for ``language``; Qt's own words (a file
    type's name) in it too."""
    install(language)
    QLocale.setDefault(qt_locale(language))
    app = QApplication.instance()
    if isinstance(app, QApplication):
        rtl = is_right_to_left(language)
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
