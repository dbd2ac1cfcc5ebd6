"""From a news article to proposed events: dates, countries and kinds read from prose.

Researchers receive events as articles in Arabic, French or English and used to retype every
date and name. This package reads the text instead: :mod:`.dates` finds date expressions
(regional Arabic month names, Hijri, relative to the publication day), :mod:`.countries`
and :mod:`.cues` recognise countries and the kind of event from data tables in
``resources/extract/``, and :mod:`.proposals` turns each dated sentence into a proposed
event that a person confirms. Pure Python, like the rest of the domain.
"""
