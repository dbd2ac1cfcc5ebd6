"""Test-wide setup: offscreen Qt, and settings, data and cache folders that are the test's own."""

from __future__ import annotations

import atexit
import compileall
import gc
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

# Before any Qt import: no display is needed, and nothing of the user's is read or written.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SANDBOX = Path(tempfile.mkdtemp(prefix="diplomatic-timeline-tests-"))
# Removed when this process ends (each worker has its own; the first process's, holding the
# type check's result, outlives the workers that read it): a thousand runs left a thousand.
atexit.register(shutil.rmtree, _SANDBOX, ignore_errors=True)
os.environ["XDG_CONFIG_HOME"] = str(_SANDBOX / "config")
os.environ["XDG_DATA_HOME"] = str(_SANDBOX / "data")
os.environ["XDG_CACHE_HOME"] = str(_SANDBOX / "cache")  # the app's cache (columns, translations)
# Qt's test mode keeps settings under ~/.qttest whatever XDG says: a home of the process's
# own, so that parallel workers (and parallel runs) never share one settings file.
os.environ["HOME"] = str(_SANDBOX / "home")
# The app's processes the tests start (`python -m timeline ...` from the checkout) read the
# package's byte code compiled here once: where the machine asks Python to write none
# (PYTHONDONTWRITEBYTECODE, set on this project's CI machines) each of them compiled it
# afresh, a third of a second of processor time a process. They still write none: one
# test starts the app with a limit on file sizes, which would leave byte code cut short.
compileall.compile_dir(Path(__file__).resolve().parent.parent / "timeline", quiet=1)
# Python looks for reference cycles every 700 new objects and, every so often, walks every
# object the process holds. A worker of this suite holds windows, layouts and caches: its
# full walks took 0.16 s each, some forty a minute, a tenth of the suite's processor time.
# Looked for less often, the same cycles are freed in fewer walks (the window and export
# tests 68 → 58 s).
gc.set_threshold(50_000, 20, 20)

import pytest  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402

# One profile for the whole suite, made for shared and busy machines: a slow example is not a
# failure, and every run tries the same examples, so a run never fails by chance. The `long`
# profile searches deeply with fresh examples (HYPOTHESIS_PROFILE=long).
settings.register_profile(
    "suite",
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("long", max_examples=20_000, deadline=None, database=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "suite"))

REPO = Path(__file__).resolve().parent.parent


#: The type check of the package (tests/project/test_project.py) starts with the suite, in a
#: process of its own that runs only on a processor nothing else wants (Linux's SCHED_IDLE):
#: in the time the workers leave idle, waiting on the app's processes and on timers. Its
#: test then reads the result; if the check has not ended, the test gives it the usual
#: priority (on a machine busy with other work it would wait for ever) and waits for it.
#: Without it, a cold run's check took ten seconds of one worker (a cold suite 152 s; with
#: it 146-149 s).
MYPY_RESULT = "TIMELINE_TEST_MYPY_RESULT"
MYPY_PROCESS = "TIMELINE_TEST_MYPY_PROCESS"
_MYPY_BESIDE = """
import json, os, sys
if hasattr(os, "sched_setscheduler"):
    os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))
try:
    from mypy import api
    out, err, code = api.run(["timeline"])
except BaseException as error:
    out, err, code = "", repr(error), 2
with open(sys.argv[1] + ".partial", "w", encoding="utf-8") as written:
    json.dump([code, out + err], written)
os.replace(sys.argv[1] + ".partial", sys.argv[1])
"""
_TYPE_CHECKED_BY = REPO / "tests" / "project" / "test_project.py"
_MYPY_PROCESS = pytest.StashKey[subprocess.Popen]()


