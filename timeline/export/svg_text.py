"""The text elements of an SVG as Qt's generator writes them: what the SVG's fonts
(:mod:`timeline.export.svg_fonts`) and directions (:mod:`timeline.export.svg_direction`) are
worked out from."""

from __future__ import annotations

import re

#: A text element: its attributes, then its text (escaped as XML).
TEXT = re.compile(r"<text\b([^>]*)>([^<]*)</text>")
