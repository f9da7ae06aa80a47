"""Table models for meetings, their agenda and bilagor (the tjänsteskrivelse editor's lists are
in tjansteskrivelse_models.py)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ksdesk.core.dnr import parse_dnr
from ksdesk.core.findings import Severity
from ksdesk.core.format import format_date, format_date_long, format_time, format_time_kl
from ksdesk.core.meeting import (
    ITEM_KIND_LABELS,
    Arende,
    Bilaga,
    Sammantrade,
    numbered,
    written_dnr,
)
from ksdesk.ui.models.base_model import DISPLAY_ROLE, ColumnSpec, Index, ObjectTableModel
from ksdesk.ui.widgets.severity_marks import severity_icon

if TYPE_CHECKING:  # imported in mimeData, on the first drag, not at start-up
    from PySide6.QtCore import QMimeData

    from ksdesk.core.organ import Organ

AGENDA_MIME = "application/x-ksdesk-agenda-row"
WARNING_BG = QColor("#fff3cd")
_FONT_ROLE = int(Qt.ItemDataRole.FontRole)
_BACKGROUND_ROLE = int(Qt.ItemDataRole.BackgroundRole)
_WARNING_ROLES = frozenset({_BACKGROUND_ROLE, int(Qt.ItemDataRole.DecorationRole)})


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class MeetingTableModel(ObjectTableModel[Sammantrade]):
    """Every meeting of the file. With more than one organ in it, the Organ column (its short
    name, the whole name as tooltip) tells a kommunstyrelse's 3 december from a nämnd's.
    Plats comes last: in a narrow list it is the column elided or left out (the Datum's
    tooltip says the time and place in full)."""

    DATE_COLUMN, TIME_COLUMN, ORGAN_COLUMN, STATUS_COLUMN, PLACE_COLUMN = range(5)

    def __init__(self, rows: Sequence[Sammantrade] = ()) -> None:
        super().__init__(rows)
        self.organs: dict[int, Organ] = {}
        self.columns = (
            ColumnSpec(
                "Datum",
                lambda m: format_date(m.date),
                sort=lambda m: m.date.isoformat(),
                tooltip=_when_and_where,
            ),
            ColumnSpec("Tid", lambda m: format_time(m.time)),
            ColumnSpec("Organ", self._organ_short, tooltip=self._organ_name),
            ColumnSpec("Status", lambda m: m.status.label),
            ColumnSpec("Plats", lambda m: m.place, tooltip=lambda m: m.place),
        )

    def set_organs(self, organs: Sequence[Organ]) -> None:
        self.organs = {organ.id: organ for organ in organs if organ.id is not None}

    def _organ_short(self, meeting: Sammantrade) -> str:
        organ = self.organs.get(meeting.organ_id)
        return (organ.short or organ.name) if organ else ""

    def _organ_name(self, meeting: Sammantrade) -> str:
        organ = self.organs.get(meeting.organ_id)
        return organ.name if organ else ""

    def row_index(self, meeting_id: int | None) -> int | None:
        return next(
            (r for r in range(self.rowCount()) if self.row_object(r).id == meeting_id), None
        )


def _when_and_where(meeting: Sammantrade) -> str:
    """ "Måndag 7 december 2020, kl. 14.00" and the place, on a line of its own."""
    when = f"{format_date_long(meeting.date, capitalize=True)}, {format_time_kl(meeting.time)}"
    return f"{when}\n{meeting.place}" if meeting.place else when


def _dnr_warnings(item: Arende) -> str:
    return "\n".join(parse_dnr(item.dnr).warnings) if item.dnr else ""


def _handlingar(item: Arende) -> str:
    parts = ["TS"] if item.tjansteskrivelse is not None else []
    if item.bilagor:
        parts.append("1 bilaga" if len(item.bilagor) == 1 else f"{len(item.bilagor)} bilagor")
    return " + ".join(parts)


class AgendaTableModel(ObjectTableModel[tuple[int | None, Arende]]):
    """One row per agenda item; section rows carry no number and show in bold. Rows can be
    dragged to a new place: the drop is handed to `on_move(source, target)`, which saves the
    new order through a service (the model itself never reorders stored data)."""

    def __init__(self) -> None:
        super().__init__()
        self.on_move: Callable[[int, int], None] | None = None
        # A row's Dnr as written and its warnings, read once per showing of the meeting: Qt
        # asks for every role of every cell whenever it measures or paints the table, and
        # reading a Dnr was most of an edit's refresh in a long agenda.
        self._dnr: dict[int, tuple[str, str]] = {}
        self.columns = (
            ColumnSpec(
                "Nr",
                lambda r: "" if r[0] is None else str(r[0]),
                sort=lambda r: r[0] or 0,
                align_right=True,
            ),
            ColumnSpec("Ärende", lambda r: r[1].title + _mark(r[1])),
            ColumnSpec(
                "Dnr", lambda r: self._dnr_of(r[1])[0], tooltip=lambda r: self._dnr_of(r[1])[1]
            ),
            ColumnSpec("Föredragande", lambda r: r[1].presenter),
            ColumnSpec("Tid", lambda r: r[1].time_slot),
            ColumnSpec(
                "Typ", lambda r: "" if r[1].is_section else ITEM_KIND_LABELS.get(r[1].kind, "")
            ),
            ColumnSpec("Handlingar", lambda r: _handlingar(r[1])),
        )

    def rows_replaced(self) -> None:
        self._dnr = {}

    def set_meeting(self, meeting: Sammantrade | None) -> None:
        """Show the meeting's agenda; the same meeting again after an edit updates only
        the rows that changed."""
        self.replace_rows(numbered(meeting.items) if meeting else [], key=lambda r: r[1].uuid)

    def _dnr_of(self, item: Arende) -> tuple[str, str]:
        key = id(item)  # the rows shown hold their items until they are replaced
        if key not in self._dnr:
            self._dnr[key] = (written_dnr(item), _dnr_warnings(item))
        return self._dnr[key]

    def data(self, index: Index, role: int = DISPLAY_ROLE) -> Any:
        if role == _FONT_ROLE:
            if index.isValid() and self.row_object(index.row())[1].is_section:
                return _bold()
            return None
        if role in _WARNING_ROLES:
            warned = index.isValid() and index.column() == 2
            if not (warned and self._dnr_of(self.row_object(index.row())[1])[1]):
                return None
            # a warning, never a block: the row stays usable
            if role == _BACKGROUND_ROLE:
                return QBrush(WARNING_BG)
            return severity_icon(Severity.VARNING)
        return super().data(index, role)

    # Drag and drop ----------------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [AGENDA_MIME]

    def mimeData(self, indexes: list) -> QMimeData:
        from PySide6.QtCore import QByteArray, QMimeData

        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data.setData(AGENDA_MIME, QByteArray(str(rows[0] if rows else -1).encode()))
        return data

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not data.hasFormat(AGENDA_MIME) or self.on_move is None:
            return False
        source = int(bytes(data.data(AGENDA_MIME).data()).decode() or -1)
        if source < 0:
            return False
        if row < 0 and parent.isValid():
            target = parent.row()  # dropped onto a row: take its place
        else:
            before = row if row >= 0 else self.rowCount()  # dropped between rows, or below
            target = before - 1 if source < before else before
        if target != source:
            self.on_move(source, target)
        # False: the view must not remove the dragged row itself; the refresh shows the order.
        return False


class BilagaTableModel(ObjectTableModel[Bilaga]):
    def __init__(self, describe: Callable[[Bilaga], str]) -> None:
        super().__init__()
        self.columns = (
            ColumnSpec("Nr", lambda b: b.nr, align_right=True),
            ColumnSpec("Rubrik", lambda b: b.title),
            ColumnSpec("Källa", describe),
            ColumnSpec("Sekretess", lambda b: (b.secrecy_ref or "Ja") if b.secret else ""),
        )


def _mark(item: Arende) -> str:
    """What the ärendelista says after a title the public versions do not print as it is."""
    if item.secret:
        return "  [sekretess]"
    return "  [publiceras inte i sin helhet]" if item.not_in_full else ""
