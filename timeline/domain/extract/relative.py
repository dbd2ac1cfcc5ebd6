"""Dates said relative to the publication day, moved with dateutil's ``relativedelta``.

"فبراير الماضي" in an article of 8 April 2025 is February 2025; in one of 10 February 2025
it is February 2024. The reader finds the words; these functions do the calendar.
"""

from __future__ import annotations

from datetime import date

from dateutil.relativedelta import relativedelta, weekday

from timeline.domain.dates import FuzzyDate


def month_year(published: date, month: int, offset: int) -> int:
    """The year of "<month> last / this / next" (offset -1, 0, 1): last is strictly before
    the publication month, next strictly after it."""
    anchor = published.replace(day=1)
    candidate = anchor + relativedelta(month=month)
    if offset < 0 and candidate >= anchor:
        candidate -= relativedelta(years=1)
    elif offset > 0 and candidate <= anchor:
        candidate += relativedelta(years=1)
    year: int = candidate.year
    return year


def moved(published: date, unit: str, offset: int) -> FuzzyDate:
    """Last / this / next month or year."""
    if unit == "month":
        moment = published + relativedelta(months=offset)
        return FuzzyDate(moment.year, moment.month)
    return FuzzyDate((published + relativedelta(years=offset)).year)


def weekday_date(published: date, day: int, offset: int) -> FuzzyDate:
    """Last (offset -1) or next (1) ``day`` of the week (0 = Monday), never the publication
    day itself."""
    return FuzzyDate.from_date(published + relativedelta(days=offset, weekday=weekday(day, offset)))


def days_ago(published: date, days: int) -> FuzzyDate:
    """Yesterday (1), the day before (2)."""
    return FuzzyDate.from_date(published - relativedelta(days=days))
