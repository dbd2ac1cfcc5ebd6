"""How small a window may be made without cutting the lines of its wrapped labels."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QStyle, QWidget

from timeline.settings import Key, settings


def keep_wrapped_lines_whole(window: QWidget) -> None:
    """Make ``window`` no lower than its layout needs at its narrowest, every line of its
    wrapped labels counted.

    Qt gives a window its layout's minimum size, which counts one line for a label that
    wraps: shrunk to it, the window cut such a label's other lines and squeezed the
    buttons below it. At any greater width the lines are fewer, so this height suffices.
    Call it once the texts are set.
    """
    layout = window.layout()
    assert layout is not None, "a window laid out by a layout"
    window.ensurePolished()
    layout.activate()  # the window's minimum width, from its layout
    if layout.hasHeightForWidth():
        margins = window.contentsMargins()
        width = window.minimumWidth() - margins.left() - margins.right()
        lowest = layout.minimumHeightForWidth(width) + margins.top() + margins.bottom()
        window.setMinimumHeight(lowest)


class WholeScrollArea(QScrollArea):
    """Shows ``widget`` whole where the window has room for it, and scrolls it where the
    window is made smaller: a window of many fields that asks for them all as its minimum
    cannot be made to fit a small screen (the event editor asked for 998x783 px)."""

    def __init__(self, widget: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Not a stop of the Tab key: it held the focus, unseen, between Cancel and the first
        # field; the fields in it take the focus and scroll into view.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWidgetResizable(True)
        self.setWidget(widget)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._show_focused)

    def _show_focused(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Scroll to the field that took the focus, from wherever it came: Qt scrolls only
        for a Tab from another field in here, so Tab from Cancel round to the first field,
        or Save showing the first field with a problem, left it out of sight."""
        inside = self.widget()
        if new is not None and inside is not None and inside.isAncestorOf(new):
            self.ensureWidgetVisible(new)

    def sizeHint(self) -> QSize:
        """The widget's whole size (QScrollArea's own is at most 36 by 24 lines), and room
        for the vertical scroll bar beside it: on a screen too low for the widget, the bar
        took its width from the widget, which then scrolled sideways as well."""
        widget = self.widget()
        if widget is None:
            return super().sizeHint()
        bar = self.verticalScrollBar().sizeHint().width()
        return widget.sizeHint() + QSize(bar, 0)


def frame_size(window: QWidget) -> QSize:
    """What the window manager adds around ``window``: its title bar and borders. Known
    once a window is shown; before, that of the window it opens over (or of any shown
    window: they share a frame), or the style's guess of a title bar."""
    parent = window.parentWidget()
    for shown in (window, parent.window() if parent else None, QApplication.activeWindow()):
        if shown is not None and shown.isVisible():
            added = shown.frameGeometry().size() - shown.geometry().size()
            if not added.isEmpty():
                return added
    style = window.style()
    border = style.pixelMetric(QStyle.PixelMetric.PM_MdiSubWindowFrameWidth)
    title = style.pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight)
    return QSize(2 * border, title + 2 * border)


#: The width of a dialog that says one thing (a file refused, a database that would not open):
#: at its narrowest (its buttons' width) the Arabic open error wrapped its path and reason over
#: five lines 213 pixels wide.
MESSAGE_WIDTH = 560


def fit_as_message(window: QWidget) -> None:
    """Size ``window`` as a message: :data:`MESSAGE_WIDTH` wide, or as its buttons need
    (four French ones), or its screen's width; as high as its lines, none of them cut."""
    needed = window.minimumSizeHint().width()
    width = min(max(MESSAGE_WIDTH, needed), screen_room(window).width())
    window.setMinimumWidth(width)
    keep_wrapped_lines_whole(window)
    fit_on_screen(window, QSize(width, max(window.heightForWidth(width), window.minimumHeight())))


def fit_on_screen(window: QWidget, size: QSize | None = None) -> None:
    """Size ``window`` as it asks (or ``size``), but, its frame counted, no larger than the
    room its screen has: a window larger than a small screen opens with its edges and
    buttons off it, and one as high as the screen with its foot off it, below its title
    bar (the editor's Save on a laptop's 720 px). A window shown that grows is moved as
    far as it must to stay on the screen: the export dialog, placed for 402 pixels near an
    800×500 screen's foot, grew to 468 with its buttons under it."""
    window.resize((size or window.sizeHint()).boundedTo(screen_room(window)))
    if window.isVisible():
        room, frame = screen_of(window).availableGeometry(), window.frameGeometry()
        x = max(room.left(), min(frame.left(), room.left() + room.width() - frame.width()))
        y = max(room.top(), min(frame.top(), room.top() + room.height() - frame.height()))
        if (x, y) != (frame.left(), frame.top()):
            window.move(x, y)


def screen_of(widget: QWidget) -> QScreen:
    """The screen ``widget``'s window stands on; before it is shown, that of the window it
    opens over. Found by where the window is, not by ``QWidget.screen()``: PySide6 (6.11)
    ties the screen's wrapper to the widget's, and the import's preview, cancelled and
    collected as garbage, took the screen with it: the next dialog made (Export, Print)
    brought the application down."""
    window = widget.window()
    parent = window.parentWidget()
    if not window.isVisible() and parent is not None:
        window = parent.window()
    centre = window.mapToGlobal(window.rect().center())
    return QGuiApplication.screenAt(centre) or QGuiApplication.primaryScreen()


def screen_room(window: QWidget) -> QSize:
    """The room ``window`` has on its screen, inside its frame."""
    return screen_of(window).availableSize() - frame_size(window)


class _SizeKeeper(QObject):
    """Keeps its window's size, under its name, each time the window is closed."""

    def __init__(self, window: QWidget, name: str) -> None:
        super().__init__(window)
        self._key = Key.DIALOG_SIZE + name
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Hide and isinstance(watched, QWidget):
            settings().setValue(self._key, watched.size())
        return False


def remember_size(window: QWidget, name: str, size: QSize | None = None) -> None:
    """Open ``window`` at the size the user last left the window of that ``name`` at (else
    at ``size``, or as it asks), within its screen; keep its size when it closes. The
    editor, the article and the import's preview, made larger to read more, opened each
    time at their first size again."""
    kept = settings().value(Key.DIALOG_SIZE + name)
    fit_on_screen(window, kept if isinstance(kept, QSize) and kept.isValid() else size)
    _SizeKeeper(window, name)
