"""The web edition of the packet's tables: a budget sheet and the list of delegationsbeslut
anmälda at the meeting (the delegationsordning: web/delegationsordning.py). Same cells as
paper (reports/budget_pdf, delegationsbeslut_pdf): a budget sheet's amounts through
core.format, its column widths as paper fits them; every header row a row of header cells
that comes back on each page."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from ksdesk.core.budget import Sheet, unit_line
from ksdesk.core.budget_check_result import HEADER_ROW
from ksdesk.core.delegation import (
    Delegationsbeslut,
)
from ksdesk.core.delegationsbeslut_print import printed_text
from ksdesk.core.findings import Finding
from ksdesk.core.format import format_date, format_date_long
from ksdesk.core.meeting import Sammantrade
from ksdesk.core.organ import Organ
from ksdesk.reports.budget_layout import (
    cell_texts,
    finding_marks,
    fit_columns,
    header_unit,
    heading_reach,
    measure,
    squeezed,
)
from ksdesk.reports.delegationsbeslut_pdf import HEADERS as ANMALAN_HEADERS
from ksdesk.reports.delegationsbeslut_pdf import WIDTHS_MM as ANMALAN_WIDTHS
from ksdesk.reports.delegationsbeslut_pdf import punkt_text
from ksdesk.reports.uppfoljning_pdf import ListDocument
from ksdesk.reports.web.handlingar import heading, title
from ksdesk.reports.web.model import Block, Cell, Heading, Para, Run, Table

ROW_STYLE = {"total": {"bold": True}, "subtotal": {"bold": True}}


def budget_blocks(
    sheet: Sheet,
    width: float,
    level: int,
    with_title: bool = True,
    anchor: str = "",
    findings: Sequence[Finding] | None = None,
) -> list[Block]:
    """Title, caption, unit and the table, its columns as paper fits them to `width` points;
    with `findings`, the cells marked with paper's letters and the findings listed after the
    table, as paper prints them (reports/budget_pdf)."""
    blocks: list[Block] = []
    if with_title:  # a bilaga of its own (an anchor) is titled as large as on paper
        blocks = title(sheet.title, level, anchor) if anchor else heading(sheet.title, level)
    if sheet.caption.strip():
        blocks.append(Para(sheet.caption.strip(), "small"))
    blocks.append(Para(unit_line(sheet), "small"))
    texts = cell_texts(sheet)
    metrics = measure(sheet, texts)
    layout = fit_columns(sheet, width, metrics=metrics) or squeezed(sheet, width, metrics)
    marks = finding_marks(findings or [])
    header = []
    for c, column in enumerate(sheet.columns):
        runs = [Run(column.header.strip())]
        if (HEADER_ROW, c) in marks:
            runs.append(Run(f" {marks[(HEADER_ROW, c)]}", small=True))
        unit = header_unit(sheet, column)
        if unit:
            runs += [Run("\n"), Run(unit, small=True)]
        header.append(Cell(tuple(runs), align="right" if column.is_numeric else "left", bold=True))
    rows, shaded = [], []
    for index, (row, line) in enumerate(zip(sheet.rows, texts, strict=True)):
        style = ROW_STYLE.get(row.kind, {})
        if row.kind == "heading":
            shaded.append(index)
        cells = [
            Cell(
                _marked(text, row.kind == "heading", marks.get((index, c))),
                align="right" if column.is_numeric else "left",
                **style,
            )
            for c, (text, column) in enumerate(zip(line, sheet.columns, strict=True))
        ]
        last = heading_reach(row.kind, line, [None] * len(line))
        if last:  # the heading across the empty cells beside it, as on paper
            cells[: last + 1] = [replace(cells[0], colspan=last + 1)]
        rows.append(tuple(cells))
    table = Table(
        tuple(layout.widths),
        (tuple(header),),
        tuple(rows),
        layout.font_size,
        tuple(shaded),
        points=True,
    )
    return [*blocks, table, *_findings_blocks(findings, marks, level)]


def _marked(text: str, italic: bool, mark: str | None) -> tuple[Run, ...] | str:
    """A cell's text, and the letter of the finding about it (small, after the amount)."""
    runs = (Run(text, italic=italic),) if text else ()
    return (*runs, Run(f" {mark}", small=True)) if mark else runs or ""


def _findings_blocks(
    findings: Sequence[Finding] | None, marks: dict[tuple[int, int], str], level: int
) -> list[Block]:
    if findings is None:
        return []
    blocks: list[Block] = heading("Kontroll av summorna", level + 1)
    if not findings:
        return [*blocks, Para("Alla summor stämmer med raderna och kolumnerna.", "small")]
    for finding in findings:
        mark = marks[(finding.row, finding.column)]
        label = Run(f"{finding.severity.label}.", bold=True)
        blocks.append(Para((Run(f"{mark} "), label, Run(f" {finding.message}")), "small"))
    return blocks


def anmalan_blocks(
    decisions: list[Delegationsbeslut],
    meeting: Sammantrade,
    organ: Organ,
    cutoff: date,
    level: int = 2,
    anchor: str = "",
) -> list[Block]:
    """The list of delegationsbeslut anmälda at the meeting (reports/delegationsbeslut_pdf)."""
    blocks: list[Block] = [
        *title("Anmälan av delegationsbeslut", level, anchor),
        Para(
            f"{organ.name}, sammanträdet {format_date_long(meeting.date)}. Beslut som kommit "
            f"in senast {format_date(cutoff)} och inte anmälts tidigare."
        ),
    ]
    if not decisions:
        return [*blocks, Para("Inga delegationsbeslut att anmäla.")]
    rows = tuple(
        (
            Cell(format_date(b.date)),
            Cell(b.dnr.strip()),
            Cell(printed_text(b).strip()),
            Cell(b.delegat.strip()),
            Cell(punkt_text(b)),
        )
        for b in decisions
    )
    header = (tuple(Cell(h, bold=True) for h in ANMALAN_HEADERS),)
    count = "1 beslut" if len(decisions) == 1 else f"{len(decisions)} beslut"
    return [
        *blocks,
        Table(tuple(float(w) for w in ANMALAN_WIDTHS), header, rows),
        Para(f"Totalt {count}.", "small"),
    ]


def list_blocks(document: ListDocument, level: int = 2, anchor: str = "") -> list[Block]:
    """Uppföljning av beslut, Redovisning av motioner och medborgarförslag: the paper's lists
    (reports/uppfoljning_pdf), each titled table with its marked rows bold on yellow."""
    blocks: list[Block] = [*title(document.title, level, anchor), Para(document.intro)]
    for lista in document.lists:
        blocks.append(Heading(lista.rubrik, level + 1))
        if not lista.rows:
            blocks.append(Para(lista.tom))
            continue
        header = (tuple(Cell(h, bold=True) for h in lista.headers),)
        rows = tuple(
            tuple(
                Cell(text, bold=index in lista.marked, mark=index in lista.marked) for text in row
            )
            for index, row in enumerate(lista.rows)
        )
        blocks.append(Table(tuple(float(w) for w in lista.widths_mm), header, rows))
    blocks += [Para(note, "small") for note in document.notes]
    return blocks
