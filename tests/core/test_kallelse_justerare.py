"""The justerare a kallelse proposes, read and carried (core.kallelse_justerare, walk37 #11).
Kungsbacka's rows are shortened from moggleif/kommunhandlingar data/kungsbacka/<organ>/…/
kallelse.md, the organ and date named at each; the other kommuner's shapes carry invented
names."""

from __future__ import annotations

import pytest

from ksdesk.core.import_report import ImportReport
from ksdesk.core.kallelse_justerare import Proposed, carry, proposed_in
from ksdesk.core.organ import Fortroendevald

_VAL = "Val av justerare"
_EK, _OLSSON = "Anna Ek (S)", "Per Olsson (M)"


@pytest.mark.parametrize(
    ("title", "proposal", "justerare", "ersattare"),
    [
        (_VAL, "Marianne Pleijel (M)", ["Marianne Pleijel (M)"], []),  # ifo 2025-04-17
        (_VAL, "Ulrika Jörgensen (M)", ["Ulrika Jörgensen (M)"], []),  # kultur 2025-10-22
        (  # miljo 2025-10-09 (its protokoll: "Protokolljusterare Tobias Eriksson (SD)")
            _VAL,
            "Ordinarie: Tobias Eriksson (SD)\nErsättare: Henrik Arnesson (C)",
            ["Tobias Eriksson (SD)"],
            ["Henrik Arnesson (C)"],
        ),
        (  # bygg 2024-10-17
            _VAL,
            "Ordinarie: Marianne Wallengren (M)\nErsättare: Fredrik Kollberg (KD)",
            ["Marianne Wallengren (M)"],
            ["Fredrik Kollberg (KD)"],
        ),
        (  # teknik 2025-04-15: item 1, numbered
            "Godkännande av ärendelistan och val av justerare",
            "Justerare\nOrdinarie: Per-Axel Landström (S)\nErsättare: Alma Bernesson (M)",
            ["Per-Axel Landström (S)"],
            ["Alma Bernesson (M)"],
        ),
        ("Val av justerare: Anna Ek (S)", "", ["Anna Ek (S)"], []),
        ("Förslag till justerare: Anna Ek (S) och Per Olsson (M)", "", [_EK, _OLSSON], []),
        ("Justerare: Anna Ek (S)", "", ["Anna Ek (S)"], []),
        (  # the time and place after the names are no names
            "Val av justerare och tid för justering: Anna Ek (S), Per Olsson (M), tisdag kl. 15",
            "",
            [_EK, _OLSSON],
            [],
        ),
    ],
)  # fmt: skip
def test_the_rows_that_name_justerare(
    title: str, proposal: str, justerare: list[str], ersattare: list[str]
) -> None:
    rows = [("Förändring av ärendelista", ""), (title, proposal), ("Anmälan av jäv", "")]
    assert proposed_in(rows) == Proposed(1, justerare, ersattare)


@pytest.mark.parametrize(
    ("title", "proposal"),
    [
        (_VAL, "Nämnden utser två justerare."),  # a sentence: nothing to choose from
        ("Justering av taxa för korttidsuthyrning", "Anna Ek (S)"),  # kultur 2025-10-22
        ("Förslag till justering av avgifter", "Anna Ek (S)"),
    ],
)
def test_rows_that_name_none(title: str, proposal: str) -> None:
    assert proposed_in([(title, proposal)]) is None


_IFO = [  # ifo 2025-04-17's nämnd (its protokoll's first page)
    Fortroendevald("Tommy Rydfeldt", "L", "ordförande"),
    Fortroendevald("Marianne Pleijel", "M", "1:e vice ordförande"),
    Fortroendevald("Lars Blom", "M"),
]


def test_the_names_are_the_members_the_ordforande_signs_as_such() -> None:
    """vo 2025-03-20 writes "Hravn Forsne (M)/Göran Ottosson (SD)": the ordförande and the
    justerare (its protokoll: "Protokolljusterare Göran Ottosson (SD)")."""
    report = ImportReport("dagordning", "kallelse.docx")
    proposed = Proposed(0, ["Tommy Rydfeldt (L)", "marianne  pleijel"])
    assert carry(proposed, _IFO, [], report, "Rad 2") == ["Marianne Pleijel"]
    (line,) = report.changed
    assert line.text == "Justerare enligt kallelsen: Marianne Pleijel (M)"
    assert "Tommy Rydfeldt (L) är nämndens ordförande" in line.why
    # No member of that name: kept as written.
    assert carry(Proposed(0, ["Eva Ny (C)"]), _IFO, [], report, "Rad 2") == ["Eva Ny (C)"]


def test_justerare_already_chosen_are_kept_and_said() -> None:
    report = ImportReport("dagordning", "kallelse.docx")
    proposed = Proposed(0, ["Marianne Pleijel (M)"])
    assert carry(proposed, _IFO, ["Lars Blom"], report, "Rad 2") is None
    (warning,) = report.warnings
    assert "Lars Blom (M) står redan som justerare" in warning.sentence()
    # The same justerare again (the kallelse imported twice): nothing to warn of.
    assert carry(proposed, _IFO, ["Marianne Pleijel"], report, "Rad 2") is None
    assert len(report.warnings) == 1 and "står redan" in report.changed[-1].why
