"""Where the app keeps its settings and its default database."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QStandardPaths

from timeline.domain.datetext import DateFormat, DateStyle, parse_date_style, style_for_locale
from timeline.domain.languages import DEFAULT_LANGUAGE, LANGUAGES

ORGANIZATION = "DiplomaticTimeline"
APPLICATION = "Diplomatic Timeline"


class Key:
    """Every key the app keeps in its settings, declared once."""

    LANGUAGE = "ui/language"
    DATE_STYLE = "ui/dateStyle"
    DIGITS = "ui/digits"
    SHOW_HIJRI = "ui/showHijri"
    HIJRI_TIER = "view/hijriTier"
    LANE_MODE = "view/laneMode"
    DETAILS_PANE = "view/details"
    SHOW_CANCELLED = "view/showCancelled"
    SAVED_VIEWS = "views/saved"
    LAST_VIEW = "views/last"
    EDITOR_DRAFTS = "editor/drafts"  # unsaved editor input kept when a signal ended the app
    WINDOW_GEOMETRY = "window/geometry"
    WINDOW_STATE = "window/state"
    SPLITTER = "window/splitter"  # kept only once the user dragged its handle
    LOWER_SPLITTER = "window/lowerSplitter"
    SIDE_SPLITTER = "window/sideSplitter"  # kept only once the user dragged its handle
    DIALOG_SIZE = "dialogs/size/"  # + the dialog's name: its size as the user left it
    EXPORT_FOLDER = "files/exportFolder"  # where the last export of events went
    IMPORT_FOLDER = "files/importFolder"  # where the last file imported was
    TEAM_HOST = "team/host"
    TEAM_PORT = "team/port"
    TEAM_DATABASE = "team/database"
    TEAM_USER = "team/user"


def set_application_names() -> None:
    """Names that QSettings and QStandardPaths derive their folders from."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)


#: The default database's file name, in the user's data folder.
DATABASE_NAME = "timeline.sqlite3"


def data_folder() -> Path:
    """The user's data folder for the app (it may not exist yet)."""
    set_application_names()
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def default_database_path() -> Path:
    """``timeline.sqlite3`` in the user's data folder, which is created if missing (an
    OSError where it cannot be)."""
    folder = data_folder()
    folder.mkdir(parents=True, exist_ok=True)
    return folder / DATABASE_NAME


def settings() -> QSettings:
    set_application_names()
    return QSettings()


def system_language() -> str:
    language = QLocale.system().name()[:2]
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


def preferred_language() -> str:
    value = settings().value(Key.LANGUAGE, "")
    return value if value in LANGUAGES else system_language()


def preferred_date_style(countries: Sequence[str] = ()) -> DateStyle:
    """The style the user chose, else the locale's, else that of ``countries`` (what is
    being shown): see :func:`style_for_locale`."""
    value = settings().value(Key.DATE_STYLE, "")
    if isinstance(value, str) and value:
        try:
            return parse_date_style(value)
        except ValueError:
            pass
    return style_for_locale(QLocale.system().name(), countries)


def preferred_format(
    language: str | None = None, style: DateStyle | None = None, countries: Sequence[str] = ()
) -> DateFormat:
    """How the user wants dates written, with the command line's choices taking precedence;
    ``countries``, those shown, choose the Arabic month names when nothing else does."""
    stored = settings()
    digits = stored.value(Key.DIGITS, "region")
    hijri = stored.value(Key.SHOW_HIJRI, "true")
    return DateFormat(
        language=language or preferred_language(),
        style=style or preferred_date_style(countries),
        arabic_digits={"arabic": True, "latin": False}.get(str(digits)),
        show_hijri=str(hijri) != "false",
    )


def remember_format(fmt: DateFormat) -> None:
    stored = settings()
    stored.setValue(Key.LANGUAGE, fmt.language)
    stored.setValue(Key.DATE_STYLE, fmt.style.value)
    digits = {True: "arabic", False: "latin", None: "region"}[fmt.arabic_digits]
    stored.setValue(Key.DIGITS, digits)
    stored.setValue(Key.SHOW_HIJRI, "true" if fmt.show_hijri else "false")
