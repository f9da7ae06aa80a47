"""Three more real tables, and every real table of the tests as text pasted out of the PDF.

The tables (real figures, layouts the other files do not have):

- Lund, resultatbudget 2023–2025 in miljoner kronor: whole millions grouped by a space
  ("-10 296"), so in text copied out of a PDF "1 868 1 929 1 913" is five figures or three; a
  Not column filled on three rows only; Bokslut and Plan years side by side; a percent row
  ("Årets resultat i procent av …", "8,1 %") under the results.
  https://lund.se/rapporter/ekonomi--och-verksamhetsplan/ekonomisk-beskrivning/resultatbudget
  (the page's figures run together in the stored copy; split here by the page's own sums)
- Investeringsbudget 2022 med plan 2023–2024 (Tabell 1, "Investeringar och exploateringar"),
  tkr: seven columns of whole thousands, a "Period" column that is the sum of the four budget
  years, a "därav:" row written "- 6 000" (a space after the minus), the year under each
  heading ("Budget" over "2019").
  https://5dok.org/document/zlgj68k2-med-plan.html (the kommun is not named in the stored
  excerpt; the unit line is ours, the header "Period 2019-\\n2022" is written "Period\\n2019-2022")
- Åmål, driftbudget 2021–2022 with prognoses for 2023–2025, in tusen kronor (said in the
  caption above the table only): whole thousands, most nämnder with figures in the two budget
  years alone and empty prognosis years, one row in all five; no heading over the label
  column; "Budget-\\nprognos för 2023" broken at its hyphen.
  https://www.amal.se/fakta-om-amal/resultat-och-kvalitet/kommunens-ekonomi/kommunens-budget/
  (the "Summa nämnder" row is ours: the page's table goes on past the stored excerpt)

Text pasted out of a PDF viewer, in the three shapes viewers give (see
ksdesk/interchange/budget_paste.py): a line per row with single spaces, a line per row laid
out in columns (pdftotext -layout), and each cell on a line of its own. A header cell broken
over two lines in the table ("BUDGET\\n2020") comes as two lines, as a viewer copies it.
"""

from __future__ import annotations

import re
from pathlib import Path

from .real_budget_files import Table, cells, header_rows

LUND_RESULTATBUDGET_2023 = Table(
    "lund-resultatbudget-2023",
    "https://lund.se/rapporter/ekonomi--och-verksamhetsplan/ekonomisk-beskrivning/resultatbudget",
    "mnkr",
    (
        "Resultatbudget i miljoner kronor",
        "Fördelning av resultatbudget;Not;Bokslut 2021;Bokslut 2022;Bokslut 2023;Plan 2024;"
        "Plan 2025",
        "Verksamhetens intäkter;;1 868;1 929;1 913;1 959;2 006",
        "Verksamhetens kostnader;;-8 490;-8 992;-9 518;-9 932;-10 296",
        "Avskrivningar;;-439;-415;-409;-416;-410",
        "Jämförelsestörande poster;;56;0;0;0;0",
        "Verksamhetens nettokostnad;;-7 005;-7 479;-8 014;-8 389;-8 700",
        "Skatteintäkter;;6 363;6 526;7 003;7 319;7 621",
        "Generella statsbidrag och utjämning;1;1 009;954;980;1 038;1 086",
        "Verksamhetens resultat;;367;2;-31;-32;8",
        "Finansiella intäkter;2;189;206;171;178;185",
        "Finansiella kostnader;3;-33;-59;-164;-144;-172",
        "Finansiella jämförelsestörande poster;;75;0;0;0;0",
        "Resultat före extraordinära poster;;598;150;-23;2;21",
        "Årets resultat;;598;150;-23;2;21",
        "Årets resultat i procent av skatteintäkter, generella statsbidrag och utjämning;;"
        "8,1 %;2,0 %;-0,3 %;0,0 %;0,2 %",
    ),
    checked=(
        "Verksamhetens nettokostnad",
        "Verksamhetens resultat",
        "Resultat före extraordinära poster",
    ),
    published_rounding=(
        ("Verksamhetens nettokostnad", "Bokslut 2022"),
        ("Verksamhetens resultat", "Plan 2025"),
        ("Resultat före extraordinära poster", "Bokslut 2022"),
        ("Resultat före extraordinära poster", "Bokslut 2023"),
    ),
    change=("Avskrivningar", "Plan 2024", "-446", "Verksamhetens nettokostnad"),
)

