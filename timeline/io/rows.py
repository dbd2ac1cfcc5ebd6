"""What a reader makes of each row of a file: an event, a rejection, or a skip.

Every format reader yields exactly one of these per data row, so the preview and the import
count, show and write rows the same way whatever the file was. Why a row or a file is
refused, or a row skipped, is a message of the domain's catalogue: the import dialog and the
command line say it in their reader's language; ``str()`` is English.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from timeline.domain.agreements import Agreement
from timeline.domain.dateinput import hijri_looking
from timeline.domain.event import Event
from timeline.domain.languages import with_label
from timeline.domain.links import LinkKind
from timeline.domain.messages import FALLBACK, Message, message


@dataclass(frozen=True, slots=True)
class Parsed:
    """A valid event and the identity of its row (``gdelt:…``, ``native:…``). From our own
    files also the agreement the event is a step of, as the file describes it, and the
    links going out of it, as (kind, ``id`` of the target row in the same file)."""

    line: int
    key: str
    event: Event
    agreement: Agreement | None = None
    links: tuple[tuple[LinkKind, int], ...] = ()
    #: What to check about the row, read as written (see :func:`doubted`), or None.
    doubt: Rejection | None = None


#: A rejection's field when the whole row is to blame: "row" (CSV, GDELT, ICEWS), "line"
#: (a PLOVER line that is no JSON), "record" (a PLOVER line of JSON that is no object); as
#: the command line says it in each language.
WHOLE_ROW = {
    "row": message("import.whole_row"),
    "line": message("import.whole_line"),
    "record": message("import.whole_record"),
}


@dataclass(frozen=True, slots=True)
class Rejection:
    """A row that breaks a rule: where it is, which field, and why."""

    file: str
    line: int
    field: str
    reason: Message | str  # text only from elsewhere (a parser's own words)

    def reason_in(
        self, language: str, *, isolated: bool = False, digits: Callable[[str], str] = str
    ) -> str:
        """``isolated`` and ``digits``: as :meth:`Message.render` (for a window)."""
        return _said(self.reason, language, isolated, digits)

    def in_language(self, language: str, digits: Callable[[str], str] = str) -> str:
        """``FILE:LINE: FIELD: reason``, the command line's line: a column as the file names
        it, the whole row in ``language`` ("row" was said in a French or Arabic line), the
        numbers the reason names in the reader's ``digits``; in French the field's colon
        takes its no-break space, as a refused file's line has it. ``FILE:LINE:`` stays in
        Latin digits, as compilers write it, for the editors and tools that jump to it."""
        whole = WHOLE_ROW.get(self.field)
        field = self.field if whole is None else whole.render(language)
        reason = with_label(field, self.reason_in(language, digits=digits), language)
        return f"{self.file}:{self.line}: {reason}"

    def __str__(self) -> str:
        return self.in_language(FALLBACK)


def doubted(file: str, line: int, event: Event) -> Rejection | None:
    """A row of our own formats to check, though valid: its date's year is one of the Hijri
    years (:func:`~timeline.domain.dateinput.hijri_looking`), likely copied from a Hijri
    source. Same shape as a rejection, so it is shown and printed as one."""
    said = hijri_looking(event.date)
    return None if said is None else Rejection(file, line, "date", said)


@dataclass(frozen=True, slots=True)
class Skip:
    """A sound row that is not for us (another pair, not diplomacy); only counted."""

    reason: Message


OUTSIDE_SCOPE = Skip(message("skip.outside_countries"))
NOT_BETWEEN_STATES = Skip(message("skip.not_between_states"))
WITHIN_ONE_COUNTRY = Skip(message("skip.within_one_country"))
NOT_DIPLOMATIC = Skip(message("skip.not_diplomatic"))

Row = Parsed | Rejection | Skip


class ImportFileError(Exception):
    """The file cannot be read at all (missing, not text, unknown format): nothing is
    written. The message names the file (and the line, when one is to blame) and the reason."""

    def __init__(self, file: str, reason: Message | str, line: int | None = None) -> None:
        self.file, self.reason, self.line = file, reason, line
        super().__init__(self.in_language(FALLBACK))

    def in_language(self, language: str, digits: Callable[[str], str] = str) -> str:
        """``digits``: the reader's, for the line and the numbers the reason names."""
        where = self.file
        if self.line is not None:
            on_line = message("import.on_line", file=self.file, line=self.line)
            where = on_line.render(language, digits=digits)
        reason = _said(self.reason, language, digits=digits)
        return with_label(where, reason, language)  # "ligne 2 : …"


def _said(
    reason: Message | str,
    language: str,
    isolated: bool = False,
    digits: Callable[[str], str] = str,
) -> str:
    if isinstance(reason, Message):
        return reason.render(language, isolated=isolated, digits=digits)
    return reason


class ImportCancelled(Exception):
    """The person (or the progress callback) stopped the work; nothing was written."""
