"""`meeting create`, `agenda import` and `kallelse`: a meeting, its ärendelista and its printed
kallelse or packet, from a terminal."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ksdesk.cli.base import (
    EXIT_OK,
    add_command,
    add_meeting_options,
    meeting_of,
    opened,
    print_json,
)


def register(subparsers: Any) -> None:
    meeting = subparsers.add_parser(
        "meeting", help="sammanträden", description="Hantera sammanträden."
    )
    meeting_sub = meeting.add_subparsers(dest="meeting_command", metavar="KOMMANDO", required=True)
    create = add_command(
        meeting_sub, "create", cmd_meeting_create, "skapa ett sammanträde med stående ärenden"
    )
    create.add_argument(
        "--organ", required=True, metavar="NAMN", help="nämnden, t.ex. Kommunstyrelsen"
    )
    create.add_argument("--date", required=True, metavar="ÅÅÅÅ-MM-DD", help="dagen")
    create.add_argument("--time", required=True, metavar="TT.MM", help="klockslaget, t.ex. 14.00")
    create.add_argument("--place", default="", metavar="TEXT", help="platsen")

    agenda = subparsers.add_parser("agenda", help="ärendelistan", description="Ärendelistan.")
    agenda_sub = agenda.add_subparsers(dest="agenda_command", metavar="KOMMANDO", required=True)
    imp = add_command(
        agenda_sub,
        "import",
        cmd_agenda_import,
        "läs in ärenden från en CSV-, XLSX-, text-, Word- eller PDF-fil",
    )
    add_meeting_options(imp)
    imp.add_argument(
        "file",
        type=Path,
        metavar="FIL",
        help="CSV-, XLSX-, text- eller Word-fil (.docx), eller en kallelse som PDF",
    )
    imp.add_argument("--json", action="store_true", help="skriv importrapporten som JSON")
    imp.add_argument(
        "--dry-run", action="store_true", help="läs filen och visa rapporten utan att spara"
    )

    bilaga = subparsers.add_parser("bilaga", help="bilagor", description="Bilagor till ärenden.")
    bilaga_sub = bilaga.add_subparsers(dest="bilaga_command", metavar="KOMMANDO", required=True)
    add = add_command(
        bilaga_sub,
        "add",
        cmd_bilaga_add,
        "bifoga en PDF-fil, ett budgetblad eller delegationsordningen till ett ärende",
    )
    add_meeting_options(add)
    add.add_argument("--item", required=True, type=int, metavar="N", help="ärendets nummer")
    add.add_argument(
        "--json", action="store_true", help="skriv bilagans nummer och rubrik som JSON"
    )
    add.add_argument(
        "--title",
        default="",
        metavar="T",
        help="bilagans rubrik. Standard för en PDF: rubriken överst på dess första sida, "
        "annars PDF-filens egen titel, annars filnamnet; personnummer, telefonnummer och "
        "e-postadresser tas alltid bort ur den. För ett budgetblad eller delegationsordningen: "
        "bladets eller dokumentets rubrik",
    )
    what = add.add_mutually_exclusive_group(required=True)
    what.add_argument("file", nargs="?", type=Path, metavar="FIL.pdf", help="PDF-filen")
    what.add_argument(
        "--budget",
        metavar="BLAD",
        help="ett budgetblad i databasen (nyckel eller rubrik): skrivs in i paketet med "
        "paketets sidnummer, inte bladets egna",
    )
    what.add_argument(
        "--delegationsordning",
        metavar="VERSION",
        help="en version av delegationsordningen i databasen (nyckel eller namn)",
    )

    kallelse = add_command(
        subparsers, "kallelse", cmd_kallelse, "skriv kallelsen (eller hela paketet) som PDF"
    )
    add_meeting_options(kallelse)
    kallelse.add_argument("--out", required=True, type=Path, metavar="FIL.pdf", help="PDF-filen")
    kallelse.add_argument(
        "--packet", action="store_true", help="hela paketet: kallelse, tjänsteskrivelser, bilagor"
    )
    kallelse.add_argument(
        "--public",
        action="store_true",
        help="offentlig version för webben (taggad PDF/UA-1 och PDF/A-2a, utan sekretessärenden); "
        "med --packet skrivs PDF-bilagor från andra som egna filer bredvid paketet",
    )
    kallelse.add_argument(
        "--forslag", action="store_true", help="skriv förslag till beslut under varje ärende"
    )


def cmd_meeting_create(args: argparse.Namespace) -> int:
    from ksdesk.core.format import format_date, format_time, parse_date, parse_time
    from ksdesk.core.kallelse import meeting_day_note
    from ksdesk.services import meetings

    day, at = parse_date(args.date), parse_time(args.time)
    with opened(args) as store:
        meeting, created = meetings.create_meeting(store, args.organ, day, at, args.place)
    if created:
        print(f"Nämnden ”{args.organ.strip()}” fanns inte och har skapats.")
    standard = sum(1 for item in meeting.items if item.is_standard)
    print(
        f"Skapade sammanträdet {format_date(day)} kl. {format_time(at)}"
        f"{', ' + meeting.place if meeting.place else ''} med {standard} stående ärenden."
    )
    day_note = meeting_day_note(day)
    if day_note:
        print(f"Varning: {day_note}", file=sys.stderr)
    return EXIT_OK


def cmd_agenda_import(args: argparse.Namespace) -> int:
    from ksdesk.core.format import format_count, format_date
    from ksdesk.services import agenda_imports

    with opened(args) as store:
        meeting = meeting_of(store, args)
        result = agenda_imports.import_agenda(store, meeting.id, args.file, dry_run=args.dry_run)
    if args.json:
        print_json(result.report.as_json())
        return EXIT_OK
    print(result.report.text())
    added = format_count(result.added, "ärende", "ärenden")
    if args.dry_run:
        # Which ärenden, by title: the report names each row merged or dropped, never the
        # rows left over, which are the ones added.
        if not result.added_titles:
            print("Inget sparades (--dry-run): inget ärende skulle läggas till.")
        else:
            print(f"Inget sparades (--dry-run): {added} skulle läggas till:")
            for title in result.added_titles:
                print(f"  - ”{title}”")
    else:
        print(f"Läste in {added} till sammanträdet {format_date(args.meeting)}.")
    return EXIT_OK


def cmd_bilaga_add(args: argparse.Namespace) -> int:
    """Says what was added to which ärende, and where a title she did not give was read.
    A script reads the number with --json (walk34: the number alone on a line before the
    sentence read as a stray "1")."""
    from ksdesk.core.meeting import numbered
    from ksdesk.services import bilaga_attach, budget_bilaga

    note = fel = ""
    with opened(args) as store:
        meeting = meeting_of(store, args)
        if args.file is not None:
            bilaga, note = bilaga_attach.add_pdf(
                store, meeting.id, args.item, args.file, args.title
            )
        else:
            held = bilaga_attach.held_bilaga(
                store, budget=args.budget, delegationsordning=args.delegationsordning
            )
            held.title = args.title.strip() or held.title
            bilaga = bilaga_attach.add_numbered(store, meeting.id, args.item, held)
            fel = budget_bilaga.attach_note(store, held.ref)
    if args.json:  # what a person reads below, for the script too: a fel is never unsaid
        said = [sentence for sentence in (fel, note) if sentence]
        print_json({"nr": bilaga.nr, "rubrik": bilaga.title, "arende": args.item, "obs": said})
        return EXIT_OK
    item = next((i for nr, i in numbered(meeting.items) if nr == args.item), None)
    to = f"ärende {args.item}" + (f" ”{item.title}”" if item is not None else "")
    print(f"Bilaga {bilaga.nr} ”{bilaga.title}” lades till {to}.")
    if fel:
        key = (bilaga.ref or "").partition(":")[2]
        print(f"{fel} Se `ksdesk budget check --sheet {key}`.")
    if note:
        print(f"{note} Ge den en annan rubrik med --title, eller ändra den i fliken Kallelse.")
    return EXIT_OK


def cmd_kallelse(args: argparse.Namespace) -> int:
    from ksdesk.core.format import format_count
    from ksdesk.core.kallelse import meeting_notes
    from ksdesk.services import kallelse, packet

    out: Path = args.out
    if args.public:
        return _public_kallelse(args, out)
    # Printing only reads: it also works while the GUI has the file open.
    with opened(args, read_only_ok=True) as store:
        # The id only: the packet and the kallelse load the meeting themselves, once.
        meeting = meeting_of(store, args, with_items=False)
        if args.packet:
            result = packet.build_packet(store, meeting.id, with_proposals=args.forslag)
            data, pages, problems = result.pdf, result.pages, result.problems
        else:
            data, problems = kallelse.kallelse_print(
                store, meeting.id, with_proposals=args.forslag or None
            )
            pages = packet.pdf_pages(data)
    kallelse.write_pdf(out, data)
    # The meeting's own questions first (its day, its place), as the Kallelse tab shows them.
    for problem in [*meeting_notes(meeting), *problems]:
        print(f"Varning: {problem}", file=sys.stderr)
    what = "Paketet" if args.packet else "Kallelsen"
    saved = "sparat" if args.packet else "sparad"  # paketet, kallelsen
    print(f"{what} har {format_count(pages, 'sida', 'sidor')} och är {saved} i {out}.")
    return EXIT_OK


def _public_kallelse(args: argparse.Namespace, out: Path) -> int:
    """The public kallelse or packet for the web (tagged PDF/UA-1 and PDF/A-2a); a packet's
    PDF bilagor from others are written beside it, each as its own file."""
    from ksdesk.core.format import format_count
    from ksdesk.core.kallelse import meeting_notes
    from ksdesk.services import kallelse, packet, web_edition, web_packet

    with opened(args, read_only_ok=True) as store:
        meeting = meeting_of(store, args)
        proposals = args.forslag or None
        if args.packet:
            result = web_packet.packet_web(store, meeting.id, out.stem, with_proposals=proposals)
            data, files, problems = result.pdf, result.files, result.problems
        else:
            data, problems = web_edition.kallelse_web_print(
                store, meeting.id, with_proposals=proposals
            )
            files = []
    kallelse.write_pdf(out, data)
    for file in files:
        kallelse.write_pdf(out.with_name(file.name), file.data)
    for problem in [*meeting_notes(meeting), *problems]:
        print(f"Varning: {problem}", file=sys.stderr)
    for file in files:
        if not file.tagged:
            print(
                f"Varning: ärende {file.item}, {file.title} är inte tillgänglighetsanpassad "
                "(saknar taggar): be den som skrev den om en tillgänglig version.",
                file=sys.stderr,
            )
    what = "Paketet" if args.packet else "Kallelsen"
    pages = packet.pdf_pages(data)
    version = "offentlig version för webben, PDF/UA-1 och PDF/A-2a"
    saved = "sparat" if args.packet else "sparad"  # paketet, kallelsen
    print(f"{what} ({version}) har {format_count(pages, 'sida', 'sidor')} och är {saved} i {out}.")
    if files:
        these = "denna bilaga" if len(files) == 1 else f"dessa {len(files)} bilagor"
        print(f"Publicera {these} tillsammans med paketet, i samma mapp:")
        for file in files:
            print(f"  {file.name}  ärende {file.item}, {file.title}")
    return EXIT_OK
