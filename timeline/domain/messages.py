"""What the domain says to people, in their language, without Qt.

A rule that is broken is named by a message id and its values; the words live in one
catalogue, ``resources/messages/domain.json``, in Arabic, English and French. The UI, the CLI
and the exports render a message in their reader's language; English is the fallback and what
``str()`` gives for logs.
"""

from __future__ import annotations

import json
import re
import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from typing import TYPE_CHECKING, Any, TypeAlias

from timeline.domain.direction import isolate, ltr_examples, slashed
from timeline.domain.languages import DEFAULT_LANGUAGE
from timeline.locations import resources_dir

if TYPE_CHECKING:  # the dates' module says its own problems in messages
    from timeline.domain.dates import FuzzyDate

#: How a reader writes a date a message names (:class:`Dated`): ``DateFormat.fuzzy``.
DateWriter: TypeAlias = Callable[["FuzzyDate"], str]

FALLBACK = DEFAULT_LANGUAGE


@cache
def catalogue() -> dict[str, dict[str, str]]:
    """Message id → language → template with ``{named}`` values."""
    path = resources_dir() / "messages" / "domain.json"
    with path.open(encoding="utf-8") as file:
        loaded: dict[str, dict[str, str]] = json.load(file)
    return loaded


def placeholders(template: str) -> set[str]:
    """The names a template fills in (for the completeness test)."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@dataclass(frozen=True, slots=True)
class Message:
    """A message id and the values it names; rendered late, in the reader's language."""

    id: str
    values: Mapping[str, Any] = field(default_factory=dict)
    #: Whether the numbers its own words write are examples the reader types (:meth:`as_typed`).
    typed: bool = field(default=False, compare=False)

    def __post_init__(self) -> None:
        if self.id not in catalogue():
            raise KeyError(f"no message {self.id!r} in the domain catalogue")

    def render(
        self,
        language: str = FALLBACK,
        *,
        isolated: bool = False,
        digits: Callable[[str], str] = str,
        dates: DateWriter | None = None,
    ) -> str:
        """The sentence in ``language``; ``isolated``: each value in its own direction
        (:func:`~timeline.domain.direction.isolate`), for a window that may show it right to
        left ("2025-02-30" typed, not "30-02-2025" after an Arabic word). Not for the command
        line and the exports, where the invisible marks would be copied or extracted.
        ``digits``: the reader's digits for the numbers the rule names ("الشهر ١٣" in an
        Egyptian window; a month "٢٠٢٥/٠٢", :func:`slashed`); text quoted from the reader's
        input stays as it was typed.
        ``dates``: how the reader writes a date the rule names (:class:`Dated`), where
        known; else it is written as ISO does."""
        templates = catalogue()[self.id]
        template = templates.get(language) or templates[FALLBACK]
        if self.typed:  # its examples as the reader types them
            template = slashed(digits(template))
        if isolated:  # an example to type ("مثل 2025-03-19") read "19-03-2025" in Arabic
            template = ltr_examples(template)
        values = {
            name: slashed(digits(str(value)))
            if _in_figures(value)
            else _in_language(value, language, isolated, digits, dates)
            for name, value in self.values.items()
        }
        if isolated:
            values = {name: isolate(value) for name, value in values.items()}
        return template.format_map(values)

    def __str__(self) -> str:
        return self.render(FALLBACK)

    def as_typed(self) -> Message:
        """This message with the examples its own words give ("مثل 2025 أو 2025-03-19")
        written as the reader types a date into the field or option it is said of: in the
        reader's digits (``digits``), a day or month with slashes (:func:`slashed`), "مثل
        ٢٠٢٥ أو ٢٠٢٥/٠٣/١٩", which the field reads back. A file's examples stay as the file
        writes them: an import reads no "٢٠٢٥/٠٣/١٩"."""
        return replace(self, typed=True)

    def in_figures(self) -> Message:
        """This message with each text it names taken as figures: for numbers the reader
        gave as numbers (the editor's spin boxes), which a rule names as text ("2025-02 has
        28 days"). An Egyptian reader's editor said "الشهر 2025-02 فيه ٢٨ يومًا، لا ٣٠"; an
        import quotes its file's "2025-02" as the file writes it."""
        values = self.values.items()
        return replace(
            self, values={name: Figures(v) if isinstance(v, str) else v for name, v in values}
        )


@dataclass(frozen=True, slots=True)
class Dated:
    """A date a rule names (a step's day, a FuzzyDate), written as the reader writes dates
    where the renderer knows them ("on 10 June 2024", "في ١٠ حزيران ٢٠٢٤"), else as ISO
    does: the window said "the step comes before the agreement's signature, on
    2024-06-10"."""

    value: FuzzyDate

    def __str__(self) -> str:
        return str(self.value)


class Figures(str):
    """A value written in figures, as a count is, not text quoted as it was typed: it takes
    the reader's digits (see :meth:`Message.in_figures`)."""


def message(message_id: str, **values: Any) -> Message:
    return Message(message_id, values)


def _in_figures(value: Any) -> bool:
    return isinstance(value, Figures) or (isinstance(value, int) and not isinstance(value, bool))


#: Control characters (C0, DEL, C1). Quoted as they came (a binary file's first line taken
#: for column names), they moved a terminal's cursor, rang its bell or vanished in a window.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def _visible(text: str) -> str:
    """``text`` with each control character written as its escape (``\\x03``): quoted
    input can be read, and cannot act on a terminal."""
    return _CONTROL.sub(lambda found: f"\\x{ord(found.group()):02x}", text)


def _in_language(
    value: Any,
    language: str,
    isolated: bool = False,
    digits: Callable[[str], str] = str,
    dates: DateWriter | None = None,
) -> Any:
    if isinstance(value, str):
        return _visible(value)
    if isinstance(value, Dated):
        return dates(value.value) if dates is not None else str(value)
    if isinstance(value, Message):  # a reason inside a sentence ("backup skipped: disk full")
        return value.render(language, isolated=isolated, digits=digits, dates=dates)
    if isinstance(value, Mapping):
        return value.get(language) or value.get(FALLBACK) or next(iter(value.values()), "")
    return value
