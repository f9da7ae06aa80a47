"""How a check names a row: by its label, in quotes, and where the same label stands more
than once in the sheet ("Intäkter" and "Kostnader" under each verksamhet of a nämnd's
driftredovisning), by the heading it stands under too, so the secretary finds the row meant
(walk30: "”Budgetavvikelse” på raden ”Kostnader”" in a sheet with three "Kostnader")."""

from __future__ import annotations

from ksdesk.core.budget import Sheet


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
