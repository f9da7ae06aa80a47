"""`ksdesk server raderat` and `ksdesk server aterstall`: what is deleted on the kansli's
server, and bringing it back through the ordinary sync (services/team_deleted.py)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ksdesk.cli.base import EXIT_OK, opened, print_json


def register(sub: Any) -> None:
    listing = _command(
        sub,
        "raderat",
        cmd_raderat,
        "visa det som tagits bort på servern och kan återställas",
        "Visar sammanträden och andra enheter som tagits bort på servern, och rader (ärenden, "
        "bilagor, förvaltningsbesvär …) som tagits bort i dem.",
    )
    listing.add_argument("--organ", metavar="NAMN", help="bara det här organets")
    restore = _command(
        sub,
        "aterstall",
        cmd_aterstall,
        "återställ något som tagits bort på servern",
        "Återställer en borttagen enhet eller rad: den skrivs in i filen och skickas till "
        "servern, och varje dator får den vid nästa synkning.",
    )
    which = restore.add_mutually_exclusive_group(required=True)
    which.add_argument("--enhet", metavar="UUID", help="en borttagen enhet (ett sammanträde …)")
    which.add_argument("--rad", metavar="UUID:NYCKEL", help="en borttagen rad i en enhet")
    restore.add_argument(
        "--ur-sakerhetskopia",
        metavar="NAMN",
        nargs="?",
        const="",
        help="en rad som servern inte har kvar innehållet i, ur filens egen säkerhetskopia "
        "(utan NAMN: den senaste som har raden; se `ksdesk backup list`)",
    )


def _command(sub: Any, name: str, handler: Any, help_text: str, description: str) -> Any:
    """A `server` sub-command on a file: --db and --json."""
    command = sub.add_parser(name, help=help_text, description=description)
    command.set_defaults(handler=handler)
    command.add_argument("--db", type=Path, default=argparse.SUPPRESS, help="databasfilen")
    command.add_argument("--json", action="store_true", help="skriv ut som JSON")
    return command


def cmd_raderat(args: argparse.Namespace) -> int:
    from ksdesk.cli.team_commands import said_if_no_answer
    from ksdesk.core.team_no_answer import LIST_DELETED
    from ksdesk.services import team_deleted

    with opened(args) as store, said_if_no_answer(LIST_DELETED):
        things = team_deleted.deleted(store, args.organ)
    if args.json:
        print_json([thing.as_json() for thing in things])
        return EXIT_OK
    if not things:
        print("Inget borttaget på servern som du kan återställa.")
        return EXIT_OK
    for thing in things:
        option = "--enhet" if thing.typ == "enhet" else "--rad"
        # Nothing of it on the server: a row may still be in the file's own backups.
        more = " --ur-sakerhetskopia" if option == "--rad" and not thing.restorable else ""
        print(f"{thing.line()}\n    ksdesk server aterstall {option} {thing.ref}{more}")
    return EXIT_OK


def cmd_aterstall(args: argparse.Namespace) -> int:
    from ksdesk.cli.team_commands import said_if_no_answer
    from ksdesk.core.team_deleted import rows_words
    from ksdesk.core.team_no_answer import RESTORE
    from ksdesk.services import team_deleted

    backup = getattr(args, "ur_sakerhetskopia", None)
    with opened(args) as store, said_if_no_answer(RESTORE):
        if backup is not None:
            restored = _from_backup(store, args.rad, backup)
        elif args.enhet:
            restored = team_deleted.restore_unit(store, args.enhet)
        else:
            restored = team_deleted.restore_row(store, args.rad)
    if args.json:
        print_json(restored.as_json())
        return EXIT_OK
    print(f"Återställt: {restored.what} ({rows_words(restored.rows)}).")
    if not restored.sent:
        print("Servern svarade inte när det skulle skickas: det skickas vid nästa synkning.")
    elif not restored.on_server:
        print("Servern tog inte emot det än: lös konflikten (`ksdesk konflikter`) och synka igen.")
    else:
        print("Det finns på servern igen; de andra datorerna får det vid nästa synkning.")
    return EXIT_OK


def _from_backup(store: Any, ref: str | None, name: str) -> Any:
    from ksdesk.core.errors import InvalidInput, NotFound
    from ksdesk.services import team_deleted_backup

    if not ref:
        raise InvalidInput(
            "--ur-sakerhetskopia gäller en rad (--rad): ett helt sammanträde som servern inte "
            "har kvar hämtas ur en säkerhetskopia av servern."
        )
    if not name:
        found = team_deleted_backup.find_in_backups(store, ref)
        if found is None:
            raise NotFound(
                "Ingen av filens säkerhetskopior har raden. Den som administrerar servern "
                "kan hämta den ur en säkerhetskopia av servern."
            )
        print(found.line())
        name = found.backup.name
    return team_deleted_backup.restore_from_backup(store, ref, name)
