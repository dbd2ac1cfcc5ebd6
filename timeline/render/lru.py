"""The small recently-used caches the stackings keep: a level's chunks, a stacker's levels."""

from __future__ import annotations

from collections import OrderedDict
from typing import TypeVar

_K = TypeVar("_K")
_V = TypeVar("_V")


def cached(cache: OrderedDict[_K, _V], key: _K) -> _V | None:
    """The value kept for ``key`` (now the most recently used), or None."""
    found = cache.get(key)
    if found is not None:
        cache.move_to_end(key)
    return found


def remember(cache: OrderedDict[_K, _V], key: _K, value: _V, keep: int = 64) -> None:
    """Keep ``value`` for ``key``, forgetting the least recently used past ``keep``."""
    cache[key] = value
    if len(cache) > keep:
        cache.popitem(last=False)
