"""Renumbering shown before it is done: every point whose number would change, old → new."""

from __future__ import annotations

import copy

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableView, QVBoxLayout, QWidget

from ksdesk.core.delegation import Version
from ksdesk.core.delegation_numbering import Renumbering, numbered_per_chapter, propose
from ksdesk.core.delegation_references import follow_renumbering
from ksdesk.core.format import format_count
from ksdesk.ui.models.base_model import ColumnSpec, ObjectTableModel
from ksdesk.ui.widgets.button_boxes import ok_cancel
from ksdesk.ui.widgets.screen_fit import resize_within_screen
from ksdesk.ui.widgets.tables import setup_table


class RenumberModel(ObjectTableModel[Renumbering]):
    columns = (
        ColumnSpec("Kapitel", lambda r: r.chapter),
        ColumnSpec("Nr nu", lambda r: r.old, align_right=True),
        ColumnSpec("Nytt nr", lambda r: r.new, align_right=True),
        ColumnSpec("Ärende", lambda r: r.arende, tooltip=lambda r: r.arende),
    )


class RenumberDialog(QDialog):
    def __init__(self, version: Version, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Numrera om punkterna")
        resize_within_screen(self, 820, 520)
        full = propose(version)
        changes = [step for step in full if step.changes]
        # The whole plan is applied (it also checks that no number moved meanwhile).
        self.plan: list[Renumbering] = full if changes else []
        if changes:
            run = "1, 2, 3 … i varje kapitel," if numbered_per_chapter(version) else "1, 2, 3 …"
            text = (
                f"{format_count(len(changes), 'punkt', 'punkter')} får nya nummer så att "
                f"numreringen blir {run} utan "
                "dubbletter. Delegationsbeslut som redan hänvisar till punkterna påverkas inte "
                "(de pekar på punkten, inte på numret)."
            )
            new_numbers = {step.uid: step.new for step in changes}
            referring = follow_renumbering(copy.deepcopy(version), new_numbers)
            if referring:
                text += (
                    f" {format_count(referring, 'punkt', 'punkter')} hänvisar i sin text till "
                    "en punkt som får nytt nummer (”se punkt …”): hänvisningen följer med."
                )
        else:
            text = "Numreringen är redan obruten: inga punkter behöver nya nummer."
        label = QLabel(text)
        label.setWordWrap(True)
        self.model = RenumberModel(changes)
        table = QTableView(self)
        table.setObjectName("renumber_table")
        table.setAccessibleName("Punkter med nya nummer")
        table.setModel(self.model)
        setup_table(table, stretch_column=3)
        buttons = ok_cancel(self, "Numrera om")
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(changes))
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(table)
        layout.addWidget(buttons)
