"""Two of the fourteenth set of real delegationsordningar (real_delegation_fourteenth), those
whose chapters are rows across their one table of points: a nämnd för service och teknik
adopted on a line that ends in its Dnr with no stop before it, its points lettered "4 a",
and an omsorgsnämnd whose page gives "Antagen: …" and "Giltig: Från och med …"."""

from __future__ import annotations

from pathlib import Path

import docx

from tests.interchange.real_delegation_documents import Expect, _table

# A nämnd för service och teknik: the Dnr at the adoption line's end, points "4 a" -----------

NST_SOURCE = "https://docplayer.se/amp/105088234-Delegationsordning-for-kommunstyrelsen.html"
NST_TITLE = "Delegationsordning Nämnden för service och teknik"
NST_ADOPTED = "Beslutad av nämnden för service och teknik den 22 januari 2015 Dnr NST15-5"
NST_HEADER = ["Punkt", "Ärende", "Delegat", "Ersättare", "Lagrum"]
NST_CHAPTERS: list[tuple[str, list[list[str]]]] = [
    (
        "4 Gator, parker och trafik",
        [
            ["4 a", "Upplåtelse av offentlig plats", "Gatuchef", "Trafikingenjör", "Ordningslagen"],
            [
                "4 b",
                "Lokala trafikföreskrifter om parkering",
                "Trafikingenjör",
                "",
                "10 kap. 3 § TrF",
            ],
            [
                "4 c",
                "Dispens för tung eller bred transport",
                "Trafikingenjör",
                "Gatuchef",
                "13 kap. 3 § TrF",
            ],
        ],
    ),
    (
        "5 Fastigheter",
        [
            ["5 a", "Uthyrning av lokaler upp till tre år", "Fastighetschef", "", ""],
            ["5 b", "Uppsägning av hyresavtal", "Fastighetschef", "Förvaltningschef", ""],
        ],
    ),
]


def write_nst(path: Path) -> None:
    """A kommun's "Delegationsordning Nämnden för service och teknik" and its adoption line
    "Beslutad av nämnden för service och teknik den 22 januari 2015 Dnr NST15-5", as
    NST_SOURCE lists them (among a search's related documents). Ours (the excerpt has only
    those lines): a line of introduction, and the points in one table headed "Punkt |
    Ärende | Delegat | Ersättare | Lagrum", chapter rows across it ("4 Gator, parker och
    trafik") and points lettered "4 a", "4 b"."""
    document = docx.Document()
    document.add_paragraph(NST_TITLE, style="Title")
    document.add_paragraph(NST_ADOPTED)
    document.add_paragraph(
        "Nämnden delegerar beslutanderätt i de ärenden som förtecknas nedan. Besluten anmäls "
        "vid nämndens nästa sammanträde."
    )
    rows: list[list[str]] = []
    for title, points in NST_CHAPTERS:
        rows += [[title], *points]
    _table(document, NST_HEADER, rows)
    document.save(str(path))


NST: list[Expect] = [
    (r[0], title, r[1], [r[2]], [r[3]] if r[3] else [], r[4], "")
    for title, rows in NST_CHAPTERS
    for r in rows
]


# An omsorgsnämnd: "Antagen:" and "Giltig: Från och med …" ----------------------------------

OMN_SOURCE = (
    "https://www.linkoping.se/kommun-och-politik/fakta-om-linkoping/regler-och-styrande-"
    "dokument/styrande-dokument/delegationsordningar/omsorgsnamndens-delegationsordning/"
)
OMN_TITLE = "Omsorgsnämndens delegationsordning"
OMN_HEADER = ["Nr", "Ärende", "Lagrum", "Delegat", "Ersättare", "Kommentar"]
OMN_CHAPTERS: list[tuple[str, list[list[str]]]] = [
    (
        "2 Socialtjänstlagen",
        [
            [
                "2.1",
                "Beslut om hemtjänst",
                "4 kap. 1 § SoL",
                "Biståndshandläggare",
                "Enhetschef",
                "",
            ],
            [
                "2.2",
                "Beslut om särskilt boende",
                "4 kap. 1 § SoL",
                "Enhetschef",
                "",
                "Efter samråd med verksamhetschef",
            ],
        ],
    ),
    (
        "3 Lagen om stöd och service till vissa funktionshindrade",
        [
            [
                "3.1",
                "Beslut om personlig assistans",
                "9 § 2 p. LSS",
                "LSS-handläggare",
                "Enhetschef",
                "",
            ],
            [
                "3.2",
                "Beslut om bostad med särskild service för vuxna",
                "9 § 9 p. LSS",
                "LSS-handläggare",
                "",
                "",
            ],
        ],
    ),
]


def write_omn(path: Path) -> None:
    """Linköpings kommun's "Omsorgsnämndens delegationsordning" as its page (OMN_SOURCE)
    gives it: the title, "Antagen: 2015-01-27", "Giltig: Från och med 2015-03-01" and its
    opening paragraph (cut short). Ours (the page has only these): the points, one table
    with chapter rows across it, Ersättare and Kommentar columns of their own."""
    document = docx.Document()
    document.add_paragraph(OMN_TITLE, style="Title")
    document.add_paragraph("Antagen: 2015-01-27")
    document.add_paragraph("Giltig: Från och med 2015-03-01")
    document.add_paragraph(
        "Med delegering avses att en nämnd överför sin självständiga beslutanderätt till en "
        "förtroendevald eller till någon tjänsteperson."
    )
    rows: list[list[str]] = []
    for title, points in OMN_CHAPTERS:
        rows += [[title], *points]
    _table(document, OMN_HEADER, rows)
    document.save(str(path))


OMN: list[Expect] = [
    (r[0], title, r[1], [r[3]], [r[4]] if r[4] else [], r[2], r[5])
    for title, rows in OMN_CHAPTERS
    for r in rows
]