INVESTERINGAR_2022 = Table(
    "investeringar-2022",
    "https://5dok.org/document/zlgj68k2-med-plan.html",
    "tkr",
    (
        "Tabell 1. Investeringar och exploateringar under 2019 – 2022, planeringsår 2023-2024",
        "Belopp i tkr",
        "Investeringar och exploateringar;Budget\n2019;Budget\n2020;Budget\n2021;Budget\n2022;"
        "Period\n2019-2022;Plan\n2023;Plan\n2024",
        "Skattefinansierad verksamhet;132 544;130 135;80 780;78 530;421 989;109 255;55 000",
        "därav: självfinansierade objekt;-5 900;-6 100;- 6 000;- 3 900;-21 900;0;0",
        "Skattefinansierad verksamhet;126 644;124 035;74 780;74 630;400 089;109 255;55 000",
    ),
    above=2,
)

AMAL_DRIFTBUDGET_2021 = Table(
    "amal-driftbudget-2021",
    "https://www.amal.se/fakta-om-amal/resultat-och-kvalitet/kommunens-ekonomi/kommunens-budget/",
    "tkr",
    (
        "Tabell som visar driftbudget för åren 2021-2022 samt budgetprognosen för åren "
        "2023-2025 (belopp i tusen kronor).",
        ";Budget för 2021;Budget för 2022;Budget-\nprognos för 2023;Budget-\nprognos för 2024;"
        "Budget-\nprognos för 2025",
        "Kommunfullmäktige;2 569;2 300;;;",
        "Kommunstyrelsen;126 642;127 072;;;",
        "Bygg- och miljönämnden;248;248;;;",
        "Barn- och utbildningsnämnden;283 159;285 786;;;",
        "Teknik- och fritidsnämnden;41 226;42 280;;;",
        "Välfärds- och arbetsmarknadsnämnden;389 669;382 896;;;",
        "Överförmyndarnämnden;2 639;2 735;;;",
        "Ej fördelade arbetskraftskostnader;25 700;25 281;41 466;60 509;78 359",
        "Summa nämnder;871 852;868 598;41 466;60 509;78 359",
    ),
    checked=("Summa nämnder",),
    change=("Kommunstyrelsen", "Budget för 2022", "127 702", "Summa nämnder"),
)

THIRD_TABLES = (LUND_RESULTATBUDGET_2023, INVESTERINGAR_2022, AMAL_DRIFTBUDGET_2021)


# ---------------------------------------------------------------------------------------------
# Text as a PDF viewer gives it


def _header_lines(table: Table) -> list[list[str]]:
    """The header as a viewer copies it: a cell broken over two lines gives its first line on
    a line above the others (the rest of the header stands on the lower line)."""
    rows = cells(table)
    header = rows[header_rows(table) - 1]
    if not any("\n" in h for h in header):
        return [header]
    top = [h.split("\n")[0] if "\n" in h else "" for h in header]
    bottom = [h.split("\n")[-1] for h in header]
    return [top, bottom]


def _parts(table: Table) -> tuple[list[str], list[list[str]], list[list[str]]]:
    rows = cells(table)
    first = header_rows(table)
    above = [" ".join(c for c in row if c) for row in rows[: first - 1]]
    return above, _header_lines(table), rows[first:]


def paste_lines(table: Table) -> str:
    """One line per row, a single space between the cells (Adobe Reader, Edge, pdftotext)."""
    above, header, body = _parts(table)
    lines = [*above, *(" ".join(c for c in h if c) for h in header)]
    lines += [" ".join(c for c in row if c.strip()) for row in body]
    return "\n".join(lines) + "\n"


