"""An event's fields named as the editor's form names them, in the window's language.

One list of names for the editor's problems ("Kind: …"), the history of an event ("Title
in French: … → …") and the dialog of two conflicting saves: the words are the editor's own
translations (looked up under its context), so a field reads the same everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from timeline.ui.editor_support import fill

# lupdate reads translate("Context", "text") calls; Qt looks them up under the editor's.
translate = QCoreApplication.translate

#: ``participants[2]``: the second participant (numbered from 1, as the editor shows them).
INDEXED_FIELD = re.compile(r"^(\w+)\[(\d+)\]$")


def field_name(field: str, digits: Callable[[str], str] = str) -> str:
    """The translated name of a domain field such as ``title_fr``, ``date`` or
    ``sources[1]`` (its number in the reader's ``digits``); an unknown field as it is."""
    indexed = INDEXED_FIELD.match(field)
    if indexed:
        name, number = indexed.groups()
        if name == "participants":
            return fill(translate("EventEditorDialog", "Participant %1"), digits(number))
        if name == "sources":
            return fill(translate("EventEditorDialog", "Source %1"), digits(number))
    names = {
        "kind": translate("EventEditorDialog", "Kind"),
        "countries": translate("EventEditorDialog", "Countries"),
        "host": translate("EventEditorDialog", "Host"),
        "title": translate("EventEditorDialog", "Title"),
        "title_ar": translate("EventEditorDialog", "Title in Arabic"),
        "title_en": translate("EventEditorDialog", "Title in English"),
        "title_fr": translate("EventEditorDialog", "Title in French"),
        "summary": translate("EventEditorDialog", "Summary"),
        "tags": translate("EventEditorDialog", "Tags"),
        "place": translate("EventEditorDialog", "Place"),
        "city_ar": translate("EventEditorDialog", "City in Arabic"),
        "city_en": translate("EventEditorDialog", "City in English"),
        "city_fr": translate("EventEditorDialog", "City in French"),
        "place_country": translate("EventEditorDialog", "Country of the place"),
        "date": translate("EventEditorDialog", "Date"),
        "status": translate("EventEditorDialog", "Status"),
        "agreement": translate("EventEditorDialog", "Agreement"),
        "agreement_step": translate("EventEditorDialog", "Step of the agreement"),
        "agreement_party": translate("EventEditorDialog", "Party that approved or ratified"),
        "end": translate("EventEditorDialog", "End"),
        "parties": translate("AgreementDialog", "Parties"),
        "id": translate("AgreementDialog", "Identifier"),  # an agreement's
    }
    return names.get(field, field)


def with_field(name: str, text: str) -> str:
    """``Kind: …`` as the editor writes a problem (``Type : …`` in French)."""
    return fill(translate("EventEditorDialog", "%1: %2"), name, text)
