"""The argument parser, in Swedish, and the shared options of every sub-command."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from types import ModuleType

from ksdesk import __version__, paths
from ksdesk.core.errors import StoreError

TYPE_CHECKING = False  # typing itself is not imported: `ksdesk sok` starts a process per query
if TYPE_CHECKING:  # the database layer loads when a command opens a file, not before
    from datetime import date
    from typing import Any

    from ksdesk.services.store import Store

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2

# argparse speaks English; these are the messages a user actually meets.
_SWEDISH = {
    "usage: ": "användning: ",
    "the following arguments are required: %s": "följande argument krävs: %s",
    "unrecognized arguments: %s": "okända argument: %s",
    "expected one argument": "kräver ett värde",
    "invalid choice: %(value)r (choose from %(choices)s)": "ogiltigt val: %(value)r (välj bland %(choices)s)",  # noqa: E501
    "invalid %(type)s value: %(value)r": "ogiltigt värde: %(value)r",
    "show this help message and exit": "visa den här hjälpen och avsluta",
    "positional arguments": "argument",
    "options": "flaggor",
    "argument %(argument_name)s: %(message)s": "argumentet %(argument_name)s: %(message)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fel: %(message)s\n",
    "not allowed with argument %s": "får inte användas tillsammans med %s",
    "one of the arguments %s is required": "ett av argumenten %s krävs",
}
argparse._ = lambda text: _SWEDISH.get(text, text)  # type: ignore[attr-defined]

Handler = Callable[[argparse.Namespace], int]


def date_arg(text: str) -> date:
    """An argparse type: a date as the secretary writes it ("2020-12-07"), refused in Swedish."""
    # Imported here: `ksdesk --version` and the other commands should not pay for Babel.
    from ksdesk.core.format import FormatError, parse_date

    try:
        return parse_date(text)
    except FormatError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def paragraf_arg(text: str) -> int:
    """An argparse type: a § number as the protokoll writes it, "103", "§ 103" or "§103"."""
    from ksdesk.core.typed_text import is_digits  # on use: `ksdesk --help` loads no more

    digits = text.strip().removeprefix("§").strip()
    if not is_digits(digits):
        raise argparse.ArgumentTypeError(
            f"”{text}” är inget paragrafnummer: skriv numret, t.ex. 103 eller ”§ 103”."
        )
    return int(digits)


def add_meeting_options(command: argparse.ArgumentParser) -> None:
    """--meeting DAY and --organ NAME: how every command names one meeting."""
    command.add_argument(
        "--meeting", type=date_arg, required=True, metavar="ÅÅÅÅ-MM-DD", help="sammanträdets dag"
    )
    command.add_argument(
        "--organ",
        metavar="NAMN",
        help="nämnden (krävs när flera nämnder sammanträder samma dag), t.ex. Kommunstyrelsen",
    )


def meeting_of(store: Store, args: argparse.Namespace, *, with_items: bool = True):
    """The meeting that --meeting and --organ name (refused, naming the organs, when two
    organs meet that day and --organ is not given)."""
    from ksdesk.services.meeting_lookup import find_meeting

    return find_meeting(store, args.meeting, args.organ, with_items=with_items)


def build_parser(
    groups: Iterable[ModuleType], *, listing_only: bool = False
) -> argparse.ArgumentParser:
    """The parser of the commands in `groups`. listing_only: the commands are named with
    their one-line help but get no options, which is all `ksdesk --help` and a refused
    command word need (building every command's options was a third of `--help`'s time)."""
    parser = _Parser(
        prog="ksdesk",
        description="ksdesk – kallelse, budget och delegation för nämndsekreteraren.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"ksdesk {__version__}",
        help="visa versionen och avsluta",
    )
    parser.add_argument("--db", type=Path, help="databasfilen (standard: i din datamapp)")
    subparsers = parser.add_subparsers(dest="command", metavar="KOMMANDO", title="kommandon")
    for group in groups:
        group.register(_Listing(subparsers) if listing_only else subparsers)
    return parser


def _terminal_columns() -> int:
    """The terminal's width as shutil.get_terminal_size reads it: $COLUMNS, the terminal, 80."""
    try:
        return int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        pass
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        return 80


class _Formatter(argparse.HelpFormatter):
    """argparse's own, told the terminal's width: left to itself it imports shutil (and bz2
    and lzma with it, 2 ms of every command) to learn it, at every add_argument."""

    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
    ) -> None:
        columns = width if width is not None else _terminal_columns() - 2
        super().__init__(prog, indent_increment, max_help_position, columns)


