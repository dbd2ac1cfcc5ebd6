"""The system's, SQLite's and Python's parsers' words as messages: English as the system
wrote it (the command line reads as it did), the reader's language in a window."""

from __future__ import annotations

import csv
import errno
import json
import os
import re
import sys

import pytest

from timeline.domain.messages import Message
from timeline.domain.system_words import _ERRNO, _JSON, csv_reason, json_reason, system_reason

LATIN = re.compile("[A-Za-z]")
#: Those whose English says it in fewer words than the system (ENOSPC: "disk full").
SHORTER = {errno.ENOSPC, errno.EFBIG}


@pytest.mark.skipif(sys.platform != "linux", reason="the English is glibc's strerror")
@pytest.mark.parametrize("number", sorted(set(_ERRNO) - SHORTER), ids=errno.errorcode.get)
def test_a_system_error_is_the_systems_english_and_arabic_in_a_window(number):
    reason = system_reason(OSError(number, os.strerror(number)))
    assert isinstance(reason, Message)
    assert reason.render("en") == os.strerror(number)
    assert not LATIN.search(reason.render("ar"))
    assert reason.render("fr") != reason.render("en")


def test_a_file_system_that_is_full_is_said_in_a_few_words():
    reason = system_reason(OSError(errno.ENOSPC, "No space left on device"))
    assert isinstance(reason, Message)
    assert (reason.render("en"), reason.render("ar")) == ("disk full", "القرص ممتلئ")


def test_an_unknown_system_error_is_the_systems_own_words():
    assert system_reason(OSError(errno.ENXIO, "No such device or address")) == (
        "No such device or address"
    )
    assert system_reason(ValueError("a driver's\n  own words")) == "a driver's own words"


def test_sqlites_refusal_to_write_is_said_in_arabic(readonly_refusal):
    _path, refused = readonly_refusal
    reason = system_reason(refused)
    assert isinstance(reason, Message)
    assert reason.render("en") == str(refused) == "attempt to write a readonly database"
    assert reason.render("ar") == "قاعدة البيانات للقراءة فقط"


class _Wrapped(Exception):
    """As SQLAlchemy wraps the driver's error: ``orig``."""

    def __init__(self, orig: BaseException) -> None:
        super().__init__("(sqlite3.OperationalError) ... [SQL: INSERT ...]")
        self.orig = orig


def test_a_wrapped_driver_error_is_said_by_the_drivers_code():
    reason = system_reason(_Wrapped(PermissionError(errno.EACCES, "Permission denied")))
    assert isinstance(reason, Message) and reason.render("ar") == "الإذن مرفوض"


@pytest.mark.parametrize(
    "text", ['{"a" 1}', '{"a": 1 "b": 2}', "[1, 2", "[1] 2", '{"a": tru}', "{1: 2}", '"a\\x"']
)
def test_pythons_json_complaints_are_in_the_catalogue(text):
    with pytest.raises(json.JSONDecodeError) as bad:
        json.loads(text)
    assert bad.value.msg in _JSON
    reason = json_reason(bad.value.msg)
    assert isinstance(reason, Message)
    assert reason.render("en") == bad.value.msg
    assert not LATIN.search(reason.render("ar"))


@pytest.mark.parametrize(
    ("text", "english", "arabic"),
    [
        ('"a"b,c\r\n', "',' expected after '\"'", 'يُنتظر «,» بعد «"»'),
        (  # "unexpected end of data": a quote never closed took the rest of the file
            '"a,b',
            'a quote (") opened in this row is never closed: the rest of the file was read as '
            "one cell",
            'علامة تنصيص (") فُتحت في هذا الصف ولم تُغلق، فقُرئ باقي الملف خلية واحدة',
        ),
    ],
)
def test_pythons_csv_complaints_are_in_the_catalogue(text, english, arabic):
    with pytest.raises(csv.Error) as bad:
        list(csv.reader([text], strict=True))
    reason = csv_reason(str(bad.value))
    assert isinstance(reason, Message)
    assert (reason.render("en"), reason.render("ar")) == (english, arabic)
