"""The twelfth round's real tjänsteskrivelser of Trosa and Östersund (see
real_tjansteskrivelser_twelfth, whose `EXPECTED_TWELFTH` says what the import should read
from them): rebuilt as Word files in their templates' shapes, found with the search tool
(corpus "pages"); the text the source's, cut where the transcript ends."""

from __future__ import annotations

from pathlib import Path

import docx

from tests.interchange.real_tjansteskrivelser import bold, lines, table

TROSA_URL = "https://docplayer.se/130250338-Kallelse-till-vard-och-omsorgsnamnden.html"
OSTERSUND_URL = (
    "https://5dok.org/document/q7wonx4d-%C3%B6ppna-sammantr%C3%A4den-med-v%C3%A5rd-och-"
    "omsorgsn%C3%A4mnden.html"
)


def write_trosa(path: Path) -> None:
    """Trosa kommun, kanslienheten's tjänsteskrivelse to the vård- och omsorgsnämnd, "Val av
    justerare för vård- och omsorgsnämnden under mandatperioden", VON 2019/3, in the kallelse
    of 23 January 2019 (TROSA_URL): the letterhead a two-column table in the page header,
    the unit, the handläggare and her title ("Nämndsekreterare") on the left, the kind,
    "Datum" (the date the transcript lost) and "Diarienummer VON 2019/3" on the right; the
    kommun's address line in the footer with its numbers lost. The title bold, Förslag till
    beslut with its one sentence (no full stop, as the transcript has it), Ärendet cut after
    its first paragraph."""
    document = docx.Document()
    section = document.sections[0]
    table(
        section.header,
        [
            ["Kanslienheten", "Tjänsteskrivelse"],
            ["Nadja Furuberget Skog", "Datum"],
            ["Nämndsekreterare", "Diarienummer VON 2019/3"],
        ],
    )
    section.footer.paragraphs[0].text = "Postadress: Trosa kommun, Trosa Tel: Fax: E-post:"
    bold(document, "Val av justerare för vård- och omsorgsnämnden under mandatperioden")
    bold(document, "Förslag till beslut")
    document.add_paragraph(
        "Annika Lundström (S) utses att jämte ordförande justera vård- och omsorgsnämndens "
        "protokoll under mandatperioden"
    )
    bold(document, "Ärendet")
    document.add_paragraph(
        "Vård- och omsorgsnämnden brukar i regel utse vård- och omsorgsnämndens 2.e vice "
        "ordförande att jämte ordförande justera vård- och omsorgsnämndens protokoll."
    )
    document.save(path)


OSTERSUND_ATTS = [
    "Under 2019–2022 är Vård- och omsorgsnämndens sammanträden öppna för allmänheten under "
    "föredragning av beslutsärenden och när nämnden fattar beslut. Information om "
    "sammanträdena publiceras på Östersunds kommuns hemsida.",
    "Allmänheten har inte rätt att närvara när Vård- och omsorgsnämnden behandlar "
    "informationsärenden och ärenden som rör myndighetsutövning, sekretess eller på annat "
    "sätt bedöms nödvändiga att behandla internt. Vård- och omsorgsnämnden kan besluta om "
    "undantag från denna regel i enskilda fall.",
]


def write_ostersund(path: Path) -> None:
    """Östersunds kommun, vård- och omsorgsförvaltningen's "Öppna sammanträden med Vård- och
    omsorgsnämnden" (OSTERSUND_URL; the transcript starts at the title, the letterhead is
    not in it): the title bold; Sammanfattning av ärendet (its three paragraphs);
    "Förvaltningens förslag till beslut" over two att-satser with typed numbers; "Underlag
    för beslut" with one dated document and "Beslutet skickas till" with one recipient, both
    as bullets; on page 2 the heading "Underskrifter" over the förvaltningschef's and the
    nämndsekreterare's signatures, name over title side by side in a table."""
    document = docx.Document()
    bold(document, "Öppna sammanträden med Vård- och omsorgsnämnden")
    bold(document, "Sammanfattning av ärendet")
    lines(
        document,
        [
            "Huvudregeln i kommunallagen är att nämndsammanträden är slutna, det vill säga att "
            "allmänheten inte har rätt att närvara. Men Kommunfullmäktige kan ge kommunens "
            "nämnder och styrelser rätt att besluta om sammanträdena ska vara offentliga eller "
            "inte.",
            "Regeln om offentliga sammanträden gäller bara nämndens sammanträden. Den gäller "
            "alltså inte utskott eller andra beredande organ, som till exempel presidiemöten "
            "och möten med arbetsutskott.",
            "Kommunfullmäktige i Östersunds kommun har gett Vård- och omsorgsnämnden rätt att "
            "själv bestämma om den ska ha sammanträden som är öppna för allmänheten.",
        ],
    )
    bold(document, "Förvaltningens förslag till beslut")
    lines(document, [f"{n}. {text}" for n, text in enumerate(OSTERSUND_ATTS, start=1)])
    bold(document, "Underlag för beslut")
    document.add_paragraph("• Vård- och omsorgsförvaltningens förslag till beslut 2019-01-21")
    bold(document, "Beslutet skickas till")
    document.add_paragraph("• Nämndsekreteraren")
    document.add_page_break()
    bold(document, "Underskrifter")
    table(document, [["Lars Liljedahl\nFörvaltningschef", "Hanna Hirvelä\nNämndsekreterare"]])
    document.save(path)
