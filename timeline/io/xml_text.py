"""Text that XML 1.0 may hold: what SVG (and a PDF's XMP metadata) is written with.

XML 1.0 forbids most control characters (NUL, ESC, VT…), lone surrogates and U+FFFE/FFFF,
even escaped; a title that holds one would make the whole file unreadable to every XML
parser. They carry nothing a reader sees, so they are dropped.
"""

from __future__ import annotations

import re

_FORBIDDEN = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text: str) -> str:
    """``text`` without the characters XML 1.0 forbids."""
    return _FORBIDDEN.sub("", text)
