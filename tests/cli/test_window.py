"""No command: the window opened from the command line, as a person opens it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from timeline.cli import main
from timeline.domain.period import Period, day_number
from timeline.ui import app, signals
from timeline.ui.main_window import MainWindow


@pytest.fixture
def opened(qtbot, monkeypatch, no_translation_after):
    """``opened(*argv)``: the period the window's timeline shows once the command opened it
    and its event loop would start; the window is then closed, as a person closes it."""
    monkeypatch.setattr(signals, "catch_exit_signals", lambda: None)  # pytest's own kept
    monkeypatch.setattr(app, "SignalExit", lambda _app: None)  # no timer left to the suite
    seen: list[Period] = []

    def shown(_app: QApplication) -> int:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        (window,) = [window for window in windows if window.isVisible()]
        qtbot.addWidget(window)  # deleted with the test
        seen.append(window.timeline.period)
        window.close()
        window.store.database.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", shown)

    def run(*argv: str) -> Period:
        assert main(["--sample", "--today", "2026-12-07", "--lang", "en", *argv]) == 0
        (period,) = seen
        seen.clear()
        return period

    return run


@pytest.mark.parametrize(("days", "span"), [(["--days", "30"], 30), ([], None)])
def test_the_window_opens_on_the_day_centre_names(opened, days, span):
    """``--centre 2015-06-01 --days 30`` opened the window on every event, from 2024 to
    2025: both were read for ``--screenshot`` alone, and said nothing of it. Without
    ``--days``, the zoom it opens at is kept, as for a screenshot."""
    whole = opened()
    period = opened("--centre", "2015-06-01", *days)
    assert period.middle == pytest.approx(day_number(date(2015, 6, 1)) + 0.5, abs=1e-6)
    assert period.span == pytest.approx(span or whole.span)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "error: --days: only with --centre"),
        ("fr", "erreur\u00a0: --days\u00a0: seulement avec --centre"),
        ("ar", "خطأ: --days: مع الخيار --centre فقط"),
    ],
    ids=["en", "fr", "ar"],
)
def test_days_without_a_centre_is_refused(opened, capsys, lang, said):
    """``--days 30`` alone was left unread, the window or the screenshot showing every
    event, where ``--describe`` without ``--screenshot`` is refused (``opened``: a window
    opened all the same is closed at once)."""
    with pytest.raises(SystemExit) as exit_info:
        main(["--sample", "--lang", lang, "--days", "30"])
    assert exit_info.value.code == 2
    assert capsys.readouterr().err == f"diplomatic-timeline: {said}\n"


def test_an_empty_centre_is_said_missing(opened, capsys):
    """``--centre ""`` opened on every event without a word, where an empty ``--from`` or
    ``--date`` is said missing (``opened``: a window opened all the same is closed)."""
    with pytest.raises(SystemExit) as exit_info:
        main(["--sample", "--lang", "en", "--centre", ""])
    assert exit_info.value.code == 2
    said = "--centre: is missing (expected YYYY, YYYY-MM or YYYY-MM-DD)"
    assert capsys.readouterr().err == f"diplomatic-timeline: error: {said}\n"
