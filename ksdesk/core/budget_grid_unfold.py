"""A table's first row carried in its column header, as a PDF-to-CSV conversion may write it
(Kungsbacka's pool: "Miljoner kronor\nDrift\nSkattefinansierad\nverksamhet" over the labels,
"Bokslut\n2023\n-227,1" over the first amount column): every amount column's heading ends in
a line that is a figure, and the labels' heading has lines more than its own. The row is put
back under the header, the headings keep their words. Left in the header, the row was lost
(without a line in the report) and every column's sum was a false fel."""

from __future__ import annotations

from ksdesk.core.budget_grid_values import GridValue, reads_as_number
from ksdesk.core.budget_unit import unit_line


def first_row_out_of_header(
    rows: list[list[GridValue]], header_at: int
) -> tuple[list[list[GridValue]], str]:
    """`rows` with the first row taken out of the header line at `header_at` and put under
    it, and that row's label; (`rows`, "") unchanged when the header is no such line."""
    header = rows[header_at]
    label = header[0]
    if len(header) < 3:  # two amount columns at least: one figure under a word is no sign
        return rows, ""
    if not isinstance(label, str) or "\n" not in label.strip():
        return rows, ""
    heading, *rest = [line.strip() for line in label.strip().split("\n")]
    if not unit_line(heading) or not rest:
        return rows, ""
    headings: list[GridValue] = [heading]
    figures: list[GridValue] = [" ".join(rest)]
    for value in header[1:]:
        lines = [line.strip() for line in str(value or "").strip().split("\n")]
        if value is None or len(lines) < 2 or not reads_as_number(lines[-1]):
            return rows, ""
        headings.append("\n".join(lines[:-1]))
        figures.append(lines[-1])
    return [*rows[:header_at], headings, figures, *rows[header_at + 1 :]], str(figures[0])
