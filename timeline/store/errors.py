"""Errors the store reports to people: one line saying which database and why."""

from __future__ import annotations


class StoreError(Exception):
    """A database that cannot be opened, read or written, with the reason in words."""


class NewerSchemaError(StoreError):
    """The database was written by a newer version of the app; it is left untouched."""


class ConflictError(StoreError):
    """Someone else saved the event since it was read (optimistic version check)."""


class NotFoundError(StoreError):
    """The event no longer exists."""