class _Parser(argparse.ArgumentParser):
    """The parser of ksdesk and of every command under it (add_subparsers makes its own
    class): argparse's, with _Formatter."""

    def __init__(self, *args: Any, **options: Any) -> None:
        options.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **options)


class _Listing:
    """The commands' list, while only the list is wanted: each command is added to it with
    its help line, and what a group adds to the command after that is set aside."""

    def __init__(self, subparsers: Any) -> None:
        self._subparsers = subparsers

    def add_parser(self, name: str, **options: Any) -> _SetAside:
        self._subparsers.add_parser(name, help=options.get("help"))
        return _SetAside()


class _SetAside:
    """Takes every option, sub-command and default a group gives a command, and keeps none."""

    def __getattr__(self, _name: str) -> Callable[..., _SetAside]:
        return lambda *_args, **_options: self


def add_command(
    subparsers: Any, name: str, handler: Handler, help_text: str
) -> argparse.ArgumentParser:
    """A sub-command with the shared --db option (which may also stand before the command)."""
    command = subparsers.add_parser(name, help=help_text, description=help_text)
    command.add_argument("--db", type=Path, default=argparse.SUPPRESS, help="databasfilen")
    command.set_defaults(handler=handler)
    return command


def run_command(args: argparse.Namespace) -> int:
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        from ksdesk.cli.app_commands import run_gui

        return run_gui(args)
    if getattr(args, "out", None) is not None:
        from ksdesk.atomic import check_save_target

        # Before any work: a command never gets as far as writing over a database (and the
        # save checks again, in case the file changed meanwhile). Some commands write their
        # files into a folder (expediera): the folder itself is then checked.
        check_save_target(args.out, folder_ok=True)
    return handler(args)


def db_path(args: argparse.Namespace, *, must_exist: bool = True) -> Path:
    path = args.db if getattr(args, "db", None) else paths.default_db_path()
    if must_exist and not path.exists():
        raise StoreError(
            f"Databasfilen {path} finns inte. Skapa en ny, tom databas med `ksdesk init --db "
            f'"{path}" --kommun "<kommunens namn>" --organ "<nämndens namn>"` '
            "(eller en att prova på med `ksdesk demo`)."
        )
    return path


def open_for(args: argparse.Namespace, *, read_only_ok: bool = False) -> Store:
    """Open the database named by --db; it must exist (a typo should not create a new file).

    A command that only reads passes read_only_ok: it then also works while the GUI (another
    ksdesk) has the file open for writing, and on a file or in a folder that is read-only
    (it says so on stderr: the file is respected, not made writable)."""
    from ksdesk.core.errors import StoreDamaged

    path = db_path(args)
    try:
        return _open(path, read_only_ok)
    except StoreDamaged as error:
        from ksdesk.services.backup import recovery_hint

        raise StoreDamaged(f"{error} {recovery_hint(path)}".strip(), path) from error


def _open(path: Path, read_only_ok: bool) -> Store:
    from ksdesk.core.errors import StoreNotWritable, StoreReadOnly
    from ksdesk.services.store import open_database, upgrade_pending

    if upgrade_pending(path):  # some seconds for a file of many years: say why it waits
        print(
            f"ksdesk: {path.name} uppdateras till den här versionen av ksdesk (en kopia av "
            "filen sparas först). Vänta.",
            file=sys.stderr,
        )
    try:
        return open_database(path)
    except StoreNotWritable as error:
        if not read_only_ok:
            raise
        store = open_database(path, read_only=True)
        if isinstance(error, StoreReadOnly):
            print(f"ksdesk: {error.reason}: filen öppnas skrivskyddad.", file=sys.stderr)
        return store


@contextlib.contextmanager
def opened(args: argparse.Namespace, *, read_only_ok: bool = False) -> Iterator[Store]:
    """`open_for`, closed again when the block ends, also on an error."""
    store = open_for(args, read_only_ok=read_only_ok)
    try:
        yield store
    finally:
        store.close()


def save_output(path: Path, data: bytes, message: str) -> None:
    """Write the file a command made (never half-written: ksdesk.atomic) and say so
    (unless the message is empty: --json output stays JSON only)."""
    from ksdesk.atomic import save_as

    save_as(path, data)
    if message:
        print(message)


def print_json(data: Any) -> None:
    import json  # on use: most commands print text, and the CLI's start is counted

    from ksdesk.core.glyphs import TURNS

    text = json.dumps(data, ensure_ascii=False, indent=2, default=str)
    # A bidi control printed as itself turns the terminal's text after it backwards; written
    # as its escape ("\u202e") it is the same JSON string, and a program reads it unchanged.
    sys.stdout.write(TURNS.sub(lambda turn: f"\\u{ord(turn[0]):04x}", text) + "\n")
