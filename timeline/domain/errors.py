"""The one error the domain raises for bad input: it names the field that is wrong; and the
shape of the errors the layers below the window say to people (a file, and why)."""

from __future__ import annotations

from collections.abc import Callable
from os import PathLike

from timeline.domain.languages import with_label
from timeline.domain.messages import FALLBACK, DateWriter, Message


class ValidationError(ValueError):
    """Input that breaks a domain rule; ``field`` says where, ``message`` says what.

    The domain's own rules pass a :class:`Message` from the catalogue, so the reader sees
    them in their language (:meth:`in_language`); text from elsewhere (a file format's reader
    quoting its own field) may be passed as it is.
    """

    def __init__(self, field: str, detail: Message | str) -> None:
        self.field = field
        self.detail = detail
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """The English words: for logs and for readers that chose no language."""
        return self.in_language(FALLBACK)

    def in_language(
        self,
        language: str,
        *,
        isolated: bool = False,
        digits: Callable[[str], str] = str,
        dates: DateWriter | None = None,
    ) -> str:
        """``isolated``, ``digits`` and ``dates``: as :meth:`Message.render` (for a
        window)."""
        detail = self.detail
        if isinstance(detail, Message):
            return detail.render(language, isolated=isolated, digits=digits, dates=dates)
        return detail

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"

    def as_typed(self) -> ValidationError:
        """This problem, the examples it gives as the reader types them
        (:meth:`Message.as_typed`)."""
        detail = self.detail
        typed = detail.as_typed() if isinstance(detail, Message) else detail
        return ValidationError(self.field, typed)

    def in_figures(self) -> ValidationError:
        """This problem, the texts it names taken as figures (:meth:`Message.in_figures`)."""
        detail = self.detail
        figures = detail.in_figures() if isinstance(detail, Message) else detail
        return ValidationError(self.field, figures)


class ReasonError(Exception):
    """What cannot be done with a file or a database: ``about`` names it (a path, a
    server's label; empty when the reason says it itself), ``detail`` says why: a
    :class:`Message` of the catalogue, which a window renders in its reader's language
    (:meth:`reason_in`), or text as it came (a driver's or the system's own words).
    ``str()`` is ``about: reason`` in English, as the logs write it; the command line
    writes it in its reader's language (:meth:`in_language`).
    """

    def __init__(self, detail: Message | str, *, about: str | PathLike[str] = "") -> None:
        self.about = str(about)
        self.detail = detail
        super().__init__(self.in_language(FALLBACK))

    def reason_in(
        self,
        language: str,
        *,
        isolated: bool = False,
        digits: Callable[[str], str] = str,
        dates: DateWriter | None = None,
    ) -> str:
        """The reason alone in ``language`` (``isolated``, ``digits`` and ``dates``: as
        :meth:`Message.render`, for a window)."""
        if isinstance(self.detail, Message):
            return self.detail.render(language, isolated=isolated, digits=digits, dates=dates)
        return self.detail

    def in_language(
        self,
        language: str,
        digits: Callable[[str], str] = str,
        dates: DateWriter | None = None,
    ) -> str:
        """``about: reason`` in ``language``: the command line's line in its ``--lang``
        (``digits`` and ``dates``: the reader's, for the numbers and dates the reason
        names)."""
        reason = self.reason_in(language, digits=digits, dates=dates)
        return with_label(self.about, reason, language) if self.about else reason

    def __str__(self) -> str:
        return self.in_language(FALLBACK)

    def __reduce__(self) -> tuple[object, ...]:
        # Through a process boundary (the import's reading process) with its fields.
        return (_rebuilt, (type(self), self.detail, self.about, dict(self.__dict__)))


def _rebuilt(
    kind: type[ReasonError], detail: Message | str, about: str, state: dict[str, object]
) -> ReasonError:
    error = ReasonError.__new__(kind)
    ReasonError.__init__(error, detail, about=about)
    error.__dict__.update(state)
    return error
