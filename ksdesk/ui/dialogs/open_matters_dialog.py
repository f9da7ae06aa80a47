"""Öppna ärenden att ta upp: when a new agenda is made, the organ's återremitterade and
bordlagda ärenden not yet decided are offered, each with its way through the meetings so
far; the ticked ones are put on the agenda (undoably, by the Kallelse tab)."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

from ksdesk.core.format import format_date_long
from ksdesk.services import arende_history
from ksdesk.services.arenden import OpenMatter
from ksdesk.services.store import Store
from ksdesk.ui.help_topics import set_topic
from ksdesk.ui.models.uppfoljning_models import OfferedMatterModel
from ksdesk.ui.widgets.button_boxes import ok_cancel
from ksdesk.ui.widgets.colors import MUTED_COLOR
from ksdesk.ui.widgets.tables import setup_table


class OpenMattersDialog(QDialog):
    def __init__(
        self,
        store: Store,
        offered: list[OpenMatter],
        organ: str,
        meeting_date: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Öppna ärenden att ta upp")
        set_topic(self, "kallelse.md#sammanträden")
        self.store = store
        intro = QLabel(
            f"{escape(organ)} har återremitterat eller bordlagt ärenden som ännu inte är "
            f"avgjorda. Markera dem som ska upp på dagordningen "
            f"{escape(format_date_long(meeting_date))}. De läggs före de avslutande "
            f"stående ärendena och länkas till paragrafen de kommer från."
        )
        intro.setWordWrap(True)
        self.model = OfferedMatterModel(offered)
        self.table = QTableView()
        self.table.setObjectName("offered_table")
        self.table.setAccessibleName("Öppna ärenden att ta upp")
        self.table.setModel(self.model)
        setup_table(self.table, stretch_column=4)
        self.history = QLabel()
        self.history.setObjectName("history_label")
        self.history.setWordWrap(True)
        self.history.setMinimumHeight(90)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.history)
        splitter.setSizes([260, 120])
        self.buttons = ok_cancel(self, "Ta upp markerade")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter)
        layout.addWidget(self.buttons)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_history(current.row())
        )
        self.setMinimumWidth(720)
        if offered:
            self.table.selectRow(0)
            self._show_history(0)

    def _show_history(self, row: int) -> None:
        if row < 0:
            self.history.clear()
            return
        matter = self.model.row_object(row)
        steps = arende_history.history(self.store, paragraf_id=matter.steg.paragraf_id)
        lines = "<br>".join(escape(step.line) for step in steps)
        self.history.setText(
            f"<b>Ärendets gång:</b> {escape(matter.steg.rubrik)}<br>{lines}"
            f"<br><span style='color:{MUTED_COLOR}'>Dnr {escape(matter.steg.dnr or '–')}</span>"
        )

    def chosen(self) -> list[int]:
        return self.model.chosen()
