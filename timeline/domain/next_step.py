"""What the editor proposes for an agreement's next step, and for a new agreement's id.

"Add the next step" opens the editor on a draft: the step the thread most likely takes next
(after the signature the entry into force, after that a suspension), between the
agreement's parties, on the date of the latest step (the dates prefilled, to be corrected),
titled after the agreement in each language it has a title in.
"""

from __future__ import annotations

from collections.abc import Collection

from timeline.domain.agreements import AgreementKind, AgreementStep, AgreementThread
from timeline.domain.event import Event
from timeline.domain.kinds import EventKind
from timeline.domain.languages import LANGUAGES

#: The kind of event each step is recorded as by default.
STEP_KINDS = {
    AgreementStep.SIGNED: EventKind.AGREEMENT_SIGNED,
    AgreementStep.IN_FORCE: EventKind.AGREEMENT_IN_FORCE,
}


def next_step_draft(thread: AgreementThread, latest: Event) -> Event:
    """An unsaved event for the step after ``latest`` (the thread's latest step)."""
    agreement = thread.agreement
    step = thread.next_step()
    party = None
    if step.needs_party:
        done = {s.party for s in thread.steps if s.step is step}
        party = next((code for code in agreement.parties if code not in done), agreement.parties[0])
    ar, en, fr = (
        f"{agreement.title(language)} — {step.name_in(language, party)}"
        if getattr(agreement, f"title_{language}")
        else ""
        for language in LANGUAGES
    )
    return Event(
        kind=STEP_KINDS.get(step, EventKind.STATEMENT),
        countries=agreement.parties,
        date=latest.date,
        agreement_id=agreement.id,
        agreement_step=step,
        agreement_party=party,
        title_ar=ar,
        title_en=en,
        title_fr=fr,
    )


def suggested_id(kind: AgreementKind, parties: Collection[str], taken: Collection[str]) -> str:
    """``kz-ma-visa-waiver``, or ``kz-ma-visa-waiver-2`` when that is taken."""
    base = "-".join([*sorted(code.lower() for code in parties), kind.value])
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        candidate = f"{base}-{number}"
    return candidate
