"""Budget sheets as the tab and the CLI use them: read, check, print, import, export, and
write a whole edited sheet back in one transaction (each edit is a snapshot of the sheet)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import TYPE_CHECKING

from ksdesk.atomic import save_as
from ksdesk.core.budget import Sheet, sheet_key
from ksdesk.core.budget_check import SheetCheck, check_sheet
from ksdesk.core.budget_unit import UNIT_CHOICES, UnitMissing
from ksdesk.core.errors import InvalidInput, NotFound
from ksdesk.core.findings import Finding
from ksdesk.core.import_report import ImportReport
from ksdesk.core.topics import Topic
from ksdesk.db import budget_repo
from ksdesk.db.connection import Store
from ksdesk.interchange.import_guard import check_import_file, guarded
from ksdesk.services.budget_names import refuse_shared_title

if TYPE_CHECKING:  # the reports are imported when printing, not at start-up
    from ksdesk.reports.base import Embedded


def list_sheets(store: Store) -> list[tuple[int, str, str]]:
    """(id, key, title) of every sheet, in order."""
    return budget_repo.list_sheets(store)


def get_sheet(store: Store, sheet_id: int) -> Sheet:
    return budget_repo.get(store, sheet_id)


def find_sheet(store: Store, key_or_id: str | int) -> Sheet:
    """A sheet by id, key ("bilaga2") or title ("Bilaga 2", any case)."""
    if isinstance(key_or_id, int):
        return budget_repo.get(store, key_or_id)
    refuse_shared_title(store, key_or_id)  # a title two sheets have picks neither
    sheet = find_by_name(store, key_or_id)
    if sheet is None:
        names = ", ".join(f"”{title}” ({key})" for _, key, title in list_sheets(store))
        raise NotFound(
            f"Det finns inget budgetblad som heter ”{key_or_id}”."
            + (f" Bladen är: {names}." if names else " Databasen har inga budgetblad.")
        )
    return sheet


def check(sheet: Sheet) -> SheetCheck:
    """Every total recomputed (see core/budget_rounding.py for the rounding rule)."""
    return check_sheet(sheet)


def check_store(store: Store, name: str | None = None) -> list[Finding]:
    """The findings of one sheet (by key or title) or of every sheet, in sheet order."""
    sheets = (
        [find_sheet(store, name)]
        if name
        else [get_sheet(store, sid) for sid, _, _ in list_sheets(store)]
    )
    return [f for sheet in sheets for f in check_sheet(sheet).findings]


def sheet_pdf(store: Store, key_or_id: str | int, *, embedded: Embedded | None = None) -> bytes:
    """The sheet printed on A4 (landscape when wide), findings listed after the table
    (`embedded`: as a part of another document, without page numbers of its own)."""
    from ksdesk.reports.budget_pdf import budget_sheet_pdf

    return budget_sheet_pdf(find_sheet(store, key_or_id), embedded=embedded)


def pdf_of(sheet: Sheet) -> bytes:
    """The PDF of a sheet as it is in memory (the tab's preview of what is on screen)."""
    from ksdesk.reports.budget_pdf import budget_sheet_pdf

    return budget_sheet_pdf(sheet)


def apply(store: Store, sheet: Sheet) -> Topic:
    """Write this snapshot of a sheet (all columns, rows and cells) in one transaction. Undo
    writes the earlier snapshot back the same way."""
    _store_sheet(store, sheet)
    return Topic.BUDGET


def _store_sheet(store: Store, sheet: Sheet) -> Sheet:
    """Write a copy of `sheet` and return the copy as stored (with its ids)."""
    _validate(sheet)
    if sheet.id is None and budget_repo.find_by_key(store, sheet.key) is not None:
        raise InvalidInput(f"Det finns redan ett budgetblad med nyckeln ”{sheet.key}”.")
    snapshot = copy.deepcopy(sheet)
    with store.atomic():
        budget_repo.save(store, snapshot)
    return snapshot


def create_sheet(store: Store, title: str, unit: str = "tkr", decimals: int = 0) -> Sheet:
    from ksdesk.core.budget_edit import new_sheet

    title = title.strip()
    if not title:
        raise InvalidInput("Budgetbladet måste ha en rubrik.")
    sheet = new_sheet(title, sheet_key(title, budget_repo.keys(store)), unit, decimals)
    return _store_sheet(store, sheet)


def put_sheet(store: Store, key: str, sheet: Sheet | None, position: int | None = None) -> Topic:
    """Make the sheet with `key` be exactly `sheet`, or (None) not exist: the one write that
    every undoable sheet-level edit (new, import, delete) goes through, both ways."""
    existing = budget_repo.find_by_key(store, key)
    if sheet is None:
        if existing is not None:
            with store.atomic():
                budget_repo.delete(store, existing.id)  # type: ignore[arg-type]
        return Topic.BUDGET
    _validate(sheet)
    snapshot = copy.deepcopy(sheet)
    snapshot.key = key
    if existing is not None:  # the sheet with this key: its row and identity stay
        snapshot.id, snapshot.uuid = existing.id, existing.uuid
    with store.atomic():
        budget_repo.save(store, snapshot, position)
    return Topic.BUDGET


def sheet_position(store: Store, sheet_id: int) -> int | None:
    return budget_repo.position(store, sheet_id)


def delete_sheet(store: Store, sheet_id: int) -> Sheet:
    """Remove a sheet; returns it as it was, so it can be written back (undo)."""
    sheet = budget_repo.get(store, sheet_id)
    with store.atomic():
        budget_repo.delete(store, sheet_id)
    return sheet


def restore_sheet(store: Store, sheet: Sheet | None, sheet_id: int | None = None) -> Topic:
    """Undo helper: write `sheet` back, or (None) remove the sheet with `sheet_id`."""
    if sheet is not None:
        apply(store, sheet)
    elif sheet_id is not None:
        with store.atomic():
            budget_repo.delete(store, sheet_id)
    return Topic.BUDGET


def new_key(store: Store, title: str) -> str:
    """A key for a new sheet titled `title`, unique in the store."""
    return sheet_key(title, budget_repo.keys(store))


def find_by_name(store: Store, name: str) -> Sheet | None:
    """The sheet with this key or title, or the one a name gave its key at import: a sheet
    imported as "Driftbudget 2025" keeps the title of the file's own title line ("Driftbudget
    per nämnd"), and "Driftbudget 2025" still finds it by its key driftbudget-2025."""
    name = name.strip()
    found = budget_repo.find(store, name)
    if found is None and any(ch.isalnum() for ch in name):  # "???" is no sheet's name
        found = budget_repo.find(store, sheet_key(name))
    return found


def import_file(
    store: Store,
    path: Path,
    name: str | None = None,
    unit: str | None = None,
    *,
    dry_run: bool = False,
) -> tuple[Sheet, bool, ImportReport]:
    """Read an XLSX or CSV file into the sheet called `name` (key or title; default: the file
    name), replacing that sheet in place when it exists. The title is the file's own title
    line when it has one, else the `name` given (the sheet's own title when that is its key
    or none is given). `unit` (tkr, mnkr, kr) is required when the file does not say
    which. Returns the sheet, whether it replaced one, and the import report. Nothing is
    written when the file cannot be read, or with `dry_run`."""
    given = (name or "").strip()
    name = given or path.stem.strip()
    if not name:
        raise InvalidInput("Ange ett namn på budgetbladet med --sheet.")
    refuse_shared_title(store, name)  # never the first of two silently replaced
    existing = find_by_name(store, name)
    # The name she gives is the title (a file without a title line of its own); her key, or
    # no name, keeps the sheet's (walk38 #2: a pasted sheet kept a header line as its title).
    kept = existing is not None and given in ("", existing.key)
    sheet, report = read_with_report(path, existing.title if kept else name, unit)
    if existing is not None:
        sheet.id, sheet.key = existing.id, existing.key
    else:
        sheet.key = sheet_key(name, budget_repo.keys(store))
    if dry_run:
        return sheet, existing is not None, report
    stored = _store_sheet(store, sheet)
    report.saved = True
    return stored, existing is not None, report


def read_file(path: Path, title: str, unit: str | None = None) -> Sheet:
    """The sheet in an XLSX or CSV file, not stored (InvalidInput when it cannot be read;
    UnitMissing when neither the file nor `unit` says what the amounts are in)."""
    return read_with_report(path, title, unit)[0]


def read_with_report(path: Path, title: str, unit: str | None = None) -> tuple[Sheet, ImportReport]:
    """The sheet and the report of what was read (for the GUI's look before saving)."""
    # Size/emptiness checked first, and any parser crash becomes a Swedish refusal.
    check_import_file(path, "budgetblad")
    from ksdesk.interchange.wrong_intake import BUDGET_INTAKE, check_file

    report = ImportReport("budgetblad", path.name)
    guarded(lambda: check_file(path, BUDGET_INTAKE), "budgetblad", path.name)
    sheet = guarded(lambda: _read_file(path, title, report), "budgetblad", path.name)
    settle_unit(sheet, unit, report)
    return sheet, report


def read_pasted(text: str, title: str, unit: str | None = None) -> tuple[Sheet, ImportReport]:
    """A table pasted as text (copied out of a PDF, or from Excel with tabs) and the report of
    what was read; UnitMissing as for a file."""
    from ksdesk.interchange.budget_csv import sheet_from_csv_bytes
    from ksdesk.interchange.wrong_intake import BUDGET_INTAKE, refuse_wrong_kind, text_rows

    refuse_wrong_kind(text_rows(text), "Den inklistrade texten", BUDGET_INTAKE)
    report = ImportReport("budgetblad", "inklistrad text", pasted=True)
    data = text.encode("utf-8")
    sheet = guarded(
        lambda: sheet_from_csv_bytes(data, title, report, "inklistrad.txt"), "budgetblad"
    )
    settle_unit(sheet, unit, report)
    return sheet, report


def settle_unit(sheet: Sheet, unit: str | None, report: ImportReport) -> None:
    """The file's own unit, or the one given; never a guess (core/budget_unit.py)."""
    if unit is not None and unit not in UNIT_CHOICES:
        raise InvalidInput(f"Enheten ”{unit}” känns inte igen: välj tkr, mnkr eller kr.")
    if sheet.unit and unit and sheet.unit != unit:
        raise InvalidInput(
            f"Filen anger beloppen i {sheet.unit}, men {unit} angavs. Kontrollera filen; "
            "utelämna --unit för att använda filens enhet."
        )
    if not sheet.unit:
        if unit is None:
            raise UnitMissing(
                f"{report.file} säger inte om beloppen är i kr, tkr eller mnkr (varken i "
                "rubriken, på en rad som ”Belopp i tusen kronor”, i kolumnrubrikerna eller i "
                "filnamnet). Ange enheten: --unit tkr, --unit mnkr eller --unit kr."
            )
        sheet.unit = unit
        report.read.append(f"belopp i {unit} (angivet vid importen)")


def _read_file(path: Path, title: str, report: ImportReport) -> Sheet:
    suffix = path.suffix.lower()
    if not path.is_file():
        raise InvalidInput(f"Filen {path} finns inte.")
    if suffix in (".xlsx", ".xlsm"):
        from ksdesk.interchange.budget_xlsx_read import read_xlsx

        return read_xlsx(path, title, report)
    if suffix in (".csv", ".txt", ".tsv"):
        from ksdesk.interchange.budget_csv import read_csv

        return read_csv(path, title, report)
    if suffix in (".docx", ".docm"):
        from ksdesk.interchange.budget_docx import read_docx

        return read_docx(path, title, report)
    raise InvalidInput(
        f"Filen {path.name} är varken en Excel-arbetsbok (.xlsx), en CSV-fil (.csv) eller ett "
        "Word-dokument (.docx)."
    )


def export_xlsx(sheet: Sheet, path: Path) -> None:
    """Write the sheet as XLSX with formulas for its totals (the economist goes on in Excel)."""
    from ksdesk.core.import_report import scrubbed
    from ksdesk.interchange.budget_xlsx import xlsx_bytes

    write_file(path, xlsx_bytes(scrubbed(sheet)))  # Excel refuses control characters


def write_file(path: Path, data: bytes) -> None:
    """Never a half-written file: the shared save (ksdesk.atomic: temporary file, fsync,
    rename; a Swedish InvalidInput when it cannot be written)."""
    save_as(path, data)


def _validate(sheet: Sheet) -> None:
    if not sheet.title.strip():
        raise InvalidInput("Budgetbladet måste ha en rubrik.")
    headers_count = len(sheet.columns)
    for row in sheet.rows:
        if len(row.cells) != headers_count:
            raise InvalidInput("En rad har fel antal celler; bladet sparades inte.")
