"""The Budget tab: the board's budget sheets (budget_sheets.py), the table of the one selected
(budget_sheet_page.py) and the check of its totals beside it (budget_findings.py). Each is a
page widget given what it shows; the tab keeps which sheet is shown and connects them. The
check runs on every change and, while a cell is being typed in, on what has been typed so far."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent

from ksdesk.core.budget import Sheet
from ksdesk.core.findings import Finding
from ksdesk.core.topics import Topic
from ksdesk.services import budget as budget_service
from ksdesk.services import budget_names
from ksdesk.services.store import Store
from ksdesk.ui.forms.ui_budget_tab import Ui_BudgetTab
from ksdesk.ui.tabs.base_tab import BaseTab
from ksdesk.ui.widgets.side_fold import SideFold

# The side panes' widths on a window with no splitter remembered.
SHEETS_WIDTH, CHECK_WIDTH = 255, 250


class BudgetTab(BaseTab):
    concerns = frozenset({Topic.BUDGET})

    def __init__(self, store: Store) -> None:
        super().__init__(store)
        self.ui = Ui_BudgetTab()
        self.ui.setupUi(self)
        self.sheets = self.ui.sheets_panel
        self.sheet_page = self.ui.sheet_panel
        self.checks = self.ui.findings_panel
        self.sheets.bind(store, self.edit)
        self.sheet_page.bind(store, self.edit, writable=not self.read_only)
        self.list_model = self.sheets.model
        self.sheet_model = self.sheet_page.sheet_model
        self.findings_model = self.checks.model
        splitter = self.ui.splitter
        splitter.setSizes([SHEETS_WIDTH, 1000, CHECK_WIDTH])
        # A narrower window narrows the sheet, not the list of sheets or the check beside it
        # (on a laptop at 150 % the check was squeezed to the width of its heading).
        splitter.setStretchFactor(1, 1)
        # Each side folds to a strip that gives the sheet its width (widgets/side_fold.py).
        self.sheets_fold = SideFold(
            splitter,
            self.sheets,
            self.sheets.ui.fold_button,
            self.sheets.readable_width(),
            "budgetbladen",
        )
        mark = self.checks.ui.fold_mark
        self.checks_fold = SideFold(
            splitter,
            self.checks,
            self.checks.ui.fold_button,
            self.checks.readable_width(),
            "kontrollen av summorna",
            kept=[mark],
        )
        mark.clicked.connect(self.checks_fold.open)
        self._formed = splitter.saveState()  # the splitter as the form left it
        self._fitted = False
        self.sheet: Sheet | None = None
        self.sheet_key: str | None = None
        self.findings: list[Finding] = []
        self._connect()
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # Qt's name
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            QTimer.singleShot(0, self._fit_first)  # once laid out: the widths are the window's

    def _fit_first(self) -> None:
        """On a window with no splitter remembered, the list of sheets folds when the sheet
        shown does not fit beside it, its texts wrapped (a 1366 × 768 laptop at 150 % left
        a resultaträkning three of its six columns): the sheet's title stands above it, and
        the arrow opens the list. The check folds too when the sheet still does not fit and
        every sum holds (its strip says ✓); with a finding it stays open, as it says what is
        wrong. A splitter the window remembered is left as it was."""
        remembered = self.ui.splitter.saveState() != self._formed
        for fold in (self.sheets_fold, self.checks_fold):
            fold.settle(remembered=remembered)
        if remembered:
            return  # where the secretary left it
        self.sheets_fold.widen(SHEETS_WIDTH)
        self.checks_fold.widen(CHECK_WIDTH)
        columns, table = self.sheet_page.columns, self.sheet_page.ui.sheet_table
        if columns.needed_width(wrapped=True) > table.width():
            self.sheets_fold.fold()
        if columns.needed_width(wrapped=True) > table.width() and not self.findings:
            self.checks_fold.fold()

    def _connect(self) -> None:
        for page in (self.sheets, self.sheet_page):
            page.refused.connect(lambda message: self.show_error(message))
            page.brought.connect(self._bring)
        # Not "Kan inte spara" over an empty clipboard or a file that is no budget sheet.
        self.sheets.not_read.connect(
            lambda message: self.show_error(message, "Kan inte läsa in tabellen")
        )
        self.sheets.chosen.connect(self._chosen)
        self.sheet_page.findings_changed.connect(self._show_findings)
        self.checks.go_to.connect(lambda r, c: self.sheet_page.go_to(r, c, focus=True))

    def import_document(self) -> bool:
        """A budget sheet from Excel or CSV, as the tab's Importera…."""
        return self.sheets.import_file()

    def refresh(self) -> None:
        # Sheets of one title told apart by key, and which have fel (walk38 #4).
        sheets = budget_names.listed(self.store)
        keys = [key for _, key, _ in sheets]
        if self.sheet_key not in keys:
            self.sheet_key = keys[0] if keys else None
        self.sheets.show_sheets(sheets, self.sheet_key)
        self._show_sheet(self.sheet_key)

    def select_sheet(self, key: str) -> None:
        self.sheet_key = key
        self.refresh()

    def _bring(self, key: str) -> None:
        self.sheet_key = key  # shown at the refresh the write's BUDGET change brings

    def _chosen(self, key: str) -> None:
        self.sheet_key = key
        self._show_sheet(key)

    def _show_sheet(self, key: str | None) -> None:
        self.sheet = budget_service.find_sheet(self.store, key) if key else None
        self.sheets.sheet = self.sheet
        self.sheets.enable(not self.read_only)
        self.findings = self.sheet_page.show_sheet(self.sheet)
        self._show_findings(self.findings)

    def _show_findings(
        self, findings: list[Finding], editing: tuple[int, int] | None = None
    ) -> None:
        self.sheet_page.show_findings(findings, editing)
        self.checks.show_findings(findings, self.sheet is not None)
