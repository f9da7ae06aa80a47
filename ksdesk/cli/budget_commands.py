"""`ksdesk budget …`: import, list, check and print budget sheets from a terminal.

`budget check --json` prints {"findings": [...]} (amounts as plain decimal strings with a point)
and exits 1 when any finding is fel, so other tools and scripts can rely on it."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ksdesk.cli.base import EXIT_ERROR, EXIT_OK, add_command, opened, print_json, save_output


def register(subparsers: Any) -> None:
    budget = subparsers.add_parser(
        "budget",
        help="budgetblad: importera, lista, kontrollera, skriv ut",
        description="Budgetblad: importera, lista, kontrollera summorna och skriv ut.",
    )
    commands = budget.add_subparsers(dest="budget_command", metavar="KOMMANDO", title="kommandon")
    budget.set_defaults(handler=lambda args: _usage(budget))
    imp = add_command(
        commands, "import", cmd_import, "läs in ett blad från XLSX, CSV, Word eller text ur en PDF"
    )
    imp.add_argument(
        "file",
        type=Path,
        metavar="FIL",
        help="en .xlsx- eller .csv-fil, ett Word-dokument (.docx) med en tabell, eller en "
        ".txt-fil med en tabell kopierad ur en PDF",
    )
    imp.add_argument("--sheet", metavar="NAMN", help="bladets namn (standard: filnamnet)")
    imp.add_argument(
        "--unit",
        choices=("tkr", "mnkr", "kr"),
        help="beloppens enhet, krävs när filen inte själv anger den",
    )
    imp.add_argument("--json", action="store_true", help="skriv importrapporten som JSON")
    imp.add_argument(
        "--dry-run", action="store_true", help="läs filen och visa rapporten utan att spara"
    )
    listing = add_command(commands, "list", cmd_list, "lista budgetbladen")
    listing.add_argument("--json", action="store_true", help="skriv ut som JSON")
    check = add_command(commands, "check", cmd_check, "kontrollera alla summor")
    check.add_argument("--sheet", metavar="NAMN", help="bara detta blad (nyckel eller rubrik)")
    check.add_argument("--json", action="store_true", help="skriv ut fynden som JSON")
    pdf = add_command(commands, "pdf", cmd_pdf, "skriv ut ett blad som PDF")
    pdf.add_argument("--sheet", metavar="NAMN", required=True, help="bladets nyckel eller rubrik")
    pdf.add_argument("--out", metavar="FIL.pdf", type=Path, required=True, help="PDF-filen")


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return EXIT_ERROR


def cmd_import(args: argparse.Namespace) -> int:
    from ksdesk.core.format import format_count
    from ksdesk.services import budget

    with opened(args) as store:
        sheet, replaced, report = budget.import_file(
            store, args.file, args.sheet, args.unit, dry_run=args.dry_run
        )
    if args.json:
        print_json(report.as_json())
        return EXIT_OK
    print(report.text())
    findings = budget.check(sheet).findings
    if args.dry_run:
        print(f"Inget sparades (--dry-run): {len(findings)} fynd i kontrollen av summorna.")
        return EXIT_OK
    verb = "Ersatte" if replaced else "Läste in"
    print(
        f"{verb} budgetbladet ”{sheet.title}” ({sheet.key}): "
        f"{format_count(len(sheet.rows), 'rad', 'rader')}, "
        f"{format_count(len(sheet.columns), 'kolumn', 'kolumner')}, belopp i {sheet.unit}."
    )
    if findings:
        print(f"Kontrollen gav {len(findings)} fynd; se `ksdesk budget check --sheet {sheet.key}`.")
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from ksdesk.core.format import format_count
    from ksdesk.services import budget

    with opened(args, read_only_ok=True) as store:
        sheets = [budget.get_sheet(store, i) for i, _, _ in budget.list_sheets(store)]
    findings = {s.key: budget.check(s).findings for s in sheets}
    if args.json:
        print_json(
            {
                "sheets": [
                    {
                        "key": s.key,
                        "title": s.title,
                        "unit": s.unit,
                        "decimals": s.decimals,
                        "columns": len(s.columns),
                        "rows": len(s.rows),
                        "findings": len(findings[s.key]),
                    }
                    for s in sheets
                ]
            }
        )
        return EXIT_OK
    if not sheets:
        print("Databasen har inga budgetblad.")
    width = max((len(s.key) for s in sheets), default=0)
    for s in sheets:
        count = len(findings[s.key])
        note = f"{count} fynd" if count else "summorna stämmer"
        rows = format_count(len(s.rows), "rad", "rader")
        print(f"{s.key:<{width}}  {s.title} ({s.unit}, {rows}) – {note}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from ksdesk.core.budget_check import finding_json
    from ksdesk.services import budget

    with opened(args, read_only_ok=True) as store:
        findings = budget.check_store(store, args.sheet)
    if args.json:
        print_json({"findings": [finding_json(f) for f in findings]})
    else:
        for f in findings:
            print(f"{f.severity.upper():<10} {f.sheet}: {f.message}")
        if not findings:
            print("Alla summor stämmer.")
    return EXIT_ERROR if any(f.is_error for f in findings) else EXIT_OK


def cmd_pdf(args: argparse.Namespace) -> int:
    from ksdesk.services import budget

    with opened(args, read_only_ok=True) as store:
        data = budget.sheet_pdf(store, args.sheet)
    save_output(args.out, data, f"Skrev {args.out}.")
    return EXIT_OK
