"""What the rubrikrad of an ärendelista says of the rows under it (agenda_import): which
column holds which field, the margin column naming groups of ärenden, the columns no field
reads, whether each title starts with its number or ends with who presents it, and where the
list's rows end (a pasted list's closing lines are no ärenden)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ksdesk.core.import_report import ImportReport
from ksdesk.interchange.agenda_header import COLUMNS, header_map, unheaded_nr
from ksdesk.interchange.agenda_pasted import list_end, numbers_in_titles
from ksdesk.interchange.agenda_rows import section_column


@dataclass
class Layout:
    """What the rubrikrad says of the rows under it: which column holds which field, and the
    shapes the whole list is written in."""

    header: list[str]
    columns: dict[str, int]  # field → column
    sections_at: int | None  # the margin column naming groups of ärenden
    unknown: list[int]  # columns whose heading means nothing known
    in_titles: bool  # each title cell starts with its number
    names_last: bool  # the title cell's last line names who presents it
    ends: int  # the rows under the rubrikrad that are the list's; closing lines follow

    @property
    def has_nr(self) -> bool:
        return "nr" in self.columns or self.in_titles


def read_layout(rows: list[tuple[int, list[str]]], filename: str, report: ImportReport) -> Layout:
    """The rubrikrad (rows[0]) read against the rows under it."""
    header_row, header = rows[0]
    columns = header_map(header, header_row, filename, report)
    unheaded_nr(header, rows[1:], columns, report)
    sections_at = section_column(header, rows[1:], columns, report)
    unknown = [i for i, c in enumerate(header) if i not in columns.values() and i != sections_at]
    titles = [r[columns["title"]] if columns["title"] < len(r) else "" for _, r in rows[1:]]
    # A pasted list's closing lines (a kungörelse's signature) are no ärenden; a row of a
    # table with more than its title filled is the list's wherever it stands.
    tables = [at + 1 for at, (_, r) in enumerate(rows[1:]) if sum(1 for c in r if c.strip()) > 1]
    ends = max([list_end(titles), *tables]) if "nr" not in columns else len(titles)
    in_titles = "nr" not in columns and numbers_in_titles(titles[:ends])
    ends = ends if in_titles else len(titles)
    if in_titles and header_row:  # a list without rubrikrad was named so already
        report.change("Rubrikraden", "numren först i ärendecellerna", "lästes som Nr")
    # "Ärende/Föredragande": who presents it stands on the title cell's last line.
    names_last = "presenter" not in columns and names_presenter(header[columns["title"]])
    return Layout(header, columns, sections_at, unknown, in_titles, names_last, ends)


def names_presenter(heading: str) -> bool:
    """ "Ärende/Föredragande", "Ärende / föredragande": a heading naming both."""
    parts = [p.strip() for p in re.split(r"[/,]|\boch\b", heading)[1:]]
    return any(COLUMNS.field_of(p)[0] == "presenter" for p in parts if p)
