"""The countries of an event in the editor: a pair and its host, or a host and members."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from timeline.domain.countries import reading_order
from timeline.ui.country_picker import CODE_ROLE, CountryPicker
from timeline.ui.editor_support import (
    Quiet,
    buddy_label,
    identify,
)

# --------------------------------------------------------------------------- countries

#: The other members' list shows this many whole rows, and scrolls to the others.
MEMBER_ROWS = 5


class CountriesEditor(QWidget):
    """Two countries and an optional host for a bilateral kind; a host and members for a
    multilateral one."""

    changed = Signal()

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._pages = QStackedWidget(self)
        self._pages.addWidget(self._bilateral_page())
        self._pages.addWidget(self._multilateral_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._pages)
        self._show_page(0)

    def _picker(self, object_name: str, accessible_name: str) -> CountryPicker:
        picker = CountryPicker(self._language, self)
        identify(picker, object_name, accessible_name)
        picker.text_field().setPlaceholderText(self.tr("Type a name or an ISO code"))
        picker.editTextChanged.connect(self.changed)
        return picker

    def _bilateral_page(self) -> QWidget:
        page = QWidget(self)
        self.first = self._picker("countryA", self.tr("First country"))
        self.second = self._picker("countryB", self.tr("Second country"))
        self.pair_host = QComboBox(page)
        identify(self.pair_host, "pairHost", self.tr("Host country"))
        self.pair_host.currentIndexChanged.connect(self.changed)
        for picker in (self.first, self.second):
            picker.codeChanged.connect(self._refresh_pair_host)
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&First country"), self.first)
        form.addRow(self.tr("Se&cond country"), self.second)
        form.addRow(self.tr("&Host"), self.pair_host)
        self._refresh_pair_host()
        return page

    def _multilateral_page(self) -> QWidget:
        page = QWidget(self)
        self.host = self._picker("host", self.tr("Host country"))
        self._build_member_inputs(page)
        adder = QHBoxLayout()
        adder.addWidget(self.member_picker, 1)
        adder.addWidget(self.add_member)
        listing = QHBoxLayout()
        listing.addWidget(self.members, 1)
        listing.addWidget(self.remove_member, 0, Qt.AlignmentFlag.AlignTop)
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Host"), self.host)
        # A row of two: the key goes to the picker.
        form.addRow(buddy_label(self.tr("Add a &country"), self.member_picker, page), adder)
        form.addRow(self.tr("Other members"), listing)
        self._refresh_buttons()
        return page

    def _build_member_inputs(self, page: QWidget) -> None:
        """The picker, list and buttons of the members other than the host."""
        self.member_picker = self._picker("memberPicker", self.tr("Country to add"))
        self.members = QListWidget(page)
        identify(self.members, "members", self.tr("Other member countries"))
        # Whole rows, five of them, however the dialog is pressed: it showed three and half
        # of a fourth ("فرنسا" cut through), which reads as a list that ends there.
        rows = MEMBER_ROWS * self.members.fontMetrics().height()
        self.members.setFixedHeight(rows + 2 * self.members.frameWidth())
        self.add_member = QPushButton(self.tr("Add"), page)
        identify(self.add_member, "addMember", self.tr("Add member country"))
        self.remove_member = QPushButton(self.tr("Remove"), page)
        identify(self.remove_member, "removeMember", self.tr("Remove member country"))
        self.add_member.clicked.connect(self._add_member)
        field = self.member_picker.text_field()
        field.installEventFilter(self)
        # Enter on a name the completer lists: the completer writes its choice after the
        # field has seen the key (before, the field was emptied first, and the choice of
        # the emptied list's same row, Afghanistan, was left in it).
        field.returnPressed.connect(lambda: QTimer.singleShot(0, self, self._add_member))
        self.remove_member.clicked.connect(self._remove_member)
        self.member_picker.codeChanged.connect(self._refresh_buttons)
        self.members.itemSelectionChanged.connect(self._refresh_buttons)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the member picker adds the country typed, and only that: it reached
        the dialog, whose default button saved the event and closed it."""
        if (
            watched is self.member_picker.text_field()
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.member_picker.entered_text()
        ):
            self._add_member()
            return True
        return super().eventFilter(watched, event)

    def is_multilateral(self) -> bool:
        return self._pages.currentIndex() == 1

    def set_multilateral(self, multilateral: bool) -> None:
        """Switch pages, carrying the countries already chosen across."""
        if multilateral == self.is_multilateral():
            return
        countries, host = self.countries(), self.host_code()
        self._show_page(1 if multilateral else 0)
        self.set_countries(countries, host)

    def _show_page(self, index: int) -> None:
        """Show one page; hidden pages take no room, so no gap is left under the pair."""
        for number in range(self._pages.count()):
            policy = QSizePolicy.Policy.Preferred if number == index else QSizePolicy.Policy.Ignored
            page = self._pages.widget(number)
            assert page is not None
            page.setSizePolicy(policy, policy)
        self._pages.setCurrentIndex(index)
        self._pages.adjustSize()

    def countries(self) -> tuple[str, ...]:
        """The codes chosen (text that names no country is passed on for the domain to
        reject); the host of a gathering counts among its members."""
        if self.is_multilateral():
            codes = [self._entered(self.host), *self._member_codes()]
        else:
            codes = [self._entered(self.first), self._entered(self.second)]
        return tuple(code for code in codes if code)

    def host_code(self) -> str | None:
        if self.is_multilateral():
            return self._entered(self.host) or None
        return self.pair_host.currentData()

    def set_countries(self, countries: Sequence[str], host: str | None) -> None:
        """Show an event's countries and host on the current page."""
        if self.is_multilateral():
            self.host.set_code(host)
            self.members.clear()
            # By their names, as the reader looks for them: by code they read at random
            # ("United Arab Emirates, Bahrain, China, Germany, Algeria").
            for code in reading_order(countries, self._language):
                if code != host:
                    self._append_member(code)
        else:
            pair = [host] if host in countries else []
            pair += [code for code in countries if code != host]
            pair += [None, None]
            self.first.set_code(pair[0])
            self.second.set_code(pair[1])
            self.pair_host.setCurrentIndex(max(0, self.pair_host.findData(host)))
        self.changed.emit()

    def inputs_for(self, field: str) -> list[QWidget]:
        """The widgets to outline for a problem with ``countries`` or ``host``: the
        pickers whose text names no country, where there are any (a valid first country
        was outlined beside "Atlantis")."""
        if field == "countries" and self._unnamed():
            return list(self._unnamed())
        if self.is_multilateral():
            return [self.host] if field == "host" else [self.host, self.members]
        return [self.pair_host] if field == "host" else [self.first, self.second]

    def unnamed_texts(self) -> list[str]:
        """What was typed, on the page shown, in the pickers whose text names no country."""
        return [picker.entered_text() for picker in self._unnamed()]

    def _unnamed(self) -> list[CountryPicker]:
        pickers = [self.host] if self.is_multilateral() else [self.first, self.second]
        return [picker for picker in pickers if picker.entered_text() and picker.code() is None]

    def inputs(self) -> list[QWidget]:
        """Every input of both pages."""
        return [self.first, self.second, self.pair_host, self.host, self.members]

    def _entered(self, picker: CountryPicker) -> str:
        return picker.code() or picker.entered_text()

    def _member_codes(self) -> list[str]:
        return [self.members.item(row).data(CODE_ROLE) for row in range(self.members.count())]

    def _append_member(self, code: str) -> None:
        item = QListWidgetItem(self.member_picker.label_for(code))
        item.setData(CODE_ROLE, code)
        self.members.addItem(item)

    def _add_member(self) -> None:
        code = self.member_picker.code()
        if code and code not in self._member_codes():
            self._append_member(code)
            self.member_picker.set_code(None)
            self.changed.emit()

    def _remove_member(self) -> None:
        for item in self.members.selectedItems():
            self.members.takeItem(self.members.row(item))
        self.changed.emit()

    def _refresh_buttons(self) -> None:
        self.add_member.setEnabled(self.member_picker.code() is not None)
        self.remove_member.setEnabled(bool(self.members.selectedItems()))

    def _refresh_pair_host(self) -> None:
        """The host of a bilateral event is none, or one of its two countries."""
        chosen = self.pair_host.currentData()
        with Quiet(self.pair_host):
            self.pair_host.clear()
            self.pair_host.addItem(self.tr("None"), None)
            for picker in (self.first, self.second):
                code = picker.code()
                if code and self.pair_host.findData(code) < 0:
                    self.pair_host.addItem(picker.label_for(code), code)
            self.pair_host.setCurrentIndex(max(0, self.pair_host.findData(chosen)))
        if self.pair_host.currentData() != chosen:
            self.changed.emit()
