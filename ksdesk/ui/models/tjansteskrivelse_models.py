"""The small lists the tjänsteskrivelse editor edits in place: att-satser, signatories and the
headings of its sections."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

from ksdesk.core.meeting import Forslag, Section
from ksdesk.ui.models.base_model import ColumnSpec, Index, ObjectTableModel


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
        # An organ the document itself names as decider ("Förslag till beslut i
        # byggnadsnämnden" read at its arbetsutskott) is offered too, so that a row changed
        # away from it can be given it back.
        for forslag in rows:
            if forslag.group and forslag.group not in self.labels:
                self.labels[forslag.group] = forslag.group
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
