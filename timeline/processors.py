"""The processors this process may run on, for the work that splits in two when it can (an
import's reading process, the cold open's helper, the columns decoded beside their reading)."""

from __future__ import annotations

import os
from pathlib import Path

#: Where Linux's control groups say how much processor time this process's group may use:
#: version 2 ("quota period", or "max"), then version 1 (two files, -1 for no limit).
_QUOTA_V2 = Path("/sys/fs/cgroup/cpu.max")
_QUOTA_V1 = (
    Path("/sys/fs/cgroup/cpu/cpu.cfs_quota_us"),
    Path("/sys/fs/cgroup/cpu/cpu.cfs_period_us"),
)


def usable_processors() -> frozenset[int]:
    """The processors this process may run on (its affinity, where the system keeps one; all
    of the machine's elsewhere)."""
    if hasattr(os, "sched_getaffinity"):
        return frozenset(os.sched_getaffinity(0))
    return frozenset(range(os.cpu_count() or 1))


def processor_quota(v2: Path = _QUOTA_V2, v1: tuple[Path, Path] = _QUOTA_V1) -> float | None:
    """How many processors' worth of time this process's control group may use (a container
    limited to one processor on a machine of eight: 1.0); None where nothing limits it."""
    try:
        quota, period = v2.read_text(encoding="ascii").split()[:2]
    except (OSError, ValueError):
        try:
            quota, period = (path.read_text(encoding="ascii").strip() for path in v1)
        except (OSError, ValueError):
            return None
    if quota in ("max", "-1"):
        return None
    try:
        return int(quota) / int(period)
    except (ValueError, ZeroDivisionError):
        return None