def paste_pairs(table: Table) -> str:
    """Each row's label on a line of its own and its note and figures on the next (a table
    copied out of a kommun's årsredovisning published as a web page); a heading row without
    figures stays one line."""
    above, header, body = _parts(table)
    lines = [*above, *(" ".join(c for c in h if c) for h in header)]
    for row in body:
        # Text cells after the label (a "Planeras vara klart" column) stay on its line.
        at = 1 + next((i for i, c in enumerate(row[1:]) if _is_figure_cell(c)), len(row) - 1)
        label = " ".join(c for c in row[:at] if c.strip())
        rest = " ".join(c for c in row[at:] if c.strip())
        lines += [label, rest] if label and rest else [" ".join(c for c in row if c)]
    return "\n".join(lines) + "\n"


def _is_figure_cell(cell: str) -> bool:
    """A cell of the figures' line: an amount, a dash or a note; a year ("2019", the "Planeras
    vara klart" column of an investment table) is text beside the label."""
    if re.fullmatch(r"(?:19|20)\d{2}", cell.strip()):
        return False
    return bool(
        re.fullmatch(
            r"[-\u2212\u2013(]?\s?[\d\s]+(?:,\d+)?\)?%?"  # an amount
            r"|[-\u2013\u2014]|\d{1,2}[A-Z]?(?:, ?\d{1,2})*",  # nil, a note
            cell.strip(),
        )
    )


def paste_layout(table: Table) -> str:
    """One line per row, the columns laid out by runs of spaces (pdftotext -layout)."""
    above, header, body = _parts(table)
    grid = [*header, *body]
    widths = [max(len(row[c]) for row in grid if c < len(row)) for c in range(len(grid[0]))]
    lines = list(above)
    for row in grid:
        text = row[0].ljust(widths[0])
        for c, value in enumerate(row[1:], start=1):
            text += "   " + value.rjust(widths[c])
        lines.append(text.rstrip())
    return "\n".join(lines) + "\n"


def paste_cells(table: Table) -> str:
    """Each cell on a line of its own, a blank line between (Chrome's viewer, pdftotext)."""
    above, header, body = _parts(table)
    rows = cells(table)
    lines = list(above[: table.above])
    for group_line in rows[table.above : header_rows(table) - 1]:  # merged cells over years
        lines += [c for c in group_line if c]
    if len(header) == 2:  # a broken cell's two lines follow each other
        for top, bottom in zip(*header, strict=True):
            lines += [x for x in (top, bottom) if x]
    else:
        lines += [c for c in header[0] if c]
    for row in body:
        lines += [c for c in row if c.strip()]
    return "\n\n".join(lines) + "\n"


def write_paste(table: Table, path: Path, shape: str) -> Path:
    """The pasted text saved as a .txt file (what a secretary saves from the viewer)."""
    shapes = {"lines": paste_lines, "layout": paste_layout, "cells": paste_cells}
    text = (shapes | {"pairs": paste_pairs})[shape](table)
    path = path.with_suffix(".txt")
    path.write_text(text, encoding="utf-8")
    return path


def write_pdf(table: Table, path: Path) -> Path:
    """The table printed as a PDF with ReportLab, as a kommun's report prints it: the title
    above, amounts right-aligned, a header cell broken over two lines, merged cells over the
    years; text copied out of it (pdftotext -layout, -raw) is what a viewer gives."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, TableStyle
    from reportlab.platypus import Table as PdfTable

    from ksdesk.reports.fonts import SANS, register_fonts

    register_fonts()
    rows = cells(table)
    title_style = getSampleStyleSheet()["Normal"]
    title_style.fontName = SANS
    title = [Paragraph(" ".join(c for c in row if c), title_style) for row in rows[: table.above]]
    data = [list(row) for row in rows[table.above :]]
    width = max(len(row) for row in data)
    data = [row + [""] * (width - len(row)) for row in data]
    style = [
        ("FONT", (0, 0), (-1, -1), SANS, 8),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
    ]
    for line, first, last in table.merged:
        style.append(("SPAN", (first, line - table.above), (last, line - table.above)))
    document = SimpleDocTemplate(str(path), pagesize=landscape(A4))
    document.build([*title, PdfTable(data, style=TableStyle(style))])
    return path
