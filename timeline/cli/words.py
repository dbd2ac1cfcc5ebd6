"""What the command line says to people is said and counted in the reader's language:
"1 event", "11 حدثًا", "2 événements", and in the reader's digits: "١١ حدثًا" for a
Levantine or Egyptian reader, as the window counts.

The language is ``--lang``, given before the command or after it; English without one, as
for the command line's error messages; the digits are those of ``--date-style`` (Latin
without one). argparse's own words (a wrong use, the usage, the help's headings) are said
in them too, read from the arguments before argparse reads them, and so is the help
(:func:`help_text`). JSON lines are for scripts and stay as they are.
"""

from __future__ import annotations

import argparse
import gettext
import re
import textwrap
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from timeline.domain.datetext import DateFormat, DateStyle, parse_date_style
from timeline.domain.languages import DEFAULT_LANGUAGE, LANGUAGES, quoted, with_label
from timeline.domain.messages import Message, message


def output_language(args: argparse.Namespace) -> str:
    return str(getattr(args, "lang", None) or "en")


def output_reader(args: argparse.Namespace, style: DateStyle | None = None) -> DateFormat:
    """Whom the command line counts for: its language, and the digits of ``style`` (a
    briefing's), else of ``--date-style``."""
    if style is None:
        given = getattr(args, "date_style", None)
        style = parse_date_style(given) if given else DateStyle.MAGHREB
    return DateFormat(output_language(args), style)


def counted(
    count: int, args: argparse.Namespace, what: str = "event", style: DateStyle | None = None
) -> str:
    """``count`` of ``what`` in the plural form of the command's language, in its reader's
    digits (:func:`output_reader`)."""
    return output_reader(args, style).count(count, what)


def rendered(said: Message, args: argparse.Namespace) -> str:
    """``said`` in the command's language, the numbers it names in its reader's digits
    (:func:`output_reader`): "أُضيف الحدث ١٢" for an Egyptian reader."""
    reader = output_reader(args)
    return said.render(reader.language, digits=reader.digits)


def reader_asked(argv: Sequence[str], parser: argparse.ArgumentParser) -> DateFormat:
    """The reader ``--lang`` and ``--date-style`` name in ``argv`` (the last of each, before
    the command or after it, or a beginning of their names that ``parser`` or one of its
    commands takes for them: ``--lan fr``), before argparse reads them: what argparse says
    of the arguments, their usage and their help comes first. A value the app has not is
    no reader's: argparse says so in English."""
    parsers = list(parsers_of(parser))
    given: dict[str, str] = {}
    for at, arg in enumerate(argv):
        if arg == "--":  # what follows is no option
            break
        name, equals, value = arg.partition("=")
        meant = _meant(name, parsers) & {"lang", "date_style"}
        if meant and (equals or at + 1 < len(argv)):
            given[meant.pop()] = value if equals else argv[at + 1]
    language = given.get("lang")
    style = given.get("date_style")
    return output_reader(
        argparse.Namespace(
            lang=language if language in LANGUAGES else None,
            date_style=style if style in {known.value for known in DateStyle} else None,
        )
    )


def _meant(name: str, parsers: Sequence[argparse.ArgumentParser]) -> set[str]:
    """The options (their ``dest``) ``name`` stands for in one of ``parsers`` or another, as
    argparse reads it: an option's name, or the beginning of one option's name alone."""
    meant = set()
    for parser in parsers if name.startswith("--") else ():
        options = parser._option_string_actions
        if name in options:
            meant.add(options[name].dest)
            continue
        begun = {action.dest for option, action in options.items() if option.startswith(name)}
        if len(begun) == 1:
            meant |= begun
    return meant


