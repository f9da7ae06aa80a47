"""Table models of the Sammanträde tab: the §§, the votes (one checkable column per ja / nej /
avstår), and the recorded lists of each §; the upprop's is ui.models.upprop_model."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor

from ksdesk.core.meeting import Arende
from ksdesk.core.protokoll import (
    VOTE_LABELS,
    VOTES,
    Jav,
    Paragraf,
    Protokollsanteckning,
    Reservation,
    Votering,
    Yrkande,
)
from ksdesk.core.protokoll_rules import Tjanstgor
from ksdesk.ui.models.base_model import ColumnSpec, Index, ObjectTableModel

MISSING = QColor("#b3261e")


SECRET_TEXT, MUTED_TEXT = "#ff8a80", "#a9b0b8"  # on the meeting view's dark background


def _paragraf_status(p: Paragraf, secret: bool = False) -> str:
    """What the secretary checks before the justering, and what the public version will leave
    out: an individutskott's §§ under sekretess are told from the rest at a glance."""
    marks = ["sekretess"] if secret else []
    if not p.beslut.strip():
        marks.append("saknar beslut")
    if p.votering is not None:
        marks.append("votering")
    if p.reservationer:
        marks.append("reservation")
    if p.anteckningar:
        marks.append("protokollsanteckning")
    if p.jav:
        marks.append("jäv")
    if p.omedelbar_justering:
        marks.append("omedelbart justerad")
    return ", ".join(marks)


class ParagrafListModel(ObjectTableModel[Paragraf]):
    columns = (
        ColumnSpec("§", lambda p: str(p.nr), sort=lambda p: p.nr, align_right=True),
        ColumnSpec("Ärende", lambda p: p.title, tooltip=lambda p: p.title),
        ColumnSpec("Noteringar", lambda p: ""),  # data(): it needs the secret ärenden
    )
    secret_items: frozenset[int] = frozenset()  # the ärenden under sekretess (item ids)

    def status(self, p: Paragraf) -> str:
        return _paragraf_status(p, p.item_id in self.secret_items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and index.column() == 2
            and not self.row_object(index.row()).beslut.strip()
        ):
            return QBrush(MISSING)
        if role == Qt.ItemDataRole.DisplayRole and index.isValid() and index.column() == 2:
            return self.status(self.row_object(index.row()))
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
