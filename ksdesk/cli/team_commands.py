"""Team mode from a terminal: `server init|behorighet`, `koppla`, `sync`, `checka-ut`,
`checka-in`, `bryt-utcheckning` and `konflikter`."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ksdesk.cli.base import EXIT_OK, add_command, add_meeting_options, db_path, opened, print_json
from ksdesk.core.errors import ServerUnavailable


def register(subparsers: Any) -> None:
    _register_server(subparsers)
    koppla = add_command(
        subparsers,
        "koppla",
        cmd_koppla,
        "koppla filen till kanslits server (lösenordet sparas i datorns nyckelring)",
    )
    koppla.add_argument("--server", required=True, metavar="URL", help="postgresql://…")
    koppla.add_argument("--anvandare", required=True, metavar="NAMN", help="ditt användarnamn")
    koppla.add_argument("--namn", default="", metavar="T", help="ditt namn som kollegerna ser")
    sync = add_command(subparsers, "sync", cmd_sync, "skicka dina ändringar och hämta andras")
    sync.add_argument("--json", action="store_true", help="skriv ut som JSON")
    for name, handler, text in (
        ("checka-ut", cmd_checka_ut, "checka ut ett sammanträde för att arbeta offline"),
        ("checka-in", cmd_checka_in, "skicka sammanträdets ändringar och lämna tillbaka det"),
        ("bryt-utcheckning", cmd_bryt, "bryt en kollegas utcheckning (organets administratör)"),
    ):
        add_meeting_options(add_command(subparsers, name, handler, text))
    konflikter = add_command(
        subparsers, "konflikter", cmd_konflikter, "visa och lös konflikter mot servern"
    )
    konflikter.add_argument("--json", action="store_true", help="skriv ut som JSON")
    konflikter.add_argument("--losa", metavar="UUID", help="lös konflikten för den här enheten")
    konflikter.add_argument(
        "--behall", choices=("lokal", "server"), help="vilken version som ska gälla"
    )


def _register_server(subparsers: Any) -> None:
    server = subparsers.add_parser(
        "server",
        help="förbered kanslits PostgreSQL-server (för den som administrerar den)",
        description="Förbered och administrera kanslits PostgreSQL-server.",
    )
    sub = server.add_subparsers(dest="server_command", metavar="KOMMANDO", required=True)
    init = sub.add_parser(
        "init", help="skapa eller uppdatera ksdesk-schemat", description="Skapar schemat."
    )
    init.set_defaults(handler=cmd_server_init)
    init.add_argument("--url", required=True, metavar="URL", help="som databasens ägare")
    init.add_argument("--kommun", required=True, metavar="NAMN", help="kommunens namn")
    grant = sub.add_parser(
        "behorighet",
        help="gör en användare till sekreterare för ett organ",
        description="Gör en användare till sekreterare (och administratör) för ett organ.",
    )
    grant.set_defaults(handler=cmd_server_grant)
    grant.add_argument("--url", required=True, metavar="URL", help="som databasens ägare")
    grant.add_argument("--organ", required=True, metavar="NAMN", help="organets namn")
    grant.add_argument("--anvandare", required=True, metavar="NAMN", help="användarnamnet")
    grant.add_argument("--namn", default="", metavar="T", help="namnet kollegerna ser")
    grant.add_argument("--administrator", action="store_true", help="får också bryta utcheckningar")
    from ksdesk.cli import restore_commands

    restore_commands.register(sub)


@contextlib.contextmanager
def said_if_no_answer(not_done: str) -> Iterator[None]:
    """A server that does not answer, said as the window says it: what was not done
    (`not_done`, from core/team_no_answer.py), what waits in the file, and to try again;
    the connection's own word ("synkas när servern svarar igen") promises a sync that no
    terminal command will run by itself."""
    try:
        yield
    except ServerUnavailable as error:
        from ksdesk.core.team_no_answer import no_answer

        said = no_answer(not_done, error.server)
        raise ServerUnavailable(said, error.server) from error


def _read_password(prompt: str) -> str:
    """From the terminal without echo, or the first line of stdin (a script)."""
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return sys.stdin.readline().rstrip("\n")


def cmd_server_init(args: argparse.Namespace) -> int:
    from ksdesk.services import team_server

    applied = team_server.init(args.url, args.kommun)
    done = f"(nya steg: {', '.join(applied)})" if applied else "(redan aktuell)"
    print(f"Servern är förberedd för ksdesk i {' '.join(args.kommun.split())} {done}.")
    return EXIT_OK


def cmd_server_grant(args: argparse.Namespace) -> int:
    from ksdesk.services import team_server

    organ = team_server.grant(args.url, args.organ, args.anvandare, args.namn, args.administrator)
    role = "sekreterare och administratör" if args.administrator else "sekreterare"
    print(f"{args.anvandare} är {role} för {organ}.")
    return EXIT_OK


def cmd_koppla(args: argparse.Namespace) -> int:
    from ksdesk.core import team_no_answer
    from ksdesk.services import team
    from ksdesk.services.store import open_database

    path: Path = db_path(args, must_exist=False)
    secret = _read_password(f"Lösenord för {args.anvandare}: ")
    with said_if_no_answer(team_no_answer.LINK):
        linked = team.log_in(args.server, args.anvandare, secret, args.namn)
    store = open_database(path, create=True)  # a new file only once the login worked
    try:
        team.link_file(store, linked)
    finally:
        store.close()
    if linked.warning:
        print(linked.warning, file=sys.stderr)
    kommun = f" ({linked.link.kommun})" if linked.link.kommun else ""
    # Nothing typed, and the login worked: libpq read ~/.pgpass, and nothing was saved.
    kept = (
        "Lösenordet är sparat i datorns nyckelring."
        if linked.saved
        else "Lösenordet sparades inte: ksdesk läser det ur ~/.pgpass."
    )
    print(
        f"{path.name} är kopplad till servern{kommun} som {linked.link.display_name}. "
        f"{kept} Synka med `ksdesk sync`."
    )
    return EXIT_OK


def cmd_sync(args: argparse.Namespace) -> int:
    from ksdesk.core import team_no_answer
    from ksdesk.services import team

    with opened(args) as store, said_if_no_answer(team_no_answer.SYNC):
        result = team.sync(store)
    if args.json:
        print_json(result.as_json())
        return EXIT_OK
    print(f"Skickade {result.skickade}, hämtade {result.hamtade}.")
    _print_conflicts(result.konflikter)
    return EXIT_OK


def _print_conflicts(conflicts: list) -> None:
    if not conflicts:
        return
    from ksdesk.core.team import unit_phrase

    print(f"{len(conflicts)} att lösa (`ksdesk konflikter --losa UUID --behall lokal|server`):")
    for conflict in conflicts:
        why = conflict.server.get("beskrivning") or conflict.server.get("orsak", "")
        # In Swedish, as the window names it (walk35 #11: "meeting Nämnden för …").
        print(f"  {unit_phrase(conflict.typ, conflict.rubrik)} [{conflict.uuid}]: {why}")


def cmd_checka_ut(args: argparse.Namespace) -> int:
    from ksdesk.core import team_no_answer
    from ksdesk.core.team import when
    from ksdesk.services import team

    with opened(args) as store, said_if_no_answer(team_no_answer.CHECK_OUT):
        lease = team.checka_ut(store, args.meeting, args.organ)
    print(
        f"Sammanträdet är utcheckat av {lease.holder} sedan {when(lease.since)}. Det kan "
        "ändras offline; `ksdesk checka-in` skickar ändringarna och lämnar tillbaka det."
    )
    return EXIT_OK


def cmd_checka_in(args: argparse.Namespace) -> int:
    from ksdesk.core import team_no_answer
    from ksdesk.services import team

    with opened(args) as store, said_if_no_answer(team_no_answer.CHECK_IN):
        result = team.checka_in(store, args.meeting, args.organ)
    if result.konflikter:
        _print_conflicts(result.konflikter)
    else:
        print("Sammanträdet är incheckat: ändringarna finns på servern.")
    return EXIT_OK


def cmd_bryt(args: argparse.Namespace) -> int:
    from ksdesk.core import team_no_answer
    from ksdesk.core.team import when
    from ksdesk.services import team

    with opened(args) as store:
        held = team.lease_on(store, args.meeting, args.organ)
        with said_if_no_answer(team_no_answer.breaking(held.holder if held else "")):
            lease = team.bryt_utcheckning(store, args.meeting, args.organ)
    print(
        f"Utcheckningen ({lease.holder} sedan {when(lease.since)}) är bruten. Det som "
        f"{lease.holder} ändrat sparas som en konfliktkopia när den datorn synkar."
    )
    return EXIT_OK


def cmd_konflikter(args: argparse.Namespace) -> int:
    from ksdesk.services import team_conflicts

    with opened(args) as store:
        if args.losa:
            if not args.behall:
                from ksdesk.core.errors import InvalidInput

                raise InvalidInput("Ange --behall lokal eller --behall server.")
            said = team_conflicts.resolve(store, args.losa, args.behall)
            print(f"Konflikten är löst. {said} Synka för att skicka.")
            return EXIT_OK
        conflicts = team_conflicts.list_conflicts(store)
    if args.json:
        print_json([conflict.as_json() for conflict in conflicts])
    elif conflicts:
        _print_conflicts(conflicts)
    else:
        print("Inga konflikter.")
    return EXIT_OK