def parsers_of(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    """``parser``, and the parsers of its commands and of theirs (``db backups``)."""
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for command in action.choices.values():
                yield from parsers_of(command)


class HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """argparse's layout of a help (the description and the exit codes as they are
    written), an option's help broken into lines between words alone: at a hyphen too,
    ``--kind``'s values read "…, phone-" at a line's end and "call" on the next, and
    link's "(outcome-" "of)", a value no one can type as it reads."""

    # argparse's own (private) line breaking of an option's help, textwrap's breaks at
    # hyphens left out.
    def _split_lines(self, text: str, width: int) -> list[str]:
        text = self._whitespace_matcher.sub(" ", text).strip()
        return textwrap.wrap(text, width, break_on_hyphens=False)


class HelpText(str):
    """A text of the command line's help (the program's description, a command's summary,
    an option's help, a heading, the exit codes): its English, and the message that says
    it in the reader's language (:func:`help_in`)."""

    said: Message


def help_text(said: Message) -> HelpText:
    """``said`` as argparse takes a help text: in English until :func:`help_in` says it in
    the reader's language."""
    text = HelpText(said.render(DEFAULT_LANGUAGE))
    text.said = said
    return text


def help_in(parser: argparse.ArgumentParser, reader: DateFormat) -> None:
    """Every help text of ``parser`` and of its commands (:func:`help_text`, and the words
    argparse gave them as it made them: "options", "show this help message and exit") in
    ``reader``'s language, the numbers it names in the reader's digits: ``--lang fr --help``
    described the program, its commands and their options in English."""

    def said(text: str | None) -> str | None:
        if isinstance(text, HelpText):
            return text.said.render(reader.language, digits=reader.digits)
        if text in _HELP_WORDS:
            return _ARGPARSE_WORDS[text].render(reader.language)
        return text

    for each in parsers_of(parser):
        each.description = said(each.description)
        each.epilog = said(each.epilog)
        for group in each._action_groups:
            group.title = said(group.title)
        for action in each._actions:
            action.help = said(action.help)
            if isinstance(action, argparse._SubParsersAction):
                for summary in action._choices_actions:
                    summary.help = said(summary.help)


#: How argparse names the argument a wrong use is about: as the command line's own wrong
#: uses name it ("--from: …", "--from : …"), not "argument --from: …".
_ARGUMENT = "argument %(argument_name)s: %(message)s"
#: argparse's own words (its gettext message ids) a person meets: a wrong use, the usage
#: and the help's headings. Those not here are a programmer's mistakes (conflicting
#: options), left in its English.
_ARGPARSE_WORDS = {
    "usage: ": message("argparse.usage"),
    "unrecognized arguments: %s": message("argparse.unrecognized_arguments"),
    "not allowed with argument %s": message("argparse.not_allowed_with"),
    "ignored explicit argument %r": message("argparse.takes_no_value"),
    "the following arguments are required: %s": message("argparse.required"),
    "one of the arguments %s is required": message("argparse.one_required"),
    "expected one argument": message("argparse.expected_one"),
    "expected at most one argument": message("argparse.expected_at_most_one"),
    "expected at least one argument": message("argparse.expected_at_least_one"),
    "ambiguous option: %(option)s could match %(matches)s": message("argparse.ambiguous_option"),
    "invalid choice: %(value)r (choose from %(choices)s)": message("argparse.invalid_choice"),
    "positional arguments": message("argparse.positional_arguments"),
    "options": message("argparse.options"),
    "show this help message and exit": message("argparse.help"),
    # As the command line's own wrong uses are said: "erreur : …".
    "%(prog)s: error: %(message)s\n": message(
        "usage.error", program="%(prog)s", reason="%(message)s"
    ),
}

#: The words of :data:`_ARGPARSE_WORDS` argparse gives a parser as it makes it, before the
#: reader is known (:func:`help_in` says them).
_HELP_WORDS = ("positional arguments", "options", "show this help message and exit")


#: argparse's words for a value not among an option's choices.
_INVALID_CHOICE = "invalid choice: %(value)r (choose from %(choices)s)"
#: argparse's words for a count of values (``--pair`` takes 2), in the singular.
_EXPECTED = "expected %s argument"
#: argparse's words for a value its type refuses, and those types as a reader knows them.
_INVALID = "invalid %(type)s value: %(value)r"
_TYPES = {
    "int": message("argparse.not_a_whole_number"),
    "float": message("argparse.not_a_number"),
}


class _Counted(str):
    """argparse's words for a count, the count written in them in the reader's digits:
    argparse's ``% count`` after them leaves them as they are."""

    def __mod__(self, _count: object) -> str:
        return str(self)


class _NotAmong(str):
    """argparse's words for a value not among an option's choices, the choices quoted and
    listed as the reader writes them: "«\u00a0json\u00a0» et «\u00a0text\u00a0»", not
    "'json', 'text'"."""

    reader: DateFormat

    def __mod__(self, values: Any) -> str:
        # Python 3.11 writes each choice as its repr, a newer Python as it is.
        choices = re.findall(r"'([^']*)'", values["choices"]) or values["choices"].split(", ")
        language = self.reader.language
        listed = self.reader.listed([quoted(choice, language) for choice in choices])
        return str(self) % {**values, "choices": listed}


class _Refused(str):
    """argparse's words for a value its type refuses, the type said as a reader knows it:
    "« 2x » n’est pas un nombre entier", not "… une valeur de type int"."""

    language: str

    def __mod__(self, values: Any) -> str:
        said = _TYPES.get(values["type"])
        return str(self) % values if said is None else said.render(self.language) % values


@contextmanager
def argparse_speaking(reader: DateFormat) -> Iterator[None]:
    """argparse says what it says (a wrong use, the usage) in ``reader``'s language and
    digits while the arguments are read (:func:`help_in` says the help's headings): it said
    "error: the following arguments are required: OUTPUT" to ``--lang fr``. In English it
    keeps its own words."""
    if reader.language == DEFAULT_LANGUAGE:
        yield
        return
    language = reader.language

    def said(text: str) -> str:
        if text == _ARGUMENT:
            return with_label("%(argument_name)s", "%(message)s", language)
        if text == _INVALID:
            refused = _Refused(message("argparse.invalid_value").render(language))
            refused.language = language
            return refused
        if text == _INVALID_CHOICE:
            not_among = _NotAmong(_ARGPARSE_WORDS[text].render(language))
            not_among.reader = reader
            return not_among
        if (words := _ARGPARSE_WORDS.get(text)) is None:
            return gettext.gettext(text)
        return words.render(language) + text[len(text.rstrip("\n")) :]

    def said_of(singular: str, plural: str, count: int) -> str:
        if singular != _EXPECTED:
            return gettext.ngettext(singular, plural, count)
        expected = message("argparse.expected_count", count=count)
        return _Counted(expected.render(language, digits=reader.digits))

    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = said, said_of  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]
