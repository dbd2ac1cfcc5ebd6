"""The kind of event guessed from cue words, in three languages."""

from __future__ import annotations

import pytest

from timeline.domain.extract.cues import DEFAULT_KIND, CueTable, default_cues
from timeline.domain.folding import fold
from timeline.domain.kinds import EventKind


def guess(text: str):
    return default_cues().guess(fold(text))


@pytest.mark.parametrize(
    ("text", "kind", "window"),
    [
        ("خلال زيارة وزير الخارجية الكازاخي إلى المغرب", EventKind.OFFICIAL_VISIT, False),
        ("the minister's official visit to Rabat", EventKind.OFFICIAL_VISIT, False),
        ("lors de sa visite à Rabat", EventKind.OFFICIAL_VISIT, False),
        ("توقيع اتفاقية للتعاون", EventKind.AGREEMENT_SIGNED, False),
        ("signed an agreement on visas", EventKind.AGREEMENT_SIGNED, False),
        ("la signature d'un accord", EventKind.AGREEMENT_SIGNED, False),
        ("دخول إتفاق الإعفاء من التأشيرة حيز التنفيذ", EventKind.AGREEMENT_IN_FORCE, False),
        ("the agreement entered into force", EventKind.AGREEMENT_IN_FORCE, False),
        ("l'accord est entré en vigueur", EventKind.AGREEMENT_IN_FORCE, False),
        # The future reports the same kind as the verb: not a signing.
        ("سيدخل الاتفاق حيز التنفيذ", EventKind.AGREEMENT_IN_FORCE, False),
        ("وستدخل الاتفاقية حيز التنفيذ", EventKind.AGREEMENT_IN_FORCE, False),
        ("the agreement will enter into force", EventKind.AGREEMENT_IN_FORCE, False),
        ("l'accord entrera en vigueur", EventKind.AGREEMENT_IN_FORCE, False),
        ("سيتم التوقيع على الاتفاق", EventKind.AGREEMENT_SIGNED, False),
        ("سيوقع الوزيران مذكرة", EventKind.AGREEMENT_SIGNED, False),
        ("the two ministers will sign", EventKind.AGREEMENT_SIGNED, False),
        ("les deux ministres signeront", EventKind.AGREEMENT_SIGNED, False),
        ("سيزور الوزير الرباط", EventKind.OFFICIAL_VISIT, False),
        ("النسخة الثالثة من منتدى الحوار البرلماني", EventKind.MULTILATERAL_GATHERING, False),
        ("the third South-South forum", EventKind.MULTILATERAL_GATHERING, False),
        ("مباحثات بين الجانبين", EventKind.BILATERAL_MEETING, False),
        ("talks between the two speakers", EventKind.BILATERAL_MEETING, False),
        ("اجتماع على هامش الدورة 150", EventKind.SIDELINE_MEETING, True),
        ("met on the sidelines of the assembly", EventKind.SIDELINE_MEETING, True),
        ("une rencontre en marge de l'Assemblée", EventKind.SIDELINE_MEETING, True),
        ("اتصال هاتفي بين الوزيرين", EventKind.PHONE_CALL, False),
        ("أكد الوزير", EventKind.STATEMENT, False),
        ("nothing to see here", DEFAULT_KIND, False),
    ],
)
def test_guesses(text, kind, window):
    found = guess(text)
    assert (found.kind, found.window) == (kind, window)


def test_entry_into_force_outweighs_the_signing_it_mentions():
    text = "خاصة في ظل توقيع إتفاقيات في عدة مجالات، إلى جانب دخول إتفاق الإعفاء حيز التنفيذ"
    assert guess(text).kind is EventKind.AGREEMENT_IN_FORCE


def test_a_cue_needs_all_its_parts():
    assert guess("دخول السوق").kind is DEFAULT_KIND


def test_the_position_is_that_of_the_deciding_cues_last_part():
    """Of "دخل + حيز التنفيذ", the part the day follows: with "دخل الاتفاق، الموقع في 2
    يناير، حيز التنفيذ يوم 3 مارس", the first part took the signature's day."""
    folded = fold("وقع الاتفاق في ماي، ودخل حيز التنفيذ في غشت")
    found = default_cues().guess(folded)
    assert folded[found.position :].startswith("حيز التنفيذ")


def test_cues_come_from_the_table():
    table = CueTable([("phone-call", "9", "no", "wired")])
    assert table.guess(fold("they wired each other")).kind is EventKind.PHONE_CALL
