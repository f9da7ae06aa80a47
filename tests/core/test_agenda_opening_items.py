"""A kallelse numbered from 1 that leaves Val av justerare to the meeting, with a standing item
such as "Delegationsbeslut" further down: the meeting still opens with its opening items. The
file's "Delegationsbeslut" made its numbers count as the agenda's, so Val av justerare and
Anmälan av extra ärenden ended the agenda (§§ 169-170 of a socialutskott's protokoll).

A list whose "1" is an opening item ("Förändring av ärendelista", "Upprop", "Val av
justerare") is the whole agenda as the kommun numbers it (walk30's finding 6): its numbers
stay, the meeting's empty standing items it lacks are left out, and Kungsbacka's "Förändring
av ärendelista" is the standing "Anmälan av extra ärenden"."""

from __future__ import annotations

import pytest

from ksdesk.core.agenda_merge import merge_agenda
from ksdesk.core.import_report import ImportReport
from ksdesk.core.meeting import Arende, numbered
from ksdesk.interchange.agenda_import import read_agenda

STANDING = ["Val av justerare", "Anmälan av extra ärenden", "Anmälan av delegationsbeslut"]


def _meeting() -> list[Arende]:
    opening = [Arende(title=t, is_standard=True, kind="beslut") for t in STANDING]
    return [*opening, Arende(title="Information", is_standard=True, kind="information")]


def _merged(
    csv: str,
    meeting: list[Arende] | None = None,
    report: ImportReport | None = None,
    in_protokoll: frozenset[int] = frozenset(),
) -> list[Arende]:
    imported = read_agenda(csv.encode(), "lista.csv")
    return merge_agenda(
        _meeting() if meeting is None else meeting, imported.items, imported.numbers,
        imported.rows, STANDING, report or ImportReport("dagordning", "lista.csv"),
        in_protokoll=in_protokoll,
    )  # fmt: skip


def _titles(csv: str, meeting: list[Arende] | None = None) -> list[str]:
    return [item.title for item in _merged(csv, meeting)]


def test_a_list_from_1_with_a_standing_item_further_down_follows_the_opening_items() -> None:
    csv = "Nr;Ärende;Dnr\n1;Kvartalsrapport;SU 2011/201\n2;LVM-beredskap;SU 2011/190\n"
    csv += "3;Delegationsbeslut;\n"
    assert _titles(csv) == [
        "Val av justerare",
        "Anmälan av extra ärenden",
        "Kvartalsrapport",
        "LVM-beredskap",
        "Delegationsbeslut",
        "Information",
    ]


@pytest.mark.parametrize(
    "opening",
    [
        "Val av justerare",
        "Upprop",
        "Fastställande av dagordning",
        "Godkännande av ärendelistan",
        "Anmälan av extra ärenden",
    ],
)
def test_a_list_whose_1_is_an_opening_item_is_the_whole_agenda(opening: str) -> None:
    csv = f"Nr;Ärende;Dnr\n1;{opening};\n2;Kvartalsrapport;SU 2011/201\n"
    assert _titles(csv) == [opening, "Kvartalsrapport"]


def test_a_list_that_lacks_an_aerende_of_the_meeting_leaves_its_standing_items() -> None:
    """A part of the agenda: the meeting's own ärende and its standing items stay."""
    meeting = _meeting()
    meeting.insert(3, Arende(title="Budget 2026", dnr="SU 2011/7"))
    csv = "Nr;Ärende;Dnr\n1;Val av justerare;\n2;Kvartalsrapport;SU 2011/201\n"
    assert _titles(csv, meeting) == [
        "Val av justerare",
        "Kvartalsrapport",
        "Anmälan av extra ärenden",
        "Anmälan av delegationsbeslut",
        "Budget 2026",
        "Information",
    ]


# Rows shortened from Kungsbacka's Nämnden för Miljö & Hälsoskydd 2025-10-09, moggleif/
# kommunhandlingar data/kungsbacka/miljo/2025/2025-10-09/kallelse.md (§§ 113-125 in its protokoll).
KUNGSBACKA = """Nr;Ärende;Beteckning
1;Förändring av ärendelista;MH-2025-00005
2;Anmälan av jäv;MH-2025-00006
3;Ansökan om tillfälligt serveringstillstånd;MH-2025-2823
4;Anmälan av delegeringsbeslut;MH-2025-00007
5;Information från förvaltningschefen;MH-2025-00010
"""


def test_kungsbackas_list_keeps_its_numbers_without_the_standing_items_it_lacks() -> None:
    report = ImportReport("dagordning", "lista.csv")
    agenda = _merged(KUNGSBACKA, report=report)
    assert [(n, i.title, i.is_standard) for n, i in numbered(agenda)] == [
        (1, "Förändring av ärendelista", True),  # the meeting's Anmälan av extra ärenden
        (2, "Anmälan av jäv", False),
        (3, "Ansökan om tillfälligt serveringstillstånd", False),
        (4, "Anmälan av delegeringsbeslut", True),
        (5, "Information från förvaltningschefen", False),  # and no "Information" after it
    ]
    assert not report.warnings  # no "har nr 1 i filen men blir nr 3"
    merged = " ".join(line.text for line in report.merged)
    assert "”Förändring av ärendelista” = ”Anmälan av extra ärenden”" in merged
    taken_off = [line.text for line in report.changed if "togs bort" in line.why]
    assert taken_off == ["”Val av justerare”", "”Information”"]


def test_a_standing_item_with_a_paragraf_stays_after_the_whole_list() -> None:
    meeting = _meeting()
    meeting[0].id = 7  # Val av justerare has its § in the started protokoll
    csv = "Nr;Ärende;Dnr\n1;Fastställande av dagordning;\n2;Kvartalsrapport;SU 2011/201\n"
    agenda = _merged(csv, meeting, in_protokoll=frozenset({7}))
    assert [i.title for i in agenda] == [
        "Fastställande av dagordning",
        "Kvartalsrapport",
        "Val av justerare",
    ]


def test_a_long_row_merged_names_the_item_that_took_it_in_whole() -> None:
    """walk31 #3 (Kungsbacka Vård & Omsorg 2025-03-20, data/kungsbacka/vo/2025/2025-03-20/
    kallelse.md): the line was one text cut at 80 characters, so the merged row's long title
    hid which standing item had taken it in."""
    long = "Information - Delegeringsbeslut om förnyad certifiering av Gottskärs Hemtjänst (LOV)"
    report = ImportReport("dagordning", "lista.csv")
    _merged(f"Nr;Ärende;Dnr\n1;Val av justerare;\n2;{long};\n", report=report)
    [line] = [line for line in report.merged if "certifiering" in line.text]
    assert line.text.endswith("= ”Information”")


def test_a_list_from_1_after_the_standing_items_says_how_to_keep_its_numbers() -> None:
    """walk35 (Kungsbacka's Kultur & Fritid 2025-05-14, data/kungsbacka/kultur/2025/2025-05-14/
    kallelse.md): the list is numbered from 1 with no Val av justerare; the meeting's standing
    items before it moved every number (§ 54–66 where the real protokoll has § 54–63), and the
    warning did not say what to do about it."""
    report = ImportReport("dagordning", "lista.csv")
    csv = "Nr;Ärende;Dnr\n1;Information till nämnd: Biblioteken;\n2;Budget 2026;KFT-2025-1\n"
    _merged(csv, report=report)
    [warning] = report.warnings
    assert "stående ärenden ”Val av justerare”, ”Anmälan av extra ärenden”" in warning.why
    assert "står före filens" in warning.why
    assert "Nämndens inställningar" in warning.why
