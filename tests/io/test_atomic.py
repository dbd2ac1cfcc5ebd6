"""Writing a finished file in one step: the temporary file beside it, and the one line
said where it cannot be written."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from timeline.io import atomic
from timeline.io.atomic import ExportError, temporary_beside, write_atomically


@pytest.mark.parametrize("name", ["a" * 251 + ".pdf", "علاقات" * 20 + ".png", "b.pdf"])
def test_the_temporary_file_is_a_name_the_disk_takes_and_says_whose_it_is(name):
    """Named after its file, it took 19 characters more than the disk may take; cut, an
    Arabic name stays whole letters."""
    temporary = temporary_beside(Path("/folder") / name).name
    assert len(temporary.encode()) <= atomic.NAME_MAX
    assert temporary.startswith("." + name[:40]) and temporary.endswith(".part")
    temporary.encode().decode()  # no letter cut in two


def test_a_file_that_may_not_be_replaced_is_said_to_be_it(tmp_path, monkeypatch):
    """An immutable file in a folder open to writing was "you may not write in the
    folder": the folder was not what refused."""
    path = tmp_path / "briefing.pdf"
    path.write_bytes(b"kept")

    def refuse(source: str, target: str) -> None:
        raise PermissionError(errno.EPERM, "Operation not permitted", target)

    monkeypatch.setattr(atomic.os, "replace", refuse)
    with pytest.raises(ExportError) as raised:
        write_atomically(path, lambda: b"new")
    assert raised.value.in_language("en") == (
        f"{path}: cannot be written: the file there may not be replaced"
    )
    assert [file.name for file in tmp_path.iterdir()] == ["briefing.pdf"]
    assert path.read_bytes() == b"kept"


def test_a_folder_that_refuses_is_named_whole(tmp_path, monkeypatch):
    """ "you may not write in the folder ." named no folder."""
    monkeypatch.chdir(tmp_path)

    def refuse(temporary: Path):
        raise PermissionError(errno.EACCES, "Permission denied", str(temporary))

    with pytest.raises(ExportError) as raised, atomic.replacing(Path("briefing.csv"), refuse):
        pass
    reason = f"cannot be written: you may not write in the folder {os.getcwd()}"
    assert raised.value.in_language("en") == f"briefing.csv: {reason}"
