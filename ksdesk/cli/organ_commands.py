"""`ksdesk namnd visa|andra|ledamoter`: the nämnd's settings from a terminal, the same as
Arkiv → Nämndens inställningar. A secretary who works from the command line had no way to
set the sekreterare or the ledamöter, so every kallelse and protokoll she printed left the
sekreterare's line and the ordförande's signature empty (walk34's finding 9)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ksdesk.cli.base import EXIT_OK, add_command, opened

# The settings `andra` sets: option, the Organ field, how `visa` names it.
SETTINGS = (
    ("--kortnamn", "short", "Kortnamn"),
    ("--plats", "default_place", "Plats"),
    ("--sekreterare", "secretary_name", "Sekreterare"),
    ("--sekreterare-titel", "secretary_title", "Sekreterarens titel"),
    ("--sekreterare-epost", "secretary_email", "Sekreterarens e-post"),
    ("--sekreterare-telefon", "secretary_phone", "Sekreterarens telefon"),
    ("--forvaringsplats", "forvaringsplats", "Förvaringsplats för protokollet"),
)


def register(subparsers: Any) -> None:
    group = subparsers.add_parser(
        "namnd",
        help="nämndens inställningar: sekreterare, plats, stående ärenden, ledamöter",
        description="Nämndens inställningar, desamma som Arkiv → Nämndens inställningar.",
    )
    commands = group.add_subparsers(dest="namnd_command", metavar="KOMMANDO", required=True)
    show = add_command(commands, "visa", cmd_visa, "visa nämndens inställningar")
    _organ_option(show)
    change = add_command(commands, "andra", cmd_andra, "ändra nämndens inställningar")
    _organ_option(change)
    for option, _field, label in SETTINGS:
        change.add_argument(option, metavar="TEXT", help=label.lower())
    change.add_argument(
        "--dagar-fore", type=int, metavar="N", help="kallelsen skickas N dagar före sammanträdet"
    )
    change.add_argument(
        "--staende",
        metavar="A;B;C",
        help="de stående ärendena i ordning, åtskilda av semikolon (”” för inga)",
    )
    members = add_command(
        commands,
        "ledamoter",
        cmd_ledamoter,
        "läs in ledamöter och ersättare ur en textfil (en person per rad, eller kommunens lista)",
    )
    _organ_option(members)
    members.add_argument("file", type=Path, metavar="FIL", help="textfilen med listan")


def _organ_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--organ", metavar="NAMN", help="nämnden (behövs när filen har flera nämnder)"
    )


def cmd_visa(args: argparse.Namespace) -> int:
    from ksdesk.services.organ_settings import organ_for_command

    with opened(args, read_only_ok=True) as store:
        organ = organ_for_command(store, args.organ)
    print(organ.name + (f" ({organ.kommun})" if organ.kommun else ""))
    for _option, field, label in SETTINGS:
        print(f"  {label}: {getattr(organ, field) or '–'}")
    print(f"  Kallelsen skickas: {organ.kallelse_days_before} dagar före sammanträdet")
    print(f"  Stående ärenden: {'; '.join(organ.standard_items) or 'inga'}")
    chair = organ.chair
    print(f"  Ordförande: {chair.display if chair else '–'}")
    print(f"  Ledamöter och ersättare i registret: {len(organ.members)}")
    return EXIT_OK


def cmd_andra(args: argparse.Namespace) -> int:
    from ksdesk.services.organ_settings import change_settings, filled_text

    values = {field: getattr(args, option[2:].replace("-", "_")) for option, field, _ in SETTINGS}
    changes = {field: value for field, value in values.items() if value is not None}
    if args.dagar_fore is not None:
        changes["kallelse_days_before"] = args.dagar_fore
    if args.staende is not None:
        changes["standard_items"] = [s.strip() for s in args.staende.split(";") if s.strip()]
    with opened(args) as store:
        organ, changed, filled = change_settings(store, args.organ, changes)
    if not changed:
        print(f"Inget ändrades för {organ.name}. Ange vad som ska ändras, t.ex. --sekreterare.")
        return EXIT_OK
    labels = {field: label.lower() for _option, field, label in SETTINGS}
    labels |= {"kallelse_days_before": "dagar före", "standard_items": "stående ärenden"}
    print(f"Sparat för {organ.name}: {', '.join(labels[field] for field in changed)}.")
    for line in filled_text(organ, filled):
        print(line)
    return EXIT_OK


def cmd_ledamoter(args: argparse.Namespace) -> int:
    from ksdesk.services.organ_settings import members_from_file

    with opened(args) as store:
        organ, report = members_from_file(store, args.organ, args.file)
    print(report, file=sys.stderr)
    print(f"Registret för {organ.name} har nu {len(organ.members)} ledamöter och ersättare.")
    return EXIT_OK
