"""The upprop's table model: who is called, who came and for which §§, whom an ersättare
replaces, and in which §§ each person sits; Närvarande, Ersätter and Närvaro edited in place,
and a ledamot's Roll."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor

from ksdesk.core.errors import InvalidInput
from ksdesk.core.narvaro import example, narvaro_text, parse_narvaro
from ksdesk.core.organ import PRESIDIUM_ROLES
from ksdesk.core.protokoll import Deltagare
from ksdesk.core.protokoll_rules import display_name
from ksdesk.core.upprop_search import role_label
from ksdesk.ui.models.base_model import ColumnSpec, Index, ObjectTableModel

# The roles the Roll column offers a ledamot: the presidium's, or none of them.
LEDAMOT_ROLES = (*PRESIDIUM_ROLES, "ledamot")
ABSENT_COLOR = "#666666"  # a member not present: greyed, still 5.7:1 on white


def narvaro_help(numbers: list[int]) -> str:
    """The Närvaro column's tooltip, its examples in the protokoll's own numbers (none
    before the protokoll has §§: the demo's numbers meant nothing in another file)."""
    if not numbers:
        return "Paragraferna personen var närvarande i, ”hela” eller ”frånvarande”."
    start = numbers[-3] if len(numbers) >= 3 else numbers[-1]
    return (
        f"Paragraferna personen var närvarande i, t.ex. ”{example(numbers)}”, ”{start}–” "
        f"(från § {start} till slutet), ”hela” eller ”frånvarande”."
    )


class UppropModel(ObjectTableModel[Deltagare]):
    """The upprop. Närvarande is a checkbox (the whole meeting, or not at all); Ersätter and
    Närvaro ("217–219, 221–223") are edited in place. Every change is announced with `edited`
    so the tab can save the whole upprop; what cannot be read is announced with `refused`."""

    edited = Signal()
    refused = Signal(str)
    ROLE, PRESENT, REPLACES, NARVARO, SITS, DISTANS = 2, 3, 4, 5, 6, 7
    columns = (
        ColumnSpec("Namn", lambda a: a.name),
        ColumnSpec("Parti", lambda a: a.party),
        ColumnSpec("Roll", role_label),
        ColumnSpec("Närvarande", lambda a: ""),
        ColumnSpec("Ersätter", lambda a: a.replaces),  # shown with the party by data()
        ColumnSpec("Närvaro", lambda a: ""),  # filled by data(): it needs the §§
        ColumnSpec("Tjänstgör", lambda a: ""),  # filled by data() from `sits`
        ColumnSpec("Distans", lambda a: ""),  # a checkbox: took part by video
    )

    def __init__(self) -> None:
        super().__init__()
        self.numbers: list[int] = []  # the §§ of the protokoll
        self.sits: dict[str, str] = {}  # name -> "§§ 220–221" (who sits when, jäv included)

    def set_numbers(self, numbers: list[int]) -> None:
        self.numbers = list(numbers)

    def set_sits(self, sits: dict[str, str]) -> None:
        # Most saves of a § (its beslut, its text) leave every seat as it was: announcing the
        # column anyway had the view measure and repaint the upprop, some 25 ms a save.
        if sits == self.sits:
            return
        self.sits = sits
        if self._rows:
            column = self.index(0, self.SITS), self.index(len(self._rows) - 1, self.SITS)
            self.dataChanged.emit(*column)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() in (self.PRESENT, self.DISTANS):
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        deltagare = self.row_object(index.row())
        if index.column() == self.REPLACES and deltagare.is_ersattare:
            return flags | Qt.ItemFlag.ItemIsEditable
        if index.column() == self.NARVARO:
            return flags | Qt.ItemFlag.ItemIsEditable
        if index.column() == self.ROLE and deltagare.is_ledamot:
            return flags | Qt.ItemFlag.ItemIsEditable  # a misread role put right (walk29)
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        deltagare = self.row_object(index.row())
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == self.PRESENT:
            return Qt.CheckState.Checked if deltagare.present else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == self.DISTANS:
            return Qt.CheckState.Checked if deltagare.distans else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.DISTANS:
            return "Deltog på distans (video): räknas som närvarande och skrivs ut ”på distans”."
        if index.column() == self.NARVARO and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
        ):
            return narvaro_text(deltagare, self.numbers)
        if index.column() == self.NARVARO and role == Qt.ItemDataRole.ToolTipRole:
            return narvaro_help(self.numbers)
        if index.column() == self.SITS and role == Qt.ItemDataRole.DisplayRole:
            return self.sits.get(deltagare.name, "")
        if index.column() == self.REPLACES and deltagare.replaces:
            # Shown as the list to choose from shows it, "Anna Andersson (S)"; the name is
            # what is stored and what the list finds.
            if role == Qt.ItemDataRole.DisplayRole:
                return display_name(self._rows, deltagare.replaces)
            if role == Qt.ItemDataRole.EditRole:
                return deltagare.replaces
        if index.column() == self.ROLE and role == Qt.ItemDataRole.EditRole:
            return deltagare.role  # what the list of LEDAMOT_ROLES finds
        if role == Qt.ItemDataRole.EditRole:
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.ForegroundRole and not deltagare.present:
            return QBrush(QColor(ABSENT_COLOR))
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        deltagare = self.row_object(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == self.PRESENT:
            deltagare.present = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role == Qt.ItemDataRole.CheckStateRole and column == self.DISTANS:
            deltagare.distans = Qt.CheckState(value) == Qt.CheckState.Checked
            if deltagare.distans and not deltagare.present:
                deltagare.present = True  # on the screen, she is at the meeting
        elif role == Qt.ItemDataRole.EditRole and column == self.REPLACES:
            deltagare.replaces = str(value or "")
            if deltagare.replaces and not deltagare.present:
                # Chosen to ersätta someone, she is at the meeting: left unticked she would
                # be counted nowhere (not in the beslutförhet, not in a votering).
                deltagare.present = True
        elif role == Qt.ItemDataRole.EditRole and column == self.ROLE:
            # Among a ledamot's roles only: an ersättare's seat and whom she replaces are
            # kept apart from the ledamöter's (Ersätter, the beslutförhet).
            if not deltagare.is_ledamot or value not in LEDAMOT_ROLES:
                return False
            deltagare.role = str(value)
        elif role == Qt.ItemDataRole.EditRole and column == self.NARVARO:
            try:
                stretches = parse_narvaro(str(value or ""), self.numbers)
            except InvalidInput as error:
                self.refused.emit(f"{deltagare.name}: {error}")
                return False
            if stretches == deltagare.narvaro:
                return True
            deltagare.narvaro = stretches
        else:
            return False
        self.changed_row(index.row())
        return True

    def changed_row(self, row: int) -> None:
        """A row changed (here or by the tab): repaint it and have it saved."""
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self.edited.emit()

    @property
    def upprop(self) -> list[Deltagare]:
        return list(self._rows)
