"""A briefing names places and people in its own language: the Arabic one says الرباط and
نيويورك, never "Rabat" or "New York"; where a name has no form in that language the stored
one is printed, and the command line says how many events that concerns."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from timeline.cli import main
from timeline.domain.dates import EventDate, FuzzyDate
from timeline.domain.datetext import DateFormat, DateStyle
from timeline.domain.direction import isolate
from timeline.domain.event import Event, Participant, Place
from timeline.domain.kinds import EventKind
from timeline.export.briefing_names import NAMED, named
from timeline.store.database import open_database
from timeline.store.repository import EventStore
from timeline.ui.export_dialog import ExportDialog


@pytest.mark.parametrize(
    ("selection", "language", "present", "absent"),
    [
        (["--pair", "MA", "KZ"], "ar", ["الرباط", "نيويورك", "طشقند"], ["Rabat", "New York"]),
        (["--country", "MA"], "ar", ["الرباط", "نيويورك", "بانجول"], ["Rabat", "New York"]),
        (["--country", "MA"], "en", ["Rabat", "New York", "Tashkent"], ["الرباط", "طشقند"]),
        (["--pair", "MA", "KZ"], "fr", ["Tachkent", "ministre des Affaires"], ["طشقند"]),
    ],
)
def test_the_briefing_prints_places_and_people_in_its_language(
    tmp_path, poppler, capsys, selection, language, present, absent
):
    path = tmp_path / f"briefing-{language}.pdf"
    assert main(["export", "--sample", *selection, "--lang", language, str(path)]) == 0
    assert capsys.readouterr().err == ""  # the sample has every form: no warning
    text = poppler.squeezed(poppler.text(path))
    for word in present:
        assert poppler.squeezed(word) in text, word
    for word in absent:
        assert poppler.squeezed(word) not in text, word


def _saved(tmp_path: Path, *events: Event) -> Path:
    """A database file holding ``events``, closed, as a desk officer's would be."""
    database = tmp_path / "timeline.sqlite3"
    store = EventStore(open_database(database))
    store.add_many(events)
    store.database.close()
    return database


def test_a_name_without_the_briefings_language_is_printed_as_stored_with_a_warning(
    tmp_path, poppler, capsys
):
    visit = Event(
        EventKind.OFFICIAL_VISIT,
        ("KZ", "MA"),
        EventDate(FuzzyDate(2025, 4, 7)),
        title_ar="زيارة",
        title_en="Visit",
        place=Place("Rabat", "MA"),
        participants=(Participant("Murat Nurtleu", "Minister of Foreign Affairs", "KZ"),),
    )
    database = _saved(tmp_path, visit, replace(visit, participants=()))
    path = tmp_path / "briefing.pdf"
    assert main(["export", "--database", str(database), "--lang", "ar", str(path)]) == 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "تحذير: حدث واحد بعنوان أو مكان" in err
    text = poppler.squeezed(poppler.text(path))
    assert poppler.squeezed("MuratNurtleu") in text
    assert "الرباط" in text and "Rabat" not in text


