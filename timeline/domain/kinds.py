"""The taxonomy of diplomatic events, with the codes of the event-data standards.

The identifiers are stable: files, the database and the command line use them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from timeline.domain.errors import ValidationError
from timeline.domain.messages import message


class EventKind(StrEnum):
    OFFICIAL_VISIT = "official-visit"
    BILATERAL_MEETING = "bilateral-meeting"
    SIDELINE_MEETING = "sideline-meeting"
    AGREEMENT_SIGNED = "agreement-signed"
    AGREEMENT_IN_FORCE = "agreement-in-force"
    MULTILATERAL_GATHERING = "multilateral-gathering"
    PHONE_CALL = "phone-call"
    STATEMENT = "statement"

    @property
    def info(self) -> KindInfo:
        return KIND_INFO[self]


@dataclass(frozen=True, slots=True)
class KindInfo:
    """What a kind means to people and to the event-data standards."""

    plover_event: str
    plover_mode: str
    names: dict[str, str]  # language -> name
    multilateral: bool = False
    #: The languages whose name for the kind is a feminine noun: a status said after it
    #: agrees with it ("Visite officielle — annulée").
    feminine: frozenset[str] = frozenset()

    @property
    def min_countries(self) -> int:
        """Bilateral kinds need two countries; a gathering needs at least its host."""
        return 1 if self.multilateral else 2

    def name(self, language: str) -> str:
        return self.names.get(language, self.names["en"])


KIND_INFO: dict[EventKind, KindInfo] = {
    EventKind.OFFICIAL_VISIT: KindInfo(
        "CONSULT",
        "visit",
        {"ar": "زيارة رسمية", "en": "Official visit", "fr": "Visite officielle"},
        feminine=frozenset({"ar", "fr"}),
    ),
    EventKind.BILATERAL_MEETING: KindInfo(
        "CONSULT",
        "",
        {"ar": "لقاء ثنائي", "en": "Bilateral meeting", "fr": "Rencontre bilatérale"},
        feminine=frozenset({"fr"}),
    ),
    EventKind.SIDELINE_MEETING: KindInfo(
        "CONSULT",
        "third-party",
        {"ar": "لقاء على الهامش", "en": "Sideline meeting", "fr": "Rencontre en marge"},
        feminine=frozenset({"fr"}),
    ),
    EventKind.AGREEMENT_SIGNED: KindInfo(
        "SUPPORT",
        "",
        {"ar": "توقيع اتفاق", "en": "Agreement signed", "fr": "Accord signé"},
    ),
    EventKind.AGREEMENT_IN_FORCE: KindInfo(
        "COOPERATE",
        "",
        {"ar": "دخول اتفاق حيز التنفيذ", "en": "Agreement in force", "fr": "Entrée en vigueur"},
        feminine=frozenset({"fr"}),
    ),
    EventKind.MULTILATERAL_GATHERING: KindInfo(
        "CONSULT",
        "multilateral",
        {
            "ar": "اجتماع متعدد الأطراف",
            "en": "Multilateral gathering",
            "fr": "Réunion multilatérale",
        },
        multilateral=True,
        feminine=frozenset({"fr"}),
    ),
    EventKind.PHONE_CALL: KindInfo(
        "CONSULT",
        "phone",
        {"ar": "اتصال هاتفي", "en": "Phone call", "fr": "Entretien téléphonique"},
    ),
    EventKind.STATEMENT: KindInfo(
        "AGREE",
        "",
        {"ar": "تصريح", "en": "Statement", "fr": "Déclaration"},
        feminine=frozenset({"fr"}),
    ),
}


#: Each kind by its identifier: a dictionary look-up, not the Enum's call (read per row).
_BY_IDENTIFIER = {kind.value: kind for kind in EventKind}


def parse_kind(text: str) -> EventKind:
    """Read a kind identifier such as ``official-visit``, in any case as country codes are
    (a spreadsheet's "Official-Visit" was refused where "ma" was read as MA)."""
    identifier = text.strip()
    kind = _BY_IDENTIFIER.get(identifier) or _BY_IDENTIFIER.get(identifier.lower())
    if kind is None:
        raise unknown_kind(text)
    return kind


def unknown_kind(text: str) -> ValidationError:
    """The error of a kind that is none of ours, naming them all: an empty cell is said
    missing (a spreadsheet's was "unknown kind ''"), any other text quoted."""
    known = ", ".join(kind.value for kind in EventKind)
    if not text.strip():
        return ValidationError("kind", message("kind.missing", known=known))
    return ValidationError("kind", message("kind.unknown", text=text, known=known))


def kind_number(kind: EventKind) -> int:
    """A kind's position among all kinds: how columns of many events store it."""
    return _KIND_NUMBERS[kind]


_KIND_NUMBERS = {kind: number for number, kind in enumerate(EventKind)}
