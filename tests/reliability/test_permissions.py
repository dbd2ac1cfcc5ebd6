"""A replaced file's permissions go to the file that replaces it, as far as the system lets."""

from __future__ import annotations

import os

import pytest

from timeline import permissions
from timeline.permissions import keep_permissions

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits and groups")


def test_a_group_that_cannot_be_given_gets_no_permission_given_to_another(tmp_path, monkeypatch):
    """A database shared with a group the user is not in (0660): the new file cannot be
    that group's, so its group's bits are left out rather than given to the user's group."""
    old, new = tmp_path / "shared.sqlite3", tmp_path / "new.sqlite3"
    old.touch()
    new.touch()
    old.chmod(0o660)

    def refused(*_args: object) -> None:
        raise PermissionError("not a member of that group")

    monkeypatch.setattr(permissions.os, "chown", refused)
    monkeypatch.setattr(permissions.Path, "stat", _with_group(permissions.Path.stat, old))
    keep_permissions(old, new)
    assert new.stat().st_mode & 0o777 == 0o600


def test_nothing_is_changed_for_a_file_that_replaces_none(tmp_path):
    new = tmp_path / "new.csv"
    new.touch()
    new.chmod(0o644)
    keep_permissions(tmp_path / "none.csv", new)
    assert new.stat().st_mode & 0o777 == 0o644


def _with_group(stat, old):
    """``Path.stat`` with ``old`` in another group than the new file's."""

    def stat_of(path, *args, **kwargs):
        status = stat(path, *args, **kwargs)
        if path != old:
            return status
        fields = list(status)
        fields[5] = status.st_gid + 1  # st_gid
        return os.stat_result(fields)

    return stat_of
