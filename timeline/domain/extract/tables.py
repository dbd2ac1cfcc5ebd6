"""The data tables of the extractor, read at run time from ``resources/extract/``.

Words change with every outlet and region; keeping them in UTF-8 TSV files lets a researcher
add a spelling or a country without touching code. A row is tab-separated cells; ``#``
starts a comment line; within a cell ``|`` separates alternative forms.
"""

from __future__ import annotations

from functools import cache

from timeline.locations import resources_dir


@cache
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of ``resources/extract/<name>``, each cell stripped."""
    path = resources_dir() / "extract" / name
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append(tuple(cell.strip() for cell in line.split("\t")))
    return tuple(rows)


def forms(cell: str) -> tuple[str, ...]:
    """The alternatives of a cell: ``a|b|c``."""
    return tuple(form.strip() for form in cell.split("|") if form.strip())
