"""Starting the window: application object, fonts, direction, and the screenshot mode."""

from __future__ import annotations

import ctypes
import gc
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication, QImageWriter
from PySide6.QtWidgets import QApplication

from timeline.domain.datetext import DateFormat
from timeline.domain.filters import EventFilter
from timeline.domain.messages import message
from timeline.export.drawing import image_bytes
from timeline.io.atomic import ExportError, write_atomically
from timeline.render.describe import describe
from timeline.settings import set_application_names
from timeline.store.repository import EventStore
from timeline.ui.about_dialog import app_icon
from timeline.ui.fonts import widget_font
from timeline.ui.main_window import MainWindow
from timeline.ui.signals import SignalExit
from timeline.ui.translations import use_language

_OFFSCREEN_NOISE = (
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard",
)


def _quiet_offscreen(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Without a screen, Qt says it cannot resize or raise windows: true and harmless, so
    ``--screenshot`` and the headless exports print nothing but real problems."""
    if not message.startswith(_OFFSCREEN_NOISE):
        print(message, file=sys.stderr)


def application(language: str) -> QApplication:
    """The one QApplication, set up for ``language`` (Arabic mirrors the whole UI)."""
    app = QApplication.instance()
    if app is None:
        if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
            qInstallMessageHandler(_quiet_offscreen)
        set_application_names()
        app = QApplication(sys.argv[:1])
        settle()
    assert isinstance(app, QApplication)
    app.setFont(widget_font(13))
    app.setWindowIcon(app_icon())
    # Lets Wayland and GNOME match the window to its desktop entry and icon.
    QGuiApplication.setDesktopFileName("org.diplomatictimeline.DiplomaticTimeline")
    use_language(language)
    return app


#: Objects made and not yet freed before the collector of reference cycles looks at the
#: young ones (Python's default: 700). A frame's shapes live until the next frame: a 4K
#: frame at fit-all makes some 5,000, so the collector looked three times a frame (0.6-0.9
#: ms of it), and as often at the older objects every tenth time, and at all of them (15-20
#: ms, one frame in a few hundred) every hundredth: now once in some twenty such frames.
_YOUNG_OBJECTS = 20_000


def settle() -> None:
    """Have the collector of reference cycles skip what the program has made so far (its
    modules, classes and functions: about 100,000 objects, never garbage). A full collection
    looked at each of them again, 80-100 ms on the benchmarks' machine: a stall in the
    middle of a wheel turn. Only what is made afterwards is looked at (7-10 ms), and the
    young objects only once there are many (:data:`_YOUNG_OBJECTS`). And big blocks of
    memory go back to the system when freed (see _give_back_big_blocks)."""
    gc.freeze()
    gc.set_threshold(_YOUNG_OBJECTS, *gc.get_threshold()[1:])
    _give_back_big_blocks()


#: glibc's mallopt() parameter for the size from which a block is mapped on its own.
_M_MMAP_THRESHOLD = -3
#: glibc's mallopt() parameter for the most heaps ("arenas") its threads allocate from.
_M_ARENA_MAX = -8
#: Two heaps: the interface thread's and one for the threads that read and write the
#: columns beside it. By default glibc gives threads up to eight per core, each keeping
#: what was freed in it: the peak memory of benchmarks/run.py at a million events was
#: 500 MB instead of 462-467 (the columns decoded, patched and written to their cache file
#: by threads of their own).
_HEAPS = 2
#: 4 MB: a million events' column of days or ids (8 MB) or a slice's text (5 MB) is
#: mapped; smaller arrays are not, since mapping each anew costs page faults (from 1 MB on,
#: an edit's next frame at a million events took 40-50 ms more).
_MAPPED_FROM = 4 * 1024 * 1024


def _give_back_big_blocks() -> None:
    """Have glibc map each block of 4 MB or more by itself, so that freeing it gives the
    memory back to the system. By default glibc raises that size to the largest block freed
    so far (up to 32 MB), and then the columns of a million events and the texts they are
    read from come from its heaps, which keep what is freed: the peak memory of
    benchmarks/run.py at a million events was 483 MB instead of 456. And the threads share
    :data:`_HEAPS` heaps. Nothing elsewhere."""
    if not sys.platform.startswith("linux"):
        return
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):  # a C library without it (musl has one that does nothing)
        return
    mallopt(_M_MMAP_THRESHOLD, _MAPPED_FROM)
    mallopt(_M_ARENA_MAX, _HEAPS)


#: What ``--screenshot`` writes, by the file's extension: Qt's image writers' names.
SCREENSHOT_FORMATS = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG", ".webp": "WEBP"}


def screenshot_format(path: Path) -> str | None:
    """The image format ``path``'s extension names, if Qt can write it here."""
    name = SCREENSHOT_FORMATS.get(path.suffix.lower())
    writable = {
        bytes(item.data()).decode().upper() for item in QImageWriter.supportedImageFormats()
    }
    return name if name in writable else None


@dataclass(frozen=True)
class Shot:
    """A screenshot to take instead of opening the window for people; ``format`` is from
    :func:`screenshot_format`."""

    path: Path
    format: str = "PNG"
    size: tuple[int, int] = (1600, 900)
    describe: Path | None = None  # also write what the timeline shows, as JSON


def run_window(
    store: EventStore,
    fmt: DateFormat,
    open_sample: Callable[[], EventStore],
    temporary: bool,
    event_filter: EventFilter,
    order: tuple[str, ...] = (),
    shot: Shot | None = None,
    today: Callable[[], date] = date.today,
    centre: date | None = None,
    days: float | None = None,
) -> int:
    """Show the main window; with a ``shot``, save it as an image once loaded and return.
    ``today``: the window's clock (MainWindow). ``centre``: the day the view opens on,
    ``days`` across it (else the zoom it opens at), for a screenshot and for people alike."""
    app = application(fmt.language)
    # A filter from the command line wins over the one remembered from last time.
    given = event_filter if event_filter != EventFilter() else None
    window = MainWindow(
        store,
        fmt,
        open_sample,
        temporary,
        given,
        remember_state=shot is None,
        order=order,
        today=today,
    )
    if shot is None:
        SignalExit(app)
        window.show()
        if centre is not None:  # over the view restored from last time
            window.timeline.go_to(centre, days)
        return app.exec()
    window.resize(*shot.size)
    window.show()
    app.processEvents()
    made, asked = f"{window.width()}x{window.height()}", f"{shot.size[0]}x{shot.size[1]}"
    if made != asked:  # below the least size its toolbar and panes allow: said, not silent
        smaller = message("screenshot.smaller", made=made, asked=asked)
        print(f"diplomatic-timeline: {smaller.render(fmt.language)}", file=sys.stderr)
    window.timeline.fit_all()
    if centre is not None:
        window.timeline.go_to(centre, days)
    app.processEvents()
    image = window.grab().toImage()
    try:
        # Whole or not at all, and why not in the reader's language, as an export says it:
        # "cannot write the PNG" was English, and did not say why.
        write_atomically(shot.path, lambda: image_bytes(image, shot.format))
        if shot.describe is not None:
            text = json.dumps(describe(window.timeline.current_layout()), ensure_ascii=False)
            write_atomically(shot.describe, lambda: f"{text}\n".encode())
    except ExportError as error:
        print(
            f"diplomatic-timeline: {error.in_language(fmt.language, fmt.digits)}", file=sys.stderr
        )
        return 1
    finally:
        window.close()
    return 0
