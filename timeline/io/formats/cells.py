"""Cells of our CSV: formula neutralisation and the encoding of multi-valued fields.

**Formulas.** A spreadsheet runs a cell that starts with ``= + - @``, a tab or a carriage
return (the OWASP CSV-injection list). Export puts an apostrophe before such a cell, and
before a cell that already starts with an apostrophe, so that import can strip exactly one
apostrophe where export added it and a round trip gives back every text unchanged.

**Lists.** A multi-valued cell holds its items separated by ``;`` and the fields of an item
separated by ``|``; a backslash escapes ``\\``, ``;`` and ``|`` inside a value. An empty cell
is an empty list. ``AZ;MA`` · ``Murat Nurtleu|Minister of Foreign Affairs|KZ``.
"""

from __future__ import annotations

from collections.abc import Sequence

from timeline.domain.errors import ValidationError
from timeline.domain.messages import message

FORMULA_STARTS = frozenset("=+-@\t\r")
APOSTROPHE = "'"
ITEM = ";"
FIELD = "|"
ESCAPE = "\\"


def neutralise(cell: str) -> str:
    """The cell as export writes it: a leading apostrophe where a spreadsheet would run it."""
    if cell and (cell[0] in FORMULA_STARTS or cell[0] == APOSTROPHE):
        return APOSTROPHE + cell
    return cell


def restore(cell: str) -> str:
    """The inverse of :func:`neutralise`; a hand-typed ``'=1+2`` also comes back as ``=1+2``."""
    if (
        len(cell) > 1
        and cell[0] == APOSTROPHE
        and (cell[1] in FORMULA_STARTS or cell[1] == APOSTROPHE)
    ):
        return cell[1:]
    return cell


def _escape(value: str) -> str:
    if ESCAPE in value or ITEM in value or FIELD in value:
        value = value.replace(ESCAPE, ESCAPE * 2).replace(ITEM, ESCAPE + ITEM)
        return value.replace(FIELD, ESCAPE + FIELD)
    return value


def join_items(items: Sequence[Sequence[str]]) -> str:
    """Encode items of fields; the writer always writes every field of an item."""
    return ITEM.join(FIELD.join(_escape(value) for value in item) for item in items)


def _split_escaped(cell: str) -> list[list[str]]:
    items: list[list[str]] = [[""]]
    chars = iter(cell)
    for char in chars:
        if char == ESCAPE:
            following = next(chars, None)
            if following is None:
                items[-1][-1] += ESCAPE
            elif following in (ESCAPE, ITEM, FIELD):
                items[-1][-1] += following
            else:  # not one of ours: keep it as typed
                items[-1][-1] += ESCAPE + following
        elif char == ITEM:
            items.append([""])
        elif char == FIELD:
            items[-1].append("")
        else:
            items[-1][-1] += char
    return items


def split_items(cell: str, field: str, width: int) -> list[list[str]]:
    """Decode a cell into items of exactly ``width`` fields (missing ones are empty)."""
    if cell == "":
        return []
    if ESCAPE in cell:
        items = _split_escaped(cell)
    else:
        items = [item.split(FIELD) for item in cell.split(ITEM)]
    for number, item in enumerate(items, start=1):
        if len(item) > width:
            raise ValidationError(
                f"{field}[{number}]",
                message("import.too_many_values", count=len(item), separator=FIELD, width=width),
            )
        item.extend([""] * (width - len(item)))
    return items
