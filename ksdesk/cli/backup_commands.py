"""`ksdesk backup list|create|restore --db DB`: the same backups as Arkiv → Säkerhetskopior;
`ksdesk backup second-folder [MAPP | --off]`: the folder finished backups are copied to too."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ksdesk.cli.base import EXIT_OK, add_command, db_path, opened, print_json


def register(subparsers: Any) -> None:
    group = subparsers.add_parser(
        "backup",
        help="säkerhetskopior: lista, skapa, återställ, andra mapp",
        description="Säkerhetskopior av databasfilen (i din datamapp, en mapp per databas).",
    )
    commands = group.add_subparsers(dest="backup_command", metavar="KOMMANDO", required=True)
    listing = add_command(commands, "list", cmd_list, "lista säkerhetskopiorna, nyaste först")
    listing.add_argument("--json", action="store_true", help="skriv ut som JSON")
    add_command(commands, "create", cmd_create, "gör en säkerhetskopia nu")
    restore = add_command(
        commands,
        "restore",
        cmd_restore,
        "återställ databasen från en säkerhetskopia (den nuvarande filen sparas först)",
    )
    second = commands.add_parser(
        "second-folder",
        help="den andra mappen som färdiga säkerhetskopior kopieras till",
        description="Visa, välj eller sluta använda den andra mappen för säkerhetskopior "
        "(till exempel hemkatalogen på servern). Dit kopieras varje färdig säkerhetskopia, "
        "aldrig databasen som används.",
    )
    second.set_defaults(handler=cmd_second_folder)
    chosen = second.add_mutually_exclusive_group()
    chosen.add_argument("mapp", nargs="?", type=Path, metavar="MAPP", help="mappen att använda")
    chosen.add_argument("--off", action="store_true", help="sluta kopiera till en andra mapp")
    which = restore.add_mutually_exclusive_group(required=True)
    which.add_argument("namn", nargs="?", help="säkerhetskopians filnamn (se backup list)")
    which.add_argument(
        "--latest",
        action="store_true",
        help="den senaste vanliga säkerhetskopian som är hel (inte en kopia sparad före en "
        "återställning)",
    )


def cmd_list(args: argparse.Namespace) -> int:
    from ksdesk.services.backup import backup_dir, list_backups

    path = db_path(args, must_exist=False)
    backups = list_backups(path)
    if args.json:
        print_json([b.as_dict() for b in backups])
        return EXIT_OK
    if not backups:
        print(f"Det finns inga säkerhetskopior av {path.name} ännu.")
        return EXIT_OK
    width = max(len(b.name) for b in backups)
    regular = [b for b in backups if not b.is_safety_copy]
    safety = [b for b in backups if b.is_safety_copy]
    print(f"Säkerhetskopior av {path.name} i {backup_dir(path)}:")
    _print_backups(regular, width)
    if safety:
        print(
            "\nSparade före en återställning (läget som återställningen ersatte; återställ "
            "en av dem med namn för att ångra den):"
        )
        _print_backups(safety, width)
    return EXIT_OK


def _print_backups(backups: list, width: int) -> None:
    if not backups:
        print("  (inga)")
    for backup in backups:
        print(
            f"  {backup.name:<{width}}  {backup.when_text}  "
            f"{backup.size_text:>9}  {backup.reason_text}"
        )


def cmd_create(args: argparse.Namespace) -> int:
    from ksdesk.services.backup import create_backup

    # A backup only reads: the file open in another ksdesk is copied consistently.
    with opened(args, read_only_ok=True) as store:
        backup = create_backup(store)
    print(f"Säkerhetskopian {backup.name} ({backup.size_text}) är sparad i {backup.path.parent}.")
    if backup.second_copy is not None:
        print(backup.second_copy.message())
    return EXIT_OK


def cmd_second_folder(args: argparse.Namespace) -> int:
    from ksdesk.services import preferences

    if args.off:
        preferences.set_second_backup_folder(None)
        print("Säkerhetskopiorna kopieras inte längre till en andra mapp.")
    elif args.mapp is not None:
        folder = preferences.set_second_backup_folder(args.mapp)
        print(f"Varje färdig säkerhetskopia kopieras nu också till {folder}.")
    else:
        folder = preferences.second_backup_folder()
        print(
            f"Säkerhetskopiorna kopieras också till {folder}."
            if folder
            else "Ingen andra mapp för säkerhetskopior är vald."
        )
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from ksdesk.core.errors import NotFound
    from ksdesk.services.backup import find_backup, latest_good_backup, restore_file

    path = db_path(args, must_exist=False)
    if args.latest:
        backup = latest_good_backup(path)
        if backup is None:
            raise NotFound(
                f"Det finns ingen hel säkerhetskopia av {path.name} (kopior sparade före en "
                "återställning räknas inte: återställ en sådan med dess namn)."
            )
    else:
        backup = find_backup(path, args.namn)
    result = restore_file(path, backup)
    print(result.message(path))
    return EXIT_OK
