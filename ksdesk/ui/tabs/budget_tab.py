"""The Budget tab: the board's budget sheets and the table of the one selected."""

from __future__ import annotations

from html import escape

from ksdesk.core.budget import Sheet
from ksdesk.services import budget as budget_service
from ksdesk.services.store import Store
from ksdesk.ui.forms.ui_budget_tab import Ui_BudgetTab
from ksdesk.ui.models.base_model import ColumnSpec, ObjectTableModel
from ksdesk.ui.models.budget_models import BudgetSheetModel
from ksdesk.ui.tabs.base_tab import BaseTab
from ksdesk.ui.widgets.tables import setup_table

UNIT_LABELS = {"kr": "kr", "tkr": "tkr", "mnkr": "mnkr", "procent": "procent"}


class SheetListModel(ObjectTableModel[tuple[int, str, str]]):
    columns = (ColumnSpec("Budgetblad", lambda s: s[2]),)


class BudgetTab(BaseTab):
    concerns = frozenset({"budget"})

    def __init__(self, store: Store) -> None:
        super().__init__(store)
        self.ui = Ui_BudgetTab()
        self.ui.setupUi(self)
        self.list_model = SheetListModel()
        self.sheet_model = BudgetSheetModel()
        self.ui.sheet_list.setModel(self.list_model)
        self.ui.sheet_table.setModel(self.sheet_model)
        setup_table(self.ui.sheet_table)
        self.ui.sheet_table.verticalHeader().setVisible(True)
        self.ui.splitter.setSizes([260, 940])
        self.ui.sheet_list.selectionModel().currentRowChanged.connect(self._sheet_selected)
        self.sheet: Sheet | None = None
        self.refresh()

    def refresh(self) -> None:
        current = self.sheet.id if self.sheet else None
        sheets = budget_service.list_sheets(self.store)
        self.list_model.set_rows(sheets)
        row = next((i for i, s in enumerate(sheets) if s[0] == current), 0)
        if sheets:
            self.ui.sheet_list.setCurrentIndex(self.list_model.index(row, 0))
            self._show_sheet(sheets[row][0])
        else:
            self._show_sheet(None)

    def _sheet_selected(self, current, _previous) -> None:
        if current.isValid():
            self._show_sheet(self.list_model.row_object(current.row())[0])

    def _show_sheet(self, sheet_id: int | None) -> None:
        self.sheet = budget_service.get_sheet(self.store, sheet_id) if sheet_id else None
        self.sheet_model.set_sheet(self.sheet)
        self.ui.sheet_table.resizeColumnsToContents()
        if self.sheet is None:
            self.ui.sheet_heading.setText("<i>Inga budgetblad.</i>")
            return
        caption = escape(self.sheet.caption).replace("\n", "<br>")
        self.ui.sheet_heading.setText(
            f"<h3 style='margin:0'>{escape(self.sheet.title)}</h3>"
            f"<p style='margin:2px 0'>Belopp i {UNIT_LABELS.get(self.sheet.unit, self.sheet.unit)}"
            f"{'<br>' + caption if caption else ''}</p>"
        )
