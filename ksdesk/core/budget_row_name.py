"""How a check names a row: by its label, in quotes, and where the same label stands more
than once in the sheet ("Intäkter" and "Kostnader" under each verksamhet of a nämnd's
driftredovisning), by the heading it stands under too, so the secretary finds the row meant
(walk30: "”Budgetavvikelse” på raden ”Kostnader”" in a sheet with three "Kostnader"); and
what the Budget tab's row header calls a row that is no data row."""

from __future__ import annotations

from ksdesk.core.budget import ROW_KIND_LABELS, Sheet


def row_called(sheet: Sheet, at: int) -> str:
    """`”Kostnader” under ”Miljö & Hälsoskydd”`, `”Kostnader” (rad 8)` when no heading
    tells them apart, `”Summa”` when the label is the only one; "" for a row with no label
    (the caller names it by number)."""
    label = sheet.rows[at].label
    if not label:
        return ""
    if sum(1 for row in sheet.rows if row.label == label) == 1:
        return f"”{label}”"
    heading = _heading_above(sheet, at)
    return f"”{label}” under ”{heading}”" if heading else f"”{label}” (rad {at + 1})"


def _heading_above(sheet: Sheet, at: int) -> str:
    for row in reversed(sheet.rows[:at]):
        if row.kind == "heading" and row.label:
            return row.label
    return ""


def kind_called(sheet: Sheet, at: int) -> str:
    """ "Rubrik", "Delsumma", "Summa": a result that ends the sheet ("Periodens resultat", a
    subtotal by its reading: the running sum of every row above) is its grand total, and
    called "Summa" (walk38 #8: the tab said "Delsumma")."""
    kind = sheet.rows[at].kind
    rest = sheet.rows[at + 1 :]
    if kind == "subtotal" and not any(row.kind in ("data", "total") for row in rest):
        return ROW_KIND_LABELS["total"]
    return ROW_KIND_LABELS[kind]