def pytest_configure(config: pytest.Config) -> None:
    """In the run's first process (not an xdist worker), when the run holds the type check's
    test: the type check started beside it."""
    if hasattr(config, "workerinput") or MYPY_RESULT in os.environ:
        return
    here = config.invocation_params.dir
    asked = [Path(here, argument.split("::")[0]).resolve() for argument in config.args]
    if not any(path in (_TYPE_CHECKED_BY, *_TYPE_CHECKED_BY.parents) for path in asked):
        return
    result = _SANDBOX / "mypy-result.json"
    config.stash[_MYPY_PROCESS] = subprocess.Popen(
        [sys.executable, "-c", _MYPY_BESIDE, str(result)],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    # The workers, started after this, inherit both.
    os.environ[MYPY_RESULT] = str(result)
    os.environ[MYPY_PROCESS] = str(config.stash[_MYPY_PROCESS].pid)


def pytest_unconfigure(config: pytest.Config) -> None:
    process = config.stash.get(_MYPY_PROCESS, None)
    if process is not None:
        process.kill()  # no-op once it has ended
        process.wait()
        os.environ.pop(MYPY_RESULT, None)
        os.environ.pop(MYPY_PROCESS, None)


@pytest.fixture(autouse=True)
def _fresh_settings(request: pytest.FixtureRequest) -> None:
    """Each test starts with no remembered window state, language or views."""
    if "qapp" not in request.fixturenames and "qtbot" not in request.fixturenames:
        return
    from PySide6.QtCore import QStandardPaths

    from timeline.settings import settings

    QStandardPaths.setTestModeEnabled(True)
    settings().clear()


@pytest.fixture
def repo() -> Path:
    return REPO


@pytest.fixture(scope="session")
def _store_files(tmp_path_factory) -> dict[str, Path]:
    """A new timeline and the sample, each made once per test process: a new database costs
    its migrations (about a third of a second), a copy of one a few milliseconds."""
    from timeline.io.sample import load_sample
    from timeline.store.database import open_database
    from timeline.store.repository import EventStore

    folder = tmp_path_factory.mktemp("stores")
    files = {"empty": folder / "empty.sqlite3", "sample": folder / "sample.sqlite3"}
    open_database(files["empty"]).close()
    store = EventStore(open_database(files["sample"]))
    load_sample(store)
    store.database.close()
    return files


@pytest.fixture(scope="session")
def database_copy(_store_files):
    """``database_copy("empty" | "sample", path)``: an open database of the test's own at
    ``path``, copied from the process's made one (no backups: the copy is the test's, and a
    daily backup of it would only cost time, as a new file takes none)."""
    from timeline.store.database import open_database

    def copy(which: str, path: Path):
        shutil.copyfile(_store_files[which], path)
        return open_database(path, keep_backups=0)

    return copy


@pytest.fixture(scope="session")
def store_copy(database_copy):
    """``store_copy("empty" | "sample", path)``: an EventStore on ``database_copy``."""
    from timeline.store.repository import EventStore

    def copy(which: str, path: Path) -> EventStore:
        return EventStore(database_copy(which, path))

    return copy


@pytest.fixture
def sample_store(store_copy, tmp_path):
    """The sample timeline in a database of the test's own."""
    store = store_copy("sample", tmp_path / "sample.sqlite3")
    yield store
    store.database.close()


@pytest.fixture
def empty_store(store_copy, tmp_path):
    """A new, empty timeline of the test's own."""
    store = store_copy("empty", tmp_path / "empty.sqlite3")
    yield store
    store.database.close()


@pytest.fixture
def english():
    from timeline.domain.datetext import DateFormat, DateStyle

    return DateFormat(language="en", style=DateStyle.MAGHREB)


@pytest.fixture
def arabic():
    from timeline.domain.datetext import DateFormat, DateStyle

    return DateFormat(language="ar", style=DateStyle.MAGHREB)


@pytest.fixture
def no_translation_after(qapp):
    """Tests share one QApplication: leave it in English, left to right, untranslated, in
    the font it had (``application()`` sets the window's own, whose other metrics moved the
    rows of a later test's list)."""
    from PySide6.QtCore import QCoreApplication, QLocale, Qt

    from timeline.ui import translations

    font, locale = qapp.font(), QLocale()
    yield
    qapp.setFont(font)
    QLocale.setDefault(locale)
    for translator in translations._installed:
        QCoreApplication.removeTranslator(translator)
    translations._installed.clear()
    translations._language[0] = "en"
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.fixture
def respond():
    """``respond(kind, handler)``: when a modal dialog of ``kind`` opens, hand it over, as a
    person answers a dialog once it is on screen."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def respond(kind: type, handler) -> None:
        def when_shown() -> None:
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, kind):
                handler(dialog)
            else:
                QTimer.singleShot(20, when_shown)

        QTimer.singleShot(0, when_shown)

    return respond


@pytest.fixture
def many_events_csv(tmp_path):
    """Writes a native CSV of ``count`` distinct events (about 60 bytes a row) into the
    test's folder: ``many_events_csv(count)`` gives its path. ``summary_chars`` adds a
    summary of about that length to each row: an import then outgrows its page cache (64 MiB)
    and spills its uncommitted pages into the WAL after a few thousand rows, not a hundred
    thousand, which is what the killed-import tests wait for."""

    def write(count: int, summary_chars: int = 0) -> Path:
        path = tmp_path / f"many-{count}-{summary_chars}.csv"
        words = " ".join(f"trade{n} visas{n}" for n in range(summary_chars // 14))
        header, summary = ("", "") if not summary_chars else (",summary", f",Talks on {words}")
        with path.open("w", encoding="utf-8", newline="") as handle:
            handle.write(f"kind,countries,date,title_en{header}\r\n")
            for number in range(count):
                day = f"2024-{number % 12 + 1:02d}-{number % 28 + 1:02d}"
                title = f"Meeting number {number} in Rabat"
                handle.write(f"bilateral-meeting,AZ;MA,{day},{title}{summary}\r\n")
        return path

    return write


@pytest.fixture
def gdelt_file(tmp_path):
    """``gdelt_file(copies)``: the GDELT fixture of tests/io (kept rows, skips, rejections, a
    repeat and a blank line: 16 rows, 5 kept for Morocco) so many times over, each copy
    with its own event ids."""
    lines = (Path(__file__).parent / "io" / "fixtures" / "gdelt-1.0-daily.export.CSV").read_text(
        encoding="utf-8"
    )

    def write(copies: int) -> Path:
        path = tmp_path / f"gdelt-{copies}.export.CSV"
        with path.open("w", encoding="utf-8", newline="") as handle:
            for copy in range(copies):
                for line in lines.splitlines(keepends=True):
                    ident, tab, rest = line.partition("\t")
                    if ident.isdigit():
                        ident = str(int(ident) + copy * 1000)
                    handle.write(ident + tab + rest)
        return path

    return write


@pytest.fixture
def poppler():
    """poppler's pdftotext and pdfinfo, reading a PDF as a reader's software does."""
    from pdf_readers import Poppler

    return Poppler()


@pytest.fixture
def pair_request():
    """A request for the MA–KZ pair in a language, Maghreb month names, Latin digits."""
    from pdf_readers import PAIR

    from timeline.domain.datetext import DateFormat, DateStyle
    from timeline.domain.view_state import ViewState
    from timeline.export.briefing_export import ExportRequest

    def make(language: str, **changes: object) -> ExportRequest:
        fmt = DateFormat(language=language, style=DateStyle.MAGHREB)
        view = ViewState(PAIR, fmt, order=("MA", "KZ"))
        return ExportRequest(view, **changes)  # type: ignore[arg-type]

    return make


@pytest.fixture
def readonly_refusal(tmp_path):
    """A file SQLite refused to write (opened read-only), and that refusal."""
    import sqlite3

    path = tmp_path / "t.sqlite3"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.close()
    reader = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as refused:
        reader.execute("INSERT INTO t VALUES (1)")
    reader.close()
    return path, refused.value


@pytest.fixture
def count_calls(monkeypatch):
    """``count_calls(owner, *names)``: for the test, each of ``owner``'s ``names`` is called
    through one that counts the call (those made while ``only_if()`` holds); returns the
    list that grows by one at each counted call."""

    def counting(owner, *names, only_if=lambda: True):
        calls: list[int] = []

        def counting_calls_of(original):
            def counted(*args, **kwargs):
                if only_if():
                    calls.append(1)
                return original(*args, **kwargs)

            return counted

        for name in names:
            monkeypatch.setattr(owner, name, counting_calls_of(getattr(owner, name)))
        return calls

    return counting
