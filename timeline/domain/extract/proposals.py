"""Proposed events: one for each sentence of an article that says when something happened
(one for each of its statements between semicolons that says when and what).

Each proposal is a draft for a person to confirm in the editor, never a stored event: its
date is the sentence's date expression nearest the cue that decided the kind, its countries
those the sentence names (completed from what the whole article is about when it names only
one: "the Moroccan official" in an article on Morocco and Kazakhstan), its place the first
city it names, its summary the sentence. Sentences without a date propose nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from timeline.domain.dates import EventDate
from timeline.domain.event import Event, Place, Source
from timeline.domain.extract.announcements import announces
from timeline.domain.extract.countries import CountryMention, default_recogniser, ranked
from timeline.domain.extract.cues import KindGuess, default_cues
from timeline.domain.extract.dates import DateReader
from timeline.domain.extract.gatherings import default_gatherings
from timeline.domain.extract.mentions import DateMention, Gathering
from timeline.domain.extract.patterns import is_arabic
from timeline.domain.extract.places import PlaceMention, default_places
from timeline.domain.extract.sentences import split_sentences
from timeline.domain.folding import FoldedText, Span
from timeline.domain.kinds import EventKind
from timeline.domain.status import EventStatus

#: How many words of the sentence make a default title.
TITLE_WORDS = 8
#: Frequent words that tell French from English prose.
_FRENCH = frozenset(("le", "la", "les", "des", "du", "et", "en", "au", "aux", "une", "est"))
_ENGLISH = frozenset(("the", "and", "of", "to", "in", "on", "a", "an", "is", "was", "with"))


@dataclass(frozen=True, slots=True)
class Proposal:
    """A draft event read from one sentence."""

    sentence: Span
    mention: DateMention  # the date expression the date comes from
    date: EventDate
    kind: EventKind
    countries: tuple[str, ...]
    host: str | None
    place: Place
    language: str  # of the sentence: ar, en or fr
    #: The session the sentence names ("على هامش الدورة 150"), whether its window or a day
    #: inside it dates the event; events have no link to a gathering yet, so the draft
    #: carries it as a tag.
    gathering: Gathering | None = None
    #: Announced when the sentence speaks of what is yet to happen, else held.
    status: EventStatus = EventStatus.HELD

    def title(self) -> str:
        """The first words of the sentence, a default for the person to improve."""
        words = self.sentence.text.split()
        title = " ".join(words[:TITLE_WORDS]).rstrip(" .,،:;؛")
        return title + "…" if len(words) > TITLE_WORDS else title

    def to_event(self, source: Source | None = None) -> Event:
        """The event the editor opens with; not yet valid if, say, a country is missing."""
        title = self.title()
        return Event(
            kind=self.kind,
            countries=self.countries,
            date=self.date,
            summary=self.sentence.text,
            host=self.host,
            place=self.place,
            sources=(source,) if source else (),
            tags=(self.gathering.tag,) if self.gathering else (),
            status=self.status,
            title_ar=title if self.language == "ar" else "",
            title_en=title if self.language == "en" else "",
            title_fr=title if self.language == "fr" else "",
        )


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything read from one text: the proposals and every mention, for highlighting."""

    proposals: tuple[Proposal, ...]
    dates: tuple[DateMention, ...]
    countries: tuple[CountryMention, ...]


def extract(text: str, published: date) -> Extraction:
    """Read ``text``, an article published on ``published``, into proposed events."""
    folded = FoldedText(text)
    dates = _without_overlaps(
        DateReader().read(folded, published) + default_gatherings().find(folded)
    )
    countries = default_recogniser().find(folded)
    places = default_places().find(folded, countries)
    about = ranked(countries)
    proposals = []
    for sentence in split_sentences(text):
        # Who the sentence names completes a statement of it that names fewer than two,
        # before what the article is about ("…; it was signed on 26 September 2024").
        in_sentence = _named(countries, _within(places, sentence), sentence)
        context = list(dict.fromkeys([*in_sentence, *about]))
        for statement in _statements(sentence, dates):
            inside = _within(dates, statement)
            if inside:
                cities = _within(places, statement)
                named = _named(countries, cities, statement)
                proposals.append(_propose(statement, inside, named, context, published, cities))
    return Extraction(tuple(proposals), tuple(dates), tuple(countries))


_Mention = TypeVar("_Mention", DateMention, PlaceMention)


def _within(mentions: list[_Mention], span: Span) -> list[_Mention]:
    """The mentions that begin inside ``span``."""
    return [m for m in mentions if span.start <= m.span.start < span.end]


def _named(countries: list[CountryMention], cities: list[PlaceMention], span: Span) -> list[str]:
    """The countries ``span`` names, but one inside a city's name: Kuwait in "Kuwait City"
    names where, not who."""
    return [
        m.code
        for m in countries
        if span.start <= m.span.start < span.end
        and not any(c.span.start <= m.span.start < c.span.end for c in cities)
    ]


def _statements(sentence: Span, dates: list[DateMention]) -> list[Span]:
    """The statements a sentence makes, each its own event: its parts between semicolons
    where two of them or more have a date and a cue of their own ("entered into force on
    12 March 2025; it was signed on 26 September 2024 in New York" proposed the entry into
    force alone, in New York); else the whole sentence."""
    parts, start = [], 0
    for end in [n for n, char in enumerate(sentence.text) if char in ";؛"] + [len(sentence.text)]:
        piece = sentence.text[start:end]
        if piece.strip():
            first = sentence.start + start + len(piece) - len(piece.lstrip())
            parts.append(Span(first, first + len(piece.strip()), piece.strip()))
        start = end + 1
    cues = default_cues()
    told = [
        part
        for part in parts
        if _within(dates, part) and cues.guess(FoldedText(part.text).text).position is not None
    ]
    return [part for part in parts if _within(dates, part)] if len(told) > 1 else [sentence]


