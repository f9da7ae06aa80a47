"""core.title_parties: the private party an ärende's title names, as a byggnadsnämnd's agenda
writes it (walk34 #1). The persons are invented; the "no hit" titles are Kungsbacka's own
(data/kungsbacka/bygg/2025/2025-03-20/kallelse.md, 2025-04-24/kallelse.md and
2025-10-23/kallelse.md in moggleif/kommunhandlingar, line breaks joined)."""

from __future__ import annotations

import pytest

from ksdesk.core.title_parties import title_party_names
from ksdesk.interchange.given_names import GIVEN_NAMES


def _names(title: str) -> list[str]:
    return [title[start:end] for start, end, _name in title_party_names(title, GIVEN_NAMES)]


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("HEDE 3:7 - Rivningsföreläggande mot Lars-Göran Pettersson", "Lars-Göran Pettersson"),
        ("Bygglov för tillbyggnad av fritidshus, Ulla-Britt Sjöö, Särö 1:88", "Ulla-Britt Sjöö"),
        ("Karin Ek, Tölö 5:12 - Bygglov för carport", "Karin Ek"),
        ("Byggsanktionsavgift, Vallda 12:45, Johan Lindqvist", "Johan Lindqvist"),
        ("Förhandsbesked för enbostadshus, sökande Mohammed Al-Hassan", "Mohammed Al-Hassan"),
        ("Yttrande över klagomål från Dragana Jovanović", "Dragana Jovanović"),
        ("Förbud mot användning, ansökan från Eva Holm", "Eva Holm"),
        ("Föreläggande angående Per Lind Åkesson", "Per Lind Åkesson"),
    ],
)  # fmt: skip
def test_the_titles_party_is_found(title: str, name: str) -> None:
    assert _names(title) == [name]
    assert title_party_names(title, GIVEN_NAMES)[0][2] == name.lower()  # the review's value


def test_each_party_of_a_list_is_found() -> None:
    title = "Föreläggande mot Anna Berg och Per Lind, Vallda 12:45"
    assert _names(title) == ["Anna Berg", "Per Lind"]


@pytest.mark.parametrize(
    "title",
    [
        # Kungsbacka's real titles.
        "GÅSEVADHOLM 5:1 - Bygglov för nybyggnad av garagebyggnad",
        "Anmälan av ordförandebeslut - Yttrande till länsstyrelsen i Hallands län i ärende med "
        "dnr 8087-2024, angående bygglov för nybyggnad av ett fritidshus på fastigheten "
        "Stockared 4:9",
        "Rättelse av beslut om detaljplan för hotell inom Särö 1:441 m fl Föredragande: "
        "Anna-Karin Ljungman, planarkitekt",
        "Samråd av detaljplan för bostäder inom Lerberg 16:40, 3:9 och 3:11 i Anneberg",
        "Antagande av detaljplan för infrastruktur inom fastighet Varla 2:198 och Varla 12:67 i "
        "Kungsbacka Föredragande: Björn Vikström, planarkitekt",
        # Companies, authorities, elected members and places.
        "Rivningsföreläggande mot Kungsbacka Bostads AB, Hede 3:7",
        "Föreläggande mot Anders Svensson Bygg AB",
        "Yttrande angående Trafikverket Region Väst",
        "Föreläggande mot Anna Berg (S)",
        "Bygglov för flerbostadshus, Särö Strand, Särö 1:88",
        "Strandskyddsdispens, Gamla Särö, Särö 1:88",
        "Åtgärder mot Buller Vid Motorvägen",
    ],
)  # fmt: skip
def test_no_person_is_no_hit(title: str) -> None:
    assert _names(title) == []
