"""Labels whose text wraps, with room beside their lines for the letters' ink.

Qt lays a wrapped line out to the label's very edge, measured by the letters' advances, and
cuts whatever the label's rectangle does not hold. An Arabic line's last letter (at its left)
often draws past its advance: the tails of ي, ز, ن and ر in Noto Sans Arabic UI at 13 px reach
up to 4 px beyond it (every sentence of the seed article at every width from 100 to 400 px),
and Latin words in an Arabic sentence lost their first letter there ("d," for "id,").
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

#: Pixels either side of a wrapped label's lines that its letters' ink may take.
INK = 4


def wrap_lines(label: QLabel) -> QLabel:
    """Let ``label``'s text wrap, its lines at least :data:`INK` pixels inside its edges on
    either side (the window's direction may change while it is open)."""
    label.setWordWrap(True)
    margins = label.contentsMargins()
    left, right = max(margins.left(), INK), max(margins.right(), INK)
    label.setContentsMargins(left, margins.top(), right, margins.bottom())
    return label
