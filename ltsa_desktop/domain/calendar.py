"""Office-local dates and the working calendar (weekends and configurable holidays)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo


def to_local(utc_dt: datetime, tz_name: str) -> datetime:
    if utc_dt.tzinfo is None:
        raise ValueError("naive datetime")
    return utc_dt.astimezone(ZoneInfo(tz_name))


def service_day(utc_dt: datetime, tz_name: str) -> date:
    """The office-local date of an aware datetime: the "service day" of DESIGN.md."""
    return to_local(utc_dt, tz_name).date()


@dataclass(frozen=True)
class WorkingCalendar:
    holidays: frozenset[date] = frozenset()
    weekend: tuple[int, ...] = (5, 6)

    def is_working_day(self, d: date) -> bool:
        return d.weekday() not in self.weekend and d not in self.holidays

    def add_working_days(self, start: date, n: int) -> date:
        if n < 0:
            raise ValueError("n must be >= 0")
        d = start
        while not self.is_working_day(d):
            d += timedelta(days=1)
        for _ in range(n):
            d += timedelta(days=1)
            while not self.is_working_day(d):
                d += timedelta(days=1)
        return d

    def working_days_between(self, a: date, b: date) -> int:
        """Working days after ``a`` up to and including ``b`` (0 when b <= a)."""
        count, d = 0, a
        while d < b:
            d += timedelta(days=1)
            if self.is_working_day(d):
                count += 1
        return count
