"""The event editor: a form that assembles an Event and shows the domain's problems live.

The dialog holds no rules of its own. On every change it builds the candidate event (the
domain's constructors and :meth:`Event.problems` decide what is wrong) and lists each problem
under the form, prefixed with the translated name of the field, while outlining the widget.

Input is never lost by closing: Cancel, Escape or the window's close button ask whether to
save, discard or go on editing, and a terminal signal keeps it as a draft
(:mod:`timeline.ui.editor_draft`) that the editor offers back next time.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from datetime import date
from functools import partial
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from timeline.domain.agreements import Agreement, AgreementStep
from timeline.domain.countries import country_name
from timeline.domain.dateinput import parse_user_day
from timeline.domain.dates import EventDate, FuzzyDate, Precision
from timeline.domain.datetext import DateFormat, in_digits
from timeline.domain.direction import isolate, ltr_examples
from timeline.domain.errors import ValidationError
from timeline.domain.event import Event, Forms, Participant, Place, Source
from timeline.domain.kinds import EventKind
from timeline.domain.languages import is_right_to_left
from timeline.domain.messages import Message
from timeline.domain.status import EventStatus
from timeline.ui.countries_editor import CountriesEditor
from timeline.ui.country_picker import CountryPicker
from timeline.ui.date_row import DateRow
from timeline.ui.editor_columns import Columns
from timeline.ui.editor_draft import drop_draft, keep_draft, restore, snapshot, stored_draft
from timeline.ui.editor_support import (
    EDITOR_STYLE,
    buddy_label,
    fill,
    follow_direction,
    identify,
    plain_label,
    set_invalid,
)
from timeline.ui.field_names import INDEXED_FIELD, field_name, with_field
from timeline.ui.fonts import widget_font
from timeline.ui.name_forms import FormsEdits, saved, shown
from timeline.ui.radio_choice import tab_to_the_chosen
from timeline.ui.rows_editor import Named, RowsEditor
from timeline.ui.window_size import (
    WholeScrollArea,
    fit_on_screen,
    keep_wrapped_lines_whole,
    remember_size,
)
from timeline.ui.wrapped_label import wrap_lines

_TAG_SEPARATORS = re.compile(r"[,،]")  # the Latin and the Arabic comma
#: Stands in for a date that does not parse, so the other problems can still be listed.
_PLACEHOLDER_DATE = EventDate(FuzzyDate(2000))
_T = TypeVar("_T")


class EventEditorDialog(QDialog):
    """Creates or edits one event; Save is enabled only while the domain finds no problem."""

    def __init__(
        self,
        parent: QWidget | None,
        fmt: DateFormat,
        event: Event | None = None,
        draft_key: str | None = None,
        today: Callable[[], date] = date.today,
        agreement: Agreement | None = None,
    ) -> None:
        """``draft_key`` (see :func:`~timeline.ui.editor_draft.draft_key`) names where
        unsaved input is kept when a terminal signal ends the app; ``today``: the window's
        clock, whose day a new event starts on; ``agreement``: the one the event is a step
        of, named by its title (its id, "ma-az-visa-waiver", meant nothing to a reader)."""
        super().__init__(parent)
        self._fmt = fmt
        self._today = today
        self._original = event
        self._draft_key = draft_key
        self._kept = False  # the input was kept as a draft: closing asks nothing
        self._problems: list[ValidationError] = []
        #: A blank new event keeps its problems to itself until something is typed or
        #: Save pressed: it opened already listing two, its boxes outlined in red.
        self._quiet = event is None
        self._loading = False
        #: The end as it read when "Has an end date" was unticked, and in which calendar.
        self._unticked_end: tuple[FuzzyDate, bool] | None = None
        self._agreement = agreement
        # An agreement's next step, prefilled, is a new event until it is saved.
        editing = event is not None and event.id is not None
        self.setWindowTitle(self.tr("Edit event") if editing else self.tr("New event"))
        self.setFont(widget_font())
        if is_right_to_left(fmt.language):
            self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self._build_inputs()
        self._lay_out()
        # Once every input is in its place: each move of a widget under a style sheet
        # styled it again, and its children (the country lists) with it.
        self.setStyleSheet(EDITOR_STYLE)
        for layout in self.findChildren(QLayout):
            layout.invalidate()
        self._keep_a_date_and_a_title_whole()  # before the problems' lines are counted
        self._connect()
        self._set_tab_order()
        self._load(event)
        self._loaded = snapshot(self)
        #: What the editor opened with is itself unsaved (see :meth:`hold_as_unsaved`).
        self._unsaved = False
        self._fit_on_screen()

    # ---- construction

    def _keep_a_date_and_a_title_whole(self) -> None:
        """No smaller than one column of boxes (a title's field whole, a date's fields) and
        the date's box: made as small as Qt let it (188x236), it showed one cut row of
        fields between two scroll bars."""
        bar = self._scroll.verticalScrollBar().sizeHint().width()
        self._scroll.setMinimumSize(
            self.columns.one_column_width() + bar, self._date_box.minimumSizeHint().height()
        )

    def _fit_on_screen(self) -> None:
        """As large as the dialog asks, within its screen: in one column, narrower and
        taller, on a screen narrower than the two columns. Or as the user left it."""
        fit_on_screen(self)
        if self.width() < self.sizeHint().width():
            self.columns.fit(0)
            fit_on_screen(self)
        remember_size(self, "editor", self.size())

    def _build_inputs(self) -> None:
        language = self._fmt.language
        self.kind = QComboBox(self)
        identify(self.kind, "kind", self.tr("Kind"))
        for kind in EventKind:
            self.kind.addItem(kind.info.name(language), kind)
        self.status = QComboBox(self)
        identify(self.status, "status", self.tr("Status"))
        for status in EventStatus:
            # A choice as the kinds' and steps' are named, with a capital: "Held", "A eu lieu".
            name = status.name_in(language)
            self.status.addItem(name[:1].upper() + name[1:], status)
        self.status.setCurrentIndex(self.status.findData(EventStatus.HELD))
        # A step of an agreement: which step, and who approved or ratified (shown only then).
        self.step = QComboBox(self)
        identify(self.step, "agreementStep", self.tr("Step of the agreement"))
        for step in AgreementStep:
            self.step.addItem(step.name_in(language), step)
        self.party = QComboBox(self)
        identify(self.party, "agreementParty", self.tr("Party that approved or ratified"))
        self.countries = CountriesEditor(language, self)
        self.title_ar = self._line_edit("titleAr", self.tr("Title in Arabic"))
        self.title_ar.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.title_en = self._line_edit("titleEn", self.tr("Title in English"))
        self.title_fr = self._line_edit("titleFr", self.tr("Title in French"))
        self.summary = QPlainTextEdit(self)
        identify(self.summary, "summary", self.tr("Summary"))
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.tags = self._line_edit("tags", self.tr("Tags"))
        self.tags.setPlaceholderText(self.tr("Separated by commas"))
        self._build_date_inputs()
        self.city_ar = self._line_edit("cityAr", self.tr("City in Arabic"))
        self.city_ar.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.city_en = self._line_edit("cityEn", self.tr("City in English"))
        self.city_fr = self._line_edit("cityFr", self.tr("City in French"))
        self.city = FormsEdits((self.city_ar, self.city_en, self.city_fr))
        self.place_country = CountryPicker(language, self)
        identify(self.place_country, "placeCountry", self.tr("Country of the place"))
        self.place_country.text_field().setPlaceholderText(self.tr("None"))
        self._build_tables()
        self._build_feedback()

    def _build_tables(self) -> None:
        self.participants = RowsEditor(
            [
                self.tr("Name (Arabic)"),
                self.tr("Name (English)"),
                self.tr("Name (French)"),
                self.tr("Office (Arabic)"),
                self.tr("Office (English)"),
                self.tr("Office (French)"),
                self.tr("Country code"),
            ],
            (
                Named("participants", self.tr("Participants")),
                Named("addParticipant", self.tr("Add a participant")),
                Named("removeParticipant", self.tr("Remove the selected participants")),
            ),
            self,
            add=self.tr("&Add", "a participant"),
        )
        self.participants.narrow_column(6)  # the country code: two letters
        self.sources = RowsEditor(
            [self.tr("URL"), self.tr("Outlet"), self.tr("Published")],
            (
                Named("sources", self.tr("Sources")),
                Named("addSource", self.tr("Add a source")),
                Named("removeSource", self.tr("Remove the selected sources")),
            ),
            self,
            add=self.tr("A&dd", "a source"),
        )
        # As the reader types a day: "YYYY-MM-DD" told an Egyptian reader of hyphens where
        # the column writes ٢٠٢٥/٠٤/٠٨ (DateFormat.typed_day).
        example = ltr_examples(self._fmt.typed_day(date(2025, 3, 19)))
        tip = fill(self.tr("The day of publication, such as %1, or empty"), example)
        self.sources.set_header_tip(2, tip)

    def _line_edit(self, object_name: str, accessible_name: str) -> QLineEdit:
        edit = QLineEdit(self)
        identify(edit, object_name, accessible_name)
        edit.setMinimumWidth(edit.fontMetrics().averageCharWidth() * 52)
        return edit

    def _build_date_inputs(self) -> None:
        today = FuzzyDate.from_date(self._today())
        self.start = DateRow(self._fmt, "start", self.tr("Start date"), today, parent=self)
        self.end = DateRow(self._fmt, "end", self.tr("End date"), today, field="end", parent=self)
        self.has_end = QCheckBox(self.tr("Has an &end date"), self)
        identify(self.has_end, "hasEnd", self.tr("Has an end date"))
        self.lasted = QRadioButton(self.tr("Lasted the whole span"), self)
        identify(self.lasted, "lastedSpan", self.tr("Lasted the whole span"))
        self.within = QRadioButton(self.tr("On one day &within it"), self)
        identify(self.within, "oneDayWithin", self.tr("On one day within it"))
        self.span_choice = QButtonGroup(self)
        self.span_choice.addButton(self.lasted)
        self.span_choice.addButton(self.within)
        self.lasted.setChecked(True)
        tab_to_the_chosen(self.lasted, self.within)

    def _build_feedback(self) -> None:
        self.problems_label = plain_label("", self)
        identify(self.problems_label, "problems", self.tr("Problems"))
        wrap_lines(self.problems_label)
        self.problems_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        identify(self.save_button, "saveButton", self.tr("Save"))
        self.save_button.setText(self.tr("Sa&ve"))  # Qt's own "Save" has no key
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        identify(cancel, "cancelButton", self.tr("Cancel"))
        self.save_button.setDefault(True)

    def _lay_out(self) -> None:
        event_box, place_box = self._left_column()
        date_box, sources_box = self._right_column()
        # In one column: what, when, where, then the sources (the order of the Tab key).
        reading = (event_box, date_box, place_box, sources_box)
        self.columns = Columns((event_box, place_box), (date_box, sources_box), reading, self)
        fields = QWidget(self)
        inner = QVBoxLayout(fields)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(self.columns.layout)
        # Full width: a name's three forms and an office's sit side by side.
        inner.addWidget(self._titled(self.tr("Participants"), self.participants))
        layout = QVBoxLayout(self)
        # The fields scroll on a screen too small for them; the problems and Save stay.
        self._scroll = WholeScrollArea(fields, self)
        self.columns.follow(self._scroll.viewport())
        layout.addWidget(self._scroll)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.buttons)

    def _left_column(self) -> tuple[QGroupBox, QGroupBox]:
        event_box = QGroupBox(self.tr("Event"), self)
        form = QFormLayout(event_box)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("Countries"), self.countries)
        form.addRow(self.tr("Title (Ara&bic)"), self.title_ar)
        form.addRow(self.tr("Title (Eng&lish)"), self.title_en)
        form.addRow(self.tr("Title (F&rench)"), self.title_fr)
        form.addRow(self.tr("Su&mmary"), self.summary)
        form.addRow(self.tr("Ta&gs"), self.tags)
        return event_box, self._place_box()

    def _place_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Place"), self)
        form = QFormLayout(box)
        form.addRow(self.tr("Ci&ty (Arabic)"), self.city_ar)
        form.addRow(self.tr("C&ity (English)"), self.city_en)
        form.addRow(self.tr("Cit&y (French)"), self.city_fr)
        form.addRow(self.tr("C&ountry"), self.place_country)
        return box

    def _right_column(self) -> tuple[QGroupBox, QGroupBox]:
        date_box = self._date_box = QGroupBox(self.tr("Date"), self)
        form = QFormLayout(date_box)
        # A date is a row of fields: its label's key goes to the first, Tab to the others.
        form.addRow(buddy_label(self.tr("&Start"), self.start.precision, self), self.start)
        form.addRow("", self.has_end)
        form.addRow(buddy_label(self.tr("E&nd"), self.end.precision, self), self.end)
        form.addRow("", self.lasted)
        form.addRow("", self.within)
        form.addRow(self.tr("Stat&us"), self.status)
        if self._original is not None and self._original.agreement_id is not None:
            agreement = self._agreement
            named = in_digits(agreement.title(self._fmt.language), self._fmt) if agreement else ""
            name = plain_label(named or self._original.agreement_id, self)
            name.setObjectName("agreementName")
            form.addRow(self.tr("Agreement"), name)
            form.addRow(self.tr("Ste&p"), self.step)
            form.addRow(self.tr("Party"), self.party)
        else:  # not laid out: shown, they would float over the dialog's corner
            self.step.hide()
            self.party.hide()
        return date_box, self._titled(self.tr("Sources"), self.sources)

    def _set_tab_order(self) -> None:
        """Tab follows the boxes in their reading order, each box top to bottom: what,
        when, where, the sources, who. It followed the order the inputs were made in: from
        the kind to the status at the foot of the date box, then back to the countries;
        and from the start date to "has an end date" past the end's fields."""
        countries = self.countries
        dates = [self.start, self.has_end, self.end]
        chain: list[QWidget] = [
            self.kind,
            countries.first,
            countries.second,
            countries.pair_host,
            countries.host,
            countries.member_picker,
            countries.add_member,
            countries.members,
            countries.remove_member,
            self.title_ar,
            self.title_en,
            self.title_fr,
            self.summary,
            self.tags,
            *(box for row in dates for box in _focus_chain(row)),
            self.lasted,
            self.within,
            self.status,
            self.step,
            self.party,
            self.city_ar,
            self.city_en,
            self.city_fr,
            self.place_country,
            *(part for rows in (self.sources, self.participants) for part in _rows_parts(rows)),
        ]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        self._chain = chain  # the form's order, which its problems are listed in

    def _titled(self, title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title, self)
        layout = QVBoxLayout(box)
        layout.addWidget(widget)
        return box

    def _connect(self) -> None:
        for arabic in (self.title_ar, self.city_ar):
            follow_direction(arabic, Qt.LayoutDirection.RightToLeft)
        edits = (self.title_en, self.title_fr, self.summary, self.city_en, self.city_fr, self.tags)
        for edit in edits:
            follow_direction(edit)
        for signal in (
            self.city_ar.textChanged,
            self.city_en.textChanged,
            self.city_fr.textChanged,
            self.place_country.editTextChanged,
        ):
            signal.connect(self._hint_city)
        # The reactions first, so that validation sees the fields they adjust.
        self.kind.currentIndexChanged.connect(self._on_kind)
        self.has_end.toggled.connect(self._on_has_end)
        for signal in (
            self.kind.currentIndexChanged,
            self.status.currentIndexChanged,
            self.step.currentIndexChanged,
            self.party.currentIndexChanged,
            self.countries.changed,
            self.title_ar.textChanged,
            self.title_en.textChanged,
            self.title_fr.textChanged,
            self.summary.textChanged,
            self.start.changed,
            self.end.changed,
            self.has_end.toggled,
            self.within.toggled,
            self.city_ar.textChanged,
            self.city_en.textChanged,
            self.city_fr.textChanged,
            self.place_country.editTextChanged,
            self.participants.changed,
            self.sources.changed,
            self.tags.textChanged,
        ):
            signal.connect(self._edited)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.activated.connect(self.accept)

    def showEvent(self, event: QShowEvent) -> None:
        """Shown with every box in its place: the boxes moved to one column while the
        dialog was hidden are laid out now, not at the next turn of the event loop."""
        super().showEvent(event)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)

    # ---- loading

    def _load(self, event: Event | None) -> None:
        """Fill every field from ``event`` (or the defaults), then validate once."""
        self._loading = True
        try:
            if event is not None:
                self._fill(event)
            self._on_kind()
            self._on_has_end(self.has_end.isChecked())
        finally:
            self._loading = False
        self._revalidate()

    def _fill(self, event: Event) -> None:
        self.kind.setCurrentIndex(self.kind.findData(event.kind))
        self.status.setCurrentIndex(self.status.findData(event.status))
        self.step.setCurrentIndex(self.step.findData(event.agreement_step))
        for code in event.countries:
            self.party.addItem(country_name(code, self._fmt.language), code)
        if event.agreement_party is not None:
            self.party.setCurrentIndex(self.party.findData(event.agreement_party))
        self.countries.set_multilateral(event.kind.info.multilateral)
        self.countries.set_countries(event.countries, event.host)
        self.title_ar.setText(event.title_ar)
        self.title_en.setText(event.title_en)
        self.title_fr.setText(event.title_fr)
        self.summary.setPlainText(event.summary)
        self._fill_date(event.date)
        self.city.set(event.place.city, event.place.city_forms)
        self.place_country.set_code(event.place.country)
        self.participants.set_rows(
            (
                [
                    *shown(person.name, person.name_forms)[0].values(),
                    *shown(person.office, person.office_forms)[0].values(),
                    person.country or "",
                ]
                for person in event.participants
            ),
            event.participants,
        )
        self.sources.set_rows(
            [
                source.url,
                source.outlet,
                self._fmt.typed_day(source.published) if source.published else "",
            ]
            for source in event.sources
        )
        self.tags.setText(", ".join(event.tags))
        for edit in (self.title_ar, self.title_en, self.title_fr, self.tags):
            edit.home(False)  # show the beginning of long titles, not their end

    def _fill_date(self, when: EventDate) -> None:
        self.start.set_fuzzy_date(when.start)
        self.has_end.setChecked(when.end is not None)
        self.end.set_fuzzy_date(when.end or when.start)  # greyed out without an end
        (self.within if when.within else self.lasted).setChecked(True)

    # ---- reactions

    def _hint_city(self) -> None:
        self.city.hint_city(self._place_country())

    def _on_kind(self) -> None:
        self.countries.set_multilateral(self._kind().info.multilateral)

    def _on_has_end(self, checked: bool) -> None:
        """The end row and the span choice only mean something with an end. Ticked again,
        the box brings back the end it hid (Space on it while tabbing threw the end away,
        the row reset to the start and Save refused), else the start, in its calendar."""
        if not self._loading:
            if checked:
                start = self._start_or_today()
                kept = self._unticked_end
                # Not one the start has since moved past: it would be refused at once.
                if kept is None or kept[0].latest() < start.earliest():
                    kept = (start, self.start.is_hijri())
                end, hijri = kept
                self.end.set_fuzzy_date(end)
                if hijri and end.precision is Precision.DAY:
                    self.end.calendar.setCurrentIndex(self.end.calendar.findData(True))
            else:
                self._unticked_end = _read_or_none(self.end)
        for widget in (self.end, self.lasted, self.within):
            widget.setEnabled(checked)

    def _start_or_today(self) -> FuzzyDate:
        try:
            return self.start.fuzzy_date()
        except ValidationError:
            return FuzzyDate.from_date(self._today())

    def _kind(self) -> EventKind:
        return EventKind(self.kind.currentData())

    # ---- assembling and validating

    def _assemble(self) -> tuple[Event, list[ValidationError]]:
        """The candidate event and every problem, the domain's and the parsing's."""
        problems: list[ValidationError] = []
        when = _collect(problems, self._event_date)
        sources = self._sources(problems)
        city, city_forms = self.city.value()
        original = self._original
        agreement, step, party = self._step()
        event = Event(
            kind=self._kind(),
            countries=self.countries.countries(),
            host=self.countries.host_code(),
            date=when or _PLACEHOLDER_DATE,
            title_ar=self.title_ar.text().strip(),
            title_en=self.title_en.text().strip(),
            title_fr=self.title_fr.text().strip(),
            summary=self.summary.toPlainText().strip(),
            place=Place(city, self._place_country(), city_forms),
            participants=self._participants(),
            sources=sources,
            tags=self._tags(),
            status=EventStatus(self.status.currentData()),
            # Its agreement is kept; its step and party are as chosen.
            agreement_id=agreement,
            agreement_step=step,
            agreement_party=party,
            id=original.id if original else None,
            version=original.version if original else 0,
            created_at=original.created_at if original else None,
            updated_at=original.updated_at if original else None,
        )
        typed = [said for problem in event.problems() for said in self._as_typed(problem)]
        return event, sorted(problems + typed, key=self._place_in_form)

    def _as_typed(self, problem: ValidationError) -> list[ValidationError]:
        """A country typed that names none is said as the filter bar says it ("no
        country is called 'Atlantis'"), one problem each, not as a code the domain does not
        know: no code was typed. Other fields' unknown codes (the place's, a participant's)
        stay as they are."""
        unnamed = self.countries.unnamed_texts()
        detail = problem.detail
        if problem.field != "countries" or not unnamed or not isinstance(detail, Message):
            return [problem]
        if detail.id != "country.unknown_code":
            return [problem]
        called = self.tr("no country is called '%1'")
        return [ValidationError(problem.field, called.replace("%1", isolate(t))) for t in unnamed]

    def _place_in_form(self, problem: ValidationError) -> int:
        """Where the first input of ``problem``'s field comes in the form (Tab's order):
        the problems found reading a date or a source were listed first ("Start date,
        Source 1, Countries, Title…"). A field with no input of its own comes last."""
        chain = self._chain
        places = [chain.index(part) for part in self._widgets_for(problem.field) if part in chain]
        return min(places, default=len(chain))

    def _step(self) -> tuple[str | None, AgreementStep | None, str | None]:
        """The agreement, the step and the party: none but for a step of an agreement,
        whose party is given only for an approval or a ratification."""
        original = self._original
        if original is None or original.agreement_id is None:
            return None, None, None
        step = AgreementStep(self.step.currentData())
        self.party.setEnabled(step.needs_party)
        party = self.party.currentData() if step.needs_party else None
        return original.agreement_id, step, str(party) if party else None

    def _event_date(self) -> EventDate:
        """The rows' dates; a problem names them in the reader's digits, as the spin boxes
        show them (an Egyptian reader read "الشهر 2025-02 فيه ٢٨ يومًا، لا ٣٠")."""
        try:
            start = self.start.fuzzy_date()
            if not self.has_end.isChecked():
                return EventDate(start)
            return EventDate(start, self.end.fuzzy_date(), within=self.within.isChecked())
        except ValidationError as error:
            raise error.in_figures() from error

    def _place_country(self) -> str | None:
        return self.place_country.code() or self.place_country.entered_text() or None

    def _participants(self) -> tuple[Participant, ...]:
        people = []
        for cells, before in zip(self.participants.rows(), self.participants.kept(), strict=True):
            person = before if isinstance(before, Participant) else Participant()
            name, name_forms = saved(Forms(*cells[:3]), person.name, person.name_forms)
            office, office_forms = saved(Forms(*cells[3:6]), person.office, person.office_forms)
            people.append(
                Participant(name, office, cells[6].upper() or None, name_forms, office_forms)
            )
        return tuple(people)

    def _sources(self, problems: list[ValidationError]) -> tuple[Source, ...]:
        sources = []
        for number, (url, outlet, published) in enumerate(self.sources.rows(), start=1):
            field = f"sources[{number}]"
            day = _collect(problems, partial(parse_user_day, published, field))
            sources.append(Source(url, outlet, day))
        return tuple(sources)

    def _tags(self) -> tuple[str, ...]:
        pieces = (piece.strip() for piece in _TAG_SEPARATORS.split(self.tags.text()))
        return tuple(piece for piece in pieces if piece)

    def _edited(self) -> None:
        """A field changed: from now on its problems are said."""
        if not self._loading:
            self._quiet = False
        self._revalidate()

    def _revalidate(self) -> None:
        """Rebuild the candidate, list its problems (but on a blank form untouched) and
        allow saving only without any."""
        if self._loading:
            return
        _event, self._problems = self._assemble()
        shown = [] if self._quiet else self._problems
        said = "\n".join(self._describe(p) for p in shown)
        if said != self.problems_label.text():
            self.problems_label.setText(said)
            # Made smaller, the dialog kept its problems' lines whole, not cut below Save.
            keep_wrapped_lines_whole(self)
        self._mark(shown)
        self.save_button.setEnabled(not self._problems)

    def _describe(self, problem: ValidationError) -> str:
        """``Start date: 2025-02 has 28 days, not 30`` in the UI language."""
        return with_field(
            self.field_label(problem.field),
            problem.in_language(self._fmt.language, isolated=True, digits=self._fmt.digits),
        )

    def field_label(self, field: str) -> str:
        """The translated name of a domain field such as ``date`` or ``sources[1]`` (its
        number in the reader's digits): a problem with ``date`` is one with the start date
        the form asks for."""
        labels = {
            "date": self.tr("Start date"),
            "hijri": self.tr("Start date (Hijri)"),
            "end": self.tr("End date"),
        }
        return labels.get(field) or field_name(field, self._fmt.digits)

    def _widgets_for(self, field: str) -> list[QWidget]:
        """The inputs to outline for a problem with ``field``."""
        name = INDEXED_FIELD.sub(r"\1", field)
        targets: dict[str, Callable[[], list[QWidget]]] = {
            "kind": lambda: [self.kind],
            "countries": lambda: self.countries.inputs_for("countries"),
            "host": lambda: self.countries.inputs_for("host"),
            "title": lambda: [self.title_ar, self.title_en, self.title_fr],
            "date": self.start.inputs,
            "hijri": self.start.inputs,
            "end": self.end.inputs,
            "place": lambda: [self.place_country],
            "participants": lambda: [self.participants.table],
            "sources": lambda: [self.sources.table],
            "tags": lambda: [self.tags],
        }
        target = targets.get(name)
        return target() if target else []

    def _markable(self) -> list[QWidget]:
        """Every input that may be outlined."""
        return [
            self.kind,
            *self.countries.inputs(),
            self.title_ar,
            self.title_en,
            self.title_fr,
            *self.start.inputs(),
            *self.end.inputs(),
            self.place_country,
            self.participants.table,
            self.sources.table,
            self.tags,
        ]

    def _mark(self, problems: Sequence[ValidationError]) -> None:
        """Outline the widgets that hold a problem, and tell screen readers why."""
        messages: dict[QWidget, list[str]] = {}
        for problem in problems:
            for widget in self._widgets_for(problem.field):
                messages.setdefault(widget, []).append(self._describe(problem))
        for widget in self._markable():
            set_invalid(widget, messages.get(widget, []))

    def problems(self) -> list[ValidationError]:
        """The problems found at the last change."""
        return list(self._problems)

    # ---- unsaved input

    def is_changed(self) -> bool:
        """Whether anything was typed or chosen since the editor opened (or it opened on
        input not yet saved)."""
        return self._unsaved or snapshot(self) != self._loaded

    def hold_as_unsaved(self) -> None:
        """What the editor opens with was typed and not saved (an edit a rule refused or a
        failure sent back): closing asks first, as it did before. Escape after the refusal
        closed it without a word, and the edit was gone."""
        self._unsaved = True

    def offer_draft(self) -> None:
        """Offer back the input a terminal signal kept for this event; either way the draft
        is then gone (taken back, or declined)."""
        if self._draft_key is None:
            return
        draft = stored_draft(self._draft_key)
        if draft is None:
            return
        when = self._fmt.moment(draft.saved, short=False)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.windowTitle(),
            fill(self.tr("Restore your unsaved draft from %1?"), when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        if box.exec() == QMessageBox.StandardButton.Yes:
            self._loading = True
            try:
                restore(self, draft.fields)
            finally:
                self._loading = False
            self._quiet = False  # a draft taken back is input
            self._revalidate()
        drop_draft(self._draft_key)

    def keep_draft(self) -> None:
        """A terminal signal is ending the app: keep changed input as a draft (it is not
        saved as an event), and close without asking."""
        if self._draft_key is not None and self.isVisible() and self.is_changed():
            keep_draft(self._draft_key, snapshot(self))
        self._kept = True

    def reject(self) -> None:
        """Cancel, Escape and closing the window: with unsaved input, ask first — save
        (only if the event is valid), discard, or go on editing."""
        if self._kept or not self.is_changed():
            super().reject()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.windowTitle(),
            self.tr("Save the changes you made to this event?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("unsavedChanges")
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            self.accept()  # stays open, its problems listed, while the event is not valid
        elif answer == QMessageBox.StandardButton.Discard:
            super().reject()

    # ---- result

    def result_event(self) -> Event:
        """The validated event built from the fields; raises the first problem if any."""
        event, problems = self._assemble()
        if problems:
            raise problems[0]
        return event.ensure_valid()

    def accept(self) -> None:
        """Close with Save only while the event is valid (Enter, Ctrl+S and the button)."""
        self._quiet = False  # Save asked: why it cannot is said
        self._revalidate()  # a table cell may have been committed without a signal yet
        if self._problems:
            self._focus_first_problem()
            return
        super().accept()

    def _focus_first_problem(self) -> None:
        """Save refused: the focus goes to the first field in the form with a problem, and
        the form scrolls to it (it stayed where it was, the field below the fold)."""
        for problem in self._problems:
            if widgets := self._widgets_for(problem.field):
                widgets[0].setFocus(Qt.FocusReason.OtherFocusReason)
                return


def _focus_chain(widget: QWidget) -> list[QWidget]:
    """``widget``, or its inputs in their order when it is a row of them (a date)."""
    if isinstance(widget, DateRow):
        return [widget.precision, widget.calendar, widget.year, widget.month, widget.day]
    return [widget]


def _rows_parts(rows: RowsEditor) -> list[QWidget]:
    return [rows.table, rows.add, rows.remove]


def _read_or_none(row: DateRow) -> tuple[FuzzyDate, bool] | None:
    """The date ``row`` reads and whether in Hijri, or None where it reads no date."""
    try:
        return row.fuzzy_date(), row.is_hijri()
    except ValidationError:
        return None


def _collect(problems: list[ValidationError], build: Callable[[], _T]) -> _T | None:
    """``build()``, or None after adding the ValidationError it raised to ``problems``."""
    try:
        return build()
    except ValidationError as error:
        problems.append(error)
        return None
