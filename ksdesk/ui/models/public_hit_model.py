"""The rows of Arkiv → Granska offentlig kopia (ui.dialogs.public_check_dialog): one a hit,
with its decision, by whom and when; a row without a decision stands out."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from ksdesk.core.format import format_date, format_time_kl
from ksdesk.core.public_copy import DECISIONS, FOR_ITEM, PublicHit
from ksdesk.ui.models.base_model import ColumnSpec, Index, ObjectTableModel

_OPEN_COLOUR = QColor("#fde2e1")  # an unresolved row stands out


def _when(hit: PublicHit) -> str:
    if hit.decision is None:
        return ""
    try:
        moment = datetime.fromisoformat(hit.decision.decided_at)
    except ValueError:
        return hit.decision.decided_at  # not ours to hide: show what is stored
    return f"{format_date(moment.date())} {format_time_kl(moment.time())}"


def _decision(hit: PublicHit) -> str:
    """The decision, and under it that it follows the ärende's: on one line it widened the
    Beslut column (never cut) until Var, what tells § 42 from ärende 5, left a narrow dialog."""
    if not hit.decided_for or hit.decision is None:
        return hit.decision_text
    return f"{DECISIONS[hit.decision.decision]}\n{FOR_ITEM}"


def _decision_tip(hit: PublicHit) -> str:
    """Where a § hit's decision was taken, when it follows its ärende's: what to change."""
    if not hit.decided_for:
        return hit.decision_text
    return (
        f"{hit.decision_text}: samma beslut som i {hit.decided_for}. Ändras det där, följer "
        "paragrafen med. Maskera eller behåll här för att besluta för paragrafen själv."
    )


class HitTableModel(ObjectTableModel[PublicHit]):
    columns = (
        ColumnSpec("Typ", lambda h: h.kind_text),
        ColumnSpec("Var", lambda h: h.where),
        # The kind in the tooltip too: a narrow dialog leaves the Typ column out.
        ColumnSpec("Träff", lambda h: h.shown, tooltip=lambda h: f"{h.kind_text}: {h.shown}"),
        ColumnSpec("Sammanhang", lambda h: h.context, tooltip=lambda h: h.context),
        ColumnSpec("Beslut", _decision, tooltip=_decision_tip),
        ColumnSpec(
            "Av",
            lambda h: h.decision.decided_by if h.decision else "",
            tooltip=lambda h: h.decision.decided_by if h.decision else "",
        ),
        ColumnSpec("När", _when),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid():
            return None if self.row_object(index.row()).resolved else _OPEN_COLOUR
        return super().data(index, role)
