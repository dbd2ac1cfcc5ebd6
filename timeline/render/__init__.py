"""Layout (events + period + size -> positioned shapes) and painting onto any QPainter.

The screen, PDF, PNG, SVG and the printer all use this one layout and painter.
"""
