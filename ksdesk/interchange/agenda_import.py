"""Reading an ärendelista from CSV (";", "," or tab; UTF-8, UTF-16 or Windows-1252) or XLSX.

Columns are found by their heading, in any order and case, with the names kommuner use
(Beteckning, Diarienummer and Ärendenummer all mean Dnr) and near matches for typos
(agenda_header.py, which also finds the rubrikrad); only
Ärende is required. A column that means nothing known is named in the report. The file's own
Nr is kept with each row (the service places the items so that they get those numbers). Time
and föredragande written inside the title cell ("Budgetuppföljning kl. 13.15 Anna Ek") are
read out of it when the file has no such columns, and so are a Dnr written after its label and
bilagor listed under the title. The rubrikrad may stand below the document's own heading.
What else a row of a real list can be (a delpunkt, a heading, § numbers, a list pasted into
one column) is read in agenda_rows.py, what its title cell carries besides the title in
agenda_title.py.

Every refusal is an InvalidInput in Swedish naming the row (as the spreadsheet numbers it) and
the column, never a parser's English; nothing is returned half-read.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from ksdesk.core.dnr import parse_dnr, without_label
from ksdesk.core.errors import InvalidInput
from ksdesk.core.format import FormatError
from ksdesk.core.import_report import ImportReport, cleaned_cell, count
from ksdesk.core.meeting import Arende, Bilaga
from ksdesk.core.meeting_agenda import normalise_time_slot
from ksdesk.interchange.agenda_header import (
    COLUMNS,
    LABELS,
    field_of,
    header_at,
    header_map,
    with_guessed_header,
)
from ksdesk.interchange.agenda_rows import (
    Numbering,
    RowNumber,
    bilaga_line,
    is_first_unnumbered,
    is_heading,
    is_heading_label,
    is_numbered_heading,
    is_opening_item,
    number_first,
    numbers_in_titles,
    read_nr,
    section_column,
    sub_in_title,
    without_page,
)
from ksdesk.interchange.agenda_secrecy import read_secrecy, under_secret_heading
from ksdesk.interchange.agenda_title import (
    from_title,
    presenter_on_last_line,
    property_first,
    title_bilagor,
)
from ksdesk.interchange.sheet_records import list_records

MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 500  # an ärendelista; anything longer is the wrong file

# "Beslut", "Beslutsärende", "Information", "Info", "Anmälan", "Anmälningsärende".
_KINDS = (("besl", "beslut"), ("info", "information"), ("anm", "anmalan"))


@dataclass
class AgendaImport:
    items: list[Arende] = field(default_factory=list)
    numbers: list[int | None] = field(default_factory=list)  # the file's Nr of each item
    labels: list[str] = field(default_factory=list)  # that Nr as written ("§ 63/20", "b)")
    rows: list[int] = field(default_factory=list)  # the file's row of each item
    meeting_date: dt.date | None = None  # the date in the document's heading, if any
    report: ImportReport = field(default_factory=lambda: ImportReport("dagordning", ""))

    @property
    def warnings(self) -> list[str]:
        return [line.sentence() for line in self.report.warnings]


def read_agenda_file(path: Path | str) -> AgendaImport:
    file = Path(path)
    try:
        if file.stat().st_size > MAX_BYTES:
            raise InvalidInput(f"{file.name} är för stor för att vara en ärendelista.")
        data = file.read_bytes()
    except OSError as error:
        raise InvalidInput(f"Kunde inte läsa {file}: {error.strerror or error}.") from None
    return read_agenda(data, file.name)


def read_agenda(data: bytes, filename: str = "filen") -> AgendaImport:
    """Parse the bytes of a CSV or XLSX file into agenda items (InvalidInput on any problem)."""
    rows = list_records(
        data, filename, "ärendelista", MAX_ROWS, lambda line: field_of(line)[0] is not None
    )
    return _items(rows, filename)


def _items(rows: list[tuple[int, list[str]]], filename: str) -> AgendaImport:
    rows = [(n, r) for n, r in rows if any(cell.strip() for cell in r)]
    if not rows:
        raise InvalidInput(f"{filename} innehåller inga rader.")
    result = AgendaImport(report=ImportReport("dagordning", filename))
    report = result.report
    rows = with_guessed_header(rows, report)
    at, result.meeting_date = header_at(rows, report)
    rows = rows[at:]
    header_row, header = rows[0]
    columns = header_map(header, header_row, filename, report)
    _unheaded_nr(header, rows[1:], columns, report)
    sections_at = section_column(header, rows[1:], columns, report)
    unknown = [i for i, c in enumerate(header) if i not in columns.values() and i != sections_at]
    in_titles = "nr" not in columns and numbers_in_titles(
        [r[columns["title"]] if columns["title"] < len(r) else "" for _, r in rows[1:]]
    )
    if in_titles and header_row:  # a list without rubrikrad was named so already
        report.change("Rubrikraden", "numren först i ärendecellerna", "lästes som Nr")
    # "Ärende/Föredragande": who presents it stands on the title cell's last line.
    names_last = "presenter" not in columns and _names_presenter(header[columns["title"]])
    numbering = Numbering()
    nr_texts = [_nr_text(record, columns, in_titles) for _, record in rows[1:]]
    unread: dict[int, list[tuple[int, str]]] = {}  # column → (row, text) not read in
    for at, (number, record) in enumerate(rows[1:]):
        where = f"Rad {number}"
        record = [cleaned_cell(cell, report, where) for cell in record]
        values = {
            name: (record[index] if index < len(record) else "").strip()
            for name, index in columns.items()
        }
        beyond = range(len(header), len(record))  # cells right of the rubrikrad's last
        for index in [*unknown, *beyond]:
            if index < len(record) and record[index].strip():
                unread.setdefault(index, []).append((number, record[index]))
        margin = sections_at is not None and sections_at < len(record)
        if margin and (section := record[sections_at]).strip():
            # "Individ och familj" beside the first ärende of its group: a heading before it.
            # Two lines in the margin ("Barnomsorg" / "Utbildning") are two names, not a phrase.
            names = [" ".join(line.split()) for line in section.splitlines() if line.strip()]
            result.items.append(Arende(" / ".join(names), is_section=True))
            result.numbers.append(None)
            result.labels.append("")
            result.rows.append(number)
        if in_titles:
            values["nr"], values["title"] = number_first(values["title"])
        if names_last:
            presenter_on_last_line(values, where, report)
        property_first(values, where, report)
        if _bilaga_row(values, result.items, where, report):
            continue
        next_nr = read_nr(nr_texts[at + 1]) if at + 1 < len(nr_texts) and nr_texts[at + 1] else None
        # The list's first row without number, above its "2": its first ärende, no heading.
        opens = at == 0 and not values.get("nr") and is_first_unnumbered(values["title"], next_nr)
        has_nr = ("nr" in columns or in_titles) and not opens
        item, nr = _item(values, number, filename, has_nr, report, next_nr)
        under_secret_heading(item, result.items, where, report)
        result.items.append(item)
        result.numbers.append(numbering.place(nr, item, where, report))
        result.labels.append(values.get("nr", "") or (f"{nr.sub})" if nr and nr.sub else ""))
        result.rows.append(number)
        for warning in parse_dnr(item.dnr).warnings:
            report.warn(where, warning)
    for index, cells in sorted(unread.items()):
        report.drop_column(header[index].strip() if index < len(header) else "", cells)
    if not result.items:
        raise InvalidInput(f"{filename} har en rubrikrad men inga ärenden.")
    sections = sum(1 for i in result.items if i.is_section)
    report.read.append(count(len(result.items) - sections, "ärende", "ärenden"))
    if sections:
        report.read.append(count(sections, "rubrikrad", "rubrikrader"))
    if result.meeting_date:
        report.read.append(f"sammanträdesdatum i filen: {result.meeting_date.isoformat()}")
    return result


def _names_presenter(heading: str) -> bool:
    """ "Ärende/Föredragande", "Ärende / föredragande": a heading naming both."""
    parts = [p.strip() for p in re.split(r"[/,]|\boch\b", heading)[1:]]
    return any(COLUMNS.field_of(p)[0] == "presenter" for p in parts if p)


def _nr_text(record: list[str], columns: dict[str, int], in_titles: bool) -> str:
    """The Nr a row has, as written (for looking one row ahead)."""
    if in_titles:
        title = record[columns["title"]] if columns["title"] < len(record) else ""
        return number_first(title)[0]
    at = columns.get("nr")
    return record[at].strip() if at is not None and at < len(record) else ""


def _unheaded_nr(
    header: list[str],
    rows: list[tuple[int, list[str]]],
    columns: dict[str, int],
    report: ImportReport,
) -> None:
    """A column without heading that holds only numbers is the Nr column (a kallelse's table
    copied into a sheet has no heading over its numbers)."""
    if "nr" in columns:
        return
    for index, cell in enumerate(header):
        if cell.strip() or index in columns.values():
            continue
        cells = [r[index].strip() for _, r in rows if index < len(r) and r[index].strip()]
        if cells and all(getattr(read_nr(c), "number", None) is not None for c in cells):
            columns["nr"] = index
            report.change("Rubrikraden", "kolumnen utan rubrik", "lästes som Nr")
            return


def _bilaga_row(
    values: dict[str, str], items: list[Arende], where: str, report: ImportReport
) -> bool:
    """ "Bilaga 1: Karta" on a row of its own, under an ärende: that ärende's bilaga."""
    if values.get("nr") or values.get("dnr") or not items or items[-1].is_section:
        return False
    found = bilaga_line(values.get("title", ""))
    if found is None:
        return False
    items[-1].bilagor.append(Bilaga(title=found[1], nr=found[0]))
    report.change(where, values["title"], "lästes som bilaga till ärendet ovan (utan fil)")
    return True


