"""Where the app's own files are, whether it runs from a source checkout or a wheel.

A wheel carries ``resources/`` and ``migrations/`` inside the ``timeline`` package (see
pyproject.toml); a checkout keeps them at the top of the repository.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    inside = _PACKAGE / name
    return inside if inside.is_dir() else _PACKAGE.parent / name


def resources_dir() -> Path:
    return _bundled("resources")


def migrations_dir() -> Path:
    return _bundled("migrations")


def sample_events_file() -> Path:
    return resources_dir() / "sample" / "sample-events.json"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def cache_dir() -> Path:
    """The user's cache folder for this app (what can be made again: the timeline's column
    files, compiled translations). Not created here."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "diplomatic-timeline" / "cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "diplomatic-timeline"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "diplomatic-timeline"
