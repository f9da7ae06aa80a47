"""A list with no kind column and no headings that name kinds: an ärende whose title says
it is information ("Information om …", "Information från …") is an information ärende, not
a beslut that the check finds without beslut and Uppföljning lists under laga kraft (walk31:
Kungsbacka Vård & Omsorg 2025-03-20, data/kungsbacka/vo/2025/2025-03-20/kallelse.md). A title
that only begins with the word ("Informationssäkerhetspolicy") stays a beslut."""

from __future__ import annotations

from ksdesk.interchange.agenda_import import read_agenda

_LIST = (
    "Nr;Ärende;Dnr\n"
    "1;Information om arbetet med semesterbemanning;VO-2025-00031\n"
    "2;Information från förvaltningen;VO-2025-00016\n"
    "3;Informationssäkerhetspolicy för nämnden;VO-2025-00040\n"
    "4;Årsrapport 2024 – Qvalify AB;VO-2024-00112\n"
)


def test_an_information_title_makes_an_information_arende() -> None:
    read = read_agenda(_LIST.encode(), "arendelista.csv")
    kinds = {item.title: item.kind for item in read.items}
    assert kinds == {
        "Information om arbetet med semesterbemanning": "information",
        "Information från förvaltningen": "information",
        "Informationssäkerhetspolicy för nämnden": "beslut",
        "Årsrapport 2024 – Qvalify AB": "beslut",
    }