def _item(
    values: dict[str, str],
    row: int,
    filename: str,
    has_nr: bool,
    report: ImportReport,
    next_nr: RowNumber | None = None,
) -> tuple[Arende, RowNumber | None]:
    def refuse(column: str, message: str) -> InvalidInput:
        return InvalidInput(f"{filename}, rad {row}, kolumn {LABELS[column]}: {message}")

    title = values.get("title", "").replace("\r\n", "\n").strip()
    if not title:
        raise refuse("title", "ärendet saknar rubrik.")
    if (paged := without_page(title)) != title:
        report.change(
            f"Rad {row}", title, "sidnumret efter rubriken (innehållsförteckning) togs bort"
        )
        title = paged
    nr_text = values.get("nr", "").strip()
    heading_label = is_heading_label(nr_text) and is_heading(title)
    nr = None if heading_label else (read_nr(nr_text) if nr_text else None)
    if nr_text and nr is None and not heading_label:
        raise refuse("nr", f"”{nr_text}” är inget nummer.")
    if nr and nr.code:
        why = "är en beteckning, inget nummer: ärendet numreras efter sin plats i listan"
        report.change(f"Rad {row}", nr_text, why)
    if not nr_text and (sub := sub_in_title(title)):
        nr, title = RowNumber(None, sub[0]), sub[1]
    title, bilagor = title_bilagor(title, f"Rad {row}", report)
    title = from_title(title, values, f"Rad {row}", report)
    secrecy = read_secrecy(title, values.get("secrecy", ""), f"Rad {row}", report)
    title = secrecy.title
    time_text = re.sub(r"^(?:ca\.?|cirka|omkring)\s*", "", values.get("time_slot", ""), flags=re.I)
    if time_text != values.get("time_slot", ""):
        report.change(f"Rad {row}", values["time_slot"], "läses som en tid (ungefärlig)")
    try:
        slot = normalise_time_slot(time_text)
    except FormatError as error:
        raise refuse("time_slot", str(error)) from None
    dnr = " ".join(values.get("dnr", "").split())
    number = without_label(dnr)
    if number != dnr:  # "Dnr 106-156/2013" in the Dnr column: print the number
        label = dnr[: len(dnr) - len(number)].strip()
        report.change(f"Rad {row}", dnr, f"”{label}” framför diarienumret togs bort")
        dnr = number
    bare = not dnr and not secrecy.secret
    bare = bare and not any(values.get(k) for k in ("presenter", "time_slot", "proposal"))
    # A heading row: a word naming a group of ärenden, or in a numbered list a row without
    # number, Dnr or anything else that is not one of the opening items lists leave unnumbered.
    section = bare and (
        heading_label
        or is_numbered_heading(nr, title, next_nr)
        or (
            not nr_text
            and not (nr and nr.sub)
            and (is_heading(title) or (has_nr and not is_opening_item(title)))
        )
    )
    if section and nr_text:
        report.change(
            f"Rad {row}", f"{nr_text} {title}", "är en rubrikrad med nummer, inget ärende"
        )
    typed = values.get("kind", "").strip().lower()
    kind = next((k for start, k in _KINDS if typed.startswith(start)), "")
    item = Arende(
        title=" ".join(title.split()),
        dnr=dnr,
        is_section=section,
        presenter=" ".join(values.get("presenter", "").split()),
        time_slot=slot,
        proposal=values.get("proposal", "").replace("\r\n", "\n").strip(),
        secret=secrecy.secret,
        secrecy_ref=secrecy.ref,
    )
    if kind:
        item.kind = kind
    item.bilagor = bilagor
    return item, nr
