"""The application's view logic between the store and the renderer: which events a view
shows, in which lanes, read as the columns the layout needs (no Qt, no widgets)."""
