"""The rules of the product in pure Python: events, dates with precision, calendars, kinds.

Nothing here imports Qt or SQLAlchemy (an import-linter contract in the test run enforces it),
so the same rules serve the store, the renderer, the widgets and the command line.
"""
