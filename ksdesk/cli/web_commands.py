"""`ksdesk webb`: the public kallelse and protokoll as semantic, self-contained HTML pages in a
folder, for kommuner that publish HTML rather than PDF."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ksdesk.cli.base import (
    EXIT_OK,
    add_command,
    add_meeting_options,
    meeting_of,
    opened,
    save_output,
)
from ksdesk.core.errors import InvalidInput

if TYPE_CHECKING:
    from ksdesk.services.web_edition import HtmlFolder


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
    from ksdesk.core.format import format_count  # here: `ksdesk --help` loads no core
    from ksdesk.services import web_edition

    folder: Path = args.out
    if folder.exists() and not folder.is_dir():
        raise InvalidInput(f"{folder} är en fil, inte en mapp: ange en mapp för sidorna.")
    if not folder.parent.is_dir():
        raise InvalidInput(f"Mappen {folder.parent} finns inte.")
    with opened(args, read_only_ok=True) as store:
        meeting = meeting_of(store, args)
        written = web_edition.html_folder(store, meeting.id)
    folder.mkdir(exist_ok=True)
    for page in written.pages:
        save_output(
            folder / page.name, page.html.encode("utf-8"), f"{page.title}: {folder / page.name}"
        )
    for file in written.files:
        save_output(folder / file.name, file.data, "")
    _left_from_before(folder, written)
    for problem in written.problems:
        print(f"Varning: {problem}", file=sys.stderr)
    for file in written.files:
        if not file.tagged:
            print(
                f"Varning: ärende {file.item}, {file.title} är inte tillgänglighetsanpassad "
                "(saknar taggar): be den som skrev den om en tillgänglig version.",
                file=sys.stderr,
            )
    if written.files:
        count = format_count(len(written.files), "handling", "handlingar")
        print(f"Kallelsen länkar {count} som PDF-filer i samma mapp (publicera dem med sidorna).")
    if len(written.pages) == 1:
        print("Protokollet är inte skrivet eller inte justerat: bara kallelsen finns som HTML.")
    return EXIT_OK


def _left_from_before(folder: Path, written: HtmlFolder) -> None:
    """Take away a handling an earlier run wrote beside this kallelse that is not published
    now (a bilaga since withheld, an ärende since secret): left there it would be published
    with the pages. Only files named as `webb` names them for this meeting."""
    from ksdesk.core.os_errors import os_reason  # here: `ksdesk --help` loads no core

    kept = {file.name for file in written.files}
    for path in sorted(folder.glob(f"{written.stem}-arende-*.pdf")):
        if path.name not in kept:
            try:
                path.unlink()
            except OSError as error:
                raise InvalidInput(
                    f"{path} publiceras inte längre men kunde inte tas bort: {os_reason(error)}. "
                    "Ta bort filen innan mappen publiceras."
                ) from error
            print(f"Borttagen, publiceras inte längre: {path}")
