"""The processors this process may run on, for the work that splits in two when it can (an
import's reading process, the cold open's helper, the columns decoded beside their reading)."""

from __future__ import annotations

import os


def usable_processors() -> frozenset[int]:
    """The processors this process may run on (its affinity, where the system keeps one; all
    of the machine's elsewhere)."""
    if hasattr(os, "sched_getaffinity"):
        return frozenset(os.sched_getaffinity(0))
    return frozenset(range(os.cpu_count() or 1))
