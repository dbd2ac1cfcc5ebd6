"""Persistence: SQLAlchemy 2.x models, sessions, queries; Alembic migrations at open."""
