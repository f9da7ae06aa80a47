"""`ksdesk public scan|decide|log`: the check before a public copy of a meeting, from a
terminal (the same as Arkiv → Granska offentlig kopia); `ksdesk skyddad add|list|remove`:
the register of persons with skyddade personuppgifter it masks always (the same as Arkiv →
Skyddade personuppgifter)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ksdesk.cli.base import (
    EXIT_ERROR,
    EXIT_OK,
    add_command,
    add_meeting_options,
    meeting_of,
    opened,
    print_json,
)


def register(subparsers: Any) -> None:
    group = subparsers.add_parser(
        "public",
        help="granska en offentlig kopia: personnummer och sekretess",
        description="Granskning före en offentlig kopia av ett sammanträde.",
    )
    commands = group.add_subparsers(dest="public_command", metavar="KOMMANDO", required=True)
    scan = add_command(commands, "scan", cmd_scan, "lista träffarna och besluten om dem")
    add_meeting_options(scan)
    scan.add_argument("--json", action="store_true", help="skriv ut som JSON")
    decide = add_command(commands, "decide", cmd_decide, "maskera eller behåll träffar")
    add_meeting_options(decide)
    choice = decide.add_mutually_exclusive_group(required=True)
    choice.add_argument("--mask", action="store_true", help="maskera (lämna ute)")
    choice.add_argument("--keep", action="store_true", help="behåll medvetet")
    decide.add_argument("nycklar", nargs="*", metavar="NYCKEL", help="träffarnas nycklar")
    decide.add_argument("--all", action="store_true", help="alla ohanterade träffar")
    decide.add_argument("--by", help="vem som beslutar (standard: ditt användarnamn)")
    decide.add_argument("--note", default="", help="en kommentar till loggen")
    log = add_command(commands, "log", cmd_log, "visa maskeringsloggen")
    add_meeting_options(log)
    _register_skyddad(subparsers)


def _register_skyddad(subparsers: Any) -> None:
    group = subparsers.add_parser(
        "skyddad",
        help="personer med skyddade personuppgifter: maskeras alltid i offentliga kopior",
        description=(
            "Registret över personer med skyddade personuppgifter (sekretessmarkering, skyddad "
            "folkbokföring, fingerade personuppgifter). Det skrivs aldrig ut; det som står i "
            "det maskeras alltid i den offentliga granskningen."
        ),
    )
    commands = group.add_subparsers(dest="skyddad_command", metavar="KOMMANDO", required=True)
    add = add_command(commands, "add", cmd_skyddad_add, "lägg till en person")
    add.add_argument("--namn", required=True, metavar="NAMN", help="för- och efternamn")
    add.add_argument("--adress", default="", metavar="A", help="adressen (valfri)")
    add.add_argument("--personnummer", default="", metavar="P", help="ÅÅÅÅMMDD-NNNN (valfritt)")
    add.add_argument(
        "--telefon",
        default="",
        metavar="TFN",
        help="telefonnumret eller anknytningen (valfritt): 0240-866 56, 86656",
    )
    add.add_argument("--anteckning", default="", metavar="T", help="en anteckning")
    add.add_argument("--by", help="vem som lägger in (standard: ditt användarnamn)")
    listing = add_command(commands, "list", cmd_skyddad_list, "visa registret (bara på skärmen)")
    listing.add_argument("--json", action="store_true", help="skriv ut som JSON")
    remove = add_command(commands, "remove", cmd_skyddad_remove, "ta bort en person")
    remove.add_argument("--id", type=int, required=True, metavar="ID", help="radens id")


def cmd_scan(args: argparse.Namespace) -> int:
    from ksdesk.core.format import format_count
    from ksdesk.core.public_blocked import not_handled
    from ksdesk.core.tillsyn_hint import tillsyn_hints
    from ksdesk.services import public_copy, skyddade_mark, web_packet
    from ksdesk.services.meeting_lookup import meeting_label

    with opened(args, read_only_ok=True) as store:
        meeting = meeting_of(store, args)
        label = meeting_label(store, meeting)
        hits = public_copy.scan_public(store, meeting.id)
        marked = skyddade_mark.refusal(store, meeting.id)
        unwritten = skyddade_mark.record(store, meeting.id, hits)  # tried by the scan, said here
        untagged = [] if args.json else web_packet.untagged_bilagor(store, meeting.id)
        silent = [] if args.json else public_copy.silent_pictures(store, meeting.id)
    if args.json:
        print_json([_hit_dict(h) for h in hits])
    else:
        _print_hits(label, hits)
    if untagged:
        # Not a hit: they may be published, but not as accessible documents.
        print("Bilagor som inte är tillgänglighetsanpassade (saknar taggar för skärmläsare):")
        for name in untagged:
            print(f"    {name}: inte tillgänglighetsanpassad – be upphovspersonen om en ny kopia")
    if silent:
        # Not a hit either: published, but OCR does not read handwriting or text on its side.
        print("Bilder där ingen text hittades (publiceras som de är – titta på dem):")
        for line in silent:
            print(f"    {line}")
    for line in [] if args.json else tillsyn_hints(meeting):  # a suggestion: blocks nothing
        print(f"Förslag: {line}")
    if unwritten:
        print(f"Varning: {unwritten}", file=sys.stderr)
    if marked:  # team mode: a colleague's register names someone here
        print(f"ksdesk: {marked}", file=sys.stderr)
        return EXIT_ERROR
    open_hits = sum(1 for h in hits if not h.resolved)
    if open_hits:
        print(
            f"ksdesk: {format_count(open_hits, 'träff', 'träffar')} {not_handled(open_hits)}.",
            file=sys.stderr,
        )
        return EXIT_ERROR
    return EXIT_OK


def cmd_decide(args: argparse.Namespace) -> int:
    from ksdesk.core.errors import InvalidInput
    from ksdesk.core.format import format_count
    from ksdesk.services import public_copy
    from ksdesk.services.meeting_lookup import meeting_label
    from ksdesk.services.public_skyddade import unchecked_warning

    with opened(args) as store:
        meeting = meeting_of(store, args)
        label = meeting_label(store, meeting)
        keys = list(args.nycklar)
        if args.all:
            keys += [h.key for h in public_copy.scan_public(store, meeting.id) if not h.resolved]
        if not keys:
            raise InvalidInput("Ange träffarnas nycklar (se `ksdesk public scan`) eller --all.")
        decision = "maskera" if args.mask else "behåll"
        done = public_copy.decide(store, meeting.id, keys, decision, by=args.by, note=args.note)
    verb = "maskeras" if args.mask else "behålls medvetet"
    print(f"{format_count(len(done), 'träff', 'träffar')} {verb} ({label}).")
    if not args.mask and (warning := unchecked_warning(done)):
        print(f"Varning: {warning}", file=sys.stderr)
    return EXIT_OK


def cmd_log(args: argparse.Namespace) -> int:
    from ksdesk.services import public_copy
    from ksdesk.services.meeting_lookup import meeting_label

    with opened(args, read_only_ok=True) as store:
        meeting = meeting_of(store, args)
        print(f"{meeting_label(store, meeting)}:")
        entries = public_copy.redaction_log(store, meeting.id)
    for entry in entries:
        d = entry.decision
        note = f" – {d.note}" if d.note else ""
        print(f"{d.decided_at}  {d.decided_by}: {d.decision} {entry.shown} ({entry.kind}){note}")
    return EXIT_OK


def cmd_skyddad_add(args: argparse.Namespace) -> int:
    from ksdesk.core.skyddad_person import SkyddadPerson
    from ksdesk.services import skyddade

    person = SkyddadPerson(
        args.namn, args.adress, args.personnummer, args.anteckning, telefon=args.telefon
    )
    with opened(args) as store:
        saved = skyddade.save(store, person, by=args.by or "")
    print(
        f"Personen är inlagd (id {saved.id}): namn, adress, telefon och personnummer maskeras "
        "alltid i den offentliga kopian."
    )
    return EXIT_OK


def cmd_skyddad_list(args: argparse.Namespace) -> int:
    from ksdesk.services import skyddade

    with opened(args, read_only_ok=True) as store:
        people = skyddade.list_people(store)
    if args.json:
        keys = ("id", "namn", "adress", "personnummer", "telefon", "anteckning")
        keys += ("inlagd_av", "inlagd")
        print_json([{key: getattr(p, key) for key in keys} for p in people])
        return EXIT_OK
    if not people:
        print("Registret över skyddade personuppgifter är tomt.")
    for p in people:
        print(f"{p.id:>4}  {p.namn}  (inlagd {p.inlagd[:10]} av {p.inlagd_av or 'okänd'})")
    return EXIT_OK


def cmd_skyddad_remove(args: argparse.Namespace) -> int:
    from ksdesk.services import skyddade

    with opened(args) as store:
        removed = skyddade.delete(store, args.id)
    print(f"{removed.namn} är borttagen ur registret: uppgifterna maskeras inte längre.")
    return EXIT_OK


def _print_hits(label: str, hits: list) -> None:
    print(f"{label}:")  # which organ's meeting: two organs may meet the same day
    if not hits:
        print("Inga personnummer och inget sekretessmarkerat: kopian kan bli offentlig.")
    for hit in hits:
        print(f"{hit.key}  {hit.decision_text:<17} {hit.kind_text}: {hit.shown}")
        # A § hit decided as its ärende is says where: changed there, or here for the § alone.
        carried = f" (samma beslut som i {hit.decided_for})" if hit.decided_for else ""
        print(f"    i {hit.where}{carried}")
        if hit.context:
            print(f"    ”{hit.context}”")


def _hit_dict(hit) -> dict:
    decision = hit.decision
    return {
        "nyckel": hit.key,
        "typ": hit.kind,
        "var": hit.where,
        "visas": hit.shown,
        "sammanhang": hit.context,
        "beslut": decision.decision if decision else None,
        "av": decision.decided_by if decision else None,
        "när": decision.decided_at if decision else None,
        "alltid_maskerad": hit.always_masked,
        "beslutat_för_ärendet": hit.decided_for or None,
    }
