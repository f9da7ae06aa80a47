"""Real tjänsteskrivelser of a region and kommuner the earlier rounds did not have (Region
Norrbotten, Alingsås, Trosa, Östersund, and the kultur- och föreningsnämnd Karlskoga and
Degerfors share),
rebuilt as Word files in their templates' shapes, found with the search tool (corpus
"pages"); each builder names its source. The transcripts keep the text, not the Word markup:
where a line is bold, a table or lines, is the builder's choice and said there. The text is
the source's, cut where the transcript ends; where a transcript lost a number or a year, the
words around it stand as the transcript has them. `EXPECTED_TWELFTH` is what the import
should read from each.

The shapes they bring: a region's template whose letterhead is a table in the page header
with its fields still as placeholders ("[Mötesdatum]", "[Dokument-ID]", "[Version]") beside
the meeting's organ; "Dnr" on a line of its own under the title; the lead-in and its one
att-sats in one sentence ("Regionstyrelsen föreslår regionfullmäktige besluta att …");
"Yttrande till beslutsförslaget" as a part; labels with a colon in a two-column table
("Datum:", "Handläggare: Bengt-Göran Kullner", "Direktnr:", "Beteckning: KFN") and
"Expediering" over the nämnd the decision goes to, the addressee in the other column;
"Förvaltningens yttrande"; a "Beslutsunderlag" list of dated documents; a part's sub-heading
under Bakgrund; the handläggare and her title over the Dnr in a header table; "Underlag för
beslut" whose bullet names the förvaltning's "förslag till beslut"; "Underskrifter" over
two signatures side by side."""

from __future__ import annotations

from pathlib import Path

import docx

from tests.interchange.real_tjansteskrivelser import bold, lines, table
from tests.interchange.real_tjansteskrivelser_twelfth_more import write_ostersund, write_trosa

NORRBOTTEN_URL = (
    "https://9lib.net/document/y960p42j-motion-lyfta-barnets-r%C3%A4ttigheter-region-"
    "norrbotten.html"
)
ALINGSAS_URL = (
    "http://docplayer.se/24473262-Sammantrade-med-kultur-och-fritidsnamndens-arbetsutskott.html"
)
KFN_URL = (
    "http://docplayer.se/16623115-Checklista-for-en-hallbar-utveckling-och-utvardering-av-"
    "checklista-for-konventionen-om-barnets-rattigheter.html"
)


def write_norrbotten(path: Path) -> None:
    """Region Norrbotten, the regionstyrelse's proposal to regionfullmäktige on "Motion
    4-2020 om att lyfta barnets rättigheter i Region Norrbotten" (NORRBOTTEN_URL), on the
    region's template before its fields were filled in: a table in the page header,
    "SAMMANTRÄDESDATUM" over "[Mötesdatum]" beside "Regionfullmäktige" and "Sida 1 (2)",
    "DOKUMENT-ID" and "VERSION" over "[Dokument-ID]" and "[Version]". The title bold, "Dnr
    00277-2020" under it; "Förslag till beslut" over its one sentence (the transcript's
    "besva- rad" is the PDF's hyphenation: the Word file has the word whole); the bold parts
    Yttrande till beslutsförslaget, Sammanfattning and Ärendet, Ärendet cut after its second
    paragraph's first sentence."""
    document = docx.Document()
    section = document.sections[0]
    table(
        section.header,
        [
            ["", "SAMMANTRÄDESDATUM", ""],
            ["Regionfullmäktige", "[Mötesdatum]", "Sida 1 (2)"],
            ["", "DOKUMENT-ID", "VERSION"],
            ["", "[Dokument-ID]", "[Version]"],
        ],
    )
    bold(document, "Motion 4-2020 om att lyfta barnets rättigheter i Region Norrbotten")
    document.add_paragraph("Dnr 00277-2020")
    bold(document, "Förslag till beslut")
    document.add_paragraph(NORRBOTTEN_ATT)
    bold(document, "Yttrande till beslutsförslaget")
    document.add_paragraph(
        "Region Norrbotten ser positivt på att barnkonventionen 1 januari 2020 blev lag i "
        "Sverige. I samband med det fattade regionen ett beslut om att införa prövning av "
        "barnets bästa i den politiska ärendehanteringen. Detta innebär att from juni 2020 ska "
        "alla politiska ärenden som rör barn, direkt och indirekt, innefatta en prövning av "
        "barnets bästa. Det finns redan krav på att jämställdhetsperspektivet beaktas i "
        "politiska ärenden vilket nu förstärks av att även barnets bästa införs i "
        "handläggningen av politiska ärenden."
    )
    bold(document, "Sammanfattning")
    document.add_paragraph(
        "Denise Magnusson (-) föreslår i en motion att det vid varje förslag till beslut i "
        "handlingarna ska framgå att barnen har fått plats i beredningen; hur och vad "
        "utredningen kommit fram till."
    )
    bold(document, "Ärendet")
    lines(
        document,
        [
            "I samband med att barnkonventionen blev lag 1 januari 2020, fattade Region "
            "Norrbotten ett beslut om att införa prövning av barnets bästa i den politiska "
            "ärendehanteringen. Barnperspektivet kommer i likhet med jämställda beslut att "
            "beaktas som en aspekt i ärenden.",
            "Tjänstemannaorganisationen har även hållit i en kort inledande information om "
            "barnkonventionen till regionfullmäktige i februari 2020.",
        ],
    )
    document.save(path)


