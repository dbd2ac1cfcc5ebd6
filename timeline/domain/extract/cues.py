"""The kind of event a sentence reports, guessed from cue words in a data table.

Reporters signal the kind with a few words (زيارة, visite, entry into force, على هامش) that
``resources/extract/cues.tsv`` lists with a weight; the heaviest kind wins, so a visa
agreement "entering into force" is not taken for its signing. The guess is only a default
for the editor: the person confirming the event sees and corrects it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from timeline.domain.extract.patterns import ANY_ENDING, alternation, phrase_pattern
from timeline.domain.extract.tables import forms, table
from timeline.domain.kinds import EventKind

#: The kind of a dated sentence no cue decides: most report what someone said.
DEFAULT_KIND = EventKind.STATEMENT


@dataclass(frozen=True, slots=True)
class KindGuess:
    """The likely kind; ``window``: a cue says the event took one day of the dates found;
    ``position``: where (in the folded sentence) the deciding cue is, None without one."""

    kind: EventKind
    window: bool = False
    position: int | None = None


@dataclass(frozen=True, slots=True)
class _Cue:
    row: int  # a row's weight counts once, however many of its cues occur
    kind: EventKind
    weight: int
    window: bool
    parts: tuple[re.Pattern[str], ...]  # every part must occur

    def position(self, folded: str) -> int | None:
        """Where the cue's last part occurs, if all its parts do: the one nearest what it
        says (حيز التنفيذ of دخل + حيز التنفيذ, with the day after it)."""
        found = [part.search(folded) for part in self.parts]
        if not all(found):
            return None
        return max(match.start() for match in found if match)


class CueTable:
    """The cue words of one table."""

    def __init__(self, rows: Iterable[tuple[str, ...]]) -> None:
        self._cues: list[_Cue] = []
        for row, (kind, weight, window, cell) in enumerate(rows):
            for cue in forms(cell):
                parts = tuple(
                    alternation([phrase_pattern(part, ANY_ENDING, article=True)])
                    for part in cue.split("+")
                )
                self._cues.append(_Cue(row, EventKind(kind), int(weight), window == "yes", parts))
        self._order = list(dict.fromkeys(cue.kind for cue in self._cues))

    def guess(self, folded: str) -> KindGuess:
        """The kind whose cues in ``folded`` weigh most (the table's order breaks ties)."""
        scores: dict[EventKind, int] = {}
        positions: dict[EventKind, int] = {}
        window = False
        counted: set[int] = set()
        for cue in self._cues:
            position = cue.position(folded)
            if position is None:
                continue
            window = window or cue.window
            positions[cue.kind] = min(position, positions.get(cue.kind, position))
            if cue.row not in counted:
                counted.add(cue.row)
                scores[cue.kind] = scores.get(cue.kind, 0) + cue.weight
        if not scores:
            return KindGuess(DEFAULT_KIND)
        kind = max(scores, key=lambda item: (scores[item], -self._order.index(item)))
        return KindGuess(kind, window, positions[kind])


@cache
def default_cues() -> CueTable:
    return CueTable(table("cues.tsv"))
