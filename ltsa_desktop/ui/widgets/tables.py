"""A table model over plain, frozen rows (STYLE.md practice 11, Vorta's archive table model).

Rows are frozen dataclasses (or any immutable values) returned by services, never live ORM objects. Columns say
how to show a row (``value``), how to sort it (``sort_key``: a native int, str, date, datetime…) and how to align
it. Views sort through ``make_sort_proxy`` on ``SORT_ROLE`` so "Rp 1.250.000" sorts as 1250000 and "9 Januari"
before "10 Januari"; ``OBJECT_ROLE`` hands the row itself to whoever needs it (a double-click, a context menu).

Replace all rows at once with ``set_rows`` (one model reset, not one signal per row). GUI thread only.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QDateTime,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTime,
    QTimeZone,
)

from ltsa_desktop.ui.bus import emit

R = TypeVar("R")

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 2

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter  # numbers and money
CENTER = Qt.AlignmentFlag.AlignCenter

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its (already translated) header and how to read a row.

    ``value(row)`` is what the cell shows (None shows as empty); ``sort_key(row)`` is the native value to sort
    by (defaults to ``value``); ``tooltip(row)`` is optional hover text.
    """

    header: str
    value: Callable[[R], Any]
    sort_key: Callable[[R], Any] | None = None
    alignment: Qt.AlignmentFlag = LEFT
    tooltip: Callable[[R], str] | None = None


def sortable(value: Any) -> Any:
    """A value Qt's proxy can compare natively.

    int, float, str, bool and None pass through; an enum gives its value; date, time and datetime become
    ``QDate``, ``QTime`` and ``QDateTime`` (aware datetimes as UTC instants, so zones compare correctly);
    anything else is compared as text.
    """
    if isinstance(value, enum.Enum):
        value = value.value
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, datetime):
        if value.tzinfo is None:
            return QDateTime(value)
        return QDateTime.fromMSecsSinceEpoch(int(value.astimezone(UTC).timestamp() * 1000), QTimeZone.utc())
    if isinstance(value, date):
        return QDate(value.year, value.month, value.day)
    if isinstance(value, time):
        return QTime(value.hour, value.minute, value.second, value.microsecond // 1000)
    return str(value)


class RowTableModel(QAbstractTableModel, Generic[R]):
    """A read-only table of ``rows`` shown through ``columns``."""

    def __init__(self, columns: Sequence[Column[R]], rows: Iterable[R] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns: tuple[Column[R], ...] = tuple(columns)
        self._rows: list[R] = list(rows)

    # -- the rows --------------------------------------------------------------------------------------------
    @property
    def rows(self) -> tuple[R, ...]:
        return tuple(self._rows)

    @property
    def columns(self) -> tuple[Column[R], ...]:
        return self._columns

    def set_rows(self, rows: Iterable[R]) -> None:
        """Replace every row in one model reset (selection and scroll are the view's to restore)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def replace_row(self, position: int, row: R) -> None:
        """Swap one row for a newer version of it (same position), signalling only that row."""
        self._rows[position] = row
        emit(self.dataChanged, self.index(position, 0), self.index(position, len(self._columns) - 1))

    def row_at(self, index: _Index) -> R:
        """The row behind a source-model index (for a proxy index, use ``index.data(OBJECT_ROLE)``)."""
        return self._rows[index.row()]

    # -- QAbstractTableModel ---------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)) \
                or not (0 <= index.column() < len(self._columns)):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.value(row)
            return "" if value is None else str(value)
        if role == SORT_ROLE:
            return sortable((column.sort_key or column.value)(row))
        if role == OBJECT_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.alignment.value)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not (0 <= section < len(self._columns)):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(self._columns[section].alignment.value)
        return None


def make_sort_proxy(model: QAbstractTableModel, parent: QObject | None = None) -> QSortFilterProxyModel:
    """A proxy sorting on ``SORT_ROLE`` and filtering case-insensitively on the shown text of every column.

    Use ``proxy.setFilterFixedString(text)`` for a search box.
    """
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterRole(Qt.ItemDataRole.DisplayRole)
    proxy.setFilterKeyColumn(-1)
    proxy.setDynamicSortFilter(True)
    return proxy
