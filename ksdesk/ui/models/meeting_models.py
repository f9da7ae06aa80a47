"""Table models for meetings and their agenda."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from ksdesk.core.dnr import parse_dnr
from ksdesk.core.format import format_date, format_time
from ksdesk.core.meeting import ITEM_KIND_LABELS, AgendaItem, Meeting, numbered
from ksdesk.ui.models.base_model import ColumnSpec, Index, ObjectTableModel

STATUS_LABELS = {"utkast": "Utkast", "utskickad": "Utskickad", "genomförd": "Genomförd"}


class MeetingTableModel(ObjectTableModel[Meeting]):
    columns = (
        ColumnSpec("Datum", lambda m: format_date(m.date), sort=lambda m: m.date.isoformat()),
        ColumnSpec("Tid", lambda m: format_time(m.time)),
        ColumnSpec("Plats", lambda m: m.place),
        ColumnSpec("Status", lambda m: STATUS_LABELS.get(m.status, m.status)),
    )


def _dnr_warnings(item: AgendaItem) -> str:
    return "\n".join(parse_dnr(item.dnr).warnings) if item.dnr else ""


class AgendaTableModel(ObjectTableModel[tuple[int | None, AgendaItem]]):
    """One row per agenda item; section rows carry no number and show in bold."""

    columns = (
        ColumnSpec(
            "Nr",
            lambda r: "" if r[0] is None else str(r[0]),
            sort=lambda r: r[0] or 0,
            align_right=True,
        ),
        ColumnSpec("Ärende", lambda r: r[1].title + ("  [sekretess]" if r[1].secret else "")),
        ColumnSpec("Dnr", lambda r: r[1].dnr, tooltip=lambda r: _dnr_warnings(r[1])),
        ColumnSpec("Typ", lambda r: "" if r[1].is_section else ITEM_KIND_LABELS.get(r[1].kind, "")),
        ColumnSpec(
            "Bilagor", lambda r: str(len(r[1].bilagor)) if r[1].bilagor else "", align_right=True
        ),
    )

    def set_meeting(self, meeting: Meeting | None) -> None:
        self.set_rows(numbered(meeting.items) if meeting else [])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.FontRole
            and index.isValid()
            and self.row_object(index.row())[1].is_section
        ):
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)
