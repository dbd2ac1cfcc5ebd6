"""Whether a two-actor row of an event data set is an event between the countries we want.

GDELT and ICEWS code actors, not states: a row may have no country on one side, the same
country on both, or a pair the person did not ask for. These rows are sound, only not ours:
they are skipped and counted, never rejected.
"""

from __future__ import annotations

from timeline.io.rows import NOT_BETWEEN_STATES, OUTSIDE_SCOPE, WITHIN_ONE_COUNTRY, Skip


def dyad_skip(first: str | None, second: str | None, scope: frozenset[str]) -> Skip | None:
    """None when ``first`` and ``second`` (alpha-2, or None for no state) make an event for
    ``scope`` (no country: any pair; one: that country with any other; two: that pair)."""
    if first is None or second is None:
        return NOT_BETWEEN_STATES
    if first == second:
        return WITHIN_ONE_COUNTRY
    if scope and not (first in scope or second in scope):
        return OUTSIDE_SCOPE
    if len(scope) == 2 and not (first in scope and second in scope):
        return OUTSIDE_SCOPE
    return None
