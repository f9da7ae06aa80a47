"""A kallelse numbered from 1 that leaves Val av justerare to the meeting, with a standing item
such as "Delegationsbeslut" further down: the meeting still opens with its opening items. The
file's "Delegationsbeslut" made its numbers count as the agenda's, so Val av justerare and
Anmälan av extra ärenden ended the agenda (§§ 169-170 of a socialutskott's protokoll)."""

from __future__ import annotations

from ksdesk.core.agenda_merge import merge_agenda
from ksdesk.core.import_report import ImportReport
from ksdesk.core.meeting import Arende
from ksdesk.interchange.agenda_import import read_agenda

STANDING = ["Val av justerare", "Anmälan av extra ärenden", "Anmälan av delegationsbeslut"]


def _meeting() -> list[Arende]:
    opening = [Arende(title=t, is_standard=True, kind="beslut") for t in STANDING]
    return [*opening, Arende(title="Information", is_standard=True, kind="information")]


def _titles(csv: str) -> list[str]:
    imported = read_agenda(csv.encode(), "lista.csv")
    agenda = merge_agenda(
        _meeting(), imported.items, imported.numbers, imported.rows, STANDING,
        ImportReport("dagordning", "lista.csv"),
    )  # fmt: skip
    return [item.title for item in agenda]


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


def test_a_list_that_opens_with_a_standing_item_keeps_its_own_numbers() -> None:
    csv = "Nr;Ärende;Dnr\n1;Val av justerare;\n2;Kvartalsrapport;SU 2011/201\n"
    assert _titles(csv) == [
        "Val av justerare",
        "Kvartalsrapport",
        "Anmälan av extra ärenden",
        "Anmälan av delegationsbeslut",
        "Information",
    ]
