"""What a budget check says about a sheet's text rather than its sums: varningar.

- Text where an amount belongs ("1.373,5", "ca 200") is not counted in any total; each such
  cell is named, so the secretary sees why a sum does not add up.
- A column header with a date broken by a space ("Förslag KS 2020- 12-07", a line break of the
  original turned into a space) prints split over two lines; the header is named with the
  date written whole.
"""

from __future__ import annotations

import re

from ksdesk.core.budget import Sheet, is_nil
from ksdesk.core.budget_check_result import HEADER_ROW, SheetCheck, sheet_finding
from ksdesk.core.budget_grid_values import reads_as_date
from ksdesk.core.budget_rounding import column_name
from ksdesk.core.budget_row_name import row_called
from ksdesk.core.findings import Severity

# A date written with a space in it ("Förslag KS 2020- 12-07": the seed's column header, a
# line break of the original turned into a space). The date breaks apart when printed.
_SPACED_DATE = re.compile(r"(?<![\d-])\d{4}\s*-\s*\d{1,2}\s*-\s*\d{1,2}(?![\d-])")


def check_text_in_amounts(sheet: Sheet, result: SheetCheck) -> None:
    for r, row in enumerate(sheet.rows):
        if row.kind == "heading":
            continue
        for c, column in enumerate(sheet.columns):
            value = sheet.cell(r, c)
            if column.is_numeric and isinstance(value, str) and value.strip() and not is_nil(value):
                label = row_called(sheet, r) or f"Rad {r + 1}"
                message = (
                    f"{label} har texten ”{value.strip()}” i beloppskolumnen "
                    f"{column_name(column.header)}; den räknas inte med i summorna."
                )
                finding = sheet_finding(sheet, r, c, Severity.VARNING, None, None, message)
                result.findings.append(finding)


def check_headers(sheet: Sheet, result: SheetCheck) -> None:
    for c, column in enumerate(sheet.columns):
        for match in _SPACED_DATE.finditer(column.header):
            written = match.group()
            joined = "".join(written.split())
            if joined == written or not reads_as_date(joined):
                continue  # no space, or no such day ("2020-13-07")
            message = (
                f"Kolumnrubriken {column_name(column.header)} har ett mellanslag i datumet "
                f"”{written}”: skriv ”{joined}”, annars kan datumet brytas på två rader i "
                "utskriften."
            )
            finding = sheet_finding(sheet, HEADER_ROW, c, Severity.VARNING, None, None, message)
            result.findings.append(finding)
