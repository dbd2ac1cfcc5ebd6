"""Widgets, dialogs and actions. Thin: the rules live in the domain, drawing in render."""
