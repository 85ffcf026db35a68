"""Office-local dates and the office working calendar (weekend days plus configured holidays).

Timestamps are stored in UTC; the *service day* of an event is its date in the office's zone (DOMAIN.md §5), so a
ticket issued at 06:30 WIB belongs to that local day even though it is still the previous day in UTC.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

_ONE_DAY = timedelta(days=1)


def _require_aware(dt: datetime) -> None:
    if not isinstance(dt, datetime):
        raise TypeError(f"expected a datetime, not {type(dt).__name__}")
    if dt.tzinfo is None or dt.utcoffset() is None:
        raise ValueError("naive datetime: timestamps must carry their zone (UTC)")


def to_local(utc_dt: datetime, tz_name: str) -> datetime:
    """``utc_dt`` (any aware datetime) as wall-clock time in the IANA zone ``tz_name``.

    Raises ``ValueError`` for a naive datetime and ``zoneinfo.ZoneInfoNotFoundError`` for an unknown zone.
    """
    _require_aware(utc_dt)
    return utc_dt.astimezone(ZoneInfo(tz_name))


def service_day(utc_dt: datetime, tz_name: str) -> date:
    """The office-local date of an aware datetime: the "service day" of DESIGN.md. Same errors as ``to_local``."""
    return to_local(utc_dt, tz_name).date()


def _require_plain_date(d: date) -> None:
    # A datetime is a date subclass but never equals one, so it would silently miss every holiday.
    if isinstance(d, datetime) or not isinstance(d, date):
        raise TypeError(f"expected a date, not {type(d).__name__}")


@dataclass(frozen=True)
class WorkingCalendar:
    """Working days of one office: not a ``weekend`` weekday (Monday is 0) and not in ``holidays``.

    Immutable; build a new one when the holiday list changes. At least one weekday must be a working day.
    """

    holidays: frozenset[date] = frozenset()
    weekend: tuple[int, ...] = (5, 6)

    def __post_init__(self) -> None:
        holidays = frozenset(self.holidays)  # a set or list is accepted and frozen
        for d in holidays:
            _require_plain_date(d)
        weekend = tuple(sorted(set(self.weekend)))
        if any(not isinstance(w, int) or isinstance(w, bool) or not 0 <= w <= 6 for w in weekend):
            raise ValueError("weekend days are weekday numbers 0 (Monday) to 6 (Sunday)")
        if len(weekend) == 7:
            raise ValueError("a calendar needs at least one working weekday")
        object.__setattr__(self, "holidays", holidays)
        object.__setattr__(self, "weekend", weekend)

    def is_working_day(self, d: date) -> bool:
        """True unless ``d`` falls on a weekend day or a holiday. ``TypeError`` for a datetime."""
        _require_plain_date(d)
        return d.weekday() not in self.weekend and d not in self.holidays

    def next_working_day(self, d: date) -> date:
        """``d`` itself when it is a working day, else the first working day after it."""
        while not self.is_working_day(d):
            d += _ONE_DAY
        return d

    def add_working_days(self, start: date, n: int) -> date:
        """The date ``n`` working days after ``start``, counting from the first working day on or after it.

        ``n == 0`` gives ``start`` when it is a working day, else the next working day; so a case received on a
        Saturday with a one-day deadline is due on Tuesday. Raises ``ValueError`` for a negative ``n``.
        """
        if n < 0:
            raise ValueError("n must be >= 0")
        d = self.next_working_day(start)
        for _ in range(n):
            d = self.next_working_day(d + _ONE_DAY)
        return d

    def working_days_between(self, a: date, b: date) -> int:
        """The number of working days after ``a`` up to and including ``b``; negative when ``b`` is before ``a``
        (the count after ``b`` up to and including ``a``), 0 when equal.

        For a working day ``a``: ``working_days_between(a, add_working_days(a, n)) == n``.
        """
        if b < a:
            return -self.working_days_between(b, a)
        _require_plain_date(a)
        count, d = 0, a
        while d < b:
            d += _ONE_DAY
            if self.is_working_day(d):
                count += 1
        return count
