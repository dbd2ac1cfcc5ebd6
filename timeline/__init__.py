"""Diplomatic Timeline: relations between states on a zoomable, bilingual timeline."""

__version__ = "0.1.0"
