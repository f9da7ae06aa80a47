"""Cell text rules of delegation tables: hyphenation, change marks, roles and conditions."""

from __future__ import annotations

import pytest

from ksdesk.interchange.delegation_cells import join_broken_lines, join_hyphens, read_mark
from ksdesk.interchange.delegation_role_cells import split_roles


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("stadsbyggnads-\nkontoret", "stadsbyggnadskontoret"),
        ("Beslut om ärende-/\nverksamhetssystemet", "Beslut om ärende-/verksamhetssystemet"),
        ("IT-\nsystem", "IT-system"),
        ("e-\npost", "e-post"),
        ("Mark-\noch exploatering", "Mark- och exploatering"),
        ("Barn-\noch utbildningsnämnden", "Barn- och utbildningsnämnden"),
        ("2020-\n12-07", "2020-\n12-07"),
        ("Ekonomichef\nKassör", "Ekonomichef\nKassör"),
    ],
)
def test_line_end_hyphens(text: str, joined: str) -> None:
    assert join_hyphens(text)[0] == joined


def test_change_marks() -> None:
    assert read_mark("NY: Beslut om attest") == ("Beslut om attest", "ny")
    assert read_mark("(Ny) Beslut") == ("Beslut", "ny")
    assert read_mark("Ändrad: Beslut") == ("Beslut", "ändrad")
    assert read_mark("Ny") == ("", "ny")
    assert read_mark("Ny punkt: Beslut") == ("Beslut", "ny")
    assert read_mark("Ändrad lydelse: Beslut") == ("Beslut", "ändrad")
    assert read_mark("Ny detaljplan") == ("Ny detaljplan", "")
    assert read_mark("Nyanställning") == ("Nyanställning", "")


def test_roles_split_only_on_real_separators() -> None:
    cell = split_roles("Ordf.\nVid förfall för ordföranden\nbeslutar 1:e vice ordförande.")
    assert cell.roles == ["Ordf."]
    assert cell.condition == "Vid förfall för ordföranden beslutar 1:e vice ordförande."
    assert split_roles("KSO, KD").roles == ["KSO", "KD"]
    assert split_roles("Kommundirektör, ekonomichef").roles == ["Kommundirektör", "ekonomichef"]
    # A comma before a place, not a role, is no separator.
    place = split_roles("Chef för kansliet, kommunledningskontoret")
    assert place.roles == ["Chef för kansliet, kommunledningskontoret"]
    assert split_roles("Ekonomichef; Kassör").roles == ["Ekonomichef", "Kassör"]
    # The seed's roles: one per line, one of them cut by a page break.
    seed = split_roles(
        "Styrelsens 1:e vice ordförande eller\nstyrelsens 2:e vice ordförande\n"
        "Enhetschef inom respektive verksamhetsområde"
    )
    assert seed.roles == [
        "Styrelsens 1:e vice ordförande eller styrelsens 2:e vice ordförande",
        "Enhetschef inom respektive verksamhetsområde",
    ]
    assert not seed.condition
    lower = split_roles("Kommundirektör\nom ärendet rör hela kommunen")
    assert (lower.roles, lower.condition) == (["Kommundirektör"], "om ärendet rör hela kommunen")


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("Upphandling upp till\n10 prisbasbelopp", "Upphandling upp till 10 prisbasbelopp"),
        ("Upphandling upp till 100\n000 kr", "Upphandling upp till 100 000 kr"),
        ("enligt 4\nkap 1 § SoL", "enligt 4 kap 1 § SoL"),
        ("sekretesslagen\n(2009:400) 6 kap", "sekretesslagen (2009:400) 6 kap"),
        ("lös egendom,\nentreprenader", "lös egendom, entreprenader"),
        ("Beslut om\na) rivning\n2. Bygglov", "Beslut om\na) rivning\n2. Bygglov"),
        ("Anmäls.\n10 dagar", "Anmäls.\n10 dagar"),
        ("Beslut enligt\nSocialtjänstlagen 4 kap.", "Beslut enligt Socialtjänstlagen 4 kap."),
        ("Yttrande till\nLänsstyrelsen", "Yttrande till Länsstyrelsen"),
        ("Inköp\nFör alla inköp gäller", "Inköp\nFör alla inköp gäller"),
        # Kungsbacka's IFO förteckning 2025-06-12 (4.1.16, 4.1.26), cells as the PDF broke them
        # (data/kungsbacka/ifo/2025/2025-06-12/handlingar.tabeller/8-1.csv … 11-1.csv).
        (
            "ansöka om flyttningsförbud enligt 24\n§ LVU",
            "ansöka om flyttningsförbud enligt 24 § LVU",
        ),
        ("med upp till 10\n% av pbb per år", "med upp till 10 % av pbb per år"),
    ],
)
def test_lines_a_pdf_conversion_broke_are_one_sentence(text: str, joined: str) -> None:
    assert join_broken_lines(text) == joined


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        # The barn- och utbildningsnämnd's Lagrum cells, broken by the PDF as in its transcript.
        ("10 kap 39 §\nskollagen", "10 kap 39 § skollagen"),
        ("8 kap 13 § första stycket\nskollagen", "8 kap 13 § första stycket skollagen"),
        # Two citations stay two lines.
        ("6 kap 39 § KL\n7 kap 5 § KL", "6 kap 39 § KL\n7 kap 5 § KL"),
        ("KL 6:39\nFL 27 §", "KL 6:39\nFL 27 §"),
    ],
)
def test_a_lagrum_broken_before_its_law_is_one_citation(text: str, joined: str) -> None:
    """ "10 kap 39 §" / "skollagen" stayed two lines in Lagrum (the Ärende joined them)."""
    assert join_broken_lines(text, law=True) == joined
