"""How often the public check's tillsyn suggestion (core.tillsyn_hint) fires on real texts:
every ärende title of the real agendas kept with the tests (tests/interchange/real_agendas*.py,
many kommuner), every line of Kungsbacka's forty published documents read as a title
(tests/core/real_kungsbacka_public_texts.py), each of those excerpts read as the background of
a tjänsteskrivelse (health words), and every real tjänsteskrivelse rebuilt as Word in the
tests (tests/interchange/real_tjansteskrivelser*.py) as the import reads it. Each hit is
printed, to be judged a case or a false alarm: the title of a real tillsyn, föreläggande or
klagomål case is a right one.

    PYTHONPATH=. .venv/bin/python bench/tillsyn_hint_false_alarms.py"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ksdesk.core.meeting import Arende, Section, Tjansteskrivelse
from ksdesk.core.tillsyn_hint import why_tillsyn


def agenda_titles() -> list[str]:
    """The titles every real agenda's rows must become."""
    import tests.interchange as package

    titles: set[str] = set()
    for info in pkgutil.iter_modules(package.__path__):
        if info.name.startswith("real_agendas"):
            module = importlib.import_module(f"tests.interchange.{info.name}")
            for value in vars(module).values():
                for agenda in value if isinstance(value, tuple | list) else (value,):
                    for expected in getattr(agenda, "expected", ()) or ():
                        if not getattr(expected, "section", True):
                            titles.add(" ".join(expected.title.split()))
    return sorted(titles)


def tjansteskrivelser() -> list[tuple[str, Arende]]:
    """Every real tjänsteskrivelse rebuilt as Word in the tests, read as the import reads it,
    as the ärende it would be: its title that of the tjänsteskrivelse."""
    import tempfile

    from ksdesk.interchange import tjansteskrivelse_docx
    from tests.interchange import real_tjansteskrivelser_eleventh as r11
    from tests.interchange import real_tjansteskrivelser_expected as first
    from tests.interchange import real_tjansteskrivelser_fifteenth as r15
    from tests.interchange import real_tjansteskrivelser_fourteenth as r14
    from tests.interchange import real_tjansteskrivelser_thirteenth as r13
    from tests.interchange import real_tjansteskrivelser_twelfth as r12

    every = {**first.EXPECTED, **r11.EXPECTED_ELEVENTH, **r12.EXPECTED_TWELFTH}
    every |= {**r13.EXPECTED_THIRTEENTH, **r14.EXPECTED_FOURTEENTH, **r15.EXPECTED_FIFTEENTH}
    units = []
    with tempfile.TemporaryDirectory() as folder:
        for name, expected in every.items():
            word = Path(folder) / f"{name}.docx"
            expected["write"](word)
            ts = tjansteskrivelse_docx.read_file(word).tjansteskrivelse
            units.append((f"{name}: {ts.title}", Arende(title=ts.title, tjansteskrivelse=ts)))
    return units


def report(name: str, units: list[tuple[str, Arende]]) -> None:
    hits = [(where, why_tillsyn(item)) for where, item in units]
    hits = [(where, why) for where, why in hits if why]
    print(f"{name}: {len(hits)} of {len(units)} suggested")
    for where, why in hits:
        print(f"    [{why}] {where[:150]}")


def main() -> None:
    from tests.core.real_kungsbacka_public_texts import KUNGSBACKA_PUBLIC_TEXTS

    titles = agenda_titles()
    report("Real agenda titles", [(t, Arende(title=t)) for t in titles])
    lines = {
        " ".join(line.split())
        for _source, text in KUNGSBACKA_PUBLIC_TEXTS
        for line in text.splitlines()
        if len(line.split()) >= 2
    }
    report("Kungsbacka lines as titles", [(t, Arende(title=t)) for t in sorted(lines)])
    bodies = [
        (
            source,
            Arende(title="Ärende", tjansteskrivelse=Tjansteskrivelse(sections=[Section("", text)])),
        )
        for source, text in KUNGSBACKA_PUBLIC_TEXTS
    ]
    report("Kungsbacka excerpts as a tjänsteskrivelse's background", bodies)
    report("Real tjänsteskrivelser (title, förslag, background)", tjansteskrivelser())


if __name__ == "__main__":
    main()
