"""Test-wide setup: offscreen Qt, and settings and data folders that are the test's own."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

# Before any Qt import: no display is needed, and nothing of the user's is read or written.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SANDBOX = Path(tempfile.mkdtemp(prefix="diplomatic-timeline-tests-"))
os.environ["XDG_CONFIG_HOME"] = str(_SANDBOX / "config")
os.environ["XDG_DATA_HOME"] = str(_SANDBOX / "data")
os.environ.setdefault("HYPOTHESIS_PROFILE", "default")

import pytest  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _fresh_settings(request: pytest.FixtureRequest) -> None:
    """Each test starts with no remembered window state, language or views."""
    if "qapp" not in request.fixturenames and "qtbot" not in request.fixturenames:
        return
    from PySide6.QtCore import QStandardPaths

    from timeline.ui.settings import settings

    QStandardPaths.setTestModeEnabled(True)
    settings().clear()


@pytest.fixture
def repo() -> Path:
    return REPO
