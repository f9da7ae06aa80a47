"""`ksdesk webb`: the public kallelse and protokoll as semantic, self-contained HTML pages in a
folder, for kommuner that publish HTML rather than PDF."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ksdesk.cli.base import (
    EXIT_OK,
    add_command,
    add_meeting_options,
    meeting_of,
    opened,
    save_output,
)
from ksdesk.core.errors import InvalidInput


def register(subparsers: Any) -> None:
    webb = add_command(
        subparsers,
        "webb",
        cmd_webb,
        "skriv den offentliga kallelsen och protokollet som HTML-sidor för webben",
    )
    add_meeting_options(webb)
    webb.add_argument(
        "--out", required=True, type=Path, metavar="MAPP", help="mappen sidorna skrivs i"
    )


def cmd_webb(args: argparse.Namespace) -> int:
    from ksdesk.services import web_edition

    folder: Path = args.out
    if folder.exists() and not folder.is_dir():
        raise InvalidInput(f"{folder} är en fil, inte en mapp: ange en mapp för sidorna.")
    if not folder.parent.is_dir():
        raise InvalidInput(f"Mappen {folder.parent} finns inte.")
    with opened(args, read_only_ok=True) as store:
        meeting = meeting_of(store, args)
        pages = web_edition.html_editions(store, meeting.id)
    folder.mkdir(exist_ok=True)
    for page in pages:
        save_output(
            folder / page.name, page.html.encode("utf-8"), f"{page.title}: {folder / page.name}"
        )
    if len(pages) == 1:
        print("Protokollet är inte skrivet eller inte justerat: bara kallelsen finns som HTML.")
    return EXIT_OK
