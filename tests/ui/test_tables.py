"""RowTableModel: plain frozen rows, native sort values, the row itself on demand, bulk resets."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dataclasses import dataclass  # noqa: E402
from datetime import date, datetime, timedelta, timezone  # noqa: E402

from PySide6.QtCore import QModelIndex, Qt  # noqa: E402

from ltsa_desktop.ui.widgets.tables import (  # noqa: E402
    OBJECT_ROLE,
    RIGHT,
    SORT_ROLE,
    Column,
    RowTableModel,
    make_sort_proxy,
)

WIB = timezone(timedelta(hours=7))
WIT = timezone(timedelta(hours=9))


@dataclass(frozen=True)
class Payment:
    receipt: str
    payer: str
    amount: int
    day: date
    paid_at: datetime
    note: str | None = None


ROWS = [
    Payment("JKT01-K01-2026-000010", "SITI AMINAH", 1_250_000, date(2026, 1, 10), datetime(2026, 1, 10, 9, 0, tzinfo=WIB)),
    Payment("JKT01-K01-2026-000002", "budi santoso", 900, date(2026, 1, 9), datetime(2026, 1, 10, 10, 0, tzinfo=WIT)),
    Payment("JKT01-K02-2026-000003", "Ahmad Yani", 75_000, date(2025, 12, 31), datetime(2026, 1, 10, 8, 30, tzinfo=WIB),
            "waiver"),
]


def _rupiah(amount: int) -> str:
    return "Rp " + f"{amount:,}".replace(",", ".")


COLUMNS: list[Column[Payment]] = [
    Column("Receipt", lambda p: p.receipt),
    Column("Payer", lambda p: p.payer, sort_key=lambda p: p.payer.casefold()),
    Column("Amount", lambda p: _rupiah(p.amount), sort_key=lambda p: p.amount, alignment=RIGHT),
    Column("Day", lambda p: p.day.strftime("%d/%m/%Y"), sort_key=lambda p: p.day),
    Column("Paid at", lambda p: p.paid_at.strftime("%H:%M %Z"), sort_key=lambda p: p.paid_at),
    Column("Note", lambda p: p.note, tooltip=lambda p: f"receipt {p.receipt}"),
]


def test_model_passes_the_model_tester_through_resets_and_updates(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = RowTableModel(COLUMNS, ROWS)
    qtmodeltester.check(model, force_py=True)  # stays connected: every change below is re-checked
    model.set_rows([])
    model.set_rows(ROWS * 3)
    model.replace_row(4, ROWS[0])


def test_model_passes_qts_own_tester(qtmodeltester, qtlog) -> None:  # type: ignore[no-untyped-def]
    model = RowTableModel(COLUMNS, [])
    qtmodeltester.check(model)
    model.set_rows(ROWS)
    proxy = make_sort_proxy(model)
    proxy.sort(2)
    assert not [r.message for r in qtlog.records if "FAIL" in r.message]


def test_cells_headers_roles(qapp) -> None:  # type: ignore[no-untyped-def]
    model = RowTableModel(COLUMNS, ROWS)
    assert (model.rowCount(), model.columnCount()) == (3, 6)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [c.header for c in COLUMNS]
    amount = model.index(0, 2)
    assert amount.data() == "Rp 1.250.000"
    assert amount.data(SORT_ROLE) == 1_250_000
    assert amount.data(Qt.ItemDataRole.TextAlignmentRole) == int(RIGHT.value)
    assert model.index(0, 5).data() == "" and model.index(2, 5).data() == "waiver"  # None shows empty
    assert model.index(1, 5).data(Qt.ItemDataRole.ToolTipRole) == f"receipt {ROWS[1].receipt}"
    assert model.index(1, 0).data(OBJECT_ROLE) is ROWS[1]
    assert model.row_at(model.index(2, 3)) is ROWS[2]
    assert model.rowCount(model.index(0, 0)) == 0  # a table: no children


def _column(proxy, col: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [proxy.index(r, col).data() for r in range(proxy.rowCount())]


def test_sorting_uses_native_values_not_the_shown_text(qapp) -> None:  # type: ignore[no-untyped-def]
    model = RowTableModel(COLUMNS, ROWS)
    proxy = make_sort_proxy(model)
    proxy.sort(2, Qt.SortOrder.AscendingOrder)
    assert _column(proxy, 2) == ["Rp 900", "Rp 75.000", "Rp 1.250.000"]  # as text "Rp 1.2…" < "Rp 7…" < "Rp 9…"
    proxy.sort(3, Qt.SortOrder.AscendingOrder)
    assert _column(proxy, 3) == ["31/12/2025", "09/01/2026", "10/01/2026"]
    proxy.sort(4, Qt.SortOrder.AscendingOrder)  # instants across zones: 08:00 WIT is 06:00 WIB
    assert [proxy.index(r, 0).data(OBJECT_ROLE).paid_at for r in range(3)] == sorted(p.paid_at for p in ROWS)
    proxy.sort(1, Qt.SortOrder.DescendingOrder)
    assert _column(proxy, 1) == ["SITI AMINAH", "budi santoso", "Ahmad Yani"]


def test_filter_is_case_insensitive_over_all_columns_and_object_role_survives(qapp) -> None:  # type: ignore[no-untyped-def]
    model = RowTableModel(COLUMNS, ROWS)
    proxy = make_sort_proxy(model)
    proxy.setFilterFixedString("siti")
    assert proxy.rowCount() == 1 and proxy.index(0, 0).data(OBJECT_ROLE) is ROWS[0]
    proxy.setFilterFixedString("K02")
    assert _column(proxy, 1) == ["Ahmad Yani"]
    proxy.setFilterFixedString("")
    assert proxy.rowCount() == 3


def test_set_rows_is_one_reset_and_replace_row_signals_one_row(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = RowTableModel(COLUMNS)
    inserted: list[object] = []
    model.rowsInserted.connect(lambda *a: inserted.append(a))
    with qtbot.waitSignal(model.modelReset, timeout=100):
        model.set_rows(ROWS)
    assert inserted == [] and model.rows == tuple(ROWS)
    changed = ROWS[1].__class__(**{**ROWS[1].__dict__, "note": "void"})
    with qtbot.waitSignal(model.dataChanged, timeout=100) as blocker:
        model.replace_row(1, changed)
    top_left, bottom_right = blocker.args[0], blocker.args[1]
    assert (top_left.row(), top_left.column(), bottom_right.row(), bottom_right.column()) == (1, 0, 1, 5)
    assert model.index(1, 5).data() == "void"
    assert model.data(QModelIndex()) is None
