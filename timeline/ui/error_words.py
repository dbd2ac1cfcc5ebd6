"""An error from a lower layer, said in the window's language.

The store and the exports name the database or file and give their reason as a message of
the domain's catalogue (:class:`~timeline.domain.errors.ReasonError`: a StoreError, an
ExportError), a domain rule names its field
(:class:`~timeline.domain.errors.ValidationError`), a file that cannot be imported its
line (:class:`~timeline.io.rows.ImportFileError`); the command line writes them in its
``--lang``, the window in its reader's language, the numbers in the reader's digits and a
path or a name in its own direction, a team server by its database, host and port. What
has no words of its own is shown as it is.
"""

from __future__ import annotations

from timeline.domain.datetext import DateFormat, DateStyle
from timeline.domain.direction import ltr
from timeline.domain.errors import ReasonError, ValidationError
from timeline.domain.messages import Message, message
from timeline.io.rows import ImportFileError
from timeline.store.database import ReadOnly
from timeline.store.server import named_server
from timeline.ui.field_names import field_name, with_field
from timeline.ui.translations import ui_language


def reader(fmt: DateFormat | None) -> DateFormat:
    """``fmt``, or for a dialog that knows no reader the UI's language in Latin digits."""
    return fmt if fmt is not None else DateFormat(ui_language(), DateStyle.MAGHREB, False)


def said(error: BaseException, fmt: DateFormat | None = None) -> str:
    """``error`` in ``fmt``'s language: "<file>: <reason>", "<Field>: <reason>"."""
    fmt = reader(fmt)
    language, digits, dates = fmt.language, fmt.digits, fmt.fuzzy
    if isinstance(error, ReasonError):
        reason = error.reason_in(language, isolated=True, digits=digits, dates=dates)
        return with_field(about_said(error.about, fmt), reason) if error.about else reason
    if isinstance(error, ValidationError):
        reason = error.in_language(language, isolated=True, digits=digits, dates=dates)
        return with_field(field_name(error.field, digits), reason)
    if isinstance(error, ImportFileError):
        where = ltr(error.file)
        if error.line is not None:
            on_line = message("import.on_line", file=error.file, line=error.line)
            where = rendered(on_line, fmt)
        detail = error.reason
        reason = rendered(detail, fmt) if isinstance(detail, Message) else detail
        return with_field(where, reason)
    return str(error)


def about_said(about: str, fmt: DateFormat) -> str:
    """What an error is about: a file's path as it is, left to right; a team server in
    words, its port in the reader's digits ("قاعدة البيانات timeline على الخادم db، المنفذ
    ٥٤٣٢"), not its address (postgresql+psycopg://…:5432/…)."""
    server = named_server(about)
    return rendered(server, fmt) if server is not None else ltr(about)


def read_only_said(why: ReadOnly, fmt: DateFormat | None = None) -> str:
    """Why a database refuses changes, in ``fmt``'s language."""
    fmt = reader(fmt)
    return rendered(why.message, fmt)


def rendered(message: Message, fmt: DateFormat) -> str:
    return message.render(fmt.language, isolated=True, digits=fmt.digits)


def as_sentence(text: str) -> str:
    """``text`` shown on its own, its first letter a capital: the catalogue's messages
    begin in lower case to follow a field's name ("Date: the step comes …"), and a dialog's
    line read "database timeline on db, port 5432: the server refused …". What begins with
    a value (isolated: a file, a quoted title) or a word with a capital of its own (iOS)
    stays as it is: "notes.sqlite3" named another file as "Notes.sqlite3"."""
    first_word = text.split(maxsplit=1)[0] if text.strip() else ""
    if not first_word[:1].islower() or first_word != first_word.lower():
        return text
    return text[0].upper() + text[1:]
