"""Reading an ärendelista from CSV (";", "," or tab; UTF-8, UTF-16 or Windows-1252), XLSX,
text, Word (read as the text Word saves it as, docx_as_text.py) or a kallelse's PDF (read as
the text copied out of it, agenda_pdf.py).

Columns are found by their heading, in any order and case, with the names kommuner use
(Beteckning, Diarienummer and Ärendenummer all mean Dnr) and near matches for typos
(agenda_header.py, which also finds the rubrikrad); only
Ärende is required. A column that means nothing known is named in the report. The file's own
Nr is kept with each row (the service places the items so that they get those numbers). Time
and föredragande written inside the title cell ("Budgetuppföljning kl. 13.15 Anna Ek") are
read out of it when the file has no such columns, and so are a Dnr written after its label and
bilagor listed under the title. The rubrikrad may stand below the document's own heading.
What the rubrikrad says of the rows under it is read in agenda_layout.py. One row made an
ärende (its title, Nr, time, Dnr, heading or not) is read in agenda_item.py;
what else a row of a real list can be (a delpunkt, a heading, § numbers, a list pasted into
one column) in agenda_rows.py, what its title cell carries besides the title in
agenda_title.py. Text pasted from a web page first loses the page's own lines
(agenda_portal.py, and what the page writes under each ärende, agenda_web_items.py), a
title broken over two lines is read as one and a table of contents' pages are cut
(agenda_wrapped.py), and lines after the list's last ärende are reported, not read
(agenda_pasted.py).

Every refusal is an InvalidInput in Swedish naming the row (as the spreadsheet numbers it) and
the column, never a parser's English; nothing is returned half-read.
"""

from __future__ import annotations

import re
from pathlib import Path

from ksdesk.core.chosen_file import unreadable
from ksdesk.core.dnr import parse_dnr, without_label
from ksdesk.core.errors import InvalidInput
from ksdesk.core.import_report import ImportReport, cleaned_cell, count
from ksdesk.interchange import agenda_unnumbered as unnumbered
from ksdesk.interchange.agenda_bilaga_rows import bilaga_row
from ksdesk.interchange.agenda_header import (
    field_of,
    header_at,
    is_rubrikrad,
    with_guessed_header,
)
from ksdesk.interchange.agenda_header_lines import with_headings_whole
from ksdesk.interchange.agenda_item import (
    RowPlace,
    informer_row,
    presenter_row,
    read_item,
)
from ksdesk.interchange.agenda_layout import Layout, read_layout
from ksdesk.interchange.agenda_numbering import Numbering
from ksdesk.interchange.agenda_other_document import refuse_other_document
from ksdesk.interchange.agenda_parts import joins_as_part
from ksdesk.interchange.agenda_pasted_cells import with_cells_a_line
from ksdesk.interchange.agenda_pasted_columns import with_pasted_columns
from ksdesk.interchange.agenda_pasted_layout import with_layout_columns
from ksdesk.interchange.agenda_pdf import in_page_order, is_pdf, pdf_as_text
from ksdesk.interchange.agenda_portal import without_web_page
from ksdesk.interchange.agenda_presenter_column import with_presenter_column
from ksdesk.interchange.agenda_proposal import headings_said_once
from ksdesk.interchange.agenda_ranges import with_runs_apart, without_page_marks
from ksdesk.interchange.agenda_result import AgendaImport
from ksdesk.interchange.agenda_rows import (
    AFTER_LIST,
    heading_across,
    is_first_unnumbered,
    is_procedural_item,
    margin_heading,
    number_first,
    read_nr,
)
from ksdesk.interchange.agenda_secrecy import under_secret_heading
from ksdesk.interchange.agenda_stamps import with_stamped_items
from ksdesk.interchange.agenda_title import (
    presenter_on_detail_line,
    presenter_on_last_line,
    property_first,
)
from ksdesk.interchange.agenda_withdrawn import warn_line, warn_withdrawn, withdrawn_line
from ksdesk.interchange.agenda_wrapped import (
    DNR_UNDER,
    with_wrapped_titles,
    without_bare_pages,
)
from ksdesk.interchange.docx_as_text import docx_as_text, is_docx
from ksdesk.interchange.import_guard import check_chosen
from ksdesk.interchange.sheet_records import list_records

MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 500  # an ärendelista; anything longer is the wrong file


def read_agenda_file(path: Path | str) -> AgendaImport:
    file = check_chosen(path)  # missing, a folder, empty: as every import says it
    try:
        if file.stat().st_size > MAX_BYTES:
            raise InvalidInput(f"{file.name} är för stor för att vara en ärendelista.")
        data = file.read_bytes()
    except OSError as error:
        raise InvalidInput(unreadable(file, error)) from None
    return read_agenda(data, file.name)


