"""An event's origin key (``events.source_key``): what keeps a file imported again, or an
export of the database imported back into it, from adding its events twice.

An imported event's key names the data set and its row (``gdelt:1187390543``; our own
files' rows, a digest of their content: :mod:`timeline.io.identity`). An event entered by
hand gets a key of its own when it is stored (:func:`entered_key`): exported, it travels
with its key, and the database it came from knows it again.
"""

from __future__ import annotations

import uuid

from timeline.domain.errors import ValidationError

MAX_KEY_LENGTH = 255  # the width of events.source_key
PREFIXES = frozenset({"native", "gdelt", "icews", "plover"})


def entered_key() -> str:
    """A new key for an event entered by hand: random, as its content may change."""
    return f"native:{uuid.uuid4().hex}"


def is_source_key(text: str) -> bool:
    """True for a key in our own form, as our exports write it."""
    prefix, sep, rest = text.partition(":")
    if not sep:
        prefix, sep, rest = text.partition("#")
    return bool(sep and rest) and prefix in PREFIXES and len(text) <= MAX_KEY_LENGTH


def given_key(value: object, field: str = "source_key") -> str | None:
    """A ``source_key`` cell or field of one of our files: empty, or a key in our form."""
    if value in (None, ""):
        return None
    if not isinstance(value, str) or not is_source_key(value):
        raise ValidationError(field, f"'{value}' is not a source key such as gdelt:123")
    return value
