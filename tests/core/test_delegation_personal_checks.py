"""A personnummer in a delegationsordning is a fel wherever it stands: the ordning is printed,
exported and published as it is, with no review before (only its copy in a meeting's packet
is reviewed)."""

from __future__ import annotations

from dataclasses import replace

from ksdesk.core.delegation import Abbreviation, Chapter, IntroSection, Point, Version
from ksdesk.core.delegation_checks import check_version
from ksdesk.core.findings import Severity
from tests.safety.planted_numbers import number

ONE, TWO, THREE = number(1), number(2), number(5)  # the third a samordningsnummer


def _version() -> Version:
    point = Point("3.2", "Beslut om bostadsanpassningsbidrag", delegat=["Handläggare"])
    point = replace(point, anmarkning=f"Se ärendet för sökande {ONE[:6]}-{ONE[6:]}")
    chapter = Chapter("3 Bostadsanpassning", [point], note=f"Kontakt: pnr {TWO}")
    return Version(
        key="v",
        name="Delegationsordning",
        chapters=[chapter],
        intro=[IntroSection("Inledning", "Gäller från 2021-01-01.")],
        abbreviations=[Abbreviation(f"BAB 19{THREE[:6]}-{THREE[6:]}", "Bostadsanpassning")],
    )


def test_every_personnummer_is_a_fel_naming_where_it_stands() -> None:
    found = [f for f in check_version(_version()) if f.code == "personnummer"]
    assert [f.severity for f in found] == [Severity.FEL] * 3
    point, note, abbreviation = found
    assert (point.chapter, point.nr, point.field) == ("3 Bostadsanpassning", "3.2", "anmarkning")
    assert f"({ONE[:6]}-XXXX) står i punkt 3.2 (anmärkning)" in point.message
    assert "ett kapitels rubrik eller anteckning" in note.message
    assert "förkortningslistan" in abbreviation.message
    assert all(n[6:] not in f.message for f in found for n in (ONE, TWO, THREE))


def test_dates_and_diarienummer_are_no_finding() -> None:
    version = _version()
    clean = replace(version, chapters=[], abbreviations=[])
    clean.revisions = []
    clean.header = {"Diarienummer": "KS 2020/437", "Beslutad": "2020-08-20"}
    assert [f for f in check_version(clean) if f.code == "personnummer"] == []
