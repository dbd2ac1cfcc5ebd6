"""The one error the domain raises for bad input: it names the field that is wrong."""

from __future__ import annotations

from collections.abc import Callable

from timeline.domain.messages import FALLBACK, Message


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
        self, language: str, *, isolated: bool = False, digits: Callable[[str], str] = str
    ) -> str:
        """``isolated`` and ``digits``: as :meth:`Message.render` (for a window)."""
        detail = self.detail
        if isinstance(detail, Message):
            return detail.render(language, isolated=isolated, digits=digits)
        return detail

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"
