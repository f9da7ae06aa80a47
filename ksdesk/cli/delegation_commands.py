"""`ksdesk delegation import|beslut-import|anta|list|check|diff|pdf|export`: the delegationsordning
and the register of delegationsbeslut from a terminal, with JSON other tools can read."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ksdesk.cli.base import (
    EXIT_ERROR,
    EXIT_OK,
    EXIT_USAGE,
    add_command,
    date_arg,
    opened,
    print_json,
    save_output,
)


def register(subparsers: Any) -> None:
    group = subparsers.add_parser(
        "delegation",
        help="delegationsordningen: importera, lista, kontrollera, jämföra, skriva ut",
        description="Delegationsordningen: importera, lista, kontrollera, jämföra, skriva ut.",
    )
    group.set_defaults(handler=lambda _args: _usage(group))
    commands = group.add_subparsers(dest="delegation_command", metavar="KOMMANDO")

    imp = add_command(commands, "import", cmd_import, "importera DOCX, XLSX eller CSV som utkast")
    imp.add_argument("file", type=Path, metavar="FIL", help="filen att importera")
    imp.add_argument("--version", dest="version", help="namn på den nya versionen")
    imp.add_argument("--json", action="store_true", help="skriv importrapporten som JSON")
    imp.add_argument(
        "--dry-run", action="store_true", help="läs filen och visa rapporten utan att spara"
    )

    bes = add_command(
        commands,
        "beslut-import",
        cmd_beslut_import,
        "importera diariets lista över delegationsbeslut (XLSX, CSV, text, Word, PDF) till "
        "registret",
    )
    bes.add_argument("file", type=Path, metavar="FIL", help="listan att importera")
    bes.add_argument(
        "--organ",
        default="",
        metavar="NAMN",
        help="nämnden besluten anmäls till (om listan inte säger det)",
    )
    # What the dialog's "Fyll i det som saknas" gives: for the rows that lack it, only.
    for flag, what in (
        ("--beslutsdatum", "beslutsdatum (ÅÅÅÅ-MM-DD)"),
        ("--diarienummer", "diarienummer"),
        ("--beslutsfattare", "beslutsfattare (namn eller roll)"),
    ):
        bes.add_argument(flag, default="", metavar="VÄRDE", help=f"{what} för rader som saknar det")
    bes.add_argument("--json", action="store_true", help="skriv importrapporten som JSON")
    bes.add_argument(
        "--dry-run", action="store_true", help="läs listan och visa rapporten utan att spara"
    )

    ant = add_command(
        commands,
        "anta",
        cmd_anta,
        "skriv in nämndens beslut att anta ett utkast: det blir den gällande versionen",
    )
    ant.add_argument("--version", dest="version", help="utkastets namn (standard: det senaste)")
    ant.add_argument(
        "--datum", type=date_arg, required=True, metavar="ÅÅÅÅ-MM-DD", help="sammanträdesdatum"
    )
    ant.add_argument("--paragraf", required=True, metavar="§", help="paragrafen, t.ex. 94")
    ant.add_argument("--dnr", default="", metavar="DNR", help="ärendets diarienummer")
    ant.add_argument(
        "--trots-fel",
        action="store_true",
        help="anta även om kontrollerna hittar fel (fliken Delegation frågar först)",
    )

    lst = add_command(commands, "list", cmd_list, "lista kapitel och punkter")
    lst.add_argument("--version", dest="version", help="versionens namn (standard: den senaste)")
    lst.add_argument("--json", action="store_true", help="skriv ut som JSON")

    chk = add_command(commands, "check", cmd_check, "kontrollera en version")
    chk.add_argument("--version", dest="version", help="versionens namn (standard: den senaste)")
    chk.add_argument("--json", action="store_true", help="skriv ut som JSON")
    chk.add_argument(
        "--fix", action="store_true", help="rätta blandad skrift (kyrilliska/grekiska tecken)"
    )

    dif = add_command(
        commands, "diff", cmd_diff, "jämför två versioner (Förteckning med revideringar)"
    )
    dif.add_argument("--from", dest="old", required=True, help="den äldre versionen")
    dif.add_argument("--to", dest="new", required=True, help="den nyare versionen")
    dif.add_argument("--json", action="store_true", help="skriv ut som JSON")
    dif.add_argument("--out", type=Path, help="spara förteckningen som PDF")

    pdf = add_command(commands, "pdf", cmd_pdf, "skriv ut delegationsordningen som PDF")
    pdf.add_argument("--version", dest="version", help="versionens namn (standard: den senaste)")
    pdf.add_argument(
        "--highlight-from", dest="highlight_from", help="gulmarkera ändringar sedan denna version"
    )
    pdf.add_argument("--out", type=Path, required=True, help="PDF-filen att skriva")

    exp = add_command(
        commands, "export", cmd_export, "spara delegationsordningen som Word, Excel eller CSV"
    )
    exp.add_argument("--version", dest="version", help="versionens namn (standard: den senaste)")
    exp.add_argument(
        "--out", type=Path, required=True, help="filen att skriva: .docx, .xlsx eller .csv"
    )


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return EXIT_USAGE


def cmd_import(args: argparse.Namespace) -> int:
    from ksdesk.core.format import format_count
    from ksdesk.services.delegation_import import import_file

    with opened(args) as store:
        version, report = import_file(store, args.file, args.version, dry_run=args.dry_run)
    if args.json:
        print_json(report.as_json())
        return EXIT_OK
    print(report.text())
    points = len(version.all_points())
    if args.dry_run:
        print(f"Inget sparades (--dry-run): {points} punkter i {len(version.chapters)} kapitel.")
        return EXIT_OK
    print(
        f"Importerade {format_count(points, 'punkt', 'punkter')} i "
        f"{len(version.chapters)} kapitel till "
        f'"{version.name}" (utkast, nyckel {version.key}).'
    )
    return EXIT_OK


def cmd_beslut_import(args: argparse.Namespace) -> int:
    from ksdesk.core.errors import InvalidInput
    from ksdesk.core.format import format_count
    from ksdesk.core.written_dates import read_written_date
    from ksdesk.services.delegationsbeslut_import import BeslutFill, import_file

    date = read_written_date(args.beslutsdatum) if args.beslutsdatum else None
    if args.beslutsdatum and date is None:
        raise InvalidInput(f"--beslutsdatum ”{args.beslutsdatum}” kan inte läsas som ett datum.")
    fill = BeslutFill(date, args.beslutsfattare, args.diarienummer)
    with opened(args) as store:
        plan = import_file(store, args.file, args.organ, fill=fill, dry_run=args.dry_run)
    if args.json:
        print_json(plan.report.as_json())
        return EXIT_OK
    print(plan.report.text())
    found = format_count(len(plan.planned), "delegationsbeslut", "delegationsbeslut")
    if args.dry_run:
        print(f"Inget sparades (--dry-run): {found} skulle registreras.")
    else:
        print(f"Registrerade {found}.")
    return EXIT_OK


def cmd_anta(args: argparse.Namespace) -> int:
    """What the Delegation tab's "Anta" does: the same service, the same refusals."""
    from ksdesk.core.errors import InvalidInput
    from ksdesk.core.format import format_date
    from ksdesk.services.delegation import resolve
    from ksdesk.services.delegation_check import check
    from ksdesk.services.delegation_edit import adopt, draft_version

    with opened(args) as store:
        draft = draft_version(store, resolve(store, args.version).id)
        errors = sum(f.is_error for f in check(store, draft.id)[1])
        if errors and not args.trots_fel:  # the tab asks first; a command cannot ask
            raise InvalidInput(
                f"Kontrollerna hittar {errors} fel i ”{draft.name}” (ksdesk delegation check). "
                "Rätta dem först, eller anta ändå med --trots-fel."
            )
        version = adopt(store, draft.id, args.datum, args.paragraf, args.dnr)
    print(
        f'"{version.name}" antogs {format_date(args.datum)} § {version.adopted_paragraf} och '
        "gäller från det datumet."
    )
    if errors:
        print(f"Antogs trots {errors} fel som kontrollerna hittar (ksdesk delegation check).")
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from ksdesk.core.delegation import point_as_dict
    from ksdesk.services.delegation import resolve

    with opened(args, read_only_ok=True) as store:
        version = resolve(store, args.version)
    if args.json:
        print_json(
            {
                "version": version.key,
                "chapters": [
                    {
                        "title": chapter.title,
                        **({"subtitle": chapter.subtitle} if chapter.subtitle else {}),
                        **({"part": chapter.part} if chapter.part else {}),
                        **({"note": chapter.note} if chapter.note else {}),
                        "points": [point_as_dict(p) for p in chapter.points],
                    }
                    for chapter in version.chapters
                ],
            }
        )
        return EXIT_OK
    print(f"{version.name} ({version.status})")
    for chapter in version.chapters:
        print(f"\n{chapter.title}")
        for p in chapter.points:
            who = ", ".join(p.delegat) or "(ingen delegat)"
            print(f"  {p.nr:>6}  {p.arende}  [{who}]")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from ksdesk.core.delegation_checks import code_text, finding_json
    from ksdesk.core.format import format_count
    from ksdesk.services.delegation_check import check
    from ksdesk.services.delegation_edit import fix_mixed_script

    with opened(args, read_only_ok=not args.fix) as store:
        version, findings = check(store, args.version)
        if args.fix:
            fixed = fix_mixed_script(store, version.id)
            print(f"Rättade blandad skrift i {format_count(fixed, 'punkt', 'punkter')}.")
            version, findings = check(store, version.id)
    if args.json:
        print_json({"findings": [finding_json(f) for f in findings]})
    else:
        print(f"{version.name}:")
        for f in findings:
            where = " ".join(x for x in (f.chapter, f.nr) if x)
            at = f"{where}: " if where else ""  # a finding about the whole version has no place
            print(f"{f.severity.label:<8} {code_text(f):<19} {at}{f.message}")
        errors = sum(f.is_error for f in findings)
        print(f"{errors} fel, {len(findings) - errors} övriga anmärkningar.")
    return EXIT_ERROR if any(f.is_error for f in findings) else EXIT_OK


