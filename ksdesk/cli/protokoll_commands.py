"""`protokoll`, `utdrag` and `ics`: the printed protokoll and protokollsutdrag, and the meeting
as a calendar event (`deadlines`: cli.deadline_commands)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ksdesk.cli.base import (
    EXIT_OK,
    add_command,
    add_meeting_options,
    meeting_of,
    opened,
    paragraf_arg,
    save_output,
)


def register(subparsers: Any) -> None:
    protokoll = add_command(
        subparsers,
        "protokoll",
        cmd_protokoll,
        "skriv protokollet som PDF, eller starta det (`protokoll start`)",
    )
    protokoll.add_argument(
        "action",
        nargs="?",
        choices=["start"],
        metavar="start",
        help="starta protokollet som ”Starta protokollet” gör: en § per ärende och uppropet",
    )
    add_meeting_options(protokoll)
    protokoll.add_argument("--out", type=Path, help="PDF-filen som skrivs")
    protokoll.add_argument(
        "--forsta-paragraf",
        type=int,
        metavar="N",
        help="med `start`: paragrafnumret sammanträdet börjar på, när årets tidigare "
        "paragrafer inte finns i filen (t.ex. 187 för den som börjar med ksdesk i höst)",
    )
    protokoll.add_argument(
        "--public",
        action="store_true",
        help="den offentliga versionen för webben (taggad PDF/UA-1 och PDF/A-2a): "
        "sekretessparagrafer utan text, personnummer maskerade (kräver att varje träff i "
        "`ksdesk public scan` är hanterad)",
    )
    protokoll.add_argument(
        "--arkiv",
        action="store_true",
        help="arkivexemplaret: PDF/A-2b med en sida för underskrifter (e-signering), "
        "fingeravtrycket sparas som en version av protokollet",
    )

    utdrag = add_command(
        subparsers, "utdrag", cmd_utdrag, "skriv ett protokollsutdrag av en paragraf som PDF"
    )
    add_meeting_options(utdrag)
    utdrag.add_argument(
        "--paragraf", type=paragraf_arg, required=True, help="paragrafens nummer, t.ex. 103"
    )
    utdrag.add_argument("--out", type=Path, required=True, help="PDF-filen som skrivs")
    utdrag.add_argument(
        "--public",
        action="store_true",
        help="den offentliga versionen för webben (taggad PDF/UA-1 och PDF/A-2a): en "
        "sekretessparagraf utan text, personnummer maskerade (kräver att varje träff i "
        "`ksdesk public scan` är hanterad)",
    )

    ics = add_command(
        subparsers, "ics", cmd_ics, "exportera sammanträdet och dess tidsfrister till kalendern"
    )
    add_meeting_options(ics)
    ics.add_argument("--out", type=Path, required=True, help="ICS-filen som skrivs")
    ics.add_argument(
        "--intern",
        action="store_true",
        help="den fullständiga filen för eget bruk (standard: den offentliga, granskad och "
        "maskerad som den offentliga kallelsen)",
    )


def _write_for_meeting(
    args: argparse.Namespace, produce: Callable, done: str, *, checked: bool = False
) -> int:
    """Open --db, find the meeting of --meeting, write what `produce` returns to --out.
    Only reads: works beside the GUI that has the file open, and on a read-only file.
    `checked`: the justering check follows on stderr, as the Justering page shows it."""
    from ksdesk.services import protokoll

    with opened(args, read_only_ok=True) as store:
        meeting_id = meeting_of(store, args).id
        data = produce(store, meeting_id)
        findings = protokoll.check(store, meeting_id) if checked else []
    save_output(args.out, data, f"{done} {args.out}.")
    if findings:
        from ksdesk.core.findings import count_text

        print(f"Kontroll före justering ({count_text(findings)}):", file=sys.stderr)
        for finding in findings:
            print(f"  {finding.severity.label}: {finding.message}", file=sys.stderr)
    return EXIT_OK


def cmd_protokoll(args: argparse.Namespace) -> int:
    from ksdesk.core.errors import InvalidInput

    if args.action == "start":
        return _start(args)
    if args.forsta_paragraf is not None:
        raise InvalidInput("--forsta-paragraf anges med `protokoll start`.")
    if args.out is None:
        raise InvalidInput("Ange --out FIL.pdf (eller `protokoll start` för att starta det).")
    if args.arkiv and args.public:
        raise InvalidInput(
            "--arkiv och --public går inte att kombinera: arkivexemplaret är originalet."
        )
    if args.arkiv:
        return _write_arkiv(args)
    if args.public:
        from ksdesk.services.web_edition import protokoll_web

        return _write_for_meeting(
            args,
            protokoll_web,
            "Den offentliga versionen av protokollet (för webben, PDF/UA-1 och PDF/A-2a) är "
            "skriven till",
            checked=True,
        )
    from ksdesk.services.protokoll_print import protokoll_document

    return _write_for_meeting(args, protokoll_document, "Protokollet är skrivet till", checked=True)


def _start(args: argparse.Namespace) -> int:
    from ksdesk.core.beslutsunderlag import kept_lists, kept_message
    from ksdesk.services.protokoll import get_protokoll, start_protokoll

    with opened(args) as store:
        meeting_id = meeting_of(store, args).id
        before = get_protokoll(store, meeting_id)
        protokoll = start_protokoll(store, meeting_id, args.forsta_paragraf)
    numbers = protokoll.numbers
    span = f"§ {numbers[0]}–{numbers[-1]}" if len(numbers) > 1 else f"§ {numbers[0]}"
    print(
        f"{_started(before)}: {len(numbers)} paragrafer ({span}), "
        f"{len(protokoll.upprop)} i uppropet."
        if numbers
        else f"{_started(before)}, men sammanträdet har inga ärenden."
    )
    kept = kept_message(kept_lists(before, protokoll))
    if kept:
        print(kept)
    return EXIT_OK


def _started(before) -> str:
    """What `protokoll start` did, said so that a second start is not taken for a new one
    (after the justering, it sounded as if the protokoll had been begun again)."""
    from ksdesk.core.format import format_date

    if before.justering.justerat is not None:
        day = format_date(before.justering.justerat)
        return f"Protokollet är redan justerat ({day}); det som är justerat är oförändrat"
    if before.numbers:
        return "Protokollet var redan startat och följer nu ärendelistan"
    return "Protokollet är startat"


def _write_arkiv(args: argparse.Namespace) -> int:
    from ksdesk.services.arkiv import arkiv_document

    with opened(args) as store:
        made = arkiv_document(store, meeting_of(store, args).id)
    v = made.version
    state = "ny version" if made.new_version else "samma version som tidigare"
    save_output(
        args.out,
        made.pdf,
        f"Arkivexemplaret (PDF/A-2b) är skrivet till {args.out}: version {v.version} ({state}), "
        f"fingeravtryck {v.innehall_sha256}.",
    )
    return EXIT_OK


def cmd_utdrag(args: argparse.Namespace) -> int:
    from ksdesk.services.protokoll_print import utdrag_on
    from ksdesk.services.web_edition import utdrag_web_on

    with opened(args, read_only_ok=True) as store:
        if args.public:
            data = utdrag_web_on(store, args.meeting, args.paragraf, organ=args.organ)
        else:
            data = utdrag_on(store, args.meeting, args.paragraf, organ=args.organ)
    if args.public:
        what = (
            f"Den offentliga versionen av protokollsutdraget av § {args.paragraf} (för webben, "
            "PDF/UA-1 och PDF/A-2a) är skriven"
        )
    else:
        what = f"Protokollsutdraget av § {args.paragraf} är skrivet"
    save_output(args.out, data, f"{what} till {args.out}.")
    return EXIT_OK


def cmd_ics(args: argparse.Namespace) -> int:
    from ksdesk.services.deadlines import meeting_calendar

    public = not args.intern
    what = "Kalenderfilen" + ("" if public else " (intern, för eget bruk)") + " är skriven till"
    return _write_for_meeting(
        args, lambda store, mid: meeting_calendar(store, mid, public=public), what
    )
