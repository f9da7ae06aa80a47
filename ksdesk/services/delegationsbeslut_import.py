"""Importing the list of delegationsbeslut the diarium exports into the register.

`read_file` reads the list and decides, row by row, what would be registered, without writing:
a row already in the register (same Dnr, date and text) is skipped, so that next month's export
that overlaps this month's doubles nothing; a row without date, text, Dnr or beslutsfattare is
reported, not saved; everything else goes through the same checks as a decision typed in the
dialog (delegationsbeslut.preview), except that a point the version in force lacks is saved
with a warning (the diarium's record is kept; the secretary corrects the point afterwards).
`save` registers the rows read in one transaction; `import_file` does both, or only the first
(`dry_run`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from ksdesk.core.delegation import Delegationsbeslut
from ksdesk.core.dnr import same_dnr
from ksdesk.core.errors import InvalidInput
from ksdesk.core.import_report import ImportReport, count
from ksdesk.core.listing import and_listed
from ksdesk.core.lookalike import search_key
from ksdesk.core.near_names import closest_organ, did_you_mean
from ksdesk.core.topics import Topic
from ksdesk.core.written_dates import format_date
from ksdesk.db import delegationsbeslut_repo
from ksdesk.db.connection import Store
from ksdesk.interchange.beslut_inline import read_inline
from ksdesk.interchange.beslut_list import read_beslut_file
from ksdesk.interchange.beslut_rows import BeslutFill, BeslutRow, where_order
from ksdesk.interchange.beslut_secrecy import SECRET_TEXT, keep_secret
from ksdesk.interchange.beslut_year import year_from
from ksdesk.interchange.import_guard import guarded
from ksdesk.services import delegationsbeslut, delegationsbeslut_late
from ksdesk.services.delegationsbeslut import BeslutInput

SUFFIXES = (".xlsx", ".csv", ".txt", ".pdf")
FILL_TITLE = "Fyll i det som saknas"  # the import dialog's button that fills such rows
FILL_DATE, FILL_DNR, FILL_DELEGAT = "beslutsdatum", "diarienummer", "beslutsfattare"
ITEM_DNR = "ärendets, som står över listans rubrik"


@dataclass
class PlannedBeslut:
    where: str  # "Rad 12"
    data: BeslutInput
    preview: Delegationsbeslut  # as it would be stored


@dataclass
class LackingRow:
    """A row not saved for what the secretary can fill in: the import dialog's table row."""

    where: str  # "Rad 12, punkt B": the key of its values in BeslutFill.rows
    text: str
    lacks: list[str]  # FILL_*
    read: dict[str, str]  # FILL_* → what the list has ("" where it lacks it)


@dataclass
class BeslutImport:
    report: ImportReport
    planned: list[PlannedBeslut] = field(default_factory=list)
    saved: list[Delegationsbeslut] = field(default_factory=list)
    # What rows not saved lack and the secretary can fill in (FILL_*), and those rows.
    fillable: list[str] = field(default_factory=list)
    lacking: list[LackingRow] = field(default_factory=list)
    # The agenda item's Dnr printed over the list's heading, when it names several: one is
    # picked for each row (interchange.beslut_item_dnr).
    dnr_choices: list[str] = field(default_factory=list)


def read_file(
    store: Store, path: Path | str, organ: str = "", fill: BeslutFill | None = None
) -> BeslutImport:
    """The rows of the list that would be registered, and the report (nothing is written).
    `organ`: the nämnd the decisions are reported to, for rows whose file does not say;
    `fill`: what the secretary gave for the rows that lack it."""
    path = Path(path)
    from ksdesk.interchange.wrong_intake import BESLUT_INTAKE, check_file

    listed = guarded(lambda: read_beslut_file(path), "lista över delegationsbeslut", path.name)
    # Read first: its own refusals say what a list needs; a delegationsordning whose table
    # gave a row or two is refused as one.
    guarded(lambda: check_file(path, BESLUT_INTAKE), "lista över delegationsbeslut", path.name)
    result = BeslutImport(listed.report)
    item_dnr = listed.item_dnrs[0] if len(listed.item_dnrs) == 1 else ""
    if len(listed.item_dnrs) > 1:
        result.dnr_choices = list(listed.item_dnrs)
    organ = _organ_meant(store, organ, result.report)
    register = delegationsbeslut_repo.list_all(store)
    year = year_from(listed.head_date, dt.date.today())
    for row in listed.rows:
        row = keep_secret(read_inline(row, result.report, year), result.report)
        if fill is not None:
            fill.apply(row, result.report)
        if item_dnr and not row.dnr:  # the one Dnr over the heading: the item's, the row's
            row.dnr = item_dnr
            result.report.change(row.where, row.text, f"diarienummer {item_dnr}: {ITEM_DNR}")
        planned = _plan_row(store, row, organ, register, result)
        if planned is not None:
            result.planned.append(planned)
    _summarise(store, result, len(listed.rows))
    return result


