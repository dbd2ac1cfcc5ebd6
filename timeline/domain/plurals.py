"""Counts in words, in the plural form each language asks for: "1 event", "11 حدثًا",
"2 événements".

Arabic has six plural forms (CLDR: zero, one, two, few 3-10, many 11-99, other), and the
noun after a number changes with each: a number and a bare noun would read wrong in every
language but English. Babel gives the form of a count; the tables here give its words.
"""

from __future__ import annotations

from functools import lru_cache

from babel import Locale
from babel.numbers import format_decimal

from timeline.domain.languages import LANGUAGES

# What is counted -> language -> CLDR plural category -> words; "other" when a category
# is missing. "added" and "already" count events, "rejected" and "skipped" rows.
_FORMS = {
    "event": {
        "ar": {"zero": "لا أحداث", "one": "حدث واحد", "two": "حدثان", "few": "{n} أحداث",
               "many": "{n} حدثًا", "other": "{n} حدث"},
        "en": {"one": "{n} event", "other": "{n} events"},
        "fr": {"one": "{n} événement", "other": "{n} événements"},
    },
    "row": {
        "ar": {"zero": "لا صفوف", "one": "صف واحد", "two": "صفان", "few": "{n} صفوف",
               "many": "{n} صفًا", "other": "{n} صف"},
        "en": {"one": "{n} row", "other": "{n} rows"},
        "fr": {"one": "{n} ligne", "other": "{n} lignes"},
    },
    "page": {
        "ar": {"zero": "لا صفحات", "one": "صفحة واحدة", "two": "صفحتان", "few": "{n} صفحات",
               "many": "{n} صفحةً", "other": "{n} صفحة"},
        "en": {"one": "{n} page", "other": "{n} pages"},
        "fr": {"one": "{n} page", "other": "{n} pages"},
    },
    "more-here": {  # a cluster badge's tooltip: the events it stands for
        "ar": {"zero": "لا أحداث أخرى هنا", "one": "حدث آخر هنا: انقر للتكبير",
               "two": "حدثان آخران هنا: انقر للتكبير", "few": "{n} أحداث أخرى هنا: انقر للتكبير",
               "many": "{n} حدثًا آخر هنا: انقر للتكبير", "other": "{n} حدث آخر هنا: انقر للتكبير"},
        "en": {"one": "{n} more event here: click to zoom in",
               "other": "{n} more events here: click to zoom in"},
        "fr": {"one": "{n} autre événement ici\u00a0: cliquez pour zoomer",
               "other": "{n} autres événements ici\u00a0: cliquez pour zoomer"},
    },
    "more": {  # under a briefing's list: the events it leaves out
        "ar": {"zero": "ولا حدث غيرها", "one": "وحدث آخر", "two": "وحدثان آخران",
               "few": "و{n} أحداث أخرى", "many": "و{n} حدثًا آخر", "other": "و{n} حدث آخر"},
        "en": {"other": "and {n} more"},
        "fr": {"one": "et {n} autre", "other": "et {n} autres"},
    },
    "more-listed": {  # ...when the briefing's table lists them
        "ar": {"zero": "ولا حدث غيرها في الجدول", "one": "وحدث آخر في الجدول",
               "two": "وحدثان آخران في الجدول", "few": "و{n} أحداث أخرى في الجدول",
               "many": "و{n} حدثًا آخر في الجدول", "other": "و{n} حدث آخر في الجدول"},
        "en": {"other": "and {n} more in the table"},
        "fr": {"one": "et {n} autre dans le tableau", "other": "et {n} autres dans le tableau"},
    },
    "earlier": {  # under a briefing's list of the latest ones: the earlier ones it leaves out
        "ar": {"zero": "ولا حدث قبلها", "one": "وحدث قبلها", "two": "وحدثان قبلها",
               "few": "و{n} أحداث قبلها", "many": "و{n} حدثًا قبلها", "other": "و{n} حدث قبلها"},
        "en": {"other": "and {n} earlier"},
        "fr": {"one": "et {n} plus ancien", "other": "et {n} plus anciens"},
    },
    "earlier-listed": {  # ...when the briefing's table lists them
        "ar": {"zero": "ولا حدث قبلها في الجدول", "one": "وحدث قبلها في الجدول",
               "two": "وحدثان قبلها في الجدول", "few": "و{n} أحداث قبلها في الجدول",
               "many": "و{n} حدثًا قبلها في الجدول", "other": "و{n} حدث قبلها في الجدول"},
        "en": {"other": "and {n} earlier in the table"},
        "fr": {"one": "et {n} plus ancien dans le tableau",
               "other": "et {n} plus anciens dans le tableau"},
    },
    "add-from-text": {  # the undoable step of events read from an article
        "ar": {"zero": "إضافة أحداث من نص", "one": "إضافة حدث واحد من نص",
               "two": "إضافة حدثين من نص", "few": "إضافة {n} أحداث من نص",
               "many": "إضافة {n} حدثًا من نص", "other": "إضافة {n} حدث من نص"},
        "en": {"one": "Add {n} event from text", "other": "Add {n} events from text"},
        "fr": {"one": "l’ajout de {n} événement à partir d’un texte",
               "other": "l’ajout de {n} événements à partir d’un texte"},
    },
    "day": {
        "ar": {"zero": "لا أيام", "one": "يوم واحد", "two": "يومان", "few": "{n} أيام",
               "many": "{n} يومًا", "other": "{n} يوم"},
        "en": {"one": "{n} day", "other": "{n} days"},
        "fr": {"one": "{n} jour", "other": "{n} jours"},
    },
    "to-add": {
        "ar": {"zero": "لا حدث للإضافة", "one": "حدث واحد للإضافة", "two": "حدثان للإضافة",
               "few": "{n} أحداث للإضافة", "many": "{n} حدثًا للإضافة",
               "other": "{n} حدث للإضافة"},
        "en": {"other": "{n} to add"},
        "fr": {"other": "{n} à ajouter"},
    },
    # Of a kind's count, those cancelled: "Agreement signed: 3 (1 cancelled)".
    "cancelled": {
        "ar": {"other": "أُلغي {n}"},
        "en": {"other": "{n} cancelled"},
        "fr": {"one": "dont {n} annulation", "other": "dont {n} annulations"},
    },
    "added": {
        "ar": {"zero": "لم يُضف أي حدث", "one": "أُضيف حدث واحد", "two": "أُضيف حدثان",
               "few": "أُضيفت {n} أحداث", "many": "أُضيف {n} حدثًا", "other": "أُضيف {n} حدث"},
        "en": {"other": "{n} added"},
        "fr": {"one": "{n} ajouté", "other": "{n} ajoutés"},
    },
    "already": {
        "ar": {"zero": "لا حدث مستورد من قبل", "one": "حدث واحد مستورد من قبل",
               "two": "حدثان مستوردان من قبل", "few": "{n} أحداث مستوردة من قبل",
               "many": "{n} حدثًا مستوردًا من قبل", "other": "{n} حدث مستورد من قبل"},
        "en": {"other": "{n} already imported"},
        "fr": {"one": "{n} déjà importé", "other": "{n} déjà importés"},
    },
    "rejected": {
        "ar": {"zero": "لا صف مرفوض", "one": "صف واحد مرفوض", "two": "صفان مرفوضان",
               "few": "{n} صفوف مرفوضة", "many": "{n} صفًا مرفوضًا", "other": "{n} صف مرفوض"},
        "en": {"other": "{n} rejected"},
        "fr": {"one": "{n} rejetée", "other": "{n} rejetées"},
    },
    "skipped": {
        "ar": {"zero": "لا صف متجاوز", "one": "صف واحد متجاوز", "two": "صفان متجاوزان",
               "few": "{n} صفوف متجاوزة", "many": "{n} صفًا متجاوزًا", "other": "{n} صف متجاوز"},
        "en": {"other": "{n} skipped"},
        "fr": {"one": "{n} ignorée", "other": "{n} ignorées"},
    },
    # An event's countries, in the rule that asks for more of them: "needs at least
    # 2 countries, 1 given", "يحتاج إلى بلدين على الأقل، ولم يُحدَّد إلا بلد واحد".
    "countries": {
        "ar": {"one": "بلد واحد", "two": "بلدين", "few": "{n} بلدان", "many": "{n} بلدًا",
               "other": "{n} بلد"},
        "en": {"one": "{n} country", "other": "{n} countries"},
        "fr": {"other": "{n} pays"},
    },
    "countries-given": {
        "ar": {"zero": "ولم يُحدَّد أي بلد", "one": "ولم يُحدَّد إلا بلد واحد",
               "two": "ولم يُحدَّد إلا بلدان", "few": "ولم تُحدَّد إلا {n} بلدان",
               "many": "ولم يُحدَّد إلا {n} بلدًا", "other": "ولم يُحدَّد إلا {n} بلد"},
        "en": {"other": "{n} given"},
        "fr": {"one": "{n} donné", "other": "{n} donnés"},
    },
    "parties-given": {
        "ar": {"zero": "ولم يُحدَّد أي طرف", "one": "ولم يُحدَّد إلا طرف واحد",
               "two": "ولم يُحدَّد إلا طرفان", "few": "ولم تُحدَّد إلا {n} أطراف",
               "many": "ولم يُحدَّد إلا {n} طرفًا", "other": "ولم يُحدَّد إلا {n} طرف"},
        "en": {"other": "{n} given"},
        "fr": {"one": "{n} donnée", "other": "{n} données"},
    },
}  # fmt: skip


