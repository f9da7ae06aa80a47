"""The table of the register of delegationsbeslut: one row a decision, and how its eight
columns share a dialog's width."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView

from ksdesk.core.delegation import Delegationsbeslut
from ksdesk.core.format import format_date
from ksdesk.ui.models.base_model import ColumnSpec, ObjectTableModel
from ksdesk.ui.widgets.column_priority import PriorityColumns


def _punkt(b: Delegationsbeslut) -> str:
    if not b.punkt:
        return ""
    return f"{b.punkt}, {b.punkt_kapitel}" if b.punkt_kapitel else b.punkt


def _beslut(b: Delegationsbeslut) -> str:
    """The decision's text; one flagged sekretess says so first, as its text is printed
    nowhere (core.delegationsbeslut_print)."""
    text = b.beslut or b.title
    return f"Sekretess – {text}" if b.sekretess else text


def _beslut_tip(b: Delegationsbeslut) -> str:
    """The decision and what the import kept beside it: the list's other columns."""
    said = "Sekretess: texten skrivs inte ut i någon lista." if b.sekretess else ""
    return "\n\n".join(part for part in (said, b.beslut, b.beskrivning) if part.strip())


class BeslutModel(ObjectTableModel[Delegationsbeslut]):
    columns = (
        ColumnSpec("Datum", lambda b: format_date(b.date), sort=lambda b: b.date),
        ColumnSpec("Dnr", lambda b: b.dnr),
        ColumnSpec("Beslut", _beslut, tooltip=_beslut_tip),
        ColumnSpec("Delegat", lambda b: b.delegat),
        ColumnSpec("Punkt", _punkt),
        ColumnSpec("Organ", lambda b: b.organ, tooltip=lambda b: b.organ),
        ColumnSpec("Inkom", lambda b: format_date(b.received) if b.received else ""),
        ColumnSpec("Anmält", lambda b: "ja" if b.reported_meeting_id else ""),
    )


def register_columns(table: QTableView) -> PriorityColumns:
    """Eight columns in a dialog some 870 pixels wide at 150 %: the dates, Dnr and Anmält
    whole, Beslut wrapped at up to 360 and taking what is spare, Delegat and Punkt wrapped in
    what is left, none narrower than its longest word ("Samhällsbyggnadsnämndens"), and
    Organ elided first, down to 100 (whole in its tooltip)."""
    datum, dnr, beslut, delegat, punkt, organ, inkom, anmalt = range(8)
    return PriorityColumns(
        table,
        priority=(datum, dnr, anmalt, inkom, beslut, delegat, punkt, organ),
        whole=(datum, dnr, anmalt, inkom),
        stretch=beslut,
        wrapped={beslut: 360, delegat: 220, punkt: 220},
        least={organ: 100},
        drop=False,
    )