def read_agenda(data: bytes, filename: str = "filen") -> AgendaImport:
    """Parse the bytes of a CSV, XLSX, text, Word or PDF file into agenda items (InvalidInput
    on any problem). A Word document is read as the text Word saves it as (docx_as_text), a
    PDF as the text copied out of it (agenda_pdf); the report names their rows as the
    secretary finds them there ("Tabell 1, rad 3", "Sida 2, rad 5")."""
    report = ImportReport("dagordning", filename)
    places: list[str] = []  # each record's place as the document shows it ("Sida 2, rad 5")
    document = is_docx(data) or is_pdf(data)
    if is_docx(data):
        data = docx_as_text(data, filename, report, is_rubrikrad, places)
    elif is_pdf(data):
        data = pdf_as_text(data, filename, report, is_rubrikrad, places)
    rows = list_records(
        data, filename, "ärendelista", MAX_ROWS, lambda line: field_of(line)[0] is not None
    )
    if document:  # a tjänsteskrivelse or protokoll chosen by mistake
        refuse_other_document(rows, filename)
    try:
        result = _items(rows, filename, report)
    except InvalidInput as error:
        raise InvalidInput(_placed(str(error), filename, places)) from None
    result.places = places
    report.rename_rows(places)
    in_page_order(report)
    return result


def _placed(message: str, filename: str, places: list[str]) -> str:
    """A refusal's "rad 12" named as the document shows it ("Tabell 1, rad 3")."""
    found = re.match(rf"{re.escape(filename)}, rad (\d+)", message)
    if not found or not 0 < int(found[1]) <= len(places):
        return message
    return f"{filename}, {places[int(found[1]) - 1].lower()}{message[found.end() :]}"


def _items(rows: list[tuple[int, list[str]]], filename: str, report: ImportReport) -> AgendaImport:
    rows = [(n, r) for n, r in rows if any(cell.strip() for cell in r)]
    if not rows:
        raise InvalidInput(f"{filename} innehåller inga rader.")
    result = AgendaImport(report=report)
    rows = with_layout_columns(with_cells_a_line(rows, result.report), result.report)
    rows = without_web_page(with_stamped_items(rows, result.report), result.report)
    rows = with_runs_apart(without_page_marks(rows, result.report), result.report)
    rows = without_bare_pages(rows, result.report)
    rows = with_wrapped_titles(rows, result.report)
    rows = with_guessed_header(with_headings_whole(rows, result.report), result.report)
    rows = with_pasted_columns(rows, result.report)
    rows = with_presenter_column(rows, result.report)
    at, result.meeting_date = header_at(rows, result.report)
    layout = read_layout(rows[at:], filename, result.report)
    _read_rows(rows[at + 1 : at + 1 + layout.ends], layout, filename, result)
    unnumbered.kinds_under_headings(result, layout.columns)
    for number, cells in rows[at + 1 + layout.ends :]:
        # The report keeps the text on one line (whole_text): empty cells leave no gap.
        result.report.drop(f"Rad {number}", " ".join(cells), AFTER_LIST)
    if not result.items:
        raise InvalidInput(f"{filename} har en rubrikrad men inga ärenden.")
    _once_each(result.report)
    headings_said_once(result.report)
    _summarise(result)
    return result


def _once_each(report: ImportReport) -> None:
    """A line of the report said once: the ärenden a run of paragraphs ("§ 244-272
    Sekretessärenden") became share their row, and their marks with it."""
    for lines in (report.changed, report.warnings):
        lines[:] = list(dict.fromkeys(lines))
    # A Dnr on the line under its title, said so, is not said again as read from the title
    # it was joined to ("Dnr 2023/KS 0126 001 lästes ur ärendecellen").
    under = {
        f"Dnr {without_label(line.text)} lästes ur ärendecellen"
        for line in report.changed
        if line.why == DNR_UNDER
    }
    report.changed[:] = [line for line in report.changed if line.why not in under]