NORRBOTTEN_ATT = "Regionstyrelsen föreslår regionfullmäktige besluta att motionen anses besvarad."


def write_alingsas(path: Path) -> None:
    """Alingsås kommun, kultur- och fritidsförvaltningen's tjänsteskrivelse "Kor och får" to
    the kultur- och fritidsnämnd, ärende 1 in the kallelse to its arbetsutskott of 15
    September 2014 (ALINGSAS_URL): the template's two-column table, the labels with their
    colons on the left ("Datum:" whose date and "Direktnr:" whose number the transcript
    lost, "Handläggare: Bengt-Göran Kullner", "Beteckning: KFN" whose number it lost too),
    "Expediering" over "TN" (the tekniska nämnden; what followed its comma is lost), the
    addressee "Kultur- och fritidsnämnden" in the right column. The title bold; the bold
    parts Ärendebeskrivning and Förvaltningens yttrande, the latter cut where the
    transcript ends, in its first sentence."""
    document = docx.Document()
    table(
        document,
        [
            ["Datum:", "Kultur- och fritidsnämnden"],
            ["Handläggare: Bengt-Göran Kullner", ""],
            ["Direktnr:", ""],
            ["Beteckning: KFN", ""],
            ["Expediering", ""],
            ["TN", ""],
        ],
    )
    bold(document, "Kor och får")
    bold(document, "Ärendebeskrivning")
    lines(
        document,
        [
            "Tekniska förvaltningen äger 13 vänekor och 25 gutefår. Djuren betar på mark som är "
            "känslig och svår att sköta på annat sätt än med frigående djur. Under 2-3 "
            "sommarmånader betar korna i Nolhagaviken samt i våtmarken i Gräfsnäs. Fåren betar "
            "under samma period på Rolfs kulle, Stynaborg, Holmalyckan samt Gerdsken.",
            "Kultur- och fritidsförvaltningen ansvarar under sommarperioden, på uppdrag av "
            "Tekniska förvaltningen, för den dagliga tillsynen av djuren på de olika "
            "betesställena runt Alingsås tätort. Personal från Nolhaga djurpark ombesörjer "
            "tillsynen. Under resten av året, ca 9 månader, har djuren varit inhyrda hos en "
            "fodervärd med gård i Ale kommun.",
            "Tekniska nämnden har beslutat att utreda frågan om ett utökat samarbete kring "
            "skötseln av djuren med kultur- och fritidsförvaltningen.",
        ],
    )
    bold(document, "Förvaltningens yttrande")
    document.add_paragraph(
        "Under förutsättning att djuren vistas året runt i närheten till Alingsås, kan "
        "skötseln ingå som"
    )
    document.save(path)


KFN_UNDERLAG = [
    "Kultur- och föreningsnämndens tjänsteskrivelse den 26 oktober 2011",
    "Barnchecklista",
    "Kultur- och föreningsnämndens protokoll den 24 mars 2010, 24",
    "Mall checklista för en hållbar utveckling",
    "Kommunfyllmäktiges protokoll den 11 oktober 2011, 202",
    "Kommunstyrelsens tjänsteskrivelse den 15 augusti 2011",
]


