"""A sixth set of Word delegationsordningar, from nämnder the first five sets lacked (a
förvaltning of a city whose heads are "direktör", two kultur- och fritidsnämnder, an
överförmyndarnämnd, in real_delegation_social a socialnämnd and a social- och
arbetsmarknadsnämnd, in real_delegation_seventh a fastighets- och servicenämnd, Vårgårda's
kommunstyrelse and Sundbyberg's stadsmiljö- och tekniska nämnd, in real_delegation_ofn two more
överförmyndarnämnder), built as those kommuner built them. Each builder names its source (a
public transcript found with the search tool, corpus "pages") and the structures taken from it.
The stored transcripts show a document's first pages only: where they show points, the points
are the document's; where a table lies beyond them, its shape follows the structures the
docstring names and the wording of its points the kind of document (said in the docstring).
Names, dates and diarienummer the transcripts lost are ours, and the name of an official on a
cover is left out. Only the number of points is cut down.

`SIXTH_DOCUMENTS` maps a short name to (builder, expected points), as in
real_delegation_documents.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx

from tests.interchange import real_delegation_bmhn as bmhn
from tests.interchange import real_delegation_ofn as ofn
from tests.interchange import real_delegation_seventh as seventh
from tests.interchange import real_delegation_social as social
from tests.interchange.real_delegation_documents import Expect, _table
from tests.interchange.real_delegation_kontoret import KONTORET, write_kontoret

# A kultur- och fritidsnämnd: the title on two lines, lettered chapters -------------------------

KFN_HEADER = ["Nr", "Ärende", "Delegat", "Lagrum", "Anmärkning"]


def write_kfn(path: Path) -> None:
    """A kommun's "Delegationsordning För kultur- och fritidsnämnden", revised by KFN § 110
    (https://docplayer.se/107197273-Delegationsordning-for-kultur-och-fritidsnamnden-
    reviderad-kfn-kfn-kfn-110.html): the cover's title on two lines, "Delegationsordning" over
    "För kultur- och fritidsnämnden" (capital F), the revisions on one line under it
    ("Reviderad KFN … § …, KFN … § …, KFN … § 110", the dates the transcript lost are ours),
    a table of contents with page numbers, an introduction under headings that are
    questions ("Vad är delegering?") with the non-delegable matters as a bulleted list, and
    chapters lettered "A. Allmänna frågor" … "H. Bidrag". The transcript ends in the
    introduction: the chapters' tables are built with the header most kultur- och
    fritidsnämnder use and points of the kind their titles name (ours)."""
    document = docx.Document()
    document.add_paragraph("Delegationsordning", style="Title")
    document.add_paragraph("För kultur- och fritidsnämnden")
    document.add_paragraph(
        "Reviderad KFN 2016-03-17 § 21, KFN 2017-02-16 § 9, KFN 2018-09-20 § 110"
    )
    document.add_paragraph("Innehåll")
    for line in [
        "Inledning\t3",
        "Vad är delegering?\t3",
        "Verkställighet och delegering\t3",
        "Anmälan av delegationsbeslut\t4",
        "A. Allmänna frågor\t8",
        "E. Ekonomi\t10",
        "H. Bidrag\t12",
    ]:
        document.add_paragraph(line)
    document.add_heading("Inledning", 1)
    document.add_heading("Vad är delegering?", 2)
    document.add_paragraph(
        "De lagliga förutsättningarna för delegering finns i kommunallagens 6 kap. Enligt "
        "kommunallagen 6 kap. 37 § får en nämnd uppdra åt ett utskott, åt en ledamot eller "
        "ersättare eller åt en anställd hos kommunen att besluta på nämndens vägnar i ett "
        "visst ärende eller en viss grupp av ärenden."
    )
    document.add_paragraph(
        "Beslutanderätten i följande ärenden får, enligt kommunallagen 6 kap. 38 §, dock inte "
        "delegeras:"
    )
    for line in [
        "ärenden som avser verksamhetens mål, inriktning, omfattning eller kvalitet,",
        "ärenden som väckts genom medborgarförslag och som överlåtits till nämnden, och",
        "vissa ärenden som anges i särskilda föreskrifter.",
    ]:
        document.add_paragraph(line, style="List Bullet")
    document.add_heading("Verkställighet och delegering", 2)
    document.add_paragraph(
        "Ärenden som regleras i lag eller andra föreskrifter och inte ger utrymme för "
        "självständiga bedömningar betraktas inte som beslut, utan som verkställighet."
    )
    document.add_heading("Anmälan av delegationsbeslut", 2)
    document.add_paragraph("Beslut som fattas med stöd av delegation ska anmälas till nämnden.")
    for title, rows in KFN_CHAPTERS:
        document.add_heading(title, 1)
        _table(document, KFN_HEADER, rows)
    document.save(str(path))


KFN_CHAPTERS = [
    (
        "A. Allmänna frågor",
        [
            [
                "A.1",
                "Beslut i ärenden som är så brådskande att nämndens avgörande inte kan avvaktas",
                "Ordförande",
                "6 kap. 39 § KL",
                "Anmäls vid nämndens nästa sammanträde",
            ],
            ["A.2", "Utse ombud att föra nämndens talan", "Kultur- och fritidschef", "", ""],
        ],
    ),
    (
        "E. Ekonomi",
        [["E.1", "Utse beslutsattestanter", "Kultur- och fritidschef", "", ""]],
    ),
    (
        "H. Bidrag",
        [
            [
                "H.1",
                "Beslut om verksamhetsbidrag till föreningar enligt nämndens bidragsregler",
                "Fritidskonsulent",
                "",
                "",
            ],
            ["H.2", "Beslut om kulturbidrag upp till 20 000 kr", "Kulturchef", "", ""],
        ],
    ),
]
KFN: list[Expect] = [
    (row[0], title, row[1], [row[2]], [], row[3], row[4])
    for title, rows in KFN_CHAPTERS
    for row in rows
]


# A kultur- och fritidsnämnd's proposal: a header of labels with empty values ------------------

KFN_PROPOSAL_HEADER = ["Nr", "Ärende", "Delegat", "Vidaredelegering", "Anmärkning"]


def write_kfn_proposal(path: Path) -> None:
    """A kommun's "FÖRSLAG REVIDERAD DELEGATIONSORDNING" for its kultur- och fritidsnämnd
    (https://docplayer.se/106843456-Delegationsordning-for-kultur-och-fritidsnamnden.html):
    "Bilaga xx, kultur- och fritidsnämnden xx" over the proposal's heading, a line with the
    date and the secretary who wrote it (the name left out here), the title, then the
    document's header as "Label: value" lines where the proposal has not yet filled some
    values ("Diarienummer:" alone, "Antagen: xx", "Gäller fr.o.m" with no colon and no
    value), and an introduction "Delegationsbestämmelser" with the matters to review as
    bullets. The transcript ends in the introduction: the points are in a table with a
    Vidaredelegering column and chapter rows across it (ours)."""
    document = docx.Document()
    document.add_paragraph("Bilaga xx, kultur- och fritidsnämnden xx")
    document.add_paragraph("FÖRSLAG REVIDERAD DELEGATIONSORDNING")
    document.add_paragraph("2018-05-02, förvaltningssekreterare")
    document.add_paragraph("Delegationsordning för Kultur- och fritidsnämnden", style="Title")
    for line in [
        "Dokumenttyp: Delegationsordning",
        "Diarienummer:",
        "Beslutande: Kultur- och fritidsnämnden",
        "Antagen: xx",
        "Gäller fr.o.m",
        "Gäller t.o.m. Tillsvidare",
        "Dokumentet gäller för: Kultur- och fritidsnämnden",
        "Dokumentansvar: Kultur- och fritidschef",
    ]:
        document.add_paragraph(line)
    document.add_heading("Delegationsbestämmelser", 1)
    document.add_paragraph(
        "En nämnd får uppdra åt ett utskott, åt en ledamot eller en anställd tjänsteman att "
        "besluta å nämndens vägnar i ett visst ärende eller en viss grupp av ärenden. Detta "
        "kallas delegering."
    )
    document.add_paragraph(
        "En översyn av delegationsordningen bör genomföras årligen, områden som specifikt "
        "bör granskas är:"
    )
    for line in [
        "Ärenden som kan skapa stor uppmärksamhet eller annars är av stor principiell vikt.",
        "Ärenden där osäkerhet råder om nämndens uppfattning i sakfrågan.",
    ]:
        document.add_paragraph(line, style="List Bullet")
    _table(document, KFN_PROPOSAL_HEADER, KFN_PROPOSAL_ROWS)
    document.save(str(path))


_KP1 = "1. Allmänna ärenden"
_KP2 = "2. Föreningsbidrag"
KFN_PROPOSAL_ROWS = [
    [_KP1],
    [
        "1.1",
        "Yttrande över remisser som inte är av principiell vikt",
        "Kultur- och fritidschef",
        "Ja",
        "",
    ],
    ["1.2", "Avvisa överklagande som kommit in för sent", "Nämndsekreterare", "Nej", "24 § FL"],
    [_KP2],
    ["2.1", "Beslut om lokalbidrag", "Föreningskonsulent", "Nej", "Enligt bidragsreglerna"],
]
KFN_PROPOSAL: list[Expect] = [
    ("1.1", _KP1, KFN_PROPOSAL_ROWS[1][1], ["Kultur- och fritidschef"], [], "", ""),
    ("1.2", _KP1, KFN_PROPOSAL_ROWS[2][1], ["Nämndsekreterare"], [], "", "24 § FL"),
    (
        "2.1",
        _KP2,
        "Beslut om lokalbidrag",
        ["Föreningskonsulent"],
        [],
        "",
        "Enligt bidragsreglerna",
    ),
]


SIXTH_DOCUMENTS: dict[str, tuple[Callable[[Path], None], list[Expect]]] = {
    "kontoret": (write_kontoret, KONTORET),
    "kfn": (write_kfn, KFN),
    "ofn": (ofn.write_ofn, ofn.OFN),
    "kfn_proposal": (write_kfn_proposal, KFN_PROPOSAL),
    "son": (social.write_son, social.SON),
    "san": (social.write_san, social.SAN),
    "fsn": (seventh.write_fsn, seventh.FSN),
    "vargarda": (seventh.write_vargarda, seventh.VARGARDA),
    "stn": (seventh.write_stn, seventh.STN),
    "molndal": (ofn.write_molndal, ofn.MOLNDAL),
    "ofn_enhet": (ofn.write_ofn_enhet, ofn.OFN_ENHET),
    "bmhn": (bmhn.write_bmhn, bmhn.BMHN),
    "bn": (bmhn.write_bn, bmhn.BN),
}
