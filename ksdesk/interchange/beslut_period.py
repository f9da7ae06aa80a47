"""The period a list of delegationsbeslut names under its heading, for the decisions that name
no day of their own. Kungsbacka's nämnder for Individ & Familjeomsorg and Vård & Omsorg list
the month's decisions by Dnr and text only, the period on a line of its own above them
("För perioden 2025-06-01 – 2025-08-31. Beslut enligt socialtjänstlagen …", "Personal" over
"2025-09-01 – 2025-09-30"; tests/interchange/real_beslut_lists_third_kungsbacka.py).

Such a decision is registered on the period's last day, as a point that names a period in
its own text is (beslut_inline: the day the last of them was taken, which decides the meeting
it is reported to); a decision with its own date or period keeps it. The period's line says
so in the report, with the number of decisions it dated. Periods that differ date nothing:
which one a decision belongs to the list does not say, and the import asks for the date."""

from __future__ import annotations

import datetime as dt
import re

from ksdesk.core.import_report import ImportReport, count
from ksdesk.core.written_dates import format_date
from ksdesk.interchange.beslut_inline import period_in
from ksdesk.interchange.beslut_rows import BeslutRow
from ksdesk.interchange.beslut_text import TextLine

# What may open the period's line before its days: "För perioden", "Perioden:", "Period".
_LEAD = re.compile(r"(?i)^\s*(?:för\s+)?(?:(?:hela\s+)?perioden?\b\s*:?\s*)?")


def _line_period(text: str) -> tuple[dt.date, dt.date, str] | None:
    """The period a line opens with; None when the line is no period's ("Beslut förtecknade
    i protokoll … Den 10, 16, 18 och 24 september")."""
    rest = text[_LEAD.match(text).end() :]  # type: ignore[union-attr]
    found = period_in(rest)
    return found if found is not None and rest.startswith(found[2]) else None


def date_by_list_period(lines: list[TextLine], rows: list[BeslutRow], report: ImportReport) -> None:
    """Date the rows that name no day by the period on the lines above the first of them."""
    if not rows:
        return
    first = (rows[0].page, rows[0].row)
    found = [
        (line, period)
        for line in lines
        if (line.page, line.row) < first and (period := _line_period(line.text)) is not None
    ]
    if not found or len({(start, end) for _, (start, end, _) in found}) > 1:
        for line, _ in found:  # which one a decision belongs to, the list does not say
            report.change(line.where, line.text.strip(), "en av flera perioder: dateras inget")
        return
    start, end, written = found[0][1]
    dated = [row for row in rows if _undated(row)]
    for row in dated:
        row.date, row.date_text = end, written
    line = found[0][0]
    # The line is the list's period, no text left out: the line that said so goes.
    report.dropped[:] = [
        d for d in report.dropped if (d.where, d.text) != (line.where, line.text.strip())
    ]
    report.change(
        line.where,
        line.text.strip(),
        f"listans period {format_date(start)} – {format_date(end)}: "
        f"{count(len(dated), 'beslut', 'beslut')} utan eget datum sparas med periodens sista "
        f"dag, {format_date(end)}, som beslutsdatum",
    )


def _undated(row: BeslutRow) -> bool:
    """No date, no date written, and no period in the text (beslut_inline reads that one)."""
    return row.date is None and not row.date_text and period_in(row.text) is None