def _read_rows(
    rows: list[tuple[int, list[str]]], layout: Layout, filename: str, result: AgendaImport
) -> None:
    """Each row under the rubrikrad into `result`: its margin's heading, then its ärende (or
    heading row, or bilaga of the ärende above); cells no column reads are reported."""
    report = result.report
    numbering = Numbering()
    nr_texts = [_nr_text(record, layout.columns, layout.in_titles) for _, record in rows]
    unread: dict[int, list[tuple[int, str]]] = {}  # column → (row, text) not read in
    presenter = ""  # named on a row of its own for the ärenden under a heading
    for at, (number, record) in enumerate(rows):
        place = RowPlace(filename, number, report)
        record = [cleaned_cell(cell, report, place.where) for cell in record]
        _keep_unread(record, layout, number, unread)
        if (margin := margin_heading(record, layout.sections_at)) is not None:
            result.add(margin, None, "", number)
        values = _row_values(record, layout, place)
        if bilaga_row(values, result.items, place) or informer_row(values, result.items, place):
            continue
        if not values.get("nr") and (gone := withdrawn_line(values["title"])) is not None:
            warn_line(gone, values["title"], place.where, report)
            continue
        if (found := presenter_row(values, layout.has_nr, place)) is not None:
            presenter, holds_item = found
            if not holds_item:
                continue
        following = nr_texts[at + 1] if at + 1 < len(nr_texts) else ""
        next_nr = read_nr(following) if following else None
        # The list's first row without number, above its "2": its first ärende, no heading.
        next_title = _title_text(rows[at + 1][1], layout) if at + 1 < len(rows) else ""
        opens = at == 0 and not values.get("nr")
        opens = opens and (
            is_first_unnumbered(values["title"], next_nr)
            or unnumbered.opens_before_opening_item(values["title"], next_title, following)
        )
        item, nr = read_item(values, place, layout.has_nr and not opens, next_nr)
        unnumbered.heads_its_kind(item, nr, next_title, next_nr, place.where, report)
        if opens and layout.has_nr and not is_procedural_item(item.title):
            # Växjö's first ärende, its number lost: read as one, and the secretary told.
            why = "står utan nummer först i listan: läses som ett ärende, inte som rubrik"
            report.change(place.where, item.title, why)
        under_secret_heading(item, result.items, place.where, report)
        warn_withdrawn(item, place.where, report)
        if item.is_section:
            presenter = ""  # a heading's föredragande goes with the ärenden under it only
        elif presenter and not item.presenter:
            item.presenter = presenter
        if numbering.joins_above(nr, item, place.where, report):
            continue
        sub = nr.sub if nr else ""
        label = values.get("nr", "") or (f"{sub})" if sub.isalnum() else sub)
        if joins_as_part(nr, item, result, label, place.where, report):
            continue
        if item.is_section and layout.has_nr and not values.get("nr"):
            numbering.event_between(item.title, next_nr, place.where, report)
        result.add(item, numbering.place(nr, item, place.where, report), label, number)
        for warning in parse_dnr(item.dnr).warnings:
            report.warn_sentence(place.where, warning)
    for index, cells in sorted(unread.items()):
        header = layout.header
        report.drop_column(header[index].strip() if index < len(header) else "", cells)


def _row_values(record: list[str], layout: Layout, place: RowPlace) -> dict[str, str]:
    """A row's cells by field, with what its title cell carries read out of it: the number
    first in the title, the föredragande on its last line, a fastighet before it."""
    values = {
        name: (record[index] if index < len(record) else "").strip()
        for name, index in layout.columns.items()
    }
    heading_across(values)
    if layout.in_titles and withdrawn_line(values["title"]) is None:  # "Ärende 3 utgår"
        values["nr"], values["title"] = number_first(values["title"])
        presenter_on_detail_line(values)
    if layout.names_last:
        presenter_on_last_line(values, place.where, place.report)
    property_first(values, place.where, place.report)
    return values


def _keep_unread(
    record: list[str], layout: Layout, number: int, unread: dict[int, list[tuple[int, str]]]
) -> None:
    """Cells under a heading that means nothing known, or right of the rubrikrad's last cell,
    kept for the report (the import never drops content without saying so)."""
    beyond = range(len(layout.header), len(record))
    for index in [*layout.unknown, *beyond]:
        if index < len(record) and record[index].strip():
            unread.setdefault(index, []).append((number, record[index]))


def _summarise(result: AgendaImport) -> None:
    """What was read, for the report's first lines."""
    report = result.report
    sections = sum(1 for i in result.items if i.is_section)
    report.read.append(count(len(result.items) - sections, "ärende", "ärenden"))
    if sections:
        report.read.append(count(sections, "rubrikrad", "rubrikrader"))
    if result.meeting_date:
        report.read.append(f"sammanträdesdatum i filen: {result.meeting_date.isoformat()}")


def _title_text(record: list[str], layout: Layout) -> str:
    """A row's title cell as written, its number first taken off (for looking one row ahead)."""
    at = layout.columns["title"]
    title = record[at].strip() if at < len(record) else ""
    return number_first(title)[1] if layout.in_titles else title


def _nr_text(record: list[str], columns: dict[str, int], in_titles: bool) -> str:
    """The Nr a row has, as written (for looking one row ahead)."""
    if in_titles:
        title = record[columns["title"]] if columns["title"] < len(record) else ""
        return number_first(title)[0]
    at = columns.get("nr")
    return record[at].strip() if at is not None and at < len(record) else ""
