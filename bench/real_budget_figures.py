"""The budget half of bench/real_import_figures.py: for every real table of the tests and
every way a secretary receives it (the nine file variants of test_budget_real_tables.py and the
three shapes of text pasted out of a PDF, and the text pdftotext takes out of each table printed
to PDF, of test_budget_real_third.py), the
checks a correct import passes, counted one by one:

- the unit; each column header; each figure of each row (label and value);
- each row the table expects to be checked as a sum down its columns;
- the real figures give exactly the fel the published table has (none for most);
- one changed figure gives exactly its fel.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path


def _count(table, variant: str, folder: Path) -> tuple[int, int]:
    from ksdesk.core.budget_check import check_sheet
    from ksdesk.services.budget import read_with_report
    from tests.interchange import real_budget_tables as real
    from tests.interchange.test_budget_real_third import ALL_VARIANTS as VARIANTS

    right = total = 0

    def tally(ok: bool) -> None:
        nonlocal right, total
        right, total = right + bool(ok), total + 1

    try:
        sheet = read_with_report(VARIANTS[variant](table, folder / table.name), "Blad")[0]
    except Exception:
        sheet = None
    headers = real.expected_headers(table)
    rows = real.expected_rows(table)
    figures = sum(1 + len(f) for _, f in rows)
    if sheet is None:
        return 0, 2 + len(headers) + figures + len(table.checked) + (1 if table.change else 0)
    tally(sheet.unit == table.unit)
    got_headers = [c.header for c in sheet.columns]
    for i, header in enumerate(headers):
        tally(i < len(got_headers) and got_headers[i] == header)
    numeric = [i for i, c in enumerate(sheet.columns) if c.is_numeric]
    got = [
        (r.label, [v if isinstance(v, Decimal) else None for v in (r.cells[i] for i in numeric)])
        for r in sheet.rows
    ]
    for n, (label, values) in enumerate(rows):
        have = got[n] if n < len(got) else ("", [])
        tally(have[0] == label)
        for k, value in enumerate(values):
            tally(k < len(have[1]) and have[1][k] == value)
    result = check_sheet(sheet)
    checked = {sheet.rows[c.row].label for c in result.checks if c.direction == "nedåt"}
    for label in table.checked:
        tally(label in checked)
    fel = {k for k in real.findings_of(result) if k[2] == "fel"}
    tally(fel == real.published_fel(table))
    if table.change:
        _, header, _, total_label = table.change
        changed = read_with_report(
            VARIANTS[variant](real.changed(table), folder / f"{table.name}-changed"), "Blad"
        )[0]
        found = {k for k in real.findings_of(check_sheet(changed)) if k[2] == "fel"}
        also = {(label, column, "fel") for label, column in table.change_also}
        tally(found == {(total_label, header, "fel")} | also | real.published_fel(table))
    return right, total


def budget_figures(folder: Path, tables: tuple = ()) -> list[tuple[str, int, int]]:
    """Checks right per table, over every variant: the tables of the tests, or `tables`."""
    from tests.interchange import real_budget_tables as real
    from tests.interchange.real_budget_more import MORE_TABLES
    from tests.interchange.real_budget_third import THIRD_TABLES
    from tests.interchange.test_budget_real_third import ALL_VARIANTS as VARIANTS

    result = []
    for table in tables or (*real.TABLES, *MORE_TABLES, *THIRD_TABLES):
        right = total = 0
        for variant in VARIANTS:
            r, t = _count(table, variant, folder)
            right, total = right + r, total + t
        result.append((table.name, right, total))
    return result


def round_figures(folder: Path, tables: tuple) -> list[tuple[str, int, int, int, int, int]]:
    """Per table, over every variant: (name, rows right, rows, sums checked, sums the table
    prints, false fel). A row is right when its label and every figure are; a false fel is a
    fel the published figures do not have."""
    from ksdesk.core.budget_check import check_sheet
    from ksdesk.services.budget import read_with_report
    from tests.interchange import real_budget_tables as real
    from tests.interchange.test_budget_real_tables import figures
    from tests.interchange.test_budget_real_third import ALL_VARIANTS as VARIANTS

    result = []
    for table in tables:
        right = rows = checked = sums = false = 0
        expected = real.expected_rows(table)
        for variant in VARIANTS:
            rows, sums = rows + len(expected), sums + len(table.checked)
            try:
                sheet = read_with_report(VARIANTS[variant](table, folder / table.name), "Blad")[0]
            except Exception:
                continue
            got = figures(sheet)
            right += sum(1 for n, row in enumerate(expected) if n < len(got) and got[n] == row)
            check = check_sheet(sheet)
            labels = {sheet.rows[c.row].label for c in check.checks if c.direction == "nedåt"}
            checked += sum(1 for label in table.checked if label in labels)
            fel = {k for k in real.findings_of(check) if k[2] == "fel"}
            false += len(fel - real.published_fel(table))
        result.append((table.name, right, rows, checked, sums, false))
    return result


if __name__ == "__main__":
    import sys
    import tempfile

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.interchange.real_budget_seventh import SEVENTH_TABLES
    from tests.interchange.real_budget_sixth import SIXTH_TABLES

    rounds = {"six": SIXTH_TABLES, "seven": SEVENTH_TABLES}
    chosen = sys.argv[1:] or list(rounds)
    with tempfile.TemporaryDirectory() as where:
        for name_of_round in chosen:
            tables = rounds[name_of_round]
            print(f"Round {name_of_round} (rows right / rows; sums checked / sums; false fel)")
            totals = [0, 0, 0, 0, 0]
            for name, right, rows, checked, sums, false in round_figures(Path(where), tables):
                totals = [
                    t + n for t, n in zip(totals, (right, rows, checked, sums, false), strict=True)
                ]
                print(f"  {name:36} {right}/{rows}; {checked}/{sums}; {false}")
            print(f"  {'all':36} {totals[0]}/{totals[1]}; {totals[2]}/{totals[3]}; {totals[4]}")
            for name, right, total in budget_figures(Path(where), tables):
                print(f"  {name:36} checks {right}/{total}")
