"""Painted outputs: the PDF briefing, PNG, SVG and printing, all drawn by the timeline's own
layout and painter (timeline.render) onto Qt paint devices. Files of data (CSV, JSON) are
timeline.io's."""
