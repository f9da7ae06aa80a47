"""The Delegation tab's list of findings, under the points: the checks' findings of the
version shown, with a heading that counts them ("Kontroller – 9 fel, 7 övriga") or says the
first check in a file is still searching the meetings (delegation_first_search.py), folding to
that heading on a short window (widgets/folding_pane.py), and telling the tab which point a
finding clicked or arrowed to is about and which finding Rätta would fix. The tab holds the
widgets (its form) and the findings; this holds what the list does with them."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, Signal

from ksdesk.core.delegation import Point
from ksdesk.core.findings import Finding
from ksdesk.core.format import format_count
from ksdesk.ui.forms.ui_delegation_tab import Ui_DelegationTab
from ksdesk.ui.models.delegation_models import FindingTableModel
from ksdesk.ui.widgets.folding_pane import FoldingPane
from ksdesk.ui.widgets.tables import setup_table


class FindingsList(QObject):
    """The findings' table, heading and fold in the tab's form `ui`."""

    point_chosen = Signal(str)  # the uid of the point a finding clicked or arrowed to is about
    current_changed = Signal()  # another finding is current (Rätta may fix another)

    def __init__(self, ui: Ui_DelegationTab, parent: QObject) -> None:
        super().__init__(parent)
        self.ui = ui
        self.model = FindingTableModel()
        table = ui.finding_table
        table.setModel(self.model)
        setup_table(table, stretch_column=4)
        # On a short window the findings fold to their heading line: the points get the rows.
        self.pane = FoldingPane(
            ui.right_splitter, ui.findings_panel, ui.findings_row, table, ui.findings_toggle
        )
        # One click (or the arrow keys) on a finding selects the point it is about.
        table.clicked.connect(self._activated)
        selection = table.selectionModel()
        selection.currentRowChanged.connect(lambda current, _previous: self._activated(current))
        selection.currentRowChanged.connect(lambda *_: self.current_changed.emit())

    def show_findings(self, findings: list[Finding]) -> None:
        """The findings listed and counted in the heading."""
        self.model.set_rows(findings)
        errors = sum(f.is_error for f in findings)
        self.ui.findings_label.setText(
            f"<b>Kontroller</b> – {errors} fel, "
            f"{format_count(len(findings) - errors, 'övrig', 'övriga')}"
        )

    def searching(self, done: int, total: int) -> None:
        """The heading while the first check in the file searches the meetings."""
        progress = f" ({done} av {total} sammanträden)" if total else ""
        self.ui.findings_label.setText(
            "<b>Kontroller</b> – söker efter hänvisningar till paragrafer "
            f"i sammanträdenas texter{progress} …"
        )

    def fixable(self, findings: list[Finding], point: Point | None) -> Finding | None:
        """What Rätta fixes: the current finding if it can be fixed, else the first of
        `findings` about the selected `point` that can."""
        index = self.ui.finding_table.currentIndex()
        if index.isValid():
            finding = self.model.row_object(index.row())
            if finding.fixable:
                return finding
        if point is not None:
            return next((f for f in findings if f.fixable and point.uid in f.uids), None)
        return None

    def _activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        finding = self.model.row_object(index.row())
        if finding.uids:
            self.point_chosen.emit(finding.uids[-1])
