"""A city förvaltning's delegationsordning for the sixth set of real documents
(real_delegation_sixth): its points are the public transcript's, so it has a module of its
own."""

from __future__ import annotations

from pathlib import Path

import docx

from tests.interchange.real_delegation_documents import Expect, _table

# A förvaltning's "kontoret": Avsnitt | Lagrum | Ärende | Lägsta beslutsnivå -------------------

KONTORET_HEADER = ["Avsnitt", "Lagrum", "Ärende", "Lägsta beslutsnivå", "Anmäls till/anmärkning"]
_FULLMAKT = "*Efter fullmakt från direktör"


def write_kontoret(path: Path) -> None:
    """A city förvaltning's delegationsordning (the "kontoret" with a "Direktör",
    https://docplayer.se/amp/146159510-1-1-organisation-avsnitt-lagrum-arende-lagsta-beslutsniva-anmarkning.html);
    its points are the transcript's. Parts "1. ADMINISTRATION", "2. HR" and chapters "1.1
    ORGANISATION", "2.1 ANSTÄLLNING" in capitals over tables with the header "Avsnitt |
    Lagrum | Ärende | Lägsta beslutsnivå | Anmäls till/anmärkning" ("Avsnitt" is the number,
    "Lägsta beslutsnivå" the delegate); "1.2 ÖVRIGT" a row across the first table; points
    numbered 1.1.1; lettered sub-points a), b) in the Ärende cell with their delegates a), b)
    in the delegate's cell; starred delegates with the star's note in the same cell
    ("Jurist* Enhetschef* *Efter fullmakt från direktör"); "I samråd med HR-chef" in the last
    column. The transcript lost the § signs and the b) line of 1.1.2's delegates and of
    2.1.1's Ärende; ours are in their places."""
    document = docx.Document()
    document.add_heading("1. ADMINISTRATION", 1)
    document.add_heading("1.1 ORGANISATION", 2)
    _table(
        document,
        KONTORET_HEADER,
        [
            ["1.1.1", "", "Beslut om utökning eller inskränkning av verksamhet.", "Direktör", ""],
            [
                "1.1.2",
                "",
                "Beslut om organisatoriska förändringar:\na) Inom kontoret\nb) Inom egen avdelning",
                "a) Direktör\nb) Avdelningschef",
                "",
            ],
            ["1.1.3", "", "Beslut om krisledningsorganisation.", "Direktör", ""],
            ["1.2 ÖVRIGT"],
            [
                "1.2.1",
                "",
                "Beslut i ärenden som är så brådskande att nämndens beslut inte kan avvaktas.",
                "Ordförande",
                "",
            ],
            [
                "1.2.2",
                "",
                "Yttranden som inte är av principiell beskaffenhet eller av betydande vikt.",
                "Avdelningschef",
                "",
            ],
            [
                "1.2.3",
                "",
                "Rätt att föra nämndens talan samt att företräda nämnden i domstol och andra "
                "myndigheter i frågor där beslut har fattats:\na) På delegation\nb) I nämnd",
                f"a) Delegat i ärendet\nb) Jurist*\nEnhetschef*\n{_FULLMAKT}",
                "",
            ],
            [
                "1.2.4",
                "6 kap. 3 § OSL",
                "Beslut att inte lämna ut allmän handling, ställa villkor för utlämnande eller "
                "lämna yttrande över överklagande av dessa beslut.",
                "Jurist",
                "",
            ],
            [
                "1.2.5",
                "",
                "Beslut om förvaltningsspecifika tillämpningsanvisningar av kommungemensamma "
                "policies och riktlinjer.",
                "Avdelningschef",
                "",
            ],
            [
                "1.2.6",
                "",
                "Beslut om arkivorganisation samt utseende av arkivansvarig.",
                "Direktör",
                "",
            ],
            [
                "1.2.7",
                "",
                "Fastställande arkivbeskrivning och dokumenthanteringsplan.",
                "Direktör",
                "",
            ],
        ],
    )
    document.add_heading("2. HR", 1)
    document.add_heading("2.1 ANSTÄLLNING", 2)
    _table(
        document,
        KONTORET_HEADER,
        [
            [
                "2.1.1",
                "",
                "Beslut om tillsättning av:\na) Tillförordnad direktör upp till tre månader\n"
                "b) Avdelningschef\nc) Enhetschef\nd) Övrig personal",
                "a) Direktör\nb) Direktör\nc) Avdelningschef\nd) Enhetschef",
                "I samråd med HR-chef",
            ],
            ["2.1.2", "", "Beslut om upphörande av anställning.", "HR-chef", ""],
            [
                "2.1.3",
                "",
                "Beslut om varsel och besked att tidsbegränsad anställning upphör.",
                "Enhetschef",
                "",
            ],
            ["2.1.4", "", "Beslut om inrättande av ny befattning.", "Direktör", ""],
            [
                "2.1.5",
                "",
                "Beslut om inhyrning av personal.",
                "Avdelningschef",
                "I samråd med HR-chef efter förhandling enligt 38 § MBL",
            ],
            [
                "2.1.6",
                "",
                "Beslut om lön och andra anställningsvillkor vid nyanställning.",
                "Enhetschef",
                "I samråd med närmast överordnad chef och HR-chef",
            ],
            [
                "2.1.7",
                "",
                "Beslut om ny lön i samband med årlig löneöversyn.",
                "Enhetschef",
                "I samråd med närmast överordnad chef och HR-chef",
            ],
        ],
    )
    document.save(str(path))