def _propose(
    sentence: Span,
    dates: list[DateMention],
    named: list[str],
    about: list[str],
    published: date,
    cities: list[PlaceMention],
) -> Proposal:
    folded = FoldedText(sentence.text)
    guess = default_cues().guess(folded.text)
    mention = _nearest(dates, sentence, folded, guess)
    gathering = _gathering(dates, mention)
    if mention.gathering is not None or mention.date.within:  # a session, a season
        mention = _day_within(dates, mention, sentence, folded, guess)
    when = mention.date
    if guess.window and when.end is not None and not when.within:
        when = EventDate(when.start, when.end, within=True)
    language = _language(sentence.text)
    countries = _with_context(list(dict.fromkeys(named)), about)
    host = None
    # The first city the sentence names ("in Tashkent"), unless its gathering says where.
    place = cities[0].in_language(language) if cities else Place()
    if gathering is not None:
        place = gathering.place(language)
        if guess.kind.info.multilateral and gathering.host:
            host = gathering.host
            countries = [*countries, host] if host not in countries else countries
    status = EventStatus.ANNOUNCED if announces(folded.text, when, published) else EventStatus.HELD
    return Proposal(
        sentence,
        mention,
        when,
        guess.kind,
        tuple(countries),
        host,
        place,
        language,
        gathering,
        status,
    )


def _nearest(
    dates: list[DateMention], sentence: Span, folded: FoldedText, guess: KindGuess
) -> DateMention:
    """The date nearest the cue that decided the kind ("signed in May, in force on 28
    August": the entry into force takes the second), of those in the cue's own clause if
    it has one: "the agreement, signed in September 2024, entered into force on 19 March
    2025" took September, its start nearer the cue's. With none in its clause, the next
    one after it short of a semicolon. The first without a cue."""
    if guess.position is None:
        return dates[0]
    cue = sentence.start + folded.span(guess.position, guess.position + 1).start
    first, last = _clause_around(sentence, cue, dates)
    own = [mention for mention in dates if first <= mention.span.start < last]
    if not own:  # "entered into force, the ministry said, on 19 March": the next one
        stop = _part_end(sentence, cue)
        own = [mention for mention in dates if cue <= mention.span.start < stop][:1]
    return min(own or dates, key=lambda mention: abs(mention.span.start - cue))


def _part_end(sentence: Span, at: int) -> int:
    """Where the part of ``sentence`` holding the text position ``at`` ends: at its next
    semicolon, past which another statement begins."""
    offset = sentence.start
    ends = [n for n in range(at - offset, len(sentence.text)) if sentence.text[n] in ";؛"]
    return offset + min(ends, default=len(sentence.text))


#: What ends a clause inside a sentence: commas and semicolons, Latin and Arabic.
_CLAUSE_ENDS = frozenset(",;،؛")


def _clause_around(sentence: Span, at: int, dates: list[DateMention]) -> tuple[int, int]:
    """Where the clause of ``sentence`` holding the text position ``at`` begins and ends.
    A comma inside a date ("March 3, 2025") or before one ("on Monday, 3 March") ends
    no clause."""
    text, offset = sentence.text, sentence.start
    inside = {n for m in dates for n in range(m.span.start - offset, m.span.end - offset)}
    starts = {m.span.start - offset for m in dates}

    def ends_clause(n: int) -> bool:
        after = len(text[n + 1 :]) - len(text[n + 1 :].lstrip())
        return text[n] in _CLAUSE_ENDS and n not in inside and n + 1 + after not in starts

    ends = [n for n in range(len(text)) if ends_clause(n)]
    begins = max((n + 1 for n in ends if n < at - offset), default=0)
    stops = min((n for n in ends if n >= at - offset), default=len(text))
    return offset + begins, offset + stops


def _gathering(dates: list[DateMention], mention: DateMention) -> Gathering | None:
    """The gathering the event belongs to: the one whose mention dates it, or one whose
    window holds its date ("يوم 7 أبريل على هامش الدورة 150")."""
    if mention.gathering is not None:
        return mention.gathering
    for other in dates:
        if other.gathering is not None and _inside(mention.date, other.gathering.date):
            return other.gathering
    return None


def _day_within(
    dates: list[DateMention],
    window: DateMention,
    sentence: Span,
    folded: FoldedText,
    guess: KindGuess,
) -> DateMention:
    """An explicit day said inside the window (a gathering's, a season's), if the sentence
    has one: it is more precise than "one day within" the session ("their summer 2024
    consultations … on 3 July 2024" took the summer)."""
    days = [
        mention
        for mention in dates
        if mention.date.is_exact_day() and _inside(mention.date, window.date)
    ]
    return _nearest(days, sentence, folded, guess) if days else window


def _inside(when: EventDate, window: EventDate) -> bool:
    return window.earliest() <= when.earliest() and when.latest() <= window.latest()


def _with_context(named: list[str], about: list[str]) -> list[str]:
    """The countries a sentence names; with fewer than two, the article's main ones."""
    if len(named) >= 2:
        return named
    return (named + [code for code in about if code not in named])[:2]


def _language(text: str) -> str:
    if is_arabic(text):
        return "ar"
    words = text.casefold().split()
    french = sum(word in _FRENCH for word in words)
    english = sum(word in _ENGLISH for word in words)
    return "fr" if french > english else "en"


def _without_overlaps(mentions: list[DateMention]) -> list[DateMention]:
    kept: list[DateMention] = []
    for mention in sorted(mentions, key=lambda m: (m.span.start, -m.span.end)):
        if not kept or mention.span.start >= kept[-1].span.end:
            kept.append(mention)
    return kept
