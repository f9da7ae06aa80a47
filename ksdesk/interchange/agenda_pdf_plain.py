"""A page of a kallelse's table that pypdf read (its font one ksdesk's reader cannot read):
pypdf gives each cell a line of its own, without where it stands, so the table's columns
are lost ("4", "Anmälan av övriga frågor …", "5", "Inkomna skrivelser …", "Dnr
106-156/2013"). Under the rubrikrad read on an earlier page, its lines are set back into
the rubrikrad's columns by what each line is: a number alone opens a row (its Nr), a
diarienummer alone is the row's Dnr, a time its Tid, a heading ("BESLUTSÄRENDEN:") a row of
its own, any other line the row's title (a title on two lines joined). The rubrikrad
repeated at the page's head is left out and reported; a page that holds the rubrikrad itself
(a heading a line) starts the table where it stands. Without a Nr column nothing tells
the rows apart: the page is read as before."""

from __future__ import annotations

import re

from ksdesk.core.dnr import dnr_alone, dnr_line
from ksdesk.core.page_key import page_key
from ksdesk.interchange.agenda_header import field_of
from ksdesk.interchange.agenda_pdf_lines import SeenLine
from ksdesk.interchange.agenda_rows import is_heading
from ksdesk.interchange.agenda_title import names_line

_NR_ALONE = re.compile(r"(?:§\s*)?\d{1,3}[.)]?")
# "13.15", "kl. 09.00–09.20", "14:00-14:30": the Tid column's cell.
_TIME = re.compile(r"(?:kl\.?\s*)?\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?", re.IGNORECASE)


def row_value(text: str) -> bool:
    """A Dnr or a time alone on its line: a row's cell, on a page pypdf read."""
    text = " ".join(text.split())
    return dnr_line(text) or bool(_TIME.fullmatch(text))


def nr_alone(text: str) -> bool:
    """A list's number alone in its cell or on its line: "3", "3.", "12)", "§ 12"."""
    return bool(_NR_ALONE.fullmatch(" ".join(text.split())))


def is_plain(lines: list[SeenLine]) -> bool:
    """Whether a page's lines are pypdf's (agenda_pdf_pages._plain: placed nowhere)."""
    return bool(lines) and all(not line.size for line in lines)


def plain_rows(
    lines: list[SeenLine], headings: list[str]
) -> list[tuple[SeenLine, list[str]]] | None:
    """Each row of the page with its first line, in the rubrikrad's columns (module
    docstring); the repeated rubrikrad's lines as rows of None cells for the caller to
    report; None when the rubrikrad has no Nr column."""
    fields = [field_of(h)[0] if h else "nr" for h in headings]
    if "nr" not in fields or "title" not in fields:
        return None
    column = {name: fields.index(name) for name in ("nr", "title", "dnr", "time") if name in fields}
    rows: list[tuple[SeenLine, list[str]]] = []
    open_row = False  # a numbered row takes the lines under it
    last = 0  # the column the row's last line went to
    repeated = {page_key(h) for h in headings if h}
    for at, line in enumerate(lines):
        text = " ".join(line.text.split())
        if at < len(repeated) and page_key(text) in repeated:
            rows.append((line, []))  # the rubrikrad again, a heading a line
            continue
        cells = rows[-1][1] if rows and open_row else None
        if _NR_ALONE.fullmatch(text):
            rows.append((line, _row(headings, column["nr"], text)))
            open_row, last = True, column["title"]
        elif cells is not None and "dnr" in column and (dnr_alone(text) or dnr_line(text)):
            last = column["dnr"]
            cells[last] = _joined(cells[last], text)
        elif cells is not None and "time" in column and _TIME.fullmatch(text):
            last = column["time"]
            cells[last] = _joined(cells[last], text)
        elif cells is not None and not cells[column["title"]]:
            # The numbered row's first line is its title, also one worded as a heading:
            # Hultsfred's "12" over "Valärenden" is an ärende.
            last = column["title"]
            cells[last] = text
        elif cells is None or is_heading(text) or text.isupper() or _signed(text, fields):
            # A heading, a line before the first number, the signatures after the last row.
            rows.append((line, _row(headings, column["title"], text)))
            open_row = False
        elif last != column["title"] and last + 1 < len(headings):
            last += 1  # after the Dnr, the next column's cell ("Föredragande": Gösta Lind)
            cells[last] = text
        else:
            cells[column["title"]] = _joined(cells[column["title"]], text)
    return rows


def _signed(text: str, fields: list[str | None]) -> bool:
    """Names after a row where no column takes them: the signatures under the list."""
    return "presenter" not in fields and names_line(text)


def header_run(lines: list[SeenLine], headings: list[str]) -> int | None:
    """Where the rubrikrad (read parted on a later page) stands on a page pypdf read, its
    headings a line each ("Nr.", "Ärende", "Dnr"); None when it does not."""
    wanted = [page_key(h) for h in headings if h]
    keys = [page_key(line.text) for line in lines]
    return next((at for at in range(len(keys)) if keys[at : at + len(wanted)] == wanted), None)


def _row(headings: list[str], at: int, text: str) -> list[str]:
    cells = [""] * len(headings)
    cells[at] = text
    return cells


def _joined(cell: str, text: str) -> str:
    return f"{cell} {text}".strip()