def cmd_diff(args: argparse.Namespace) -> int:
    from ksdesk.services.delegation import diff, forteckning_pdf, forteckning_text

    with opened(args, read_only_ok=True) as store:
        comparison = diff(store, args.old, args.new)
        text = forteckning_text(store, comparison)
        pdf = forteckning_pdf(store, args.old, args.new) if args.out else None
    if pdf is not None:
        saved = "" if args.json else f"Förteckningen sparades i {args.out}."
        save_output(args.out, pdf, saved)
    if args.json:
        from ksdesk.services.delegation import diff_as_dict

        print_json(diff_as_dict(comparison))
    elif args.out is None:
        print(text, end="")
    return EXIT_OK


def cmd_pdf(args: argparse.Namespace) -> int:
    from ksdesk.services.delegation import version_pdf

    with opened(args, read_only_ok=True) as store:
        data = version_pdf(store, args.version, highlight_from=args.highlight_from)
    save_output(args.out, data, f"Delegationsordningen sparades i {args.out}.")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from ksdesk.core.format import format_count
    from ksdesk.services.delegation_export import export_file

    with opened(args, read_only_ok=True) as store:  # only reads: works beside the open GUI
        version = export_file(store, args.version, args.out)
    points = len(version.all_points())
    print(f'"{version.name}" ({format_count(points, "punkt", "punkter")}) sparades i {args.out}.')
    return EXIT_OK