_KO = "1.1 ORGANISATION"
_KV = "1.2 ÖVRIGT"
_KA = "2.1 ANSTÄLLNING"
_SAMRAD = "I samråd med närmast överordnad chef och HR-chef"
KONTORET: list[Expect] = [
    (
        "1.1.1",
        _KO,
        "Beslut om utökning eller inskränkning av verksamhet.",
        ["Direktör"],
        [],
        "",
        "",
    ),
    (
        "1.1.2",
        _KO,
        "Beslut om organisatoriska förändringar:\na) Inom kontoret\nb) Inom egen avdelning",
        ["a) Direktör", "b) Avdelningschef"],
        [],
        "",
        "",
    ),
    ("1.1.3", _KO, "Beslut om krisledningsorganisation.", ["Direktör"], [], "", ""),
    (
        "1.2.1",
        _KV,
        "Beslut i ärenden som är så brådskande att nämndens beslut inte kan avvaktas.",
        ["Ordförande"],
        [],
        "",
        "",
    ),
    (
        "1.2.2",
        _KV,
        "Yttranden som inte är av principiell beskaffenhet eller av betydande vikt.",
        ["Avdelningschef"],
        [],
        "",
        "",
    ),
    (
        "1.2.3",
        _KV,
        "Rätt att föra nämndens talan samt att företräda nämnden i domstol och andra "
        "myndigheter i frågor där beslut har fattats:\na) På delegation\nb) I nämnd",
        ["a) Delegat i ärendet", "b) Jurist", "Enhetschef"],
        [],
        "",
        _FULLMAKT,
    ),
    (
        "1.2.4",
        _KV,
        "Beslut att inte lämna ut allmän handling, ställa villkor för utlämnande eller lämna "
        "yttrande över överklagande av dessa beslut.",
        ["Jurist"],
        [],
        "6 kap. 3 § OSL",
        "",
    ),
    (
        "1.2.5",
        _KV,
        "Beslut om förvaltningsspecifika tillämpningsanvisningar av kommungemensamma "
        "policies och riktlinjer.",
        ["Avdelningschef"],
        [],
        "",
        "",
    ),
    (
        "1.2.6",
        _KV,
        "Beslut om arkivorganisation samt utseende av arkivansvarig.",
        ["Direktör"],
        [],
        "",
        "",
    ),
    (
        "1.2.7",
        _KV,
        "Fastställande arkivbeskrivning och dokumenthanteringsplan.",
        ["Direktör"],
        [],
        "",
        "",
    ),
    (
        "2.1.1",
        _KA,
        "Beslut om tillsättning av:\na) Tillförordnad direktör upp till tre månader\n"
        "b) Avdelningschef\nc) Enhetschef\nd) Övrig personal",
        ["a) Direktör", "b) Direktör", "c) Avdelningschef", "d) Enhetschef"],
        [],
        "",
        "I samråd med HR-chef",
    ),
    ("2.1.2", _KA, "Beslut om upphörande av anställning.", ["HR-chef"], [], "", ""),
    (
        "2.1.3",
        _KA,
        "Beslut om varsel och besked att tidsbegränsad anställning upphör.",
        ["Enhetschef"],
        [],
        "",
        "",
    ),
    ("2.1.4", _KA, "Beslut om inrättande av ny befattning.", ["Direktör"], [], "", ""),
    (
        "2.1.5",
        _KA,
        "Beslut om inhyrning av personal.",
        ["Avdelningschef"],
        [],
        "",
        "I samråd med HR-chef efter förhandling enligt 38 § MBL",
    ),
    (
        "2.1.6",
        _KA,
        "Beslut om lön och andra anställningsvillkor vid nyanställning.",
        ["Enhetschef"],
        [],
        "",
        _SAMRAD,
    ),
    (
        "2.1.7",
        _KA,
        "Beslut om ny lön i samband med årlig löneöversyn.",
        ["Enhetschef"],
        [],
        "",
        _SAMRAD,
    ),
]
# The parts of kontoret's chapters, in order.
KONTORET_PARTS = ["1. ADMINISTRATION", "1. ADMINISTRATION", "2. HR"]
