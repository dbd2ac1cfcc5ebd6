"""How every benchmark reports: the machine it ran on, and JSON printed and kept."""

from __future__ import annotations

import json
import os
import platform
from pathlib import Path


def machine() -> str:
    return f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"


def emit(result: dict[str, object], path: Path | None) -> None:
    """Print the figures as JSON, and write them to ``path`` when one is given."""
    text = json.dumps(result, indent=2, ensure_ascii=False)
    print(text)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text + "\n")
