"""The register's row of a decision the list marked secret says "Sekretess" before its text,
which the secretary reads there and on the tooltip (no printed list has it: step m1812)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ksdesk.db import delegationsbeslut_repo
from ksdesk.ui.app import create_application
from ksdesk.ui.dialogs.delegationsbeslut_register import BeslutModel
from tests.services.test_delegationsbeslut_secrecy import _import


def test_the_secretary_sees_a_secret_rows_text_on_its_tooltip(demo_store, tmp_path) -> None:
    create_application()
    _import(demo_store, tmp_path)
    rows = [b for b in delegationsbeslut_repo.list_all(demo_store) if b.dnr == "SN 2023/11"]
    model = BeslutModel(rows)
    first = model.index(0, 2)
    shown = model.data(first, Qt.ItemDataRole.DisplayRole)
    assert shown == "Sekretess – Bistånd till Anna Andersson, Storgatan 4"
    tip = model.data(first, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Sekretess: texten skrivs inte ut i någon lista.\n\nBistånd till Anna")
