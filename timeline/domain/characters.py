"""Characters no text holds, which every text field of an event or an agreement refuses;
and those a line of text (a title, a place's name) does not hold, which the command line
refuses where the window's one-line fields cannot take them."""

from __future__ import annotations

import re

from timeline.domain.messages import Message, message

#: NUL, and half of a UTF-16 pair alone (U+D800 to U+DFFF): a JSON escape (``"\ud800"``)
#: or a byte that is not UTF-8 in a command's argument makes one, and no database stores
#: it (a JSON file with ``"title_en": "\ud800"`` ended its import in a traceback).
_NOT_TEXT = re.compile("[\0\ud800-\udfff]")


def character_problem(text: str) -> Message | None:
    """What is wrong with the first character of ``text`` that no text holds, or None."""
    found = _NOT_TEXT.search(text)
    if found is None:
        return None
    character = found.group()
    if character == "\0":
        return message("event.nul_character")
    return message("event.half_a_character", character=f"U+{ord(character):04X}")


#: Control characters but NUL (:data:`_NOT_TEXT`): tabs, line breaks, a carriage return;
#: and Unicode's line and paragraph separators, which split a label on screen as a line
#: break does.
_CONTROL = re.compile("[\x01-\x1f\x7f-\x9f\u2028\u2029]")


def line_problem(text: str) -> Message | None:
    """What is wrong with the first control character of a line of text, or None: a title
    read from a file kept its carriage return ("Visit\\r"), and a line break split its label
    on the timeline. Imports keep what their files hold (a rule of every event's would
    refuse rows they take today)."""
    found = _CONTROL.search(text)
    if found is None:
        return None
    return message("event.not_one_line", code=f"U+{ord(found.group()):04X}")
