"""The check of the Budget tab, beside the sheet: how many totals are off and why, each
finding's sentence; a click on one takes the table to its cell."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QIcon, QResizeEvent
from PySide6.QtWidgets import QStyle, QWidget

from ksdesk.core.findings import Finding, count_text, worst
from ksdesk.ui.forms.ui_budget_findings import Ui_FindingsPanel
from ksdesk.ui.models.budget_models import FindingsModel
from ksdesk.ui.widgets.column_fit import widest_word
from ksdesk.ui.widgets.severity_marks import severity_icon
from ksdesk.ui.widgets.tables import setup_table

# What a finding's row shows at its widest in the usual case: its type, row and column.
TYPICAL_ROW = ("Varning", "Kolumnrubrik", "kolumn")


class FindingsPanel(QWidget):
    go_to = Signal(int, int)  # (row, column) of the finding's cell

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FindingsPanel()
        self.ui.setupUi(self)
        self.model = FindingsModel()
        self.ui.findings_table.setModel(self.model)
        setup_table(self.ui.findings_table, stretch_column=1)
        self.model.modelReset.connect(self._share_place)  # after setup_table fitted Kolumn
        self.ui.findings_table.clicked.connect(self.go_to_finding)
        self.ui.findings_table.selectionModel().currentRowChanged.connect(self._selected)

    def readable_width(self) -> int:
        """Wide enough to read a finding's row (⚠ Varning, Kolumnrubrik, kolumn): beside a
        pasted sheet on a laptop at 150 % the splitter gave the check only its heading's
        width, and its type and place were cut to "V…" and "K…". Narrower, the tab folds
        the panel to its mark (widgets/side_fold.py)."""
        table = self.ui.findings_table
        metrics = table.fontMetrics()
        style = table.style()
        padding = metrics.averageCharWidth()  # a cell's margins and the grid line
        text = sum(metrics.horizontalAdvance(t) + padding for t in TYPICAL_ROW)
        icon = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        scroll_bar = style.pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return text + icon + scroll_bar + 2 * table.frameWidth()

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt's name
        super().resizeEvent(event)
        self._share_place()

    def _share_place(self) -> None:
        """Rad takes what Typ and Kolumn leave, wrapping; Kolumn is as wide as the column
        headings it names while both fit, else it keeps its share of the room. A real
        sheet's row ("SUMMA EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER") is wider than the
        panel: fitted to it, Rad pushed Kolumn out of sight and was cut at the edge."""
        table = self.ui.findings_table
        header = table.horizontalHeader()
        room = table.viewport().width() - table.columnWidth(0)
        rad, kolumn = (max(table.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in (1, 2))
        if rad + kolumn > room > 0:
            kolumn = room * kolumn // (rad + kolumn)
            # Rad keeps its longest word whole ("Kolumnrubrik" was cut to "Kolumn…" at
            # 150 %); the column names Kolumn holds wrap at their spaces.
            rad_word = widest_word(table, 1, self.model.rowCount())
            kolumn = max(header.sectionSizeHint(2), min(kolumn, room - rad_word))
        if kolumn != table.columnWidth(2):
            table.setColumnWidth(2, kolumn)

    def show_findings(self, findings: list[Finding], has_sheet: bool) -> None:
        self.model.set_rows(findings)
        summary = count_text(findings)
        if not has_sheet:
            summary = ""
        elif not findings:
            summary = "alla summor stämmer"
        self.ui.findings_label.setText(f"<b>Kontroll av summorna</b><br>{summary}")
        self._mark(findings, summary)
        self.ui.finding_detail.setText("")
        if findings:  # what is wrong, in words, without a click: a row says only where
            table = self.ui.findings_table
            table.setCurrentIndex(self.model.index(0, 0))  # the sentence shows (_selected)

    def _mark(self, findings: list[Finding], summary: str) -> None:
        """What the folded panel shows: the worst finding's mark and how many there are, or
        ✓ when every sum holds; the whole count in its tooltip (never told by colour alone)."""
        mark = self.ui.fold_mark
        most = worst(findings)
        mark.setIcon(severity_icon(most) if most is not None else QIcon())
        mark.setText(str(len(findings)) if findings else "✓" if summary else "")
        said = f"Kontroll av summorna: {summary}" if summary else "Kontroll av summorna"
        mark.setToolTip(f"{said} (klicka för att visa)")
        mark.setAccessibleName(said)

    def _selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.ui.finding_detail.setText(self.model.row_object(current.row()).message)

    def go_to_finding(self, index: QModelIndex) -> None:
        """A click on a finding: its cell is selected in the table."""
        if not index.isValid():
            return
        finding = self.model.row_object(index.row())
        self.go_to.emit(finding.row, finding.column)
        self.ui.finding_detail.setText(finding.message)