def _organ_meant(store: Store, organ: str, report: ImportReport) -> str:
    """The nämnd the list's decisions are reported to, as it is named here. A name close to
    one of this file's organs is a misspelling, refused: the decisions would otherwise be
    filed as another nämnd's and never reach the board's anmälan. Another nämnd's name is
    taken, with a line in the report."""
    if not organ.strip():
        return organ
    own = delegationsbeslut.own_organ_name(store, organ)
    if own is not None:
        return own
    names, _others = delegationsbeslut.organ_names(store)
    near = closest_organ(organ, names)
    if near is not None:
        raise InvalidInput(
            f"Nämnden ”{organ.strip()}” finns inte i databasen. {did_you_mean(near)} "
            "Skriv namnet som det står under Nämndens inställningar."
        )
    report.warn(
        "Nämnd",
        organ.strip(),
        f"är ingen av nämnderna i databasen ({', '.join(names)}): besluten registreras som "
        "en annan nämnds och anmäls inte vid något av sammanträdena här",
    )
    return organ.strip()


def _plan_row(
    store: Store,
    row: BeslutRow,
    organ: str,
    register: list[Delegationsbeslut],
    result: BeslutImport,
) -> PlannedBeslut | None:
    report = result.report
    # A date that was read is shown as the secretary writes it ("2020-11-03"), not with the
    # time of day the diarium adds; one that could not be read is shown as the file has it.
    written = format_date(row.date) if row.date is not None else row.date_text
    shown = " | ".join(x for x in (row.dnr, written, row.text) if x) or "(tom rad)"
    missing, fillable = _missing(row)
    if missing:
        report.drop(row.where, shown, missing)
        result.fillable.extend(f for f in fillable if f not in result.fillable)
        if fillable:
            read = {FILL_DATE: row.date_text, FILL_DNR: row.dnr, FILL_DELEGAT: row.delegat}
            result.lacking.append(LackingRow(row.where, row.text, fillable, read))
        return None
    assert row.date is not None  # _missing refused a row without one
    earlier = [p.preview for p in result.planned]
    if _same_decision(row, register):
        report.drop(row.where, shown, "finns redan i registret: hoppas över")
        return None
    if _same_decision(row, earlier):
        report.drop(row.where, shown, "står redan på en rad ovanför i filen: hoppas över")
        return None
    data = BeslutInput(
        dnr=row.dnr,
        date=row.date,
        delegat=row.delegat,
        beslut=row.text,
        punkt=row.punkt,
        received=row.received,  # none: it comes in today, as one typed in the dialog
        organ=row.organ or organ,
        handlaggare=row.handlaggare,
        forvaltning=row.forvaltning,
        beskrivning=row.beskrivning,
        sekretess=row.sekretess,
        loose_point=True,
    )
    try:
        checked = delegationsbeslut.preview(store, data)
    except InvalidInput as error:
        report.drop(row.where, shown, f"{error} Sparas inte")
        return None
    if row.received_text and row.received is None:
        report.warn(
            row.where,
            shown,
            f"inkomstdatumet ”{row.received_text}” kan inte läsas: dagens datum används",
        )
    for warning in checked.warnings:
        # The warning goes in `why`, which is never shortened; the row is the text.
        if not warning.startswith(f"Diarienumret {checked.beslut.dnr} finns redan"):
            report.warn(row.where, shown, warning)
        else:  # the same ärende often has several decisions: worth a line, not an alarm
            report.change(row.where, shown, warning)
    return PlannedBeslut(row.where, data, checked.beslut)


