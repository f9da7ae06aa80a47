"""`deadlines`: a meeting's deadline chain (kallelse, delegationsbeslut, justering, anslag,
överklagande), from the meeting's recorded justering and anslag when it is stored, and the
§§ whose appeal period runs from delgivning instead."""

from __future__ import annotations

import argparse
from contextlib import nullcontext
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from ksdesk.cli.base import EXIT_OK, add_command, date_arg, opened, print_json

if TYPE_CHECKING:
    from ksdesk.services.deadlines import Recorded


def register(subparsers: Any) -> None:
    deadlines = add_command(
        subparsers,
        "deadlines",
        cmd_deadlines,
        "visa tidsfristerna för ett sammanträde (kallelse, delegationsbeslut, justering, "
        "anslag, överklagande)",
    )
    day = {"type": date_arg, "metavar": "ÅÅÅÅ-MM-DD"}
    # --meeting as every other command names the meeting's day; --date as the README has it.
    deadlines.add_argument(
        "--date", "--meeting", dest="date", required=True, help="sammanträdesdatum", **day
    )
    deadlines.add_argument("--justerat", help="dagen då protokollet justerades", **day)
    deadlines.add_argument("--anslaget", help="dagen då anslaget sattes upp", **day)
    deadlines.add_argument(
        "--organ", metavar="NAMN", help="nämnden (när flera nämnder sammanträder den dagen)"
    )
    deadlines.add_argument("--json", action="store_true", help="skriv ut som JSON")


def cmd_deadlines(args: argparse.Namespace) -> int:
    from ksdesk.core.format import format_date_long
    from ksdesk.services.deadlines import Recorded, describe_chain, recorded

    if args.organ and not getattr(args, "db", None):
        from ksdesk.core.errors import InvalidInput

        raise InvalidInput("--organ behöver databasen där nämnden finns: ange även --db.")
    _refuse_dates_before_the_meeting(args)
    reading = opened(args, read_only_ok=True) if getattr(args, "db", None) else nullcontext()
    with reading as store:
        found = Recorded()
        if store is not None and args.justerat is None and args.anslaget is None:
            found = recorded(store, args.date, args.organ)  # as Uppföljning counts
        items = describe_chain(
            args.date,
            date.today(),
            store=store,
            justerat=args.justerat or found.justerat,
            anslaget=args.anslaget or found.anslaget,
            organ=args.organ,
        )
    if args.json:
        print_json({item.key: item.day.isoformat() for item in items})
        return EXIT_OK
    rows = [("Sammanträde", format_date_long(args.date), "")]
    rows += [(i.label, format_date_long(i.day), f" ({i.note})" if i.note else "") for i in items]
    slut = next(i.day for i in items if i.key == "overklagande_slut")
    # The day Uppföljning's Laga kraft list shows: the day after the last day to appeal.
    rows.append(("Laga kraft om ingen överklagar", format_date_long(slut + timedelta(1)), ""))
    width = max(len(label) for label, _, _ in rows)
    for label, day, note in rows:
        print(f"{label:<{width}}  {day}{note}")
    for line in _recorded_lines(found):
        print(line)
    return EXIT_OK


def _recorded_lines(found: Recorded) -> list[str]:
    """Where the dates came from, and the §§ whose period does not run from the anslag."""
    from ksdesk.core.format import format_date_long

    lines = []
    if found.justerat or found.anslaget:
        days = [
            f"{what} {format_date_long(day)}"
            for what, day in (("justerat", found.justerat), ("anslaget", found.anslaget))
            if day
        ]
        lines.append(f"Räknat från sammanträdets registrerade datum: {', '.join(days)}.")
    if found.besvar:
        lines.append(
            f"{', '.join(found.besvar)}: förvaltningsbesvär – tiden räknas från delgivning "
            "(och kungörelse), inte från anslaget; se ksdesk uppfoljning."
        )
    if found.besvar_forslag:
        lines.append(
            f"{', '.join(found.besvar_forslag)}: troligen förvaltningsbesvär (bygglov o.d.) – "
            "tiden räknas då från delgivning, inte från anslaget; markera det på paragrafen."
        )
    return lines


def _refuse_dates_before_the_meeting(args: argparse.Namespace) -> None:
    """A --justerat or --anslaget typed a month or a year wrong, before the meeting: the
    chain counted the anslag from it and printed deadlines before the meeting itself."""
    if args.justerat is None and args.anslaget is None:
        return  # the plain command stays as light as `python -c pass` allows (test_cli)
    from ksdesk.core.errors import InvalidInput
    from ksdesk.core.justering_check import justering_date_problem
    from ksdesk.core.protokoll import Justering

    given = Justering(justerat=args.justerat, anslaget=args.anslaget)
    problem = justering_date_problem(args.date, given)
    if problem:
        raise InvalidInput(problem)
