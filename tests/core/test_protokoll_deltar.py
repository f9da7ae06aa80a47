"""Who takes no part in a § 's beslut, in words (core.protokoll_deltar)."""

from __future__ import annotations

from datetime import date

from ksdesk.core.protokoll import Deltagare, DeltarInte, Paragraf, Protokoll, Votering
from ksdesk.core.protokoll_deltar import (
    deltar_inte_findings,
    deltar_inte_sections,
    deltar_inte_text,
)
from ksdesk.core.protokoll_entries import paragraf_problem

UPPROP = [Deltagare("Maria Losman", "MP"), Deltagare("Stefan Jägnert", "SD")]


def test_one_two_and_abstaining() -> None:
    assert deltar_inte_text(UPPROP, DeltarInte(["Maria Losman"])) == (
        "Maria Losman (MP) deltar inte i beslutet."
    )
    both = DeltarInte(["Maria Losman", "Stefan Jägnert"], "De återkommer med egna förslag")
    assert deltar_inte_text(UPPROP, both) == (
        "Maria Losman (MP) och Stefan Jägnert (SD) deltar inte i beslutet. De återkommer "
        "med egna förslag."
    )
    assert deltar_inte_text(UPPROP, DeltarInte(["Stefan Jägnert"], avstar=True)) == (
        "Stefan Jägnert (SD) avstår från att rösta."
    )


def test_sections_and_an_entry_without_names_is_refused() -> None:
    p = Paragraf(1, date(2024, 5, 28), 132, "Kommunbudget 2025")
    assert deltar_inte_sections(p, UPPROP) == []
    p.deltar_inte = [DeltarInte(["Stefan Jägnert"], avstar=True), DeltarInte(["Maria Losman"])]
    assert [h for h, _ in deltar_inte_sections(p, UPPROP)] == [
        "Deltar inte i beslut",
        "Avstår från att rösta",
    ]
    p.deltar_inte = [DeltarInte([], "Utan namn")]
    assert paragraf_problem(p) == "§ 132: Ange vem som inte deltar i beslutet."


def test_one_standing_aside_who_voted_is_a_warning() -> None:
    p = Paragraf(1, date(2025, 10, 22), 97, "Nämndbudget 2026")
    p.votering = Votering("förvaltningens förslag", "", {"Maria Losman": "nej"})
    p.deltar_inte = [DeltarInte(["Maria Losman"])]
    (found,) = deltar_inte_findings(Protokoll(1, upprop=UPPROP, paragrafer=[p]))
    assert found.paragraf == 97
    assert found.message == (
        "§ 97: Maria Losman deltar inte i beslutet enligt protokollet men har en nej-röst i "
        "voteringen. Ändra den ena."
    )
    p.votering.votes["Maria Losman"] = "avstår"
    assert deltar_inte_findings(Protokoll(1, upprop=UPPROP, paragrafer=[p])) == []