def _missing(row: BeslutRow) -> tuple[str, list[str]]:
    """What the row lacks that a decision must have, all of it in one sentence: a list
    written as text often names neither Dnr nor delegat, and the secretary should not learn
    of the second only after adding the first. With it, what the import can fill in."""
    if row.date_text and row.date is None:
        return (
            f"beslutsdatumet ”{row.date_text}” kan inte läsas som ett datum: sparas inte; "
            f"fyll i beslutsdatum under ”{FILL_TITLE}” eller i listan"
        ), [FILL_DATE]
    lacking = [
        name
        for name, value in (
            (FILL_DATE, row.date_text),
            ("text om vad som beslutades", row.text),
            (FILL_DNR, row.dnr),
            (FILL_DELEGAT, row.delegat),
        )
        if not value
    ]
    if not lacking:
        return "", []
    said = f"{and_listed(lacking)} saknas" + ("" if row.text else " (Rubrik och Beslut är tomma)")
    # The fields the import can fill for every row that lacks them (the text is the row's own).
    fillable = [n for n in lacking if n != "text om vad som beslutades"]
    if not (fillable and row.text):
        return f"{said}: sparas inte", []
    said += f": sparas inte; fyll i {and_listed(fillable)} under ”{FILL_TITLE}” eller i listan"
    return said, fillable


def _same_decision(row: BeslutRow, among: list[Delegationsbeslut]) -> Delegationsbeslut | None:
    """The decision of `among` with the row's Dnr, date and text (the text as searched:
    case, spacing and look-alike letters do not make another decision)."""
    text = search_key(row.text)
    for beslut in among:
        same_text = search_key(beslut.beslut) == text
        if row.text == SECRET_TEXT:  # two the list wrote "Sekretess" differ by the cells kept
            same_text = same_text and beslut.beskrivning == row.beskrivning.strip()
        if same_text and beslut.date == row.date and same_dnr(beslut.dnr, row.dnr):
            return beslut
    return None


def _summarise(store: Store, result: BeslutImport, rows: int) -> None:
    # The reader and the checks report in turn; the secretary reads the file from the top.
    report = result.report
    for lines in (report.dropped, report.changed, report.warnings):
        lines.sort(key=lambda line: where_order(line.where))
    planned = len(result.planned)
    line = f"{count(planned, 'beslut', 'beslut')} att registrera"
    if rows > planned:  # "0 rader hoppas över" would only make the secretary look for them
        line += f", {count(rows - planned, 'rad', 'rader')} hoppas över eller sparas inte"
    result.report.read.append(line)
    # Which meeting they go to: a list read in after the cut-off is not lost without a word.
    decided = [p.preview for p in result.planned]
    held, decided = delegationsbeslut_late.probably_reported(store, decided)  # walk37 #10
    result.report.read.extend(held + delegationsbeslut.where_reported(store, decided))


def save(store: Store, plan: BeslutImport) -> list[Delegationsbeslut]:
    """Register every planned row, all or none (the checks run again, inside the
    transaction). Returns the decisions as stored, with their ids."""
    with store.atomic():
        saved = [delegationsbeslut.register(store, p.data).beslut for p in plan.planned]
    plan.saved = saved
    plan.report.saved = True
    return saved


def import_file(
    store: Store,
    path: Path | str,
    organ: str = "",
    *,
    fill: BeslutFill | None = None,
    dry_run: bool = False,
) -> BeslutImport:
    """Read the list and register its new decisions; with `dry_run`, only read and report."""
    plan = read_file(store, path, organ, fill)
    if not dry_run:
        save(store, plan)
    return plan


def put_all(store: Store, ids: list[int], decisions: list[Delegationsbeslut] | None) -> Topic:
    """Undo/redo of an import: the imported decisions removed (None) or back as they were."""
    with store.atomic():
        for at, beslut_id in enumerate(ids):
            delegationsbeslut.put(store, beslut_id, None if decisions is None else decisions[at])
    return Topic.DELEGATION
