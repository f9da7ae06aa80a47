"""`ksdesk sok`: search every year of the file from a terminal."""

from __future__ import annotations

import argparse
import os
import sys

from ksdesk.cli.base import EXIT_OK, add_command, db_path, open_for
from ksdesk.cli.plain_output import TURN_CODES

TYPE_CHECKING = False  # typing itself is not imported: `ksdesk sok` starts a process per query
if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Any

    from ksdesk.core.search import Hit
    from ksdesk.services.store import Store

TYPES = ("arende", "paragraf", "delegationsbeslut", "punkt", "bilaga")


def register(subparsers: Any) -> None:
    sok = add_command(
        subparsers,
        "sok",
        cmd_sok,
        "sök i alla år: ärenden, paragrafer, delegationsbeslut, delegationspunkter, bilagor",
    )
    sok.add_argument("query", metavar="FRÅGA", help='orden att söka efter ("…" för en fras)')
    sok.add_argument("--organ", metavar="O", help="bara den här nämnden")
    sok.add_argument("--ar", type=int, metavar="ÅÅÅÅ", help="bara det här året")
    sok.add_argument("--typ", choices=TYPES, help="bara den här sortens träffar")
    sok.add_argument("--json", action="store_true", help="skriv ut som JSON")


def cmd_sok(args: argparse.Namespace) -> int:
    from ksdesk.services import search

    store = _open_for_search(args)
    try:
        if not store.read_only and search.unread_files(store, 1):
            print("Läser texten i bilagor som ännu inte finns i sökregistret …", file=sys.stderr)
            search.read_unread_files(store)
        hits = search.search(store, args.query, organ=args.organ, year=args.ar, kind=args.typ)
    finally:
        store.close()
    if args.json:
        sys.stdout.write(hits_json(hits) + "\n")
        return EXIT_OK
    from ksdesk.core.search import KINDS

    if not hits:
        print("Inga träffar.")
    bold = sys.stdout.isatty() and takes_bold(os.environ, os.name)
    for hit in hits:
        where = "  ".join(part for part in (hit.datum, hit.organ, KINDS[hit.typ]) if part)
        print(f"{where}: {hit.rubrik}")
        utdrag = " ".join(hit.utdrag.split())
        if shown_utdrag(utdrag, bold=False) != " ".join(hit.rubrik.split()):  # not said twice
            print(f"    {shown_utdrag(utdrag, bold=bold)}")
    return EXIT_OK


def takes_bold(environ: Mapping[str, str], system: str) -> bool:
    """Whether the terminal shows the escape for bold as bold: Windows' own console (cmd,
    PowerShell outside Windows Terminal, which sets WT_SESSION) prints it as "←[1m", and a
    reader who asked for no colours (NO_COLOR) or a dumb terminal gets the plain text."""
    if environ.get("NO_COLOR") or environ.get("TERM") == "dumb":
        return False
    return system != "nt" or bool(environ.get("WT_SESSION"))


def shown_utdrag(utdrag: str, *, bold: bool) -> str:
    """A hit's utdrag as a terminal shows it: the words that matched in bold, or, written to a
    file or a pipe, as plain text. The markers are for `--json` and the window, not for a
    reader of the terminal, who saw them as "**delegationsordning**"."""
    from ksdesk.core.search import MARK

    parts = utdrag.split(MARK)
    if len(parts) % 2 == 0:  # a marker the text itself holds, unpaired: leave it as written
        return utdrag
    if not bold:
        return "".join(parts)
    return "".join(f"\x1b[1m{part}\x1b[22m" if i % 2 else part for i, part in enumerate(parts))


# How json.dump(ensure_ascii=False) writes a string's characters: a quote, a backslash and
# the control characters escaped, every other character as it is.
# The bidi controls as escapes too, as print_json writes them (core.glyphs.TURNS).
_JSON_ESCAPES = str.maketrans(
    {chr(code): f"\\u{code:04x}" for code in (*range(0x20), *TURN_CODES)}
    | {"\\": "\\\\", '"': '\\"', "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}
)


def hits_json(hits: list[Hit]) -> str:
    """The hits as cli.base.print_json writes a list (indent 2, every letter as it is), byte
    for byte, without the json module: loading it (its decoder, scanner and C accelerator
    too) was 1.5 ms of every `ksdesk sok --json`."""
    if not hits:
        return "[]"
    records = (
        ",\n".join(f'    "{name}": "{value.translate(_JSON_ESCAPES)}"' for name, value in fields)
        for fields in (hit.as_json().items() for hit in hits)
    )
    return "[\n" + ",\n".join("  {\n" + fields + "\n  }" for fields in records) + "\n]"


def _open_for_search(args: argparse.Namespace) -> Store:
    """Searching only reads, and a terminal may run it many times a minute: a file whose index
    is complete is opened read-only (one connection, no writer lock). A file that needs
    updating, or has rows or files not in the index yet, is opened for writing as other
    commands open it (read-only after all when another ksdesk writes it), as is any file the
    read-only open refuses, so its message is the usual one."""
    from ksdesk.core.errors import KsdeskError
    from ksdesk.services import search
    from ksdesk.services.store import open_database

    try:
        store = open_database(db_path(args), read_only=True)
    except KsdeskError:
        return open_for(args, read_only_ok=True)
    if search.index_complete(store):
        return store
    store.close()
    return open_for(args, read_only_ok=True)
