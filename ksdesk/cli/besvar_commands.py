"""`forvaltningsbesvar`: mark a § as appealed by förvaltningsbesvär (a bygglov, to
länsstyrelsen) and record when it was delivered and kungjort, as the § editor's "Överklagande
och laga kraft" does: Uppföljning then counts its laga kraft from those days, not the anslag."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from ksdesk.cli.base import (
    EXIT_OK,
    add_command,
    add_meeting_options,
    date_arg,
    meeting_of,
    opened,
    paragraf_arg,
)


def register(subparsers: Any) -> None:
    besvar = add_command(
        subparsers,
        "forvaltningsbesvar",
        cmd_forvaltningsbesvar,
        "markera att en paragraf överklagas genom förvaltningsbesvär (bygglov o.d.) och ange "
        "delgivning och kungörelse",
    )
    add_meeting_options(besvar)
    besvar.add_argument(
        "--paragraf", type=paragraf_arg, required=True, help="paragrafens nummer, t.ex. 54"
    )
    day = {"type": date_arg, "metavar": "ÅÅÅÅ-MM-DD"}
    besvar.add_argument("--delgivet", help="dagen då beslutet delgavs (den sista parten)", **day)
    besvar.add_argument(
        "--kungors",
        action="store_true",
        help="beslutet kungörs i Post- och Inrikes Tidningar (lov, positivt förhandsbesked)",
    )
    besvar.add_argument("--kungjort", help="dagen för kungörelsen i PoIT", **day)
    besvar.add_argument(
        "--ta-bort",
        action="store_true",
        help="inte förvaltningsbesvär: laglighetsprövning, tiden räknas från anslaget",
    )


def cmd_forvaltningsbesvar(args: argparse.Namespace) -> int:
    from ksdesk.core.besvar_hint import LAGLIGHET, state_text
    from ksdesk.services import forvaltningsbesvar

    with opened(args) as store:
        paragraf, besvar = forvaltningsbesvar.mark(
            store,
            meeting_of(store, args, with_items=False).id,
            args.paragraf,
            delgivet=args.delgivet,
            kungjort=args.kungjort,
            kungoras=args.kungors,
            remove=args.ta_bort,
        )
    said = state_text(besvar, date.today(), None) if besvar else LAGLIGHET
    what = "förvaltningsbesvär" if besvar else "inte förvaltningsbesvär"
    print(f"{paragraf.label} {paragraf.title}: {what}. {said}")
    return EXIT_OK
