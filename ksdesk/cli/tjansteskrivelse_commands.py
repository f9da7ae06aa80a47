"""`tjansteskrivelse import`: an ärende's tjänsteskrivelse read from the Word file the
handläggare sent, with the same report the window shows before saving."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ksdesk.cli import base


def register(subparsers: Any) -> None:
    group = subparsers.add_parser(
        "tjansteskrivelse",
        help="tjänsteskrivelser",
        description="Ärendenas tjänsteskrivelser.",
    )
    sub = group.add_subparsers(dest="tjansteskrivelse_command", metavar="KOMMANDO", required=True)
    imp = base.add_command(
        sub,
        "import",
        cmd_tjansteskrivelse_import,
        "läs in ett ärendes tjänsteskrivelse från en Word-fil (.docx) eller en PDF från Word",
    )
    base.add_meeting_options(imp)
    imp.add_argument(
        "--arende", required=True, type=int, metavar="N", help="ärendets nummer i ärendelistan"
    )
    imp.add_argument("file", type=Path, metavar="FIL", help="Word-filen (.docx) eller PDF-filen")
    imp.add_argument(
        "--ersatt",
        action="store_true",
        help="ersätt en tjänsteskrivelse som ärendet redan har",
    )
    imp.add_argument(
        "--trots-fel",
        action="store_true",
        help="lägg den på ärendet även om titel och Dnr ser ut att höra till ett annat",
    )
    imp.add_argument("--json", action="store_true", help="skriv importrapporten som JSON")
    imp.add_argument(
        "--dry-run", action="store_true", help="läs filen och visa rapporten utan att spara"
    )


def cmd_tjansteskrivelse_import(args: argparse.Namespace) -> int:
    from ksdesk.services import tjansteskrivelse_import

    with base.opened(args) as store:
        meeting = base.meeting_of(store, args, with_items=False)
        planned = tjansteskrivelse_import.import_file(
            store,
            meeting.id,
            args.arende,
            args.file,
            dry_run=args.dry_run,
            replace_existing=args.ersatt,
            anyway=args.trots_fel,
        )
    if args.json:
        base.print_json(planned.report.as_json())
        return base.EXIT_OK
    print(planned.report.text())
    title = planned.item.title
    if args.dry_run:
        kept = " (ärendet har redan en, som skulle ersättas)" if planned.replaces else ""
        print(f"Inget sparades (--dry-run): tjänsteskrivelsen skulle läggas på ”{title}”{kept}.")
    else:
        done = f"ersatt med {planned.source}s" if planned.replaces else "sparad"
        print(f"Tjänsteskrivelsen för ärende {args.arende}, ”{title}”, är {done}.")
    return base.EXIT_OK
