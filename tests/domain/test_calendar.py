"""The working calendar (weekends, holidays, working-day arithmetic) and office-local service days."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ltsa_desktop.domain.calendar import WorkingCalendar, service_day, to_local

# November-December 2026: Friday 20 Nov, Saturday 21, Sunday 22, Monday 23 … Thursday 26; Friday 25 Dec is Christmas.
FRI, SAT, SUN, MON, TUE, WED, THU = (date(2026, 11, d) for d in (20, 21, 22, 23, 24, 25, 26))
CHRISTMAS = date(2026, 12, 25)
PLAIN = WorkingCalendar(frozenset())
WITH_HOLIDAYS = WorkingCalendar(frozenset({MON, CHRISTMAS}))


def test_weekdays_and_weekends() -> None:
    assert [PLAIN.is_working_day(d) for d in (FRI, SAT, SUN, MON, TUE)] == [True, False, False, True, True]
    assert [WITH_HOLIDAYS.is_working_day(d) for d in (MON, TUE, CHRISTMAS)] == [False, True, False]


def test_other_weekends() -> None:
    friday_saturday = WorkingCalendar(frozenset(), weekend=(4, 5))
    assert [friday_saturday.is_working_day(d) for d in (THU, FRI, SAT, SUN)] == [True, False, False, True]
    six_days = WorkingCalendar(frozenset(), weekend=(6,))
    assert six_days.is_working_day(SAT) and not six_days.is_working_day(SUN)
    assert six_days.add_working_days(FRI, 1) == SAT


@pytest.mark.parametrize("start, n, expected", [
    (FRI, 0, FRI), (SAT, 0, MON), (SUN, 0, MON),
    (FRI, 1, MON), (SAT, 1, TUE), (THU, 1, date(2026, 11, 27)), (THU, 5, THU + timedelta(days=7)),
    (MON - timedelta(days=7), 10, MON + timedelta(days=7)),
])
def test_add_working_days_across_weekends(start: date, n: int, expected: date) -> None:
    assert PLAIN.add_working_days(start, n) == expected


@pytest.mark.parametrize("start, n, expected", [
    (FRI, 1, TUE), (SAT, 0, TUE), (MON, 0, TUE), (FRI, 2, WED),
    (date(2026, 12, 24), 1, date(2026, 12, 28)),  # Thursday + 1 skips Christmas Friday and the weekend
])
def test_add_working_days_across_holidays(start: date, n: int, expected: date) -> None:
    assert WITH_HOLIDAYS.add_working_days(start, n) == expected


def test_a_week_of_holidays_is_skipped() -> None:
    cuti_bersama = WorkingCalendar(frozenset(MON + timedelta(days=i) for i in range(5)))
    assert cuti_bersama.add_working_days(FRI, 1) == MON + timedelta(days=7)
    assert cuti_bersama.working_days_between(FRI, MON + timedelta(days=7)) == 1


def test_negative_n_is_refused() -> None:
    with pytest.raises(ValueError):
        PLAIN.add_working_days(MON, -1)


@pytest.mark.parametrize("a, b, expected", [
    (FRI, FRI, 0), (FRI, SAT, 0), (FRI, SUN, 0), (FRI, MON, 1), (FRI, TUE, 2), (SAT, MON, 1),
    (MON, FRI + timedelta(days=7), 4), (MON, FRI, -1), (TUE, FRI, -2),
])
def test_working_days_between(a: date, b: date, expected: int) -> None:
    assert PLAIN.working_days_between(a, b) == expected


def test_working_days_between_skips_holidays() -> None:
    assert WITH_HOLIDAYS.working_days_between(FRI, TUE) == 1
    assert WITH_HOLIDAYS.working_days_between(date(2026, 12, 24), date(2026, 12, 31)) == 4


def test_construction_is_checked() -> None:
    with pytest.raises(ValueError):
        WorkingCalendar(frozenset(), weekend=(0, 1, 2, 3, 4, 5, 6))
    with pytest.raises(ValueError):
        WorkingCalendar(frozenset(), weekend=(7,))
    with pytest.raises(TypeError):
        WorkingCalendar(frozenset({datetime(2026, 12, 25)}))
    from_list = WorkingCalendar([CHRISTMAS])  # type: ignore[arg-type]
    assert from_list.holidays == frozenset({CHRISTMAS}) and not from_list.is_working_day(CHRISTMAS)


def test_a_datetime_is_not_a_day() -> None:
    with pytest.raises(TypeError):
        WITH_HOLIDAYS.is_working_day(datetime(2026, 12, 25))


# -- properties ----------------------------------------------------------------------------------------------
HOLIDAYS = st.frozensets(st.dates(date(2026, 1, 1), date(2027, 12, 31)), max_size=60)
DAYS = st.dates(date(2026, 1, 1), date(2027, 6, 30))


@given(HOLIDAYS, DAYS, st.integers(0, 60))
def test_adding_then_counting_gives_n_back(holidays: frozenset[date], start: date, n: int) -> None:
    cal = WorkingCalendar(holidays)
    due = cal.add_working_days(start, n)
    assert cal.is_working_day(due) and due >= start
    first = cal.add_working_days(start, 0)
    assert cal.working_days_between(first, due) == n
    assert cal.add_working_days(start, n + 1) > due


@given(HOLIDAYS, DAYS, DAYS)
def test_counting_is_antisymmetric_and_matches_a_plain_count(holidays: frozenset[date], a: date, b: date) -> None:
    cal = WorkingCalendar(holidays)
    lo, hi = min(a, b), max(a, b)
    plain = sum(cal.is_working_day(lo + timedelta(days=i)) for i in range(1, (hi - lo).days + 1))
    assert cal.working_days_between(lo, hi) == plain
    assert cal.working_days_between(a, b) == -cal.working_days_between(b, a)


# -- service day -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("tz_name, local_midnight_utc", [
    ("Asia/Jakarta", datetime(2026, 11, 21, 17, 0, tzinfo=UTC)),
    ("Asia/Pontianak", datetime(2026, 11, 21, 17, 0, tzinfo=UTC)),
    ("Asia/Makassar", datetime(2026, 11, 21, 16, 0, tzinfo=UTC)),
    ("Asia/Jayapura", datetime(2026, 11, 21, 15, 0, tzinfo=UTC)),
])
def test_service_day_turns_at_local_midnight(tz_name: str, local_midnight_utc: datetime) -> None:
    assert service_day(local_midnight_utc - timedelta(microseconds=1), tz_name) == date(2026, 11, 21)
    assert service_day(local_midnight_utc, tz_name) == date(2026, 11, 22)


@pytest.mark.parametrize("tz_name", ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"])
def test_early_morning_locally_is_yesterday_in_utc(tz_name: str) -> None:
    utc = datetime(2026, 11, 21, 23, 30, tzinfo=UTC)  # 06:30 WIB, 07:30 WITA, 08:30 WIT on 22 November
    assert service_day(utc, tz_name) == date(2026, 11, 22)
    assert utc.date() == date(2026, 11, 21)


def test_to_local_keeps_the_instant() -> None:
    utc = datetime(2026, 11, 22, 7, 5, tzinfo=UTC)
    local = to_local(utc, "Asia/Makassar")
    assert (local.hour, local.minute, local.tzinfo) == (15, 5, ZoneInfo("Asia/Makassar"))
    assert local == utc


def test_any_aware_datetime_is_accepted() -> None:
    plus_eight = datetime(2026, 11, 22, 0, 30, tzinfo=timezone(timedelta(hours=8)))  # 21 Nov 16:30 UTC
    assert service_day(plus_eight, "Asia/Jakarta") == date(2026, 11, 21)


def test_naive_datetime_is_refused() -> None:
    with pytest.raises(ValueError):
        service_day(datetime(2026, 11, 22, 12, 0), "Asia/Jakarta")
    with pytest.raises(ValueError):
        to_local(datetime(2026, 11, 22, 12, 0), "Asia/Jakarta")


def test_unknown_zone() -> None:
    with pytest.raises(ZoneInfoNotFoundError):
        service_day(datetime(2026, 11, 22, tzinfo=UTC), "Asia/Atlantis")


@given(st.datetimes(datetime(1988, 1, 1), datetime(2100, 1, 1), timezones=st.just(UTC)),
       st.sampled_from([("Asia/Jakarta", 7), ("Asia/Pontianak", 7), ("Asia/Makassar", 8), ("Asia/Jayapura", 9)]))
def test_service_day_is_a_fixed_offset_since_1988(utc: datetime, zone: tuple[str, int]) -> None:
    tz_name, hours = zone
    assert service_day(utc, tz_name) == (utc + timedelta(hours=hours)).date()