def test_a_title_without_the_briefings_language_is_warned_of(tmp_path, capsys):
    """Events titled in Arabic and English only, briefed in French: their titles are
    printed in another language, and the command line says so (a French page cannot have
    their French titles, which nobody wrote)."""
    call = Event(
        EventKind.PHONE_CALL,
        ("AE", "NG"),
        EventDate(FuzzyDate(2019, 11, 15)),
        title_ar="اتصال هاتفي",
        title_en="Phone call",
    )
    database = _saved(tmp_path, call, replace(call, title_fr="Entretien téléphonique"))
    path = tmp_path / "briefing.pdf"
    assert main(["export", "--database", str(database), "--lang", "fr", str(path)]) == 0
    assert "avertissement\u00a0: 1 événement avec un titre" in capsys.readouterr().err
    assert main(["export", "--database", str(database), "--lang", "en", str(path)]) == 0
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("fr", "Titre dans une autre langue\u00a0: 2 événements"),
        ("en", "Title in another language: 2 events"),
        ("ar", "بعنوان بلغة أخرى: حدثان"),
    ],
)
def test_the_page_says_how_many_titles_are_in_another_language(
    tmp_path, poppler, capsys, language, said
):
    """A French briefing of events titled in English only printed their English titles
    under French headings, and the page gave the minister no hint why: only the command
    line warned. Its summary now says how many are titled in another language; a briefing
    whose every title is in its language says nothing of it."""
    titles = {"ar": "اتصال هاتفي", "en": "Phone call", "fr": "Entretien téléphonique"}
    others = {key: text for key, text in titles.items() if key != language}
    call = Event(
        EventKind.PHONE_CALL,
        ("AE", "NG"),
        EventDate(FuzzyDate(2019, 11, 15)),
        **{f"title_{key}": text for key, text in others.items()},
    )
    titled = replace(call, date=EventDate(FuzzyDate(2019, 12, 1)), **{f"title_{language}": "X"})
    later = replace(call, date=EventDate(FuzzyDate(2019, 11, 20)))
    database = _saved(tmp_path, call, later, titled)
    path = tmp_path / "briefing.pdf"
    assert main(["export", "--database", str(database), "--lang", language, str(path)]) == 0
    capsys.readouterr()
    first = poppler.squeezed(poppler.pages(path)[0])
    assert poppler.squeezed(said) in first
    (tmp_path / "titled").mkdir()
    only_titled = _saved(tmp_path / "titled", titled)
    assert main(["export", "--database", str(only_titled), "--lang", language, str(path)]) == 0
    assert poppler.squeezed(said.split(":")[0]) not in poppler.squeezed(poppler.text(path))


def test_the_export_dialog_names_the_events_that_lack_the_documents_language(
    qtbot, sample_store, pair_request
):
    dialog = ExportDialog(None, sample_store, pair_request("ar"), None)
    qtbot.addWidget(dialog)
    assert not dialog.lacking.isVisibleTo(dialog)  # the sample has every form
    (visit,) = [e for e in sample_store.find() if e.participants and e.place.city == "Rabat"]
    person = visit.participants[0]
    sample_store.update(replace(visit, participants=(Participant(person.name, person.office),)))
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert dialog.lacking.isVisibleTo(dialog)
    assert dialog.lacking.text().endswith(isolate(visit.title("fr")))
    sample_store.update(replace(sample_store.get(visit.id), participants=(person,)))
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert not dialog.lacking.isVisibleTo(dialog)


@pytest.mark.parametrize(
    ("reader", "more"),
    [(DateFormat("ar", DateStyle.LEVANT), "(+٦)"), (DateFormat("fr"), "(+6)")],
    ids=["ar", "fr"],
)
def test_the_events_named_read_in_the_sentence_of_the_readers_language(sample_store, reader, more):
    """The export dialog's note named English titles run together in an Arabic sentence:
    wrapped, they read out of order and its fourth line ran off the dialog's edge; it
    counted the rest "(+2)" in Latin digits among Arabic-Indic ones ("(+49995)" in French,
    ungrouped). One title a line, each in its own direction."""
    ids = [event.id for event in sample_store.find()]
    text = named(sample_store, ids, "en", reader)
    titles = text.removesuffix(f" {more}").split("\n")  # one a line
    assert text.endswith(f" {more}") and len(titles) == NAMED == len(ids) - 6
    assert all(title == isolate(title) and title.startswith("\u2068") for title in titles)
    grouped = DateFormat("fr").number(len(ids) * 5000 - NAMED)  # "54\u202f995"
    assert named(sample_store, ids * 5000, "en", DateFormat("fr")).endswith(f"(+{grouped})")


#: Words only an English page says: the furniture, the kinds, the generic source.
ENGLISH = {
    "the", "of", "and", "with", "reporting", "prepared", "continues", "latest", "busiest",
    "agreements", "event", "events", "kind", "place", "year", "official", "visit", "meeting",
    "sidelines", "signing", "entry", "force", "public", "restricted", "relationship", "glance",
}  # fmt: skip


