"""The Arabic, English and French fields of one name (a city, a person, an office) in the
editor, and the stored form behind them.

A name stored in one language the app could not tell (a Latin "Ministre" is French or
English) is shown in the first empty field that could hold it, and saved back as it was
unless the user changes it: opening and saving an event never decides a language for it.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QLineEdit

from timeline.domain.event import Forms, Place
from timeline.domain.languages import LANGUAGES
from timeline.domain.places import complete_city, is_arabic


def shown(stored: str, forms: Forms) -> tuple[Forms, str | None]:
    """What the three fields show, and the language of the field that shows a stored form
    which is none of the forms (None when there is no such form or no field free for it)."""
    if not stored or stored in forms.values():
        return forms, None
    for language in ("ar",) if is_arabic(stored) else ("en", "fr"):
        if not forms.of(language):
            return replace(forms, **{language: stored}), language
    return forms, None


def saved(fields: Forms, stored: str, forms: Forms) -> tuple[str, Forms]:
    """The stored form and the forms to save, from what the fields hold now and what the
    name was (``stored``, ``forms``) when the editor opened."""
    before, placed = shown(stored, forms)
    if fields == before:
        return stored, forms  # untouched: exactly as it was
    if placed is not None and fields.of(placed) == stored:
        return stored, replace(fields, **{placed: ""})
    # The stored form stays while a field still holds it; otherwise the first form is stored.
    return (stored if stored in fields.values() else ""), fields


class FormsEdits:
    """Three line edits, Arabic, English and French, for one name. Each empty field shows,
    in grey, what a briefing in its language will print: the place table's form for a city
    it knows, else the stored form."""

    def __init__(self, edits: tuple[QLineEdit, QLineEdit, QLineEdit]) -> None:
        self.edits = edits
        self._stored = ""
        self._forms = Forms()

    def set(self, stored: str, forms: Forms) -> None:
        self._stored, self._forms = stored, forms
        for edit, text in zip(self.edits, shown(stored, forms)[0].values(), strict=True):
            edit.setText(text)
            edit.home(False)

    def fields(self) -> Forms:
        return Forms(*(edit.text().strip() for edit in self.edits))

    def value(self) -> tuple[str, Forms]:
        return saved(self.fields(), self._stored, self._forms)

    def hint_city(self, country: str | None) -> None:
        """Show the forms the city will get in the fields left empty."""
        city, forms = self.value()
        hinted = complete_city(Place(city, country, forms))
        for edit, language in zip(self.edits, LANGUAGES, strict=True):
            edit.setPlaceholderText(hinted.city_in(language))
