"""After the meeting: `expediera`, `motion add|list|rapport`, `uppfoljning` and `verifiera`."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from ksdesk.cli.base import (
    EXIT_ERROR,
    EXIT_OK,
    add_command,
    add_meeting_options,
    date_arg,
    meeting_of,
    opened,
    print_json,
    save_output,
)


def register(subparsers: Any) -> None:
    expediera = add_command(
        subparsers,
        "expediera",
        cmd_expediera,
        "skicka ut ett justerat protokoll: ett protokollsutdrag per mottagare",
    )
    add_meeting_options(expediera)
    expediera.add_argument("--out", type=Path, required=True, metavar="MAPP", help="mappen")
    expediera.add_argument(
        "--igen",
        action="store_true",
        help="skicka även det som redan har expedierats (annars bara det som inte skickats)",
    )
    expediera.add_argument("--json", action="store_true", help="skriv ut som JSON")

    motion = subparsers.add_parser(
        "motion",
        help="motioner och medborgarförslag",
        description="Registret över motioner och medborgarförslag.",
    )
    sub = motion.add_subparsers(dest="motion_command", metavar="KOMMANDO", required=True)
    add = add_command(sub, "add", cmd_motion_add, "lägg till en motion eller ett medborgarförslag")
    add.add_argument("--typ", required=True, choices=("motion", "medborgarforslag"))
    add.add_argument("--rubrik", required=True, metavar="T", help="rubriken")
    add.add_argument(
        "--vackt",
        type=date_arg,
        required=True,
        metavar="ÅÅÅÅ-MM-DD",
        help="dagen då det väcktes i fullmäktige",
    )
    add.add_argument("--av", default="", metavar="NAMN", help="vem som väckte det")
    add.add_argument("--dnr", default="", metavar="D", help="diarienumret")
    listing = add_command(sub, "list", cmd_motion_list, "visa registret")
    listing.add_argument("--json", action="store_true", help="skriv ut som JSON")
    rapport = add_command(
        sub,
        "rapport",
        cmd_motion_rapport,
        "skriv redovisningen av motioner och medborgarförslag som inte beretts färdigt",
    )
    rapport.add_argument("--datum", type=date_arg, required=True, metavar="D", help="per dag")
    rapport.add_argument("--out", type=Path, required=True, metavar="R.pdf", help="PDF-filen")
    rapport.add_argument(
        "--public", action="store_true", help="offentlig version (namn bara med medgivande)"
    )

    oversikt = add_command(
        subparsers,
        "uppfoljning",
        cmd_uppfoljning,
        "öppna ärenden, uppdrag, motioner, laga kraft och ej anmälda delegationsbeslut",
    )
    oversikt.add_argument("--json", action="store_true", help="skriv ut som JSON")
    oversikt.add_argument("--datum", type=date_arg, metavar="D", help="per dag (standard: i dag)")
    oversikt.add_argument("--organ", metavar="NAMN", help="bara den här nämndens ärenden")

    verifiera = add_command(
        subparsers, "verifiera", cmd_verifiera, "vilket protokoll och vilken version är filen?"
    )
    verifiera.add_argument("file", type=Path, metavar="FIL.pdf", help="PDF-filen")
    verifiera.add_argument("--json", action="store_true", help="skriv ut som JSON")


def cmd_expediera(args: argparse.Namespace) -> int:
    from ksdesk.services import expediering

    with opened(args) as store:
        meeting = meeting_of(store, args)
        try:
            sent = expediering.expediera(store, meeting.id, args.out, again=args.igen)
        except expediering.AlreadySent as done:
            raise expediering.AlreadySent(f"{done} Skicka allt igen med --igen.") from None
    if args.json:
        print_json(expediering.as_json(sent))
        return EXIT_OK
    for u in sent:
        numbers = ", ".join(str(n) for n in u.paragrafer)
        print(f"{u.mottagare}: § {numbers} → {u.fil}")
    print(f"{len(sent)} protokollsutdrag är skrivna och loggade.")
    return EXIT_OK


def cmd_motion_add(args: argparse.Namespace) -> int:
    from ksdesk.services import motioner

    with opened(args) as store:
        motion = motioner.add(store, args.typ, args.rubrik, args.vackt, args.av, args.dnr)
    # The grammatical gender follows the noun: en motion, ett medborgarförslag.
    said = (
        ("Motionen", "registrerad", "den")
        if motion.typ == "motion"
        else ("Medborgarförslaget", "registrerat", "det")
    )
    what, registered, it = said
    print(f"{what} ”{motion.rubrik}” är {registered}; {it} ska besvaras senast {motion.senast}.")
    return EXIT_OK


def cmd_motion_list(args: argparse.Namespace) -> int:
    from ksdesk.core.motion import TYP_LABELS, MotionTyp, as_json, status_word
    from ksdesk.services import motioner

    with opened(args, read_only_ok=True) as store:
        rows = [as_json(m, date.today()) for m in motioner.list_motioner(store)]
    if args.json:
        print_json(rows)
        return EXIT_OK
    for r in rows:
        mark = "  ÖVER ETT ÅR" if r["over_ett_ar"] else ""
        kind = TYP_LABELS[MotionTyp(r["typ"])].lower()  # "medborgarförslag", not the JSON key
        status = status_word(r["status"], r["typ"])  # ett medborgarförslag är besvarat
        print(f"{r['vackt']}  {kind:<16} {status:<14} {r['rubrik']}{mark}")
    return EXIT_OK


def cmd_motion_rapport(args: argparse.Namespace) -> int:
    from ksdesk.services import motioner

    with opened(args, read_only_ok=True) as store:
        data = motioner.redovisning_pdf(store, args.datum, public=args.public)
    save_output(args.out, data, f"Redovisningen är skriven till {args.out}.")
    return EXIT_OK


def cmd_uppfoljning(args: argparse.Namespace) -> int:
    from ksdesk.services import uppfoljning
    from ksdesk.services.meeting_lookup import find_organ

    with opened(args, read_only_ok=True) as store:
        organ_id = find_organ(store, args.organ).id if args.organ else None
        # the text offers the uppdrag in the year's beslut that are not registered; the JSON
        # keeps its promised shape
        day = args.datum or date.today()
        result = uppfoljning.overview(store, day, organ_id, offers=not args.json)
        data = uppfoljning.as_json(result, store)
        text = uppfoljning.as_text(result)
    if args.json:
        print_json(data)
    else:
        print(text)
    return EXIT_OK


def cmd_verifiera(args: argparse.Namespace) -> int:
    from ksdesk.services import arkiv

    with opened(args, read_only_ok=True) as store:
        result = arkiv.verifiera(store, args.file)
    if args.json:
        print_json(arkiv.as_json(result))
    else:
        print(result.message, file=sys.stdout if result.matches else sys.stderr)
    return EXIT_OK if result.matches else EXIT_ERROR
