"""The one error the domain raises for bad input: it names the field that is wrong."""

from __future__ import annotations


class ValidationError(ValueError):
    """Input that breaks a domain rule; ``field`` says where, ``str()`` says what."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"