def write_kfn(path: Path) -> None:
    """The kultur- och föreningsnämnd of Karlskoga and Degerfors, "Checklista för en hållbar
    utveckling och utvärdering av checklista för konventionen om barnets rättigheter"
    (KFN_URL), on the template Karlskoga's kommunstyrelse uses too: "Tjänsteskrivelse KFN"
    (the nämnd's short name), "Handläggare: Nina Simonen" and then the nämnd's whole name
    on lines of their own; the title bold;
    Sammanfattning (its years lost as the transcript has them), Beslutsunderlag with its six
    dated documents a line each (the §§ as the transcript has them, "Kommunfyllmäktiges"
    as spelt), Bakgrund with its sub-heading Barnchecklistan, cut after its third
    paragraph."""
    document = docx.Document()
    lines(
        document,
        [
            "Tjänsteskrivelse KFN",
            "Handläggare: Nina Simonen",
            "Kultur- och föreningsnämnden",
        ],
    )
    bold(
        document,
        "Checklista för en hållbar utveckling och utvärdering av checklista för konventionen "
        "om barnets rättigheter",
    )
    bold(document, "Sammanfattning")
    lines(
        document,
        [
            "Förvaltningen har på uppdrag av nämnden tagit fram en kort utvärdering av hur "
            "checklista för konventionen om barnets rättigheter, s k barnchecklistan, tillämpats "
            "i förvaltningen från det att nämnden antog modellen för checklista för konventionen "
            "om barnets rättigheter i mars",
            "Kommunfullmäktige har fastställt checklista för en hållbar utveckling och uppdragit "
            "åt nämnderna att använda den i beredning av nämndärenden från och med januari",
            "Checklista för en hållbar utveckling ersätter barnchecklistan vid beredning av "
            "kultur- och föreningsnämndens ärenden.",
        ],
    )
    bold(document, "Beslutsunderlag")
    lines(document, KFN_UNDERLAG)
    bold(document, "Bakgrund")
    bold(document, "Barnchecklistan")
    lines(
        document,
        [
            "I Karlskoga och Degerfors kommuner finns en Barn- och ungdomspolitisk policy för "
            "åren antagen av kommunfullmäktige 28 september 2009, 143.",
            "En av strategierna i den barn- och ungdomspolitiska policyn är att barnkonventionen "
            "beaktas i kommunala beslutsärenden. När folkhälsonämnden antog modellen för "
            "checklista för konventionen om barnets rättigheter uppmanades även andra nämnder "
            "att anta denna modell.",
            "Med detta som bakgrund beslutade kultur- och föreningsnämnden att anta "
            "barnchecklistan den 24 mars 2010, 24.",
        ],
    )
    document.save(path)


EXPECTED_TWELFTH = {
    "norrbotten": {
        "write": write_norrbotten,
        "title": "Motion 4-2020 om att lyfta barnets rättigheter i Region Norrbotten",
        "diarienummer": "00277-2020",
        "mottagare": "Regionfullmäktige",
        "forslag": [("", "fullmäktige")],
        "sections": ["Yttrande till beslutsförslaget", "Sammanfattning", "Ärendet"],
    },
    "alingsas": {
        "write": write_alingsas,
        "title": "Kor och får",
        "diarienummer": "KFN",  # as the transcript has it: the number itself is lost
        "handlaggare": "Bengt-Göran Kullner",
        "mottagare": "Kultur- och fritidsnämnden",
        "sections": ["Ärendebeskrivning", "Förvaltningens yttrande"],
        "send": ["TN"],
    },
    "kfn": {
        "write": write_kfn,
        "title": "Checklista för en hållbar utveckling och utvärdering av checklista för "
        "konventionen om barnets rättigheter",
        "handlaggare": "Nina Simonen",
        "mottagare": "Kultur- och föreningsnämnden",
        "sections": ["Sammanfattning", "Beslutsunderlag", "Bakgrund", "Barnchecklistan"],
    },
    "trosa": {
        "write": write_trosa,
        "title": "Val av justerare för vård- och omsorgsnämnden under mandatperioden",
        "diarienummer": "VON 2019/3",
        "handlaggare": "Nadja Furuberget Skog",
        "handlaggare_titel": "Nämndsekreterare",
        "forslag": [("", "")],
        "sections": ["Ärendet"],
    },
    "ostersund": {
        "write": write_ostersund,
        "title": "Öppna sammanträden med Vård- och omsorgsnämnden",
        "forslag": [("1", ""), ("2", "")],
        "sections": ["Sammanfattning av ärendet", "Underlag för beslut"],
        "signatories": [
            ("Lars Liljedahl", "Förvaltningschef"),
            ("Hanna Hirvelä", "Nämndsekreterare"),
        ],
        "send": ["Nämndsekreteraren"],
    },
}