def count_words(count: int, language: str, what: str = "event", number: str | None = None) -> str:
    """``6 أحداث``, ``11 حدثًا``, ``1 event``, ``12,345 événements``: ``count`` of ``what``
    (event, row, page, day, more, more-listed, more-here, add-from-text, to-add, added,
    already, rejected, skipped, countries, countries-given, parties-given) in the right plural form;
    English for a language the table does not have. The one home of counts in words: the
    window, its dialogs, the command line and the briefing all say them so.
    ``number`` is the count as the reader writes it (:meth:`DateFormat.number`); without it,
    grouped as the language does."""
    language = language if language in LANGUAGES else "en"
    forms = _FORMS[what][language]
    category = Locale.parse(language).plural_form(count)
    written = grouped(count, language) if number is None else number
    return forms.get(category, forms["other"]).format(n=written)


def counted(count: int, what: str) -> dict[str, str]:
    """:func:`count_words` in every language, for a message's value: a number before a bare
    noun in the message itself read "يحتاج إلى 2 من البلدان" for "بلدين"."""
    return {language: count_words(count, language, what) for language in LANGUAGES}


@lru_cache(maxsize=4096)
def grouped(count: int, locale: str, numbering: str = "latn") -> str:
    """``12,345``, ``12\u202f345`` (fr), ``12.345`` (ar_MA): a count with the thousands
    separator of ``locale`` (CLDR's, through Babel), in Latin digits; ``numbering="arab"``
    takes the separator written among Arabic-Indic digits (``12٬345``), whose digits the
    caller then swaps in. Kept: zoomed out, a frame's badges count in the thousands, and
    Babel takes 15 µs a count (1 ms a fit-all frame of 60 badges at 4K), every frame."""
    return format_decimal(count, locale=locale, numbering_system=numbering)


def summary_separator(language: str) -> str:
    """Between the parts of a one-line summary: the Arabic semicolon in Arabic, and in
    French a no-break space before the semicolon, as before every French ``; : ? !``."""
    return {"ar": "؛ ", "fr": "\u00a0; "}.get(language, "; ")
