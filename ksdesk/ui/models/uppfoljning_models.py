"""Table models of the Uppföljning tab: open ärenden, uppdrag, motioner and medborgarförslag,
laga kraft, delegationsbeslut never anmälda, and the §§ of a meeting as sent out. Dates
through core.format; what needs the secretary's eye (late, past the year) is shown in the
warning colour."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor

from ksdesk.core.format import format_date
from ksdesk.core.motion import TYP_LABELS, Motion, MotionTyp
from ksdesk.core.uppdrag import Uppdrag
from ksdesk.services.arenden import OpenMatter
from ksdesk.services.laga_kraft import EjAnmald, LagaKraftRad
from ksdesk.ui.models.base_model import ANSWERED_ROLES, ColumnSpec, ObjectTableModel

WARNING = QColor("#8a6100")


# The roles these models answer: ObjectTableModel's, and the warning colour. Qt asks every
# cell it measures or paints for eight, most of which none of them answers (font, background,
# decoration, size hint): those are answered at once, not by walking through the roles that
# are. Ten years of open matters ask some 11 000 at the first opening of the tab.
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ANSWERED = ANSWERED_ROLES | {_FOREGROUND}


class _Marked(ObjectTableModel):
    """Rows for which `marked` is true are drawn in the warning colour."""

    today: date = date.today()

    def marked(self, obj: Any) -> bool:
        return False

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED or not index.isValid():
            return None
        if role == _FOREGROUND:
            return WARNING if self.marked(self.row_object(index.row())) else None
        return super().data(index, role)


class OpenMatterModel(_Marked):
    columns = (
        ColumnSpec("Organ", lambda m: m.organ),
        ColumnSpec("Datum", lambda m: format_date(m.steg.datum), lambda m: m.steg.datum),
        ColumnSpec("§", lambda m: str(m.steg.nr), lambda m: m.steg.nr, align_right=True),
        ColumnSpec("Dnr", lambda m: m.steg.dnr),
        ColumnSpec("Ärende", lambda m: m.steg.rubrik),
        ColumnSpec("Utfall", lambda m: m.utfall_text),
        ColumnSpec(
            "Tillbaka",
            lambda m: (
                f"Ärende {m.tillbaka.nr} den {format_date(m.tillbaka.datum)}"
                if m.tillbaka
                else "Inte på någon dagordning"
            ),
        ),
    )

    def marked(self, obj: OpenMatter) -> bool:
        return obj.tillbaka is None


class UppdragModel(_Marked):
    columns = (
        ColumnSpec("Beslut", lambda u: u.kalla),
        ColumnSpec("Uppdrag", lambda u: u.vad),
        ColumnSpec("Ansvarig", lambda u: u.ansvarig),
        ColumnSpec("Senast", lambda u: format_date(u.senast), lambda u: u.senast or date.max),
        ColumnSpec("Status", lambda u: u.state_text(UppdragModel.today)),
    )

    def marked(self, obj: Uppdrag) -> bool:
        return obj.late(self.today)


class MotionModel(_Marked):
    columns = (
        ColumnSpec("Typ", lambda m: TYP_LABELS.get(MotionTyp(m.typ), m.typ)),
        ColumnSpec("Rubrik", lambda m: m.rubrik),
        ColumnSpec("Väckt", lambda m: format_date(m.vackt), lambda m: m.vackt),
        ColumnSpec("Dnr", lambda m: m.dnr),
        ColumnSpec("Status", lambda m: m.status_text.capitalize()),
        ColumnSpec("Senast", lambda m: format_date(m.senast), lambda m: m.senast),
        ColumnSpec("Över ett år", lambda m: "Ja" if m.over_ett_ar(MotionModel.today) else ""),
    )

    def marked(self, obj: Motion) -> bool:
        return obj.over_ett_ar(self.today) and obj.open_on(self.today)


class LagaKraftModel(_Marked):
    columns = (
        ColumnSpec(
            "Laga kraft",
            # A § only suggested as förvaltningsbesvär says so where the day would stand (the
            # Läge beside the long Rubrik is off-screen at 1366 px).
            lambda r: (
                format_date(r.period.laga_kraft)
                or ("Förvaltningsbesvär?" if r.besvar_forslag else "")
            ),
            lambda r: r.period.laga_kraft or date.max,
        ),
        ColumnSpec("Slag", lambda r: "Paragraf" if r.typ == "paragraf" else "Delegationsbeslut"),
        ColumnSpec("Organ", lambda r: r.organ),
        ColumnSpec("Datum", lambda r: format_date(r.datum), lambda r: r.datum),
        ColumnSpec("Ref", lambda r: r.ref),
        ColumnSpec("Rubrik", lambda r: r.rubrik),
        ColumnSpec("Läge", lambda r: r.lage_shown),
        ColumnSpec("Lagrum", lambda r: r.lagrum),
    )

    def marked(self, obj: LagaKraftRad) -> bool:
        return obj.period.beraknat or bool(obj.besvar_forslag)


class EjAnmaldModel(_Marked):
    columns = (
        ColumnSpec("Dnr", lambda e: e.beslut.dnr),
        ColumnSpec("Datum", lambda e: format_date(e.beslut.date), lambda e: e.beslut.date),
        ColumnSpec("Beslut", lambda e: e.beslut.beslut or e.beslut.title),
        ColumnSpec("Delegat", lambda e: e.beslut.delegat),
        ColumnSpec(
            "Borde ha anmälts",
            # A list imported after its meeting (walk37 #10): said in the row, and why.
            lambda e: format_date(e.borde_anmalts) + (" – troligen anmält där" * bool(e.trolig)),
            lambda e: e.borde_anmalts,
            tooltip=lambda e: e.trolig[:1].upper() + e.trolig[1:],
        ),
    )

    def marked(self, obj: EjAnmald) -> bool:
        return True


class ExpedieringModel(ObjectTableModel):
    """(§ number, title, recipients, "Expedierat … till …") per § of a meeting."""

    columns = (
        ColumnSpec("§", lambda r: str(r[0]), lambda r: r[0], align_right=True),
        ColumnSpec("Ärende", lambda r: r[1]),
        ColumnSpec("Beslut skickas till", lambda r: r[2]),
        ColumnSpec("Expedierat", lambda r: r[3]),
    )


def _planned(m: OpenMatter) -> str:
    if m.tillbaka is None:
        return "Inte på någon dagordning"
    return f"Redan ärende {m.tillbaka.nr} den {format_date(m.tillbaka.datum)}"


class OfferedMatterModel(_Marked):
    """The open matters offered to a new agenda, each with a box to take it up. Matters on
    no agenda yet come ticked; one already planned for another meeting does not."""

    columns = (
        ColumnSpec("Ta upp", lambda _m: ""),
        ColumnSpec("Datum", lambda m: format_date(m.steg.datum), lambda m: m.steg.datum),
        ColumnSpec("§", lambda m: str(m.steg.nr), lambda m: m.steg.nr, align_right=True),
        ColumnSpec("Dnr", lambda m: m.steg.dnr),
        ColumnSpec("Ärende", lambda m: m.steg.rubrik),
        ColumnSpec("Utfall", lambda m: m.utfall_text),
        ColumnSpec("Planerat", _planned),
    )

    def __init__(self, rows: list[OpenMatter]) -> None:
        super().__init__(rows)
        self.ticked = {m.steg.paragraf_id for m in rows if m.tillbaka is None}

    def marked(self, obj: OpenMatter) -> bool:
        return obj.tillbaka is None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else flags

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole:
            pid = self.row_object(index.row()).steg.paragraf_id
            return Qt.CheckState.Checked if pid in self.ticked else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 0 or role != Qt.ItemDataRole.CheckStateRole:
            return False
        pid = self.row_object(index.row()).steg.paragraf_id
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.ticked.add(pid)
        else:
            self.ticked.discard(pid)
        self.dataChanged.emit(index, index, [role])
        return True

    def chosen(self) -> list[int]:
        """The ticked §§, in the order shown (oldest first)."""
        return [m.steg.paragraf_id for m in self._rows if m.steg.paragraf_id in self.ticked]
