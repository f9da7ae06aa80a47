"""Bifoga från ksdesk asks before attaching a budget sheet whose totals are wrong, Nej the
default (walk38 #1)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from ksdesk.core import budget_edit
from ksdesk.services import budget
from ksdesk.ui.tabs.kallelse_bilagor import BilagorBox


def test_attaching_a_sheet_with_fel_asks_and_defaults_to_nej(qtbot, demo_store, monkeypatch):
    asked: list[tuple[str, object]] = []

    def question(_parent, _title, text, _buttons, default):
        asked.append((text, default))
        return default

    monkeypatch.setattr(QMessageBox, "question", question)
    box = BilagorBox()
    qtbot.addWidget(box)
    box.store = demo_store
    assert box._fel_accepted("budget:pris") and not asked  # right totals: nothing asked
    budget.apply(demo_store, budget_edit.set_cell(budget.find_sheet(demo_store, "pris"), 0, 2, "5"))
    assert not box._fel_accepted("budget:pris")
    ((text, default),) = asked
    assert "budgetbladet ”Pris” har 1 fel i summorna" in text
    assert default == QMessageBox.StandardButton.No
