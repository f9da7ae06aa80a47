"""Budget sheets: tables of amounts in kr / tkr / mnkr, held as exact Decimals as printed."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

UNITS = ("kr", "tkr", "mnkr", "procent")
COLUMN_KINDS = ("text", "code", "amount", "percent", "date")
ROW_KINDS = ("heading", "data", "subtotal", "total")
NUMERIC_KINDS = ("amount", "percent")

Cell = Decimal | str | None


@dataclass
class Column:
    header: str
    kind: str = "amount"
    id: int | None = None

    @property
    def is_numeric(self) -> bool:
        return self.kind in NUMERIC_KINDS


@dataclass
class Row:
    kind: str = "data"
    cells: list[Cell] = field(default_factory=list)
    id: int | None = None

    @property
    def label(self) -> str:
        """The first non-empty text cell: how a secretary names the row."""
        for cell in self.cells:
            if isinstance(cell, str) and cell.strip():
                return cell.strip()
        return ""


@dataclass
class Sheet:
    key: str
    title: str
    unit: str = "tkr"
    decimals: int = 0
    caption: str = ""
    columns: list[Column] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    id: int | None = None
