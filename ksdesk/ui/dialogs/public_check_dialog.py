"""Arkiv → Granska offentlig kopia: every personnummer, secret item and unreadable bilaga of a
meeting, and the decision on each (masked, or consciously kept, by whom and when). A public
copy is blocked until every row has a decision."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QDialog, QMessageBox, QWidget

from ksdesk.core.errors import KsdeskError
from ksdesk.core.format import format_date
from ksdesk.core.public_copy import PublicHit
from ksdesk.services import meetings as meeting_service
from ksdesk.services import public_copy
from ksdesk.services.store import Store
from ksdesk.ui.forms.ui_public_check_dialog import Ui_PublicCheckDialog
from ksdesk.ui.models.base_model import ColumnSpec, Index, ObjectTableModel
from ksdesk.ui.widgets.tables import setup_table

_OPEN_COLOUR = QColor("#fde2e1")  # an unresolved row stands out


def _when(hit: PublicHit) -> str:
    if hit.decision is None:
        return ""
    day, _, clock = hit.decision.decided_at.partition("T")
    return f"{day} kl. {clock[:5].replace(':', '.')}"


class HitTableModel(ObjectTableModel[PublicHit]):
    columns = (
        ColumnSpec("Typ", lambda h: h.kind_text),
        ColumnSpec("Var", lambda h: h.where),
        ColumnSpec("Träff", lambda h: h.shown),
        ColumnSpec("Sammanhang", lambda h: h.context, tooltip=lambda h: h.context),
        ColumnSpec("Beslut", lambda h: h.decision_text),
        ColumnSpec("Av", lambda h: h.decision.decided_by if h.decision else ""),
        ColumnSpec("När", _when),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid():
            return None if self.row_object(index.row()).resolved else _OPEN_COLOUR
        return super().data(index, role)


class PublicCheckDialog(QDialog):
    """`for_print`: opened by a public print the check blocked; the close button then says
    whether the print goes on (every hit decided) or is left (hits still open)."""

    def __init__(
        self,
        store: Store,
        meeting_id: int | None = None,
        parent: QWidget | None = None,
        *,
        for_print: bool = False,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PublicCheckDialog()
        self.ui.setupUi(self)
        self.store = store
        self.for_print = for_print
        self.open_count = 0
        self.model = HitTableModel()
        self.ui.hit_table.setModel(self.model)
        setup_table(self.ui.hit_table, stretch_column=3, widths={1: 220})
        self.ui.hit_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.ui.by_edit.setText(public_copy.current_user())
        for meeting in meeting_service.list_meetings(store):
            self.ui.meeting_combo.addItem(
                f"{format_date(meeting.date)}  {meeting.place}", meeting.id
            )
        if meeting_id is not None:
            self.ui.meeting_combo.setCurrentIndex(self.ui.meeting_combo.findData(meeting_id))
        self.ui.meeting_combo.setEnabled(not for_print)  # the print's meeting, no other
        self.ui.meeting_combo.currentIndexChanged.connect(self.refresh)
        self.ui.mask_button.clicked.connect(lambda: self.decide_selected("maskera"))
        self.ui.keep_button.clicked.connect(lambda: self.decide_selected("behåll"))
        self.ui.mask_all_button.clicked.connect(self.mask_all_open)
        self.ui.close_button.clicked.connect(self.accept)
        for button in (self.ui.mask_button, self.ui.keep_button, self.ui.mask_all_button):
            button.setEnabled(not store.read_only)
        self.refresh()

    @property
    def meeting_id(self) -> int | None:
        return self.ui.meeting_combo.currentData()

    def refresh(self) -> None:
        hits = public_copy.scan_public(self.store, self.meeting_id) if self.meeting_id else []
        self.model.set_rows(hits)
        open_count = self.open_count = sum(1 for h in hits if not h.resolved)
        if not hits:
            text = "Inga personnummer och inget sekretessmarkerat: kopian kan bli offentlig."
        elif open_count:
            text = (
                f"<b style='color:#b3261e'>{open_count} av {len(hits)} träffar är inte "
                "hanterade.</b> "
                "En offentlig kopia kan inte göras förrän varje träff är maskerad eller medvetet "
                "behållen. Maskerade bilagor tas inte med i den offentliga kopian."
            )
        else:
            text = f"<b>Alla {len(hits)} träffar är hanterade:</b> en offentlig kopia kan göras."
        self.ui.status_label.setText(text)
        if self.for_print:
            self.ui.close_button.setText(
                "Avbryt utskriften" if open_count else "Fortsätt med den offentliga utskriften"
            )

    def selected_hits(self) -> list[PublicHit]:
        rows = sorted({i.row() for i in self.ui.hit_table.selectionModel().selectedRows()})
        return [self.model.row_object(r) for r in rows]

    def decide_selected(self, decision: str) -> bool:
        return self._decide([h.key for h in self.selected_hits()], decision)

    def mask_all_open(self) -> bool:
        hits = [self.model.row_object(r) for r in range(self.model.rowCount())]
        keys = [h.key for h in hits if not h.resolved]
        return self._decide(keys, "maskera")

    def _decide(self, keys: list[str], decision: str) -> bool:
        if not keys or self.meeting_id is None:
            return False
        try:
            public_copy.decide(
                self.store, self.meeting_id, keys, decision, by=self.ui.by_edit.text()
            )
        except KsdeskError as error:
            QMessageBox.warning(self, "Granska offentlig kopia", escape(str(error)))
            return False
        self.refresh()
        return True
