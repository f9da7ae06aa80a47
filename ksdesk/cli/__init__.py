"""The `ksdesk` command: no sub-command opens the GUI; sub-commands run the same services
from a terminal. This path never imports Qt unless the GUI is asked for."""

from __future__ import annotations

import importlib
import os
import sys
import traceback
from collections.abc import Sequence

from ksdesk.cli.base import EXIT_ERROR, EXIT_OK, build_parser, run_command
from ksdesk.core.errors import KsdeskError

# Each command group is a module ksdesk.cli.<name> with register(subparsers); add its name
# here, one per line.
COMMAND_GROUPS = (
    "app_commands",
    "backup_commands",
    "budget_commands",
    "delegation_commands",
    "meeting_commands",
    "protokoll_commands",
    "public_commands",
)


def main(argv: Sequence[str] | None = None) -> int:
    groups = [importlib.import_module(f"ksdesk.cli.{name}") for name in COMMAND_GROUPS]
    parser = build_parser(groups)
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
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
    except Exception as error:  # a bug: say so plainly; the traceback only on request
        if os.environ.get("KSDESK_DEBUG"):
            traceback.print_exc()
        print(
            f"ksdesk: ett oväntat fel inträffade ({type(error).__name__}: {error}). "
            "Inget har sparats halvvägs. Kör med KSDESK_DEBUG=1 för detaljer.",
            file=sys.stderr,
        )
        return EXIT_ERROR
