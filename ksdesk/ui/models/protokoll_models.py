"""Table models of the Sammanträde tab: the upprop (editable), the §§, the votes (one
checkable column per ja / nej / avstår), and the recorded lists of each §."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor

from ksdesk.core.errors import InvalidInput
from ksdesk.core.meeting import Arende
from ksdesk.core.narvaro import example, narvaro_text, parse_narvaro
from ksdesk.core.protokoll import (
    VOTE_LABELS,
    VOTES,
    Deltagare,
    Jav,
    Paragraf,
    Protokollsanteckning,
    Reservation,
    Votering,
    Yrkande,
)
from ksdesk.core.protokoll_rules import Tjanstgor, display_name
from ksdesk.core.upprop_search import role_label
from ksdesk.ui.models.base_model import ColumnSpec, Index, ObjectTableModel

MISSING = QColor("#b3261e")
ABSENT_COLOR = "#666666"  # a member not present: greyed, still 5.7:1 on white


def narvaro_help(numbers: list[int]) -> str:
    """The Närvaro column's tooltip, its examples in the protokoll's own numbers."""
    start = numbers[-3] if len(numbers) >= 3 else 221
    return (
        f"Paragraferna personen var närvarande i, t.ex. ”{example(numbers)}”, ”{start}–” "
        f"(från § {start} till slutet), ”hela” eller ”frånvarande”."
    )


SECRET_TEXT, MUTED_TEXT = "#ff8a80", "#a9b0b8"  # on the meeting view's dark background


class UppropModel(ObjectTableModel[Deltagare]):
    """The upprop. Närvarande is a checkbox (the whole meeting, or not at all); Ersätter and
    Närvaro ("217–219, 221–223") are edited in place. Every change is announced with `edited`
    so the tab can save the whole upprop; what cannot be read is announced with `refused`."""

    edited = Signal()
    refused = Signal(str)
    PRESENT, REPLACES, NARVARO, SITS = 3, 4, 5, 6
    columns = (
        ColumnSpec("Namn", lambda a: a.name),
        ColumnSpec("Parti", lambda a: a.party),
        ColumnSpec("Roll", role_label),
        ColumnSpec("Närvarande", lambda a: ""),
        ColumnSpec("Ersätter", lambda a: a.replaces),  # shown with the party by data()
        ColumnSpec("Närvaro", lambda a: ""),  # filled by data(): it needs the §§
        ColumnSpec("Tjänstgör", lambda a: ""),  # filled by data() from `sits`
    )

    def __init__(self) -> None:
        super().__init__()
        self.numbers: list[int] = []  # the §§ of the protokoll
        self.sits: dict[str, str] = {}  # name -> "§§ 220–221" (who sits when, jäv included)

    def set_numbers(self, numbers: list[int]) -> None:
        self.numbers = list(numbers)

    def set_sits(self, sits: dict[str, str]) -> None:
        self.sits = sits
        if self._rows:
            column = self.index(0, self.SITS), self.index(len(self._rows) - 1, self.SITS)
            self.dataChanged.emit(*column)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() == self.PRESENT:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        deltagare = self.row_object(index.row())
        if index.column() == self.REPLACES and deltagare.is_ersattare:
            return flags | Qt.ItemFlag.ItemIsEditable
        if index.column() == self.NARVARO:
            return flags | Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        deltagare = self.row_object(index.row())
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == self.PRESENT:
            return Qt.CheckState.Checked if deltagare.present else Qt.CheckState.Unchecked
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
        elif role == Qt.ItemDataRole.EditRole and column == self.REPLACES:
            deltagare.replaces = str(value or "")
            if deltagare.replaces and not deltagare.present:
                # Chosen to ersätta someone, she is at the meeting: left unticked she would
                # be counted nowhere (not in the beslutförhet, not in a votering).
                deltagare.present = True
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


def _paragraf_status(p: Paragraf) -> str:
    marks = []
    if not p.beslut.strip():
        marks.append("saknar beslut")
    if p.votering is not None:
        marks.append("votering")
    if p.reservationer:
        marks.append("reservation")
    if p.jav:
        marks.append("jäv")
    if p.omedelbar_justering:
        marks.append("omedelbart justerad")
    return ", ".join(marks)


class ParagrafListModel(ObjectTableModel[Paragraf]):
    columns = (
        ColumnSpec("§", lambda p: str(p.nr), sort=lambda p: p.nr, align_right=True),
        ColumnSpec("Ärende", lambda p: p.title, tooltip=lambda p: p.title),
        ColumnSpec("Noteringar", _paragraf_status),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and index.column() == 2
            and not self.row_object(index.row()).beslut.strip()
        ):
            return QBrush(MISSING)
        return super().data(index, role)


class VoteModel(ObjectTableModel[Tjanstgor]):
    """One row per tjänstgörande member; Ja, Nej and Avstår are exclusive checkboxes."""

    edited = Signal()
    columns = (
        ColumnSpec("Ledamot", lambda t: t.deltagare.display),
        ColumnSpec("Ersätter", lambda t: t.replaces),
        *(ColumnSpec(VOTE_LABELS[v], lambda t: "") for v in VOTES),
    )

    def __init__(self) -> None:
        super().__init__()
        self.votering: Votering | None = None

    def set_votering(self, seats: list[Tjanstgor], votering: Votering | None) -> None:
        self.votering = votering
        self.set_rows(seats if votering is not None else [])

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.column() >= 2 else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid() and index.column() >= 2:
            vote = self._vote(index.row())
            wanted = VOTES[index.column() - 2]
            return Qt.CheckState.Checked if vote == wanted else Qt.CheckState.Unchecked
        return super().data(index, role)

    def _vote(self, row: int) -> str:
        assert self.votering is not None
        return self.votering.votes.get(self.row_object(row).deltagare.name, "")

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() < 2 or self.votering is None:
            return False
        name = self.row_object(index.row()).deltagare.name
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.votering.votes[name] = VOTES[index.column() - 2]
        else:
            self.votering.votes.pop(name, None)
        self.dataChanged.emit(self.index(index.row(), 2), self.index(index.row(), 4))
        self.edited.emit()
        return True

    def set_vote(self, name: str, vote: str) -> None:
        """Used by tests and keyboard: check the box of `vote` for `name`."""
        row = next(i for i, t in enumerate(self._rows) if t.deltagare.name == name)
        self.setData(
            self.index(row, 2 + VOTES.index(vote)),
            Qt.CheckState.Checked,
            Qt.ItemDataRole.CheckStateRole,
        )


class YrkandeModel(ObjectTableModel[Yrkande]):
    columns = (
        ColumnSpec("Ledamot", lambda y: f"{y.name} ({y.party})" if y.party else y.name),
        ColumnSpec("Yrkande", lambda y: y.text, tooltip=lambda y: y.text),
    )


class ReservationModel(ObjectTableModel[Reservation]):
    columns = (
        ColumnSpec("Reserverar sig", lambda r: ", ".join(r.names) or "(namn saknas)"),
        ColumnSpec("Text", lambda r: r.text),
        ColumnSpec(
            "Skriftlig motivering",
            lambda r: (
                "inlämnad"
                if r.motivering.strip()
                else ("aviserad, ska lämnas före justeringen" if r.motivering_aviserad else "")
            ),
        ),
    )


class AnteckningModel(ObjectTableModel[Protokollsanteckning]):
    columns = (
        ColumnSpec("Av", lambda a: ", ".join(a.names) or "(namn saknas)"),
        ColumnSpec("Protokollsanteckning", lambda a: a.text, tooltip=lambda a: a.text),
    )


class JavModel(ObjectTableModel[Jav]):
    columns = (
        ColumnSpec("Jävig", lambda j: j.name),
        ColumnSpec("Ersätts av", lambda j: j.ersattare or "(ingen ersättare)"),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and not self.row_object(index.row()).ersattare
        ):
            return QBrush(MISSING)
        return super().data(index, role)


class AgendaListModel(ObjectTableModel[tuple[int | None, Arende]]):
    """The ärendelista beside the current ärende: secret items say so in red."""

    columns = (
        ColumnSpec(
            "Ärende",
            lambda r: (
                r[1].title
                if r[0] is None
                else f"{r[0]}.  {r[1].title}" + ("   [SEKRETESS]" if r[1].secret else "")
            ),
        ),
    )

    def flags(self, index: Index) -> Qt.ItemFlag:
        if index.isValid() and self.row_object(index.row())[0] is None:
            return Qt.ItemFlag.ItemIsEnabled  # a section heading cannot be selected
        return super().flags(index)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        number, item = self.row_object(index.row())
        if role == Qt.ItemDataRole.ForegroundRole and item.secret:
            return QColor(SECRET_TEXT)
        if role == Qt.ItemDataRole.ForegroundRole and number is None:
            return QColor(MUTED_TEXT)
        return super().data(index, role)
