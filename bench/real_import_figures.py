"""Items and checks right, per real document of the test data: the agendas of
tests/interchange/real_agendas*.py, the Word delegationsordningar of real_delegation_*.py,
the budget tables of real_budget_*.py and the tjänsteskrivelser of real_tjansteskrivelser*.py
(each from its Word file and from its PDF print on whole and on short pages).

    PYTHONPATH=. python bench/real_import_figures.py

A delegation point is right when Nr, chapter, Ärende, Delegat, Ersättare, Lagrum and
Anmärkning all are as the document has them; a delegationsordning's words are counted kept
when the version read from it or the import report has them. An agenda row is right when Nr,
title, Dnr, its key, heading or not, time, föredragande and sekretess all are what the kommun
meant. A budget table's checks are every figure read as printed, the unit, the headers, and
every check the table expects (no false finding on the real figures, exactly the right finding
on the changed one).
A tjänsteskrivelse's fields are its title, letterhead fields, att-satser (number and who
decides), section headings, signatures and recipients (real_tjansteskrivelser_expected.measure;
bench/real_tjansteskrivelse_figures.py has them per file and print kind, with LibreOffice's
PDFs). Run it on an older ksdesk by putting that one first on PYTHONPATH to get the "before"
figures.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.append(str(Path(__file__).resolve().parents[1]))

if TYPE_CHECKING:
    from ksdesk.core.meeting import Arende


def _fields(nr: int | None, item: Arende) -> tuple:
    """An imported row as the fields `Expected` names."""
    from ksdesk.core.dnr import parse_dnr

    key = parse_dnr(item.dnr).key
    row = (item.title, item.dnr, key, item.is_section, item.time_slot, item.presenter)
    return (nr, *row, item.secret)


def agenda_figures(word: bool = False, names: set[str] | None = None) -> list[tuple[str, int, int]]:
    """Rows right per real list; `word`: each written as a kallelse in Word instead (its
    table under a heading, or a paragraph a line), as tests/interchange/test_agenda_word.py
    writes it; `names`: only those lists."""
    from ksdesk.interchange.agenda_import import read_agenda
    from tests.interchange.real_agenda_groups import BUILT, as_word

    rows = []
    for agenda, builder in BUILT:
        if names is not None and agenda.name not in names:
            continue
        built = (as_word(agenda), f"{agenda.name}.docx") if word else builder(agenda)
        expected = [
            (e.nr, e.title, e.dnr, e.key, e.section, e.time_slot, e.presenter, e.secret)
            for e in agenda.expected
        ]
        try:
            result = read_agenda(*built)
            got = [_fields(n, i) for n, i in zip(result.numbers, result.items, strict=True)]
        except Exception as error:  # a refusal counts as nothing right
            print(f"  {agenda.name}: {type(error).__name__}: {error}", file=sys.stderr)
            got = []
        right = sum(1 for g, e in zip(got, expected, strict=False) if g == e)
        if len(got) != len(expected):
            right = min(right, sum(1 for g in got if g in expected))
        rows.append((agenda.name, right, len(expected)))
    return rows


def delegation_figures(folder: Path, documents: dict | None = None) -> list[tuple[str, int, int]]:
    """Points right per real delegationsordning of rounds 1-14, or of `documents`."""
    from ksdesk.services.delegation_import import read_file
    from tests.interchange.real_delegation_documents import REAL_DOCUMENTS
    from tests.interchange.real_delegation_eighth import EIGHTH_DOCUMENTS
    from tests.interchange.real_delegation_eleventh import ELEVENTH_DOCUMENTS
    from tests.interchange.real_delegation_fifth import FIFTH_DOCUMENTS
    from tests.interchange.real_delegation_fourteenth import FOURTEENTH_DOCUMENTS
    from tests.interchange.real_delegation_fourth import FOURTH_DOCUMENTS
    from tests.interchange.real_delegation_more import MORE_DOCUMENTS
    from tests.interchange.real_delegation_ninth import NINTH_DOCUMENTS
    from tests.interchange.real_delegation_sixth import SIXTH_DOCUMENTS
    from tests.interchange.real_delegation_tenth import TENTH_DOCUMENTS
    from tests.interchange.real_delegation_third import THIRD_DOCUMENTS
    from tests.interchange.real_delegation_thirteenth import THIRTEENTH_DOCUMENTS
    from tests.interchange.real_delegation_twelfth import TWELFTH_DOCUMENTS

    rows = []
    for name, (build, expected) in (
        documents
        or {
            **REAL_DOCUMENTS,
            **MORE_DOCUMENTS,
            **THIRD_DOCUMENTS,
            **FOURTH_DOCUMENTS,
            **FIFTH_DOCUMENTS,
            **SIXTH_DOCUMENTS,
            **EIGHTH_DOCUMENTS,
            **NINTH_DOCUMENTS,
            **TENTH_DOCUMENTS,
            **ELEVENTH_DOCUMENTS,
            **TWELFTH_DOCUMENTS,
            **THIRTEENTH_DOCUMENTS,
            **FOURTEENTH_DOCUMENTS,
        }
    ).items():
        path = folder / f"{name}.docx"
        build(path)
        try:
            version, _report = read_file(path)
            got = [
                (p.nr, c.title, p.arende, p.delegat, p.ersattare, p.lagrum, p.anmarkning)
                for c, p in version.all_points()
            ]
        except Exception as error:  # a refusal counts as nothing right
            print(f"  {name}: {type(error).__name__}: {error}", file=sys.stderr)
            got = []
        right = sum(1 for g, e in zip(got, expected, strict=False) if g == e)
        rows.append((name, right, len(expected)))
    return rows


def delegation_lost_words(folder: Path) -> list[tuple[str, int, int]]:
    """Per real delegationsordning of every round: its words kept (in the version read from
    it, or named in the import report) / its words, page numbers and address blocks left out
    (tests/interchange/real_delegation_fifteenth)."""
    from ksdesk.services.delegation_import import read_file
    from tests.interchange.real_delegation_fifteenth import (
        ALL_DOCUMENTS,
        document_words,
        lost_words,
    )

    rows = []
    for name, (build, _expected) in sorted(ALL_DOCUMENTS.items()):
        path = folder / f"{name}.docx"
        build(path)
        total = len(document_words(path))
        try:
            lost = len(lost_words(path, *read_file(path)))
        except Exception as error:  # a refusal loses every word
            print(f"  {name}: {type(error).__name__}: {error}", file=sys.stderr)
            lost = total
        rows.append((name, total - lost, total))
    return rows


def tjansteskrivelse_figures(folder: Path, documents: dict) -> list[tuple[str, int, int]]:
    """Fields right per real tjänsteskrivelse, read as Word, as PDF and as PDF on short pages
    (the ReportLab print of tests/interchange/tjansteskrivelse_as_pdf)."""
    from ksdesk.interchange import tjansteskrivelse_docx, tjansteskrivelse_pdf
    from tests.interchange.real_tjansteskrivelser_expected import measure
    from tests.interchange.tjansteskrivelse_as_pdf import write_pdf

    rows = []
    for name, expected in documents.items():
        word = folder / f"{name}.docx"
        expected["write"](word)
        for kind, short in (("Word", None), ("PDF", False), ("PDF, korta sidor", True)):
            path, reader = word, tjansteskrivelse_docx
            if short is not None:
                path, reader = folder / f"{name}_{short}.pdf", tjansteskrivelse_pdf
                write_pdf(word, path, short_pages=short)
            try:
                right, total, _wrong = measure(reader.read_file(path).tjansteskrivelse, expected)
            except Exception as error:  # a refusal counts as nothing right
                print(f"  {name}: {type(error).__name__}: {error}", file=sys.stderr)
                right, total = 0, 1
            rows.append((f"{name} ({kind})", right, total))
    return rows


def _print(title: str, rows: list[tuple[str, int, int]]) -> None:
    total_right = total = 0
    print(title)
    for name, right, count in rows:
        print(f"  {name:45} {right:5}/{count}")
        total_right, total = total_right + right, total + count
    print(f"  {'all':45} {total_right:5}/{total}")


def main() -> None:
    _print("Agendas (rows right / rows)", agenda_figures())
    _print("Agendas as Word documents (rows right / rows)", agenda_figures(word=True))
    from tests.interchange.real_agenda_groups import THIRTEENTH

    # Kept apart as well: the thirteenth round's lists, pasted, then as Word.
    _print("Thirteenth round's agendas (rows right / rows)", agenda_figures(names=THIRTEENTH))
    _print("… as Word documents", agenda_figures(word=True, names=THIRTEENTH))
    with tempfile.TemporaryDirectory() as folder:
        _print("Delegationsordningar (points right / points)", delegation_figures(Path(folder)))
        lost = delegation_lost_words(Path(folder))
        from tests.interchange.real_delegation_sixteenth import SIXTEENTH_DOCUMENTS

        sixteenth = delegation_figures(Path(folder), SIXTEENTH_DOCUMENTS)
    _print("Delegationsordningar (words kept or reported / words)", lost)
    # Apart: round 16, Kungsbacka's nämnder (their handlingar of 2025-06-12), not tuned before.
    _print("Delegationsordningar of round 16, Kungsbacka (points right / points)", sixteenth)
    from bench.real_budget_figures import budget_figures  # beside this file
    from tests.interchange.real_budget_fifth import FIFTH_TABLES
    from tests.interchange.real_budget_flows import FLOW_TABLES
    from tests.interchange.real_budget_fourth import FOURTH_TABLES
    from tests.interchange.real_budget_relations import RELATION_TABLES
    from tests.interchange.real_budget_sixth import SIXTH_TABLES

    with tempfile.TemporaryDirectory() as folder:
        budget = budget_figures(Path(folder))
        new = budget_figures(Path(folder), (*FLOW_TABLES, *FOURTH_TABLES))
        relations = budget_figures(Path(folder), RELATION_TABLES)
        fifth = budget_figures(Path(folder), FIFTH_TABLES)
        sixth = budget_figures(Path(folder), SIXTH_TABLES)
    _print("Budget tables (checks right / checks, over every file variant)", budget)
    # Kept apart so the figure of the tables tuned before stays comparable from run to run.
    _print("New budget tables, not tuned for (checks right / checks)", new)
    _print("Budget tables with relations across their columns (checks right / checks)", relations)
    _print("Budget tables of kommuner added in budget6 (checks right / checks)", fifth)
    _print("Budget tables of round six, Helsingborg, Norrköping, Nynäshamn (checks)", sixth)
    from tests.interchange.real_tjansteskrivelser_eleventh import EXPECTED_ELEVENTH
    from tests.interchange.real_tjansteskrivelser_expected import EXPECTED

    with tempfile.TemporaryDirectory() as folder:
        earlier = tjansteskrivelse_figures(Path(folder), EXPECTED)
        eleventh = tjansteskrivelse_figures(Path(folder), EXPECTED_ELEVENTH)
    _print("Tjänsteskrivelser (fields right / fields; Word, PDF, PDF on short pages)", earlier)
    # Apart, as the budget tables are: the kommuner of the eleventh round, not tuned before.
    _print("Tjänsteskrivelser of the eleventh round (fields right / fields)", eleventh)


if __name__ == "__main__":
    main()
