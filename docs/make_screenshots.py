"""Regenerate the screenshots in docs/screenshots (offscreen; run from the repository).

    python docs/make_screenshots.py

The main window comes from the app's own ``--screenshot``; dialogs are grabbed directly.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
OUT = Path(__file__).resolve().parent / "screenshots"


def window_shots() -> None:
    command = [sys.executable, "-m", "timeline", "--sample"]
    for language in ("en", "ar"):
        style = ["--date-style", "maghreb"]
        subprocess.run([*command, "--lang", language, *style, "--screenshot",
                        OUT / f"main-{language}.png"], check=True)  # fmt: skip
        subprocess.run([*command, "--lang", language, *style, "--screenshot",
                        OUT / f"day-{language}.png", "--centre", "2025-04-07", "--days", "12"],
                       check=True)  # fmt: skip


def reader_shots() -> None:
    """The main window for each reader: Arabic in two regional styles, English, French."""
    command = [sys.executable, "-m", "timeline", "--sample"]
    for language, style, name in (
        ("ar", "maghreb", "window-ar-maghreb"),
        ("ar", "levant", "window-ar-levant"),
        ("en", "maghreb", "window-en"),
        ("fr", "maghreb", "window-fr"),
    ):
        subprocess.run([*command, "--lang", language, "--date-style", style,
                        "--screenshot", OUT / f"{name}.png"], check=True)  # fmt: skip


def high_dpi_shot() -> None:
    """The Arabic window at 200 % scale (high-DPI): nothing may be clipped."""
    shot = OUT / "window-ar-200percent.png"
    command = [sys.executable, "-m", "timeline", "--sample", "--lang", "ar", "--date-style",
               "maghreb", "--size", "1400x800", "--screenshot", shot]  # fmt: skip
    subprocess.run(command, check=True, env={**os.environ, "QT_SCALE_FACTOR": "2"})


#: The timeline at every zoom and density (issue 16): (name, source, language, size, centre,
#: days, extra arguments). The 50,000-event database is the benchmarks' synthetic one.
SCALE_SHOTS = [
    ("scale-50k-fit-en", "50k", "en", "1600x900", None, None, []),
    ("scale-50k-fit-ar-small", "50k", "ar", "800x500", None, None, []),
    ("scale-50k-decade-en", "50k", "en", "1600x900", "2011-06-01", 3653, []),
    ("scale-50k-year-ar", "50k", "ar", "1600x900", "2011-06-01", 365, []),
    ("scale-50k-month-en-small", "50k", "en", "800x500", "2011-06-01", 31, []),
    ("scale-50k-3day-en", "50k", "en", "1600x900", "2011-06-01", 3, []),
    ("scale-50k-day-ar", "50k", "ar", "1600x900", "2011-06-01", 1, []),
    ("scale-sample-fit-ar-small", "sample", "ar", "800x500", None, None, []),
    ("scale-sample-month-en-small", "sample", "en", "800x500", "2025-04-07", 31, []),
    ("scale-sample-day-ar", "sample", "ar", "1600x900", "2025-04-07", 1, []),
    ("scale-sample-day-en", "sample", "en", "1600x900", "2025-04-07", 1, []),
    ("scale-sample-no-match-en-small", "sample", "en", "800x500", None, None, ["--text", "zzz"]),
    # A quiet day between the IPU assembly and the forum: the note offering both.
    ("scale-sample-quiet-day-en-small", "sample", "en", "800x500", "2025-04-15", 1, []),
    ("scale-sample-quiet-day-ar", "sample", "ar", "1600x900", "2025-04-15", 1, []),
]


def scale_shots() -> None:
    """The chosen dozen of issue 16."""
    sys.path.insert(0, str(OUT.parent.parent))
    from benchmarks.generate import build

    sources = {"sample": ["--sample"], "50k": ["--database", str(build(50_000))]}
    for name, source, language, size, centre, days, extra in SCALE_SHOTS:
        command = [sys.executable, "-m", "timeline", *sources[source], "--lang", language,
                   "--size", size, "--screenshot", OUT / f"{name}.png", *extra]  # fmt: skip
        if centre is not None:
            command += ["--centre", centre, "--days", str(days)]
        subprocess.run(command, check=True)


def editor_shots() -> None:
    from PySide6.QtWidgets import QApplication

    from timeline.domain.datetext import DateFormat, DateStyle
    from timeline.io.sample import sample_events
    from timeline.ui.editor import EventEditorDialog
    from timeline.ui.fonts import widget_font
    from timeline.ui.translations import use_language

    app = QApplication.instance() or QApplication([])
    app.setFont(widget_font(13))
    # The visit to Rabat: its place and people in three languages.
    entry = next(e for e in sample_events() if e.place.city == "Rabat")
    for language in ("en", "ar"):
        use_language(language)  # the labels in the language, the layout mirrored in Arabic
        dialog = EventEditorDialog(None, DateFormat(language, DateStyle.MAGHREB), entry)
        dialog.resize(dialog.sizeHint())  # whole, as on a screen with room for it
        dialog.show()
        app.processEvents()
        dialog.grab().save(str(OUT / f"editor-{language}.png"))
        dialog.close()


BRIEFING = {
    "ar": ("مقيد", "maghreb"),
    "en": ("Restricted", "maghreb"),
    "fr": ("Diffusion restreinte", "maghreb"),
}
DPI = 80


def briefing_shots() -> None:
    """Page 1 of the sample pair's briefing in each language (pdftoppm, as a reader sees
    it), and the timeline of an Arabic briefing three pages wide taped together."""
    command = [sys.executable, "-m", "timeline", "export", "--sample", "--pair", "MA", "KZ"]
    with tempfile.TemporaryDirectory() as folder:
        for language, (marking, style) in BRIEFING.items():
            pdf = Path(folder) / f"{language}.pdf"
            subprocess.run([*command, "--lang", language, "--date-style", style,
                            "--marking", marking, pdf], check=True)  # fmt: skip
            page = OUT / f"briefing-{language}-1"
            subprocess.run(["pdftoppm", "-r", str(DPI), "-png", "-f", "1", "-l", "1",
                            "-singlefile", pdf, page], check=True)  # fmt: skip
        taped_shot(Path(folder))


def closing_shot() -> None:
    """The last page of Morocco's briefing in Arabic: its agreements (both calendars, the
    days to entry into force) and what is coming up."""
    command = [sys.executable, "-m", "timeline", "export", "--sample", "--country", "MA",
               "--lang", "ar", "--date-style", "maghreb"]  # fmt: skip
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "ma.pdf"
        subprocess.run([*command, pdf], check=True)
        pages = Path(folder) / "page"
        subprocess.run(["pdftoppm", "-r", str(DPI), "-png", pdf, pages], check=True)
        last = sorted(Path(folder).glob("page-*.png"))[-1]
        (OUT / "briefing-ar-closing.png").write_bytes(last.read_bytes())


def taped_shot(folder: Path) -> None:
    """The three timeline pages of an Arabic briefing cut to their bands and laid so that
    their shared overlap coincides, the first part on the right as an Arabic reader tapes
    them: one picture of the whole period. The whole sample on portrait paper: Morocco
    and Kazakhstan alone are thin enough three wide that one page shows them as well."""
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtWidgets import QApplication

    from timeline.domain.datetext import DateFormat, DateStyle
    from timeline.domain.filters import EventFilter
    from timeline.domain.view_state import ViewState
    from timeline.export.briefing_export import ExportRequest, export_file, plan_briefing
    from timeline.export.drawing import OVERLAP
    from timeline.export.page_setup import MARGIN_MM, UNITS_PER_INCH, PageSetup
    from timeline.io.sample import load_sample
    from timeline.store.database import open_database
    from timeline.store.repository import EventStore

    _app = QApplication.instance() or QApplication([])
    store = EventStore(open_database(folder / "sample.sqlite3"))
    load_sample(store)
    fmt = DateFormat("ar", DateStyle.MAGHREB)
    view = ViewState(EventFilter(), fmt)
    request = ExportRequest(view, pages_wide=3, marking="مقيد", page=PageSetup("A4", False))
    pdf = folder / "wide.pdf"
    export_file(store, pdf, request)
    briefing = plan_briefing(store, request, request.page.page_layout())
    store.database.close()
    parts = len(briefing.drawing.heights)
    assert parts == 3, f"the taped picture needs three parts, the briefing has {parts}"
    subprocess.run(["pdftoppm", "-r", str(DPI), "-png", "-f", "1", "-l", "3", pdf,
                    folder / "wide"], check=True)  # fmt: skip
    pixels = DPI / UNITS_PER_INCH
    margin = MARGIN_MM / 25.4 * DPI
    width = briefing.content.width() * pixels
    height = round(max(briefing.drawing.heights) * pixels)
    step = width * (1 - OVERLAP)
    taped = QImage(round(width + 2 * step), height, QImage.Format.Format_RGB32)
    taped.fill(QColor("white"))
    painter = QPainter(taped)
    for number, page in enumerate(briefing.pages[:3]):
        top = page.band_top * pixels + margin
        image = QImage(str(folder / f"wide-{number + 1}.png"))
        part = round(briefing.drawing.heights[number] * pixels)  # a quieter part may end higher
        band = image.copy(round(margin), round(top), round(width), part)
        painter.drawImage(round(2 * step - number * step), 0, band)  # part 1 on the right
    painter.end()
    taped.save(str(OUT / "briefing-ar-3-pages-taped.png"))


def thread_shots() -> None:
    """Issue 19: agreements as threads and linked events, in English and Arabic, in a
    temporary copy of the sample with temporary settings. The Morocco–Kazakhstan pair with
    its visa thread selected (highlighted), an announced business forum (hollow) and a
    cancelled visit added (struck through, as the View menu's "Show cancelled events"
    asks); and the whole sample with the IPU assembly selected, its sideline meetings
    highlighted."""
    from dataclasses import replace
    from datetime import date

    from timeline.domain.dates import EventDate
    from timeline.domain.datetext import DateFormat, DateStyle
    from timeline.domain.event import Place
    from timeline.domain.filters import EventFilter
    from timeline.domain.kinds import EventKind
    from timeline.domain.status import EventStatus
    from timeline.io.sample import load_sample, open_sample_store
    from timeline.store.database import open_database
    from timeline.store.repository import EventStore
    from timeline.ui.app import application
    from timeline.ui.main_window import MainWindow

    with tempfile.TemporaryDirectory() as folder:
        os.environ["XDG_CONFIG_HOME"] = folder  # the toggle below stays out of your settings
        store = EventStore(open_database(Path(folder) / "sample.sqlite3"))
        load_sample(store)
        events = store.find()
        visit = next(e for e in events if e.title_en.startswith("Kazakh Foreign Minister"))
        titles = ("title_ar", "title_en", "title_fr")
        for day, kind, names, place, status in (
            (date(2025, 7, 8), EventKind.OFFICIAL_VISIT,
             ("زيارة وزير الخارجية المغربي إلى أستانا",
              "Moroccan Foreign Minister's visit to Astana",
              "Visite du ministre marocain des Affaires étrangères à Astana"),
             Place("Astana", "KZ"), EventStatus.CANCELLED),
            (date(2025, 10, 14), EventKind.BILATERAL_MEETING,
             ("منتدى الأعمال المغربي الكازاخستاني في الدار البيضاء",
              "Morocco–Kazakhstan business forum in Casablanca",
              "Forum d'affaires Maroc–Kazakhstan à Casablanca"),
             Place("Casablanca", "MA"), EventStatus.ANNOUNCED),
        ):  # fmt: skip
            made = replace(visit, id=None, version=0, kind=kind, date=EventDate.on(day))
            made = replace(made, place=place, participants=(), sources=(), status=status)
            store.add(replace(made, **dict(zip(titles, names, strict=True))))
        signed = next(
            e
            for e in events
            if e.title_en.startswith("Morocco–Kazakhstan visa exemption agreement")
        )
        assembly = next(e for e in events if e.title_en.startswith("150th Assembly"))
        for language in ("en", "ar"):
            app = application(language)
            fmt = DateFormat(language, DateStyle.MAGHREB)
            shots = (
                (f"threads-{language}.png", EventFilter(), (), assembly.id),
                (
                    f"threads-pair-{language}.png",
                    EventFilter.pair("MA", "KZ"),
                    ("MA", "KZ"),
                    signed.id,
                ),
            )
            for name, event_filter, order, selected in shots:
                window = MainWindow(
                    store,
                    fmt,
                    open_sample_store,
                    False,
                    event_filter,
                    remember_state=False,
                    order=order,
                )
                window.set_cancelled_shown(True)
                window.resize(1600, 900)
                window.show()
                app.processEvents()
                window.timeline.fit_all()
                window.event_list.select_event(selected)
                app.processEvents()
                window.grab().save(str(OUT / name))
                window.close()
        store.database.close()


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    window_shots()
    reader_shots()
    high_dpi_shot()
    scale_shots()
    editor_shots()
    briefing_shots()
    thread_shots()
    closing_shot()
