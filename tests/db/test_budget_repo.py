"""Budget sheets in SQLite: exact decimals, identities and percent rows (m0101)."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

from ksdesk.core.budget import Column, Row, Sheet, Term
from ksdesk.db import budget_repo
from ksdesk.db.connection import open_store

FIXTURE = Path(__file__).parent / "fixtures" / "schema-m0001-demo.sqlite"


def test_old_database_gains_identities_and_keeps_its_sheets(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURE, path)
    store = open_store(path)
    sheets = [budget_repo.get(store, sid) for sid, _, _ in budget_repo.list_sheets(store)]
    assert len(sheets) == 9
    assert all(not c.sums for s in sheets for c in s.columns)
    assert all(not r.percent for s in sheets for r in s.rows)
    store.close()


def test_save_and_load_keep_everything(store) -> None:
    sheet = Sheet(
        key="prov",
        title="Prov",
        unit="mnkr",
        decimals=1,
        columns=[
            Column("Post", "text"),
            Column("A"),
            Column("B"),
            Column("S", sums=(Term(1), Term(2, -1))),
        ],
        rows=[
            Row("data", ["x", Decimal("0.0"), Decimal("-1E+3"), Decimal("1000.0")]),
            Row("data", ["Andel", Decimal("44"), None, None], percent=True),
            Row("data", ["y", "ej klart", None, None]),
        ],
    )
    budget_repo.save(store, sheet)
    back = budget_repo.find(store, "prov")
    assert back.columns[3].sums == (Term(1), Term(2, -1))
    assert str(back.rows[0].cells[1]) == "0.0"
    assert back.rows[0].cells[2] == Decimal(-1000)
    assert back.rows[1].percent
    assert back.rows[2].cells[1] == "ej klart"  # text among amounts is kept, not lost
