"""A title that runs over two lines in text pasted from a PDF. A protokoll's
innehållsförteckning breaks a long title where the column ends and writes the page after its
last line (Region Blekinge's ärendeförteckning):

    § 4 Överenskommelse inför beslut om allmän trafikplikt för
    Krösatågstrafik ... 5

The second line is no ärende and no heading: it is read with the numbered line above it,
and the report names each line so joined. A line is taken as such a continuation when the
list's entries end in a page and only it carries the page of its entry, when it goes on in
lower case ("hantering av allmänna handlingar ... 11"), or when the line above ends in a
hyphen ("Emmaboda-" over "Karlskrona", joined without a space)."""

from __future__ import annotations

from ksdesk.core.import_report import ImportReport
from ksdesk.interchange.agenda_rows import (
    bilaga_line,
    is_heading,
    number_first,
    sub_in_title,
    without_page,
)

Rows = list[tuple[int, list[str]]]


def with_wrapped_titles(rows: Rows, report: ImportReport) -> Rows:
    """Pasted text (one cell a row) with each title's second line joined to its first."""
    if any(sum(1 for c in cells if c.strip()) > 1 for _, cells in rows):
        return rows
    out: Rows = []
    for number, cells in rows:
        line = _text(cells)
        above = _text(out[-1][1]) if out else ""
        if above and _goes_on(above, line):
            joined = f"{above}{line}" if above.endswith("-") else f"{above} {line}"
            out[-1] = (out[-1][0], [joined])
            report.change(
                f"Rad {number}", line, "rubrikens fortsättning, lästes ihop med raden ovan"
            )
        else:
            out.append((number, cells))
    return out


def _goes_on(above: str, line: str) -> bool:
    """Whether `line` is the rest of the numbered title `above`."""
    if not number_first(above)[0] or number_first(line)[0] or without_page(above) != above:
        return False  # only an entry not yet ended takes a line; a numbered line is its own
    if is_heading(line) or sub_in_title(line) or bilaga_line(line):
        return False
    ends_with_page = without_page(line) != line
    return ends_with_page or line[:1].islower() or above.endswith("-")


def _text(cells: list[str]) -> str:
    return next((c.strip() for c in cells if c.strip()), "")
