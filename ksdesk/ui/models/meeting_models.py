"""Table models for meetings, their agenda and bilagor, and the small editable lists of the
tjänsteskrivelse editor (att-satser, sections, signatories)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ksdesk.core.dnr import parse_dnr
from ksdesk.core.findings import Severity
from ksdesk.core.format import format_date, format_time
from ksdesk.core.meeting import (
    ITEM_KIND_LABELS,
    Arende,
    Bilaga,
    Forslag,
    Sammantrade,
    Section,
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
    name, the whole name as tooltip) tells a kommunstyrelse's 3 december from a nämnd's."""

    ORGAN_COLUMN = 1

    def __init__(self, rows: Sequence[Sammantrade] = ()) -> None:
        super().__init__(rows)
        self.organs: dict[int, Organ] = {}
        self.columns = (
            ColumnSpec("Datum", lambda m: format_date(m.date), sort=lambda m: m.date.isoformat()),
            ColumnSpec("Organ", self._organ_short, tooltip=self._organ_name),
            ColumnSpec("Tid", lambda m: format_time(m.time)),
            ColumnSpec("Plats", lambda m: m.place, tooltip=lambda m: m.place),
            ColumnSpec("Status", lambda m: m.status.label),
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
            ColumnSpec("Ärende", lambda r: r[1].title + ("  [sekretess]" if r[1].secret else "")),
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


class EditableTableModel(ObjectTableModel[Any]):
    """A small list edited in place; `setters[column](row_object, text)` writes a cell."""

    setters: ClassVar[dict[int, Callable[[Any, str], None]]] = {}

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in self.setters:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.EditRole:
            role = Qt.ItemDataRole.DisplayRole
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        setter = self.setters.get(index.column())
        if role != Qt.ItemDataRole.EditRole or setter is None or not index.isValid():
            return False
        setter(self.row_object(index.row()), str(value))
        self.dataChanged.emit(index, index)
        return True

    def rows(self) -> list[Any]:
        return list(self._rows)

    def insert(self, row: int, obj: Any) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, obj)
        self.endInsertRows()

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()

    def swap(self, row: int, other: int) -> None:
        if 0 <= row < len(self._rows) and 0 <= other < len(self._rows):
            self._rows[row], self._rows[other] = self._rows[other], self._rows[row]
            self.dataChanged.emit(self.index(min(row, other), 0), self.index(max(row, other), 2))


def group_labels(organ_name: str) -> dict[str, str]:
    """Who may decide an att-sats, as the "Beslutas av" column shows it: the organ the
    ärende goes to (its name: "Miljö- och byggnadsnämnden", stored as "kommunstyrelsen")
    or fullmäktige."""
    return {
        "": "",
        "kommunstyrelsen": organ_name.strip() or "Kommunstyrelsen",
        "fullmäktige": "Fullmäktige",
    }


def _set(attribute: str) -> Callable[[Any, str], None]:
    return lambda obj, text: setattr(obj, attribute, text.strip())


class ForslagTableModel(EditableTableModel):
    """The att-satser; "Beslutas av" names the organ the tjänsteskrivelse is written to."""

    def __init__(self, rows: list[Forslag], organ_name: str = "") -> None:
        super().__init__(rows)
        self.labels = group_labels(organ_name)
        keys = {label.lower(): key for key, label in self.labels.items()}

        def set_group(obj: Forslag, text: str) -> None:
            obj.group = keys.get(text.strip().lower(), "")

        self.columns = (
            ColumnSpec("Nr", lambda f: f.nr),
            ColumnSpec("Beslutas av", lambda f: self.labels.get(f.group, f.group)),
            ColumnSpec("Att-sats", lambda f: f.text),
        )
        self.setters = {0: _set("nr"), 1: set_group, 2: _set("text")}


class SignatoryTableModel(EditableTableModel):
    columns = (
        ColumnSpec("Namn", lambda s: s.name),
        ColumnSpec("Titel", lambda s: s.title),
    )
    setters: ClassVar = {0: _set("name"), 1: _set("title")}


class SectionListModel(QAbstractListModel):
    """The headings of the tjänsteskrivelse's sections; their text is edited beside the list."""

    def __init__(self, sections: list[Section]) -> None:
        super().__init__()
        self.sections = sections

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.sections)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.DisplayRole:
            return self.sections[index.row()].heading or "(utan rubrik)"
        return None

    def refresh_row(self, row: int) -> None:
        self.dataChanged.emit(self.index(row), self.index(row))

    def reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()
