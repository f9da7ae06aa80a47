"""A budget sheet as a bilaga: totals that are checked, not trusted (walk38 #1). A sheet whose
own check finds fel is said so when it is attached (the command line's one line, the window's
question), listed in the checks before the kallelse is sent, and printed in the packet with
the marks and the Kontroll av summorna that `ksdesk budget pdf` prints (bilaga_render)."""

from __future__ import annotations

import hashlib

from ksdesk.core.budget import Sheet
from ksdesk.core.budget_check import check_sheet
from ksdesk.core.findings import Finding
from ksdesk.core.meeting import Sammantrade, numbered
from ksdesk.db import budget_repo
from ksdesk.db.connection import Store

BUDGET_PREFIX = "budget:"


# The Budget tab and Bifoga från ksdesk show every sheet's fel at each refresh, and a ten-year
# file holds hundreds of sheets (1.1 ms a check): a count is kept by the sheet's contents
# (its repr: every field of the sheet, its columns and rows), so a changed sheet is checked
# again and an unchanged one is not.
_COUNTED_AT_MOST = 4096
_counted: dict[str, int] = {}


def fel_count(sheet: Sheet) -> int:
    contents = hashlib.sha256(repr(sheet).encode("utf-8")).hexdigest()
    count = _counted.get(contents)
    if count is None:
        count = sum(1 for f in check_sheet(sheet).findings if f.is_error)
        if len(_counted) >= _COUNTED_AT_MOST:
            _counted.clear()
        _counted[contents] = count
    return count


def printed_findings(sheet: Sheet) -> list[Finding] | None:
    """The findings a bilaga prints after its table: all of them (as `budget pdf` lists them)
    when one is a fel, else none: a rounding difference alone is no reason to mark a packet."""
    findings = check_sheet(sheet).findings
    return findings if any(f.is_error for f in findings) else None


def fel_note(sheet: Sheet) -> str:
    """ "budgetbladet ”Pris” har 1 fel i summorna", or "" when its totals are right."""
    count = fel_count(sheet)
    return f"budgetbladet ”{sheet.title}” har {count} fel i summorna" if count else ""


def attach_note(store: Store, ref: str | None) -> str:
    """What she is told when attaching `ref`: a sentence when it is a sheet with fel."""
    if not ref or not ref.startswith(BUDGET_PREFIX):
        return ""
    sheet = budget_repo.find_by_key(store, ref.removeprefix(BUDGET_PREFIX).strip())
    note = fel_note(sheet) if sheet is not None else ""
    return f"Obs: {note}; felen märks och listas under tabellen i kallelsen." if note else ""


def meeting_notes(store: Store, meeting: Sammantrade) -> list[str]:
    """For the checks before sending: each bilaga of a numbered ärende that is a sheet whose
    totals the check finds wrong, "Ärende 6 (…): Bilaga 4: budgetbladet ”…” har 1 fel …"."""
    found: list[str] = []
    checked: dict[str, str] = {}  # a sheet attached twice is checked once
    for number, item in numbered(meeting.items):
        for bilaga in item.bilagor if number is not None else ():
            ref = bilaga.ref or ""
            if not ref.startswith(BUDGET_PREFIX):
                continue
            key = ref.removeprefix(BUDGET_PREFIX).strip()
            if key not in checked:
                sheet = budget_repo.find_by_key(store, key)
                checked[key] = fel_note(sheet) if sheet is not None else ""
            if checked[key]:
                found.append(
                    f"Ärende {number} ({item.title}): Bilaga {bilaga.nr or '?'}: {checked[key]}."
                )
    return found
