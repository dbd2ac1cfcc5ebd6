"""Date expressions in Arabic, French and English news prose.

A small grammar over tokens finds where a date is said ("يومي 28 و29 أبريل الجاري",
"du 30 avril au 2 mai 2025", "24 صفر 1446 هـ", "فبراير الماضي", "l'été 2023"); the
libraries say which day it is: dateutil's parser (with :class:`.vocabulary.NewsParserInfo`)
reads the day, month and year, ``relativedelta`` moves from the publication day ("last
February", "الشهر الجاري"), and hijridate converts Umm al-Qura dates. Expressions that are
too often not dates in prose need a cue: a lone month needs "في/en/in" or a relative word, a
lone year a cue or to stand by itself, so "رؤية 2030" or "2000 مشارك" are not read as years.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime

from dateutil import parser

from timeline.domain.dates import EventDate, FuzzyDate
from timeline.domain.extract import relative
from timeline.domain.extract.mentions import DateMention
from timeline.domain.extract.points import GREGORIAN, HIJRI, Point, filled, hijri_days
from timeline.domain.extract.vocabulary import (
    Match,
    Token,
    Vocabulary,
    default_vocabulary,
    tokenize,
)
from timeline.domain.folding import FoldedText
from timeline.domain.hijri import FIRST_HIJRI_YEAR, LAST_HIJRI_YEAR

#: Years a year standing alone may be: "بين 2000 و3000 مشارك" counts people, not years.
LONE_YEARS = range(1900, 2101)
_NUMERIC_SEPARATORS = frozenset("/-.")

#: What a reader found: the date, and the first and past-the-last token it spans.
_Found = tuple[EventDate, int, int]


class DateReader:
    """Reads every date expression of a text, relative ones from ``published``."""

    def __init__(self, vocabulary: Vocabulary | None = None) -> None:
        self.vocabulary = vocabulary or default_vocabulary()

    def read(self, text: str | FoldedText, published: date) -> list[DateMention]:
        folded = text if isinstance(text, FoldedText) else FoldedText(text)
        return _Scan(self.vocabulary, folded, published).mentions()


class _Scan:
    """One pass over one text."""

    def __init__(self, vocabulary: Vocabulary, folded: FoldedText, published: date) -> None:
        self.vocabulary = vocabulary
        self.info = vocabulary.info
        self.folded = folded
        self.tokens: Sequence[Token] = tokenize(folded.text)
        self.published = published

    def mentions(self) -> list[DateMention]:
        found: list[DateMention] = []
        index = 0
        while index < len(self.tokens):
            result = (
                self._numeric(index)
                or self._relative(index)
                or self._season(index)
                or self._expression(index)
            )
            if result is None:
                index += 1
                continue
            when, begin, end = result
            first, last = self.tokens[begin], self.tokens[end - 1]
            found.append(DateMention(self.folded.span(first.start, last.end), when))
            index = end
        return found

    # ---- small readers

    def _phrase(self, index: int, *roles: str) -> Match | None:
        return self.vocabulary.match(self.tokens, index, *roles)

    def _number(self, index: int, digits: range) -> int | None:
        if index >= len(self.tokens):
            return None
        token = self.tokens[index]
        return token.number if token.number is not None and len(token.text) in digits else None

    def _adjacent(self, index: int) -> bool:
        """True when token ``index`` touches the one before it (1er, févr., 2024-08-28)."""
        return 0 < index < len(self.tokens) and (
            self.tokens[index - 1].end == self.tokens[index].start
        )

    def _skip(self, index: int, role: str) -> int:
        match = self._phrase(index, role)
        return match.end if match else index

    def _is_word(self, index: int) -> bool:
        return 0 <= index < len(self.tokens) and self.tokens[index].text[0].isalnum()

    def _cue_before(self, index: int) -> bool:
        """A cue word (في, en, in, mid-…) ends just before token ``index``."""
        if index > 0 and self.tokens[index - 1].text == "-":
            index -= 1
        return any(
            (match := self._phrase(start, "cue")) is not None and match.end == index
            for start in range(max(0, index - 3), index)
        )

    def _month(self, index: int) -> tuple[int, str, str, int] | None:
        """(number, parserinfo key, calendar, end) of a month name at ``index``."""
        match = self._phrase(index, "month", "hijri-month")
        if match is None:
            return None
        if match.phrase.role == "hijri-month":
            return int(match.phrase.value), match.phrase.value, HIJRI, match.end
        key = match.phrase.value
        if key in self.vocabulary.english_only and not self._capitalised(index):
            return None  # "may", "march": English writes its months with a capital
        number = self.info.month(key)
        assert number is not None
        return number, key, GREGORIAN, match.end

    def _capitalised(self, index: int) -> bool:
        token = self.tokens[index]
        return self.folded.span(token.start, token.end).text[:1].isupper()

    # ---- 28/08/2024, 2024-08-28

    def _numeric(self, index: int) -> _Found | None:
        parts = self.tokens[index : index + 5]
        if len(parts) < 5 or not all(self._adjacent(index + k) for k in range(1, 5)):
            return None
        first, sep, middle, sep2, last = (token.text for token in parts)
        if sep != sep2 or sep not in _NUMERIC_SEPARATORS:
            return None
        if not (first.isdecimal() and middle.isdecimal() and last.isdecimal()) or len(middle) > 2:
            return None
        text = self.folded.text[parts[0].start : parts[-1].end]
        try:
            if len(first) == 4 and len(last) <= 2:
                moment = parser.parse(text, parserinfo=self.info, dayfirst=False, yearfirst=True)
            elif len(last) == 4 and len(first) <= 2:
                moment = parser.parse(text, parserinfo=self.info)
            else:
                return None
        except (ValueError, OverflowError):
            return None
        return EventDate(FuzzyDate.from_date(moment.date())), index, index + 5

    # ---- last February, الشهر الجاري, أمس, dimanche dernier

    def _relative(self, index: int) -> _Found | None:
        before = self._phrase(index, "relative")
        if before is None and (days := self._phrase(index, "days-ago")):
            value = relative.days_ago(self.published, int(days.phrase.value))
            return EventDate(value), index, days.end
        start = before.end if before else index
        if before is not None and (month := self._month(start)) and month[2] == GREGORIAN:
            number, _, _, end = month  # "last February"; "فبراير الماضي" is an expression
            year = relative.month_year(self.published, number, int(before.phrase.value))
            return EventDate(FuzzyDate(year, number)), index, end
        target = self._phrase(start, "unit", "weekday")
        if target is None:
            return None
        after = None if before else self._phrase(target.end, "relative")
        word = before or after
        if word is None:
            return None
        moved = self._moved(target, int(word.phrase.value))
        return (EventDate(moved), index, (after or target).end) if moved else None

    def _season(self, index: int) -> _Found | None:
        """A season and its year ("summer of 2023", "l'été 2023", "صيف عام 2023"): one day
        within its three months, as the northern hemisphere has them. "In the summer of
        2023, the two countries held talks" proposed nothing."""
        season = self._phrase(index, "season")
        if season is None or self._month(index) is not None:  # ربيع الأول: a Hijri month
            return None
        # A name's word mid-sentence ("the Arab Spring 2011"); after a cue, a season all
        # the same ("In Summer 2024").
        if self._capitalised(index) and self._is_word(index - 1) and not self._cue_before(index):
            return None
        position = self._skip(self._skip(season.end, "filler"), "unit")
        year = self._number(position, range(4, 5))
        if year is None or year not in LONE_YEARS or self._phrase(position + 1, "hijri-mark"):
            return None
        first = int(season.phrase.value)
        window = EventDate(FuzzyDate(year, first), FuzzyDate(year, first + 2), within=True)
        return window, index, position + 1

    def _moved(self, target: Match, offset: int) -> FuzzyDate | None:
        """The month, year or weekday ``offset`` from the publication day."""
        if target.phrase.role == "unit":
            return relative.moved(self.published, target.phrase.value, offset)
        day = self.info.weekday(target.phrase.value)
        if not offset or day is None:
            return None  # "this Sunday" may be either side of the publication day
        return relative.weekday_date(self.published, day, offset)

    # ---- 28 غشت 2024, يومي 28 و29 أبريل الجاري, du 30 avril au 2 mai 2025, 24 صفر 1446 هـ

    def _point(self, index: int) -> Point | None:
        day, position = None, index
        value = self._number(position, range(1, 3))
        if value is not None and 1 <= value <= 31:
            day, position = value, position + 1
            ordinal = self._phrase(position, "ordinal")
            if ordinal and self._adjacent(position):
                position = ordinal.end
            filler = self._phrase(position, "filler")
            if filler and self._month(filler.end):
                position = filler.end
        month = self._month(position)
        if month is None:
            if day is not None:
                return Point(index, position, day=day)  # the head of a span: 28 و29 أبريل
            return self._year(Point(index, index))
        number, key, calendar, position = month
        position = self._alias(position, number)
        if day is None and (value := self._number(position, range(1, 3))) and value <= 31:
            day, position = value, position + 1  # April 28, 2025
            if self._text(position) == "," and self._number(position + 1, range(4, 5)):
                position += 1
        return self._year(Point(index, position, day, number, key, calendar=calendar))

    def _text(self, index: int) -> str:
        return self.tokens[index].text if index < len(self.tokens) else ""

    def _alias(self, index: int, number: int) -> int:
        """Skip a second name of the same month (شباط/فبراير, آب (أغسطس)) and the dot of
        an abbreviation before a number (févr. 2025)."""
        opening = self._text(index)
        if opening in ("/", "("):
            other = self._month(index + 1)
            if other is not None and other[0] == number:
                end = other[3]
                return end + 1 if opening == "(" and self._text(end) == ")" else end
        if opening == "." and self._adjacent(index) and self._number(index + 1, range(1, 5)):
            return index + 1
        return index

    def _year(self, point: Point) -> Point | None:
        """``point`` with the year after it and the year's era (هـ, AH, H, م), if any; None
        when there is neither a month nor a year."""
        year = self._number(point.end, range(4, 5))
        if year is None:
            return point if point.month is not None else None
        point = replace(point, year=year, end=point.end + 1)
        hijri = self._phrase(point.end, "hijri-mark")
        if hijri is None and point.calendar == HIJRI:
            hijri = self._phrase(point.end, "hijri-month-mark")
        if hijri:
            if point.calendar == GREGORIAN:
                return None
            return replace(point, end=hijri.end, calendar=HIJRI)
        gregorian = self._phrase(point.end, "gregorian-mark")
        if gregorian and point.calendar != HIJRI:
            return replace(point, end=gregorian.end, calendar=GREGORIAN)
        return point

    def _expression(self, index: int) -> _Found | None:
        within = self._phrase(index, "within") or self._within_opened(index)
        start = within.end if within else index
        opener = self._phrase(start, "opener")
        head = self._point(self._skip(opener.end, "article")) if opener else None
        opened = head is not None
        head = head or self._point(start)
        if head is None:
            return None
        points = self._span_points(head, opened)
        last = points[-1]
        word = None
        if last.year is None and last.calendar == GREGORIAN:
            word = self._phrase(last.end, "relative")
        end = word.end if word else last.end
        opened = opened and len(points) > 1
        begin = index if within else start if opened else head.begin
        if not self._accepted(points, begin, end, word is not None, opened):
            return None
        offset = int(word.phrase.value) if word else None
        when = self._resolve(points, offset, within is not None)
        return (when, begin, end) if when else None

    def _within_opened(self, index: int) -> Match | None:
        """Words of a window said only before one opener, the table's value ("un jour"
        before "entre"; "un jour les 5 et 6 avril" is a stay of two days)."""
        found = self._phrase(index, "within-opened")
        if found is None:
            return None
        opener = self._phrase(found.end, "opener")
        return found if opener and opener.phrase.words == (found.phrase.value,) else None

    def _span_points(self, head: Point, opened: bool) -> list[Point]:
        """The two ends of a span (``28 و29 أبريل``), or the head alone; earlier ends take
        what they leave out from the last one."""
        points = [head]
        while True:
            joint = self._phrase(points[-1].end, "through", "and")
            if joint is not None:
                role, next_at = joint.phrase.role, self._skip(joint.end, "article")
            elif self._and_attached(points[-1].end):  # "بين مارس ومايو 2025"
                role, next_at = "and", points[-1].end
            else:
                break
            following = self._point(next_at)
            if following is None:
                break
            if role == "and" and not opened and points[-1].year is not None:
                break  # "28 غشت 2024 و15 مارس 2025" are two dates, not a span
            if not _joins_unlike(points[-1], following, role == "through" or opened):
                break  # "on 12 June and the January 2025 memorandum": two dates
            points.append(following)
        complete = filled(points) if len(points) > 1 else None
        return [complete[0], complete[-1]] if complete else [head]

    def _and_attached(self, index: int) -> bool:
        """Whether token ``index`` is a month with Arabic's "and" written onto it (ومايو,
        وأبريل), which joins it to the month before as "و مايو" does: "بين مارس ومايو
        2025" was read as May alone."""
        return self._text(index).startswith("و") and self._month(index) is not None

    def _accepted(
        self, points: list[Point], start: int, end: int, moved: bool, opened: bool
    ) -> bool:
        """Whether the expression is a date here, not a count, a name or a plan's year."""
        last = points[-1]
        if last.month is None and last.year is None:
            return False
        if last.calendar == HIJRI or points[0].calendar == HIJRI:
            return all(
                point.year is not None and FIRST_HIJRI_YEAR <= point.year <= LAST_HIJRI_YEAR
                for point in points
            )
        if last.month is not None:
            return (
                last.year is not None or moved or last.day is not None or (self._cue_before(start))
            )
        if any(point.year not in LONE_YEARS for point in points):
            return False
        standalone = not self._is_word(start - 1) and not self._is_word(end)
        return opened or last.calendar == GREGORIAN or self._cue_before(start) or standalone

    # ---- from points to dates

    def _resolve(self, points: list[Point], offset: int | None, within: bool) -> EventDate | None:
        try:
            if HIJRI in (points[0].calendar, points[-1].calendar):
                return self._hijri(points, within)
            year = None
            if offset is not None and points[-1].month is not None:
                year = relative.month_year(self.published, points[-1].month, offset)
            first = self._gregorian(points[0], year)
            last = self._gregorian(points[-1], year)
            if last == first:
                return EventDate(first)
            return EventDate(first, last, within=within)
        except (ValueError, OverflowError):  # ValidationError and dateutil's ParserError
            return None

    def _gregorian(self, point: Point, year: int | None) -> FuzzyDate:
        """dateutil reads the parts; a missing year is the publication year (its default)."""
        if point.month is None:
            assert point.year is not None
            return FuzzyDate(point.year)
        assert point.key is not None
        words = [str(point.day or 1), point.key, str(point.year or year or "")]
        default = datetime(self.published.year, 1, 1)
        moment = parser.parse(" ".join(words).strip(), parserinfo=self.info, default=default)
        return FuzzyDate(moment.year, moment.month, moment.day if point.day else None)

    def _hijri(self, points: list[Point], within: bool) -> EventDate:
        first = hijri_days(points[0])[0]
        last = hijri_days(points[-1])[1]
        if first == last:
            return EventDate(FuzzyDate.from_date(first))
        whole = len(points) == 1 and points[0].day is None  # in Ramadan 1446: one day of it
        return EventDate(FuzzyDate.from_date(first), FuzzyDate.from_date(last), whole or within)


def _joins_unlike(earlier: Point, later: Point, joined: bool) -> bool:
    """Whether a day and a month (either first) make one span, as the app writes them
    ("February – 10 March 2024", "entre le 5 avril et mai 2025"): only joined by "to" or
    after an opener, the later end with its year, the two in order. "5 April and May 2025"
    are two dates, as are "12 June and the January 2025 memorandum"; "from 5 April to May"
    names no year for the month. Ends alike in precision, or a bare day, are not asked."""
    if earlier.month is None or later.month is None or (earlier.day is None) == (later.day is None):
        return True
    if not joined or later.year is None:
        return False
    return earlier.year is not None or earlier.month <= later.month


def read_dates(text: str, published: date) -> list[DateMention]:
    """Every date expression of ``text``, relative ones read from ``published``."""
    return DateReader().read(text, published)
