"""The GUI, `demo` and `info`."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ksdesk.cli.base import EXIT_OK, add_command, db_path, opened, print_json


def register(subparsers: Any) -> None:
    add_command(
        subparsers,
        "demo",
        cmd_demo,
        "skapa eller uppdatera demodatabasen (Ludvika kommunstyrelse 2020-12-07)",
    )
    init = add_command(
        subparsers, "init", cmd_init, "skapa en ny, tom databas för den egna kommunen"
    )
    init.add_argument("--kommun", required=True, metavar="NAMN", help="t.ex. Testby kommun")
    init.add_argument("--organ", required=True, metavar="NAMN", help="t.ex. Kommunstyrelsen")
    info = add_command(subparsers, "info", cmd_info, "visa vad databasen innehåller")
    info.add_argument("--json", action="store_true", help="skriv ut som JSON")


def cmd_demo(args: argparse.Namespace) -> int:
    from ksdesk.core.format import format_date
    from ksdesk.services.demo import load_demo
    from ksdesk.services.store import open_database

    path = db_path(args, must_exist=False)
    store = open_database(path, create=True)
    try:
        data = load_demo(store)
    finally:
        store.close()
    print(
        f"Demodatabasen {path} innehåller sammanträdet {format_date(data.meeting.date)} "
        f"({data.organ.kommun}, {data.organ.name})."
    )
    return EXIT_OK


def cmd_init(args: argparse.Namespace) -> int:
    from ksdesk.services.meetings import list_organs
    from ksdesk.services.own_kommun import new_database

    path = db_path(args, must_exist=False)
    store = new_database(path, args.kommun, args.organ)
    # The names as saved, and as every page will print them ("Marks kommun" for "marks
    # KOMMUN", "Barn- och utbildningsnämnden" for "barn- och utbildningsnämnden").
    (organ,) = list_organs(store)
    store.close()
    print(
        f"Skapade databasen {path} för {organ.kommun}, {organ.name}. "
        f"Öppna den med `ksdesk --db {path}`."
    )
    return EXIT_OK


def cmd_info(args: argparse.Namespace) -> int:
    from ksdesk.services.info import counts

    with opened(args, read_only_ok=True) as store:
        result = counts(store)
    if args.json:
        print_json(result.as_dict())
        return EXIT_OK
    print(f"Databas: {args.db}")
    rows = [
        ("Nämnder", result.organs),
        ("Sammanträden", result.meetings),
        ("Ärenden på dagordningar", result.agenda_items),
        ("Budgetblad", result.budget_sheets),
        ("Versioner av delegationsordningen", result.delegation_versions),
        ("Delegationspunkter", result.delegation_points),
        ("Delegationsbeslut", result.delegationsbeslut),
        ("Protokollsparagrafer", result.protokoll_paragrafer),
    ]
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        print(f"{label:<{width}}  {value}")
    from ksdesk.services.storage_location import location_warning

    warning = location_warning(db_path(args))
    if warning is not None:
        print(f"Varning: {warning.text()}", file=sys.stderr)
    return EXIT_OK


def run_gui(args: argparse.Namespace) -> int:
    """Open the main window on --db (created empty if missing); without --db on the database
    opened last, the standard file, or what the first-start welcome offers."""
    from ksdesk.ui.app import run

    return run(args.db if getattr(args, "db", None) else None)
