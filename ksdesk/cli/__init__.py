"""The `ksdesk` command: no sub-command opens the GUI; sub-commands run the same services
from a terminal. This path never imports Qt unless the GUI is asked for."""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import sys
from collections.abc import Sequence

from ksdesk.cli.base import EXIT_ERROR, EXIT_OK, build_parser, run_command
from ksdesk.cli.plain_output import plain_output
from ksdesk.core.errors import KsdeskError

TYPE_CHECKING = False  # typing itself is not imported: `ksdesk sok` starts a process per query
if TYPE_CHECKING:
    from typing import NoReturn

# Each command group is a module ksdesk.cli.<name> with register(subparsers); add its name
# here, one per line, and its top-level commands to COMMANDS.
COMMAND_GROUPS = (
    "app_commands",
    "backup_commands",
    "budget_commands",
    "delegation_commands",
    "meeting_commands",
    "organ_commands",
    "deadline_commands",
    "protokoll_commands",
    "public_commands",
    "web_commands",
    "team_commands",
    "uppfoljning_commands",
    "besvar_commands",
    "search_commands",
    "tjansteskrivelse_commands",
)

# Which group registers each top-level command: a command imports only its own group, and
# the GUI (no command) none of them. A test holds this to what the groups register.
COMMANDS = {
    "demo": "app_commands",
    "init": "app_commands",
    "info": "app_commands",
    "backup": "backup_commands",
    "budget": "budget_commands",
    "delegation": "delegation_commands",
    "meeting": "meeting_commands",
    "namnd": "organ_commands",
    "agenda": "meeting_commands",
    "bilaga": "meeting_commands",
    "kallelse": "meeting_commands",
    "tjansteskrivelse": "tjansteskrivelse_commands",
    "deadlines": "deadline_commands",
    "protokoll": "protokoll_commands",
    "utdrag": "protokoll_commands",
    "ics": "protokoll_commands",
    "public": "public_commands",
    "skyddad": "public_commands",
    "webb": "web_commands",
    "expediera": "uppfoljning_commands",
    "motion": "uppfoljning_commands",
    "uppfoljning": "uppfoljning_commands",
    "forvaltningsbesvar": "besvar_commands",
    "verifiera": "uppfoljning_commands",
    "sok": "search_commands",
    "server": "team_commands",
    "koppla": "team_commands",
    "sync": "team_commands",
    "checka-ut": "team_commands",
    "checka-in": "team_commands",
    "bryt-utcheckning": "team_commands",
    "konflikter": "team_commands",
}


def groups_for(argv: Sequence[str]) -> list[str]:
    """The groups a command line needs: its command's group; all of them for an unknown word
    or the top-level help (so argparse can list the commands, or refuse the word in Swedish);
    none for the GUI."""
    for index, word in enumerate(argv):
        if word.startswith("-") or (index > 0 and argv[index - 1] == "--db"):
            continue  # an option, or the value of --db
        return [COMMANDS[word]] if word in COMMANDS else list(COMMAND_GROUPS)
    return list(COMMAND_GROUPS) if {"-h", "--help"} & set(argv) else []


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    names = groups_for(words)
    groups = [importlib.import_module(f"ksdesk.cli.{name}") for name in names]
    # Every group only for the list of commands (the help, or a word that is no command).
    parser = build_parser(groups, listing_only=len(names) == len(COMMAND_GROUPS))
    with plain_output():
        return _run(parser.parse_args(words))


def _run(args: argparse.Namespace) -> int:
    try:
        return run_command(args)
    except KsdeskError as error:
        print(f"ksdesk: {error}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("ksdesk: avbrutet.", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `ksdesk ... --json | head`: the reader has had enough
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as error:  # a bug: say so plainly; the traceback in the log
        if os.environ.get("KSDESK_DEBUG"):
            import traceback

            traceback.print_exc()
        print(
            f"ksdesk: ett oväntat fel inträffade. Inget har sparats halvvägs. {_logged(error)}",
            file=sys.stderr,
        )
        return EXIT_ERROR


def run() -> NoReturn:
    """The `ksdesk` command, `python -m ksdesk` and the bundle's executables: main(), and the
    process ends with its status (argparse's --help, --version and refusals end it too)."""
    try:
        sys.exit(main())
    finally:
        if "PySide6.QtWidgets" not in sys.modules:
            # A command, not the window: what it built is left to the operating system
            # instead of being walked once more by the garbage collector as Python shuts
            # down (3.5 ms of every command; `ksdesk sok` is one process per query). Files
            # and connections are closed by then, and atexit work (temporary folders) still
            # runs. The window's objects go the usual way, Qt's destructors with them.
            gc.freeze()


def _logged(error: Exception) -> str:
    """Write the error with its traceback to ksdesk's log; say where it is."""
    from ksdesk import applog

    path = applog.start("cli")
    if path is None:
        return "Kör med KSDESK_DEBUG=1 för detaljer."
    applog.log_error(type(error), error, error.__traceback__)
    return f"Detaljerna finns i loggen {path}."
