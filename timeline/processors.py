"""The processors this process may run on, and how idle they are, for the work that splits in
two when it can (an import's reading process, the cold open's helper, the columns decoded
beside their reading)."""

from __future__ import annotations

import os
import time
from pathlib import Path

#: Where Linux's control groups say how much processor time this process's group may use:
#: version 2 ("quota period", or "max"), then version 1 (two files, -1 for no limit).
_QUOTA_V2 = Path("/sys/fs/cgroup/cpu.max")
_QUOTA_V1 = (
    Path("/sys/fs/cgroup/cpu/cpu.cfs_quota_us"),
    Path("/sys/fs/cgroup/cpu/cpu.cfs_period_us"),
)
#: Each processor's ticks since boot, idle and busy (Linux).
_PROCESSOR_TIMES = Path("/proc/stat")


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


def processor_share(processors: frozenset[int]) -> float:
    """How many of ``processors`` this process may keep busy at once: all of them, or fewer
    where its control group's quota says so (a container of one processor's time)."""
    quota = processor_quota()
    return len(processors) if quota is None else min(len(processors), quota)


def two_processors_at_least() -> bool:
    """Whether work split in two may run both halves at once here."""
    return processor_share(usable_processors()) >= 2


def idle_processors(processors: frozenset[int], seconds: float) -> float | None:
    """How many of ``processors`` were idle, on average, over the next ``seconds`` (None
    where the system does not say: no /proc/stat)."""
    before = processor_ticks(processors)
    if before is None:
        return None
    time.sleep(seconds)
    after = processor_ticks(processors)
    if after is None:
        return None
    return idle_between(before, after, len(processors))


def processor_ticks(
    processors: frozenset[int], times: Path = _PROCESSOR_TIMES
) -> tuple[int, int] | None:
    """Idle and all ticks since boot of ``processors``, from Linux's /proc/stat (one line a
    processor, ``cpuN``, after the machine's ``cpu``): those others may run on do not
    count."""
    idle = every = 0
    try:
        with times.open(encoding="ascii") as lines:
            for line in lines:
                name, *fields = line.split()
                if not name.startswith("cpu"):
                    break  # the processors' lines come first
                if name == "cpu" or int(name[3:]) not in processors:
                    continue
                ticks = [int(field) for field in fields[:8]]
                idle += ticks[3] + ticks[4]  # idle and waiting for the disk: free to run
                every += sum(ticks)
    except (OSError, ValueError, IndexError):
        return None
    return (idle, every) if every else None


def idle_between(before: tuple[int, int], after: tuple[int, int], processors: int) -> float | None:
    """Processors idle between two readings of (idle ticks, all ticks); time another
    virtual machine took from ours (steal) counts as busy. None when no tick passed."""
    ticks = after[1] - before[1]
    if ticks <= 0:
        return None  # counters that do not move (some sandboxes): they say nothing
    return processors * (after[0] - before[0]) / ticks
