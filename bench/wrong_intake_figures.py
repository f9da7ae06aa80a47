"""Real documents of each kind given to each intake of the window: how many each intake takes
in (reads without a refusal) and how many it refuses as another kind of document.

    PYTHONPATH=. python bench/wrong_intake_figures.py          # as it is now
    PYTHONPATH=. python bench/wrong_intake_figures.py --before # wrong_intake's check off

The documents are the real ones of the tests (tests/interchange/real_*): the ärendelistor,
the tjänsteskrivelser in Word and as LibreOffice's PDFs, the delegationsordningar in Word,
the budget tables, the lists of ledamöter and ersättare and the lists of delegationsbeslut;
each as a file and as a paste where the intake takes one. "Before" turns off what
ksdesk.interchange.wrong_intake recognises, as the intakes were before it."""

from __future__ import annotations

import importlib
import inspect
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.append(str(ROOT))
_PDFS = ROOT / "tests" / "interchange" / "libreoffice_pdfs"


def documents(folder: Path) -> list[tuple[str, str, Path | None, str]]:
    """(kind, name, file or None, text pasted) of every real document."""
    from ksdesk.core.import_report import ImportReport
    from ksdesk.interchange.docx_as_text import docx_as_text

    found: list[tuple[str, str, Path | None, str]] = []
    for module in sorted((ROOT / "tests" / "interchange").glob("real_agendas*.py")):
        loaded = importlib.import_module(f"tests.interchange.{module.stem}")
        build = importlib.import_module("tests.interchange.real_agendas").build
        for name, value in vars(loaded).items():
            if not (name.endswith("AGENDAS") and isinstance(value, tuple)):
                continue
            for agenda in value:
                if agenda.kind not in ("csv", "xlsx"):
                    continue
                data, filename = build(agenda)
                (folder / filename).write_bytes(data)
                text = "\n".join("\t".join(row) for row in (agenda.header, *agenda.rows))
                found.append(("ärendelista", agenda.name, folder / filename, text))
    for kind, pattern in (
        ("tjänsteskrivelse", "real_tjansteskrivelser*.py"),
        ("delegationsordning", "real_delegation_*.py"),
    ):
        for module in sorted((ROOT / "tests" / "interchange").glob(pattern)):
            loaded = importlib.import_module(f"tests.interchange.{module.stem}")
            for name, write in vars(loaded).items():
                if not name.startswith("write_") or write.__module__ != loaded.__name__:
                    continue
                if len(inspect.signature(write).parameters) != 1:
                    continue
                path = folder / f"{module.stem}_{name[6:]}.docx"
                write(path)
                report = ImportReport("fil", path.name)
                text = docx_as_text(path.read_bytes(), path.name, report).decode("utf-8")
                found.append((kind, path.stem, path, text))
    for pdf in sorted(_PDFS.glob("*.pdf")):
        found.append(("tjänsteskrivelse", pdf.name, pdf, ""))
    from tests.interchange.real_budget_tables import TABLES, write_csv
    from tests.interchange.real_budget_third import paste_lines

    for table in TABLES:
        path = write_csv(table, folder / f"{table.name}.csv")
        found.append(("budget", table.name, path, paste_lines(table)))
    found += [("ledamöter", name, None, text) for name, text in _members()]
    from tests.interchange.real_beslut_lists import REAL_BESLUT_LISTS, text_file
    from tests.interchange.real_beslut_lists_second import SECOND_BESLUT_LISTS

    for listed in (*REAL_BESLUT_LISTS, *SECOND_BESLUT_LISTS):
        path = folder / f"beslut_{listed.name}.txt"
        path.write_bytes(text_file(listed))
        found.append(("delegationsbeslut", listed.name, path, listed.text))
    return found


def _members() -> list[tuple[str, str]]:
    texts = []
    for module in sorted((ROOT / "tests" / "interchange").glob("real_members*_expected.py")):
        loaded = importlib.import_module(f"tests.interchange.{module.stem}")
        for name, value in vars(loaded).items():
            if name.startswith("EXPECTED") and isinstance(value, dict):
                texts += [(key, entry[0]) for key, entry in value.items()]
    return texts


def intakes() -> dict:
    """Each intake: (reads a file?, function of a path or a text)."""
    from ksdesk.services import budget, delegation_import, organ_members, tjansteskrivelse_import

    return {
        "Budget Importera…": (True, lambda p: budget.read_with_report(p, "x")),
        "Budget Klistra in tabell…": (False, lambda t: budget.read_pasted(t, "x")),
        "Klistra in ledamöter": (False, lambda t: organ_members.members_from_text(t, [])),
        "Tjänsteskrivelse från Word/PDF": (True, tjansteskrivelse_import.read_file),
        "Delegation Importera…": (True, delegation_import.read_file),
        "Delegationsbeslut Importera…": (True, _beslut),
    }


def _beslut(path: Path) -> object:
    """The list of delegationsbeslut as the import reads it (the service plans each row in
    the database after; a file that gives no row is refused there)."""
    from ksdesk.core.errors import InvalidInput
    from ksdesk.interchange.beslut_list import read_beslut_file
    from ksdesk.interchange.wrong_intake import BESLUT_INTAKE, check_file

    listed = read_beslut_file(path)
    check_file(path, BESLUT_INTAKE)  # as services.delegationsbeslut_import.read_file
    if not listed.rows:
        raise InvalidInput("inga rader")
    return listed


def main() -> None:
    from ksdesk.core.budget_unit import UnitMissing
    from ksdesk.core.errors import KsdeskError

    if "--before" in sys.argv:
        from ksdesk.interchange import wrong_intake

        wrong_intake.kinds_seen = lambda rows: []
    with tempfile.TemporaryDirectory() as folder:
        docs = documents(Path(folder))
        taken: Counter = Counter()
        named: Counter = Counter()
        total: Counter = Counter()
        for intake, (by_file, run) in intakes().items():
            for kind, name, path, text in docs:
                given = path if by_file else text
                if not given or (by_file and path.suffix == ".txt" and "Tjänst" in intake):
                    continue
                total[intake, kind] += 1
                try:
                    run(given)
                    taken[intake, kind] += 1
                except UnitMissing:  # read; the window asks for the unit next
                    taken[intake, kind] += 1
                except KsdeskError as error:
                    if "ser ut att vara" in str(error):
                        named[intake, kind] += 1
                    if "-v" in sys.argv:
                        print(f"  {intake} ← {kind} {name}: {str(error)[:150]}")
    print(f"{'intake':32} {'document':20} taken  named-kind  of")
    for (intake, kind), count in sorted(total.items()):
        print(f"{intake:32} {kind:20} {taken[intake, kind]:5} {named[intake, kind]:11} {count:3}")


if __name__ == "__main__":
    main()