@pytest.mark.parametrize("pages_wide", [1, 3])
def test_every_word_of_an_arabic_or_french_briefing_is_in_its_language(
    briefings, poppler, pages_wide
):
    """The summary, the table's headings and cells (sources included), the footers, the
    timeline's axis and labels: no Latin word on an Arabic page, no English on a French
    one (the sample's names all have both forms)."""
    arabic = poppler.text(briefings("ar", pages_wide))
    assert re.findall("[A-Za-z]+", arabic) == []
    french = re.findall(r"[^\W\d_]+", poppler.text(briefings("fr", pages_wide)))
    assert sorted({word for word in french if word.lower() in ENGLISH}) == []
    # Nor an Arabic word on an English or French page: the sample's outlet, هومبريس, is
    # Hom Press there, the name the sample's own note gives the article's outlet.
    for language in ("en", "fr"):
        text = poppler.text(briefings(language, pages_wide))
        assert re.findall("[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]+", text) == []
        assert "Hom Press" in text


@pytest.mark.parametrize(
    ("stored", "language", "printed"),
    [
        ("Public reporting", "ar", "مصادر علنية"),
        ("مصادر علنية", "fr", "Sources publiques"),
        ("AFP", "ar", "وكالة فرانس برس"),
        ("Maghreb Arabe Presse", "en", "Maghreb Arab Press (MAP)"),
        ("هومبريس", "fr", "Hom Press"),
        ("Le Matin", "ar", "Le Matin"),  # a name the table does not know: as stored
    ],
)
def test_an_outlet_is_printed_in_the_briefings_language(stored, language, printed):
    from timeline.export.briefing_outlets import outlet_in

    assert outlet_in(stored, language) == printed


def test_an_arabic_indic_briefing_has_no_latin_digit(shared_sample, poppler, tmp_path):
    """Its dates and counts are in Arabic-Indic digits, and so are the numbers of the
    titles stored in Latin ones (the 150th IPU assembly) in the timeline, the summary and
    the table: one set of digits on every page."""
    from timeline.domain.datetext import DateFormat, DateStyle
    from timeline.domain.filters import EventFilter
    from timeline.domain.view_state import ViewState
    from timeline.export.briefing_export import ExportRequest, export_file

    assert any("150" in event.title("ar") for event in shared_sample.find(EventFilter()))
    fmt = DateFormat("ar", DateStyle.LEVANT, arabic_digits=True)
    request = ExportRequest(ViewState(EventFilter(), fmt), pages_wide=2)
    path = tmp_path / "levant.pdf"
    export_file(shared_sample, path, request)
    text = poppler.text(path)
    assert re.findall("[0-9]+", text) == []
    assert poppler.squeezed("الدورة ١٥٠ للاتحاد البرلماني الدولي") in poppler.squeezed(text)


def test_what_the_user_typed_prints_in_the_readers_digits(shared_sample, poppler, tmp_path):
    """The title, the handling marking and the words searched for, typed with Latin digits,
    print in the Arabic-Indic ones of the page's dates and counts: "إحاطة 2025" stood above
    "٥–٩ نيسان ٢٠٢٥", and «150» beside "٤ أحداث"."""
    from timeline.domain.datetext import DateFormat, DateStyle
    from timeline.domain.filters import EventFilter
    from timeline.domain.view_state import ViewState
    from timeline.export.briefing_export import ExportRequest, export_file

    fmt = DateFormat("ar", DateStyle.LEVANT, arabic_digits=True)
    view = ViewState(EventFilter(text="150"), fmt)
    request = ExportRequest(view, title="إحاطة الوزير لعام 2025", marking="نسخة 3")
    path = tmp_path / "typed.pdf"
    export_file(shared_sample, path, request)
    text = poppler.squeezed(poppler.text(path))
    assert re.findall("[0-9]+", text) == []
    for typed in ("إحاطة الوزير لعام ٢٠٢٥", "نسخة ٣", "«١٥٠»"):
        assert poppler.squeezed(typed) in text
