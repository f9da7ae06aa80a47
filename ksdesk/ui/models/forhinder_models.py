"""The förhinder list of a meeting as a table: one row per ledamot and ersättare of the
organ, a box for förhinder, when it was reported, and for a ledamot the ersättare called in
(the inkallelseordning's proposal, or the one the secretary chose, marked "vald"; an
ersättare with förhinder is passed over). And the organ's ersättare in the
order they are called, with whom each is personal ersättare for (the organ's settings)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from ksdesk.core.ersattare import Forhinder, Inkallelse, candidates, proposal
from ksdesk.core.organ import Fortroendevald
from ksdesk.ui.models.base_model import shown

Index = QModelIndex | QPersistentModelIndex
HEADERS = ("Förhinder", "Namn", "Parti", "Roll", "Anmält", "Inkallas")


class ForhinderModel(QAbstractTableModel):
    FORHINDER, NAMN, PARTI, ROLL, ANMALT, ERSATTARE = range(6)
    changed = Signal()  # the list changed: the proposal below the table follows

    def __init__(
        self,
        members: list[Fortroendevald],
        order: dict[str, list[str]],
        rows: list[Forhinder],
    ) -> None:
        super().__init__()
        self.members, self.order = members, order
        self.ledamoter = [m for m in members if m.is_ledamot]
        # Ledamöter first, then ersättare: an ersättare may report förhinder too.
        self.people = self.ledamoter + [m for m in members if not m.is_ledamot]
        self.rows: dict[str, Forhinder] = {r.name: r for r in rows}
        self.calls: dict[str, Inkallelse] = {}
        self._propose()

    def _propose(self) -> None:
        called = proposal(
            self.members,
            list(self.rows),
            self.order,
            {r.name: r.ersattare for r in self.rows.values() if r.ersattare},
        )
        self.calls = {c.ledamot.name: c for c in called}

    def result(self) -> list[Forhinder]:
        """The rows with förhinder, ledamöter first, each group in the register's order."""
        return [self.rows[m.name] for m in self.people if m.name in self.rows]

    def inkallade(self) -> list[Inkallelse]:
        return [self.calls[m.name] for m in self.ledamoter if m.name in self.calls]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return HEADERS[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() == self.FORHINDER:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        member = self.people[index.row()]
        editable = (self.ANMALT, self.ERSATTARE) if member.is_ledamot else (self.ANMALT,)
        if index.column() in editable and member.name in self.rows:
            return flags | Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        member = self.people[index.row()]
        row = self.rows.get(member.name)
        column = index.column()
        if column == self.FORHINDER and role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if row else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.EditRole and row is not None:
            if column == self.ANMALT:
                return row.anmalt
            if column == self.ERSATTARE:
                return row.ersattare
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return shown(self._cell(member, row, column))

    def _cell(self, member: Fortroendevald, row: Forhinder | None, column: int) -> str:
        if column == self.NAMN:
            return member.name
        if column == self.PARTI:
            return member.party
        if column == self.ROLL:
            return member.role.capitalize()
        if column == self.ANMALT:
            return row.anmalt if row else ""
        if column == self.ERSATTARE:
            return self._called_text(member.name)
        return ""

    def _called_text(self, name: str) -> str:
        call = self.calls.get(name)
        if call is None:
            return ""
        if call.ersattare is None:
            return "Ingen ersättare kvar"
        who = call.ersattare.display
        return f"{who}, vald" if call.by_hand else who

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        name = self.people[index.row()].name
        column = index.column()
        if column == self.FORHINDER and role == Qt.ItemDataRole.CheckStateRole:
            if Qt.CheckState(value) == Qt.CheckState.Checked:
                self.rows.setdefault(name, Forhinder(name))
            else:
                self.rows.pop(name, None)
        elif role == Qt.ItemDataRole.EditRole and name in self.rows:
            if column == self.ANMALT:
                self.rows[name].anmalt = str(value or "").strip()
            elif column == self.ERSATTARE:
                self.rows[name].ersattare = str(value or "")
            else:
                return False
        else:
            return False
        self._propose()
        self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, len(HEADERS) - 1))
        self.changed.emit()
        return True

    def choices(self, index: Index) -> list[tuple[str, str]]:
        """For the Inkallas cell: the inkallelseordning's proposal, or an ersättare by hand."""
        member = self.people[index.row()]
        away = set(self.rows)
        first = candidates(member, self.members, self.order)
        rest = [m for m in self.members if m.role == "ersättare" and m not in first]
        offered = [c for c in first + rest if c.name not in away]
        return [("Enligt inkallelseordningen", "")] + [(c.display, c.name) for c in offered]


class ErsattareModel(QAbstractTableModel):
    """The organ's ersättare in the order they are called (the register's order), each with
    the ledamot they were elected as personal ersättare for."""

    NR, NAMN, PARTI, PERSONLIG = range(4)
    HEADERS = ("Nr", "Ersättare", "Parti", "Personlig ersättare för")

    def __init__(self, members: list[Fortroendevald]) -> None:
        super().__init__()
        self.members = [replace(m) for m in members]
        self.ersattare = [m for m in self.members if m.role == "ersättare"]
        self.ledamoter = [m for m in self.members if m.is_ledamot]

    def replace_register(self, members: list[Fortroendevald]) -> None:
        """A new register (a pasted list of the nämnd): its ersättare in its order."""
        self.beginResetModel()
        self.members = [replace(m) for m in members]
        self.ersattare = [m for m in self.members if m.role == "ersättare"]
        self.ledamoter = [m for m in self.members if m.is_ledamot]
        self.endResetModel()

    def result(self) -> list[Fortroendevald]:
        """The register with the ersättare in their new order, in the places they held."""
        queue = iter(self.ersattare)
        return [next(queue) if m.role == "ersättare" else m for m in self.members]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ersattare)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == self.PERSONLIG else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        person = self.ersattare[index.row()]
        if role == Qt.ItemDataRole.EditRole and index.column() == self.PERSONLIG:
            return person.personlig_for
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.column() == self.NR:
            same_party = [e for e in self.ersattare if e.party == person.party]
            return f"{same_party.index(person) + 1}"
        return shown((person.name, person.party, person.personlig_for)[index.column() - 1])

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != self.PERSONLIG:
            return False
        self.ersattare[index.row()].personlig_for = str(value or "")
        self.dataChanged.emit(index, index)
        return True

    def choices(self, index: Index) -> list[tuple[str, str]]:
        """The ledamöter, the ersättare's own party first."""
        party = self.ersattare[index.row()].party
        ordered = sorted(self.ledamoter, key=lambda m: m.party != party)
        return [("(ingen)", "")] + [(m.display, m.name) for m in ordered]

    def move(self, row: int, step: int) -> int:
        """Move the ersättare at `row` one place up or down; returns where it went."""
        target = row + step
        if not (0 <= row < len(self.ersattare) and 0 <= target < len(self.ersattare)):
            return row
        self.beginResetModel()
        items = self.ersattare
        items[row], items[target] = items[target], items[row]
        self.endResetModel()
        return target
