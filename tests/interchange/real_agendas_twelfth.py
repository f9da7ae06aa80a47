"""A twelfth set of real ärendelistor (the eleventh is in real_agendas_eleventh.py): the
sammanträdeskallelser of Åland's kommuner, in shapes no earlier round had. Each is given
twice: the kallelse pasted as text (its own lines above and below the list), and its list as
a table of two columns that the PDF layouts of kallelse_pdfs print and Word holds.

- Eckerö kommun, kommunstyrelsen (the meeting on the budget 2018; the transcript lost the
  dates): "F Ö R E D R A G N I N G S L I S T A" letter-spaced, each ärende numbered with the
  organ's code before the paragraph's number, "KS 305 Kallelse och beslutförhet", the
  chairman's signature and the notice of the justerade protokoll under the list. Source:
  https://docplayer.se/105425429-Eckero-kommun-kommunstyrelse.html
- Eckerö kommun, kommunfullmäktige (the meeting on the inkomstskatt 2019): the same shape,
  "KF 104" to "KF 115", the last "Anmälningsärenden". The transcript gives the first four
  numbers before their titles and KF 114's and KF 115's numbers together; the kallelse
  prints each number before its title, as the kommunstyrelse's does. Source:
  https://docplayer.se/116030841-Eckero-kommun-kommunfullmaktige.html
- Lumparlands kommun, kommunfullmäktige 2013-02-06: "Sammanträdeskallelse" with the place and
  time, the rubrikrad "Ärendets nr/ Ärende", ärenden 1–9, an applicant after a semicolon
  ("…; NN"), the notice and the anslag's attest under the list. The transcript lost the year
  in item 3 and item 4's number (ours: "2013", "4"). Source:
  http://docplayer.se/1842450-Lumparlands-kommun-sammantradesprotokoll-skolans-matsal-i-
  klemetsby-lumparland-onsdagen-den-6-februari-2013-kl-19-00-20-10.html
- Brändö kommun, kommunstyrelsen (2016): "KALLELSESIDA", every title in capitals ending in a
  full stop ("1. LAGLIGHET OCH BESLUTFÖRHET."), the sender or applicant after a slash
  ("…/ÅLR.", "…/NN KD."). The transcript lost item 5's full stop and item 6's number (ours).
  Source: http://docplayer.se/33396020-Brando-kommun-kommunstyrelsen.html
- Jomala kommun, kommunstyrelsen 2018-02-12: "SAMMANTRÄDESKALLELSE", the organ and the time in
  a table of labels, "Ärenden:" and §§ from 20, titles naming a fastighet by its register
  number ("Backas RNr 6:4 i Ingby by", "Kyrkoby XXI:2 RNr 9:37") and who asks after a comma
  (", anhållan NN", ", begäran byggnämnden …"). The transcript kept only the first number
  (ours: 21–28); cut after item 28. Source:
  https://docplayer.se/108672682-Jomala-kommun-sammantradesprotokoll.html

What is ours: every person is given a made-up name (parties as written); the numbers and
words the transcripts lost, as said above, and the dates they lost (Eckerö's, Brändö's, the
day Lumparland's and Jomala's kallelser were issued). Built as bytes by `real_agendas_fourth.
build_fourth`, never kept as binary fixtures.
"""

from __future__ import annotations

from tests.interchange.real_agendas import Expected, RealAgenda
from tests.interchange.real_agendas_eighth import _pasted  # a list pasted as text

_ECKERO_KS = (
    (305, "Kallelse och beslutförhet"),
    (306, "Godkännande och komplettering av föredragningslistan"),
    (307, "Val av protokolljusterare, tid och plats"),
    (308, "Budget 2018 och ekonomiplan"),
    (309, "Kommunal inkomstskatt 2018"),
    (310, "Kommunal fastighetsskatt 2018"),
    (311, "Motion: Folkomröstning"),
    (312, "Tillsättande av röstningsnämnd"),
)
_ECKERO_KF = (
    (104, "Kallelse och beslutförhet"),
    (105, "Godkännande och komplettering av föredragningslistan"),
    (106, "Val av protokolljusterare, tid och plats"),
    (107, "Förslag om auktion av bostadstomt i Eckerö"),
    (108, "Kommunal inkomstskatt 2019"),
    (109, "Kommunal fastighetsskatt 2019"),
    (110, "Äldreomsorgsplan"),
    (111, "Hundskatt för skatteåret 2018"),
    (112, "Annonspriser, kommuninfo 2019"),
    (113, "Kommunala arvoden 2019"),
    (114, "Inbegäran av utlåtande gällande om- och tillbyggnaden av KHS"),
    (115, "Anmälningsärenden"),
)


def _eckero_lines(organ: str, code: str, when: str, items: tuple, chair: str) -> tuple:
    return (
        "SAMMANTRÄDESKALLELSE",
        f"Sammanträdestid {when}",
        "Sammanträdesplats Kommunkansliet",
        "F Ö R E D R A G N I N G S L I S T A",
        *(f"{code} {nr} {title}" for nr, title in items),
        "Eckerö",
        chair,
        f"{organ}s ordförande",
        "Det justerade protokollet finns framlagt till påseende på kommunkansliet i Överby "
        "under kansliets öppethållningstider",
    )


_LUMPARLAND = (
    (1, "Sammanträdets laglighet och beslutsförhet"),
    (2, "Val av protokolljusterare samt komplettering och godkännande av föredragningslistan"),
    (3, "Val av kommunfullmäktiges presidium för år 2013"),
    (4, "Sättet för sammankallande av kommunfullmäktige år 2013 och preliminära sammanträdesdagar"),
    (5, "Ansökan om undantag från gällande byggnadsordning; Per Holm"),
    (6, "Om- och tillbyggnad av Kapellhagens pensionärsboende"),
    (7, "Ändring av Budget 2013 med anledning av ändrad landskapsandel"),
    (8, "Korrigering av Budget 2013; anslag för datorutrustning till skolan"),
    (9, "Sammanträdets avslutande"),
)
_LUMPARLAND_LINES = (
    "Sammanträdeskallelse",
    "Utfärdad 2013-01-30",
    "Plats: Skolans matsal i Klemetsby, Lumparland",
    "Tid: Onsdagen den 6 februari 2013 kl. 19.00",
    "Ärendets nr/ Ärende",
    *(f"{nr} {title}" for nr, title in _LUMPARLAND),
    "Det justerade protokollet från sammanträdet finns till påseende på kommunkansliet i "
    "Lumparland den 13 februari 2013",
    "Kommunfullmäktiges ordförande: Eva Lundqvist",
    "Denna möteskallelse har anslagits på anslagstavlan för offentliga handlingar, vilket intygas:",
)

_BRANDO = (
    (1, "LAGLIGHET OCH BESLUTFÖRHET."),
    (2, "PROTOKOLLJUSTERARE."),
    (3, "GODKÄNNANDE, KOMPLETTERING OCH ÄNDRING AV FÖREDRAGNINGS LISTAN."),
    (4, "NÄMNDERNAS MÖTESPROTOKOLL."),
    (5, "KOMMUNFULLMÄKTIGE BESLUTENS LAGLIGHET."),
    (6, "FÖRSLAG TILL REPRESENTANTER OCH ERSÄTTARE TILL ÅLANDS SKÄRGÅRDSNÄMND /ÅLR."),
    (7, "FRISKVÅRD FÖR KOMMUNENS ANSTÄLLDA/KOMPLETTERING."),
    (
        8,
        "PRINCIPER FÖR LEDIGHET FÖR LÄKARBESÖK OCH LIKNANDE/ REVIDERING AV PRINCIPERNA FÖR "
        "ARBETSLEDIGHET/UTVÄRDERING.",
    ),
    (9, "ANHÅLLAN OM SEMESTER OCH KVARVARANDE SEMESTERDAGAR/PER ASK KD."),
    (10, "BEGÄRAN OM UTLÅTANDE ÖVER ÅTGÄRDSPROGRAM FÖR ÅLANDS MARINA MILJÖ/ÅLR."),
    (11, "ÄRENDEN TILL KÄNNEDOM."),
)
_BRANDO_LINES = (
    "KALLELSESIDA",
    "Utfärdad 2016-05-10",
    "Sammanträdestid 2016-05-17, kl. 19",
    "Sammanträdesplats: Brändö kommunkansli, Åva",
    *(f"{nr}. {title}" for nr, title in _BRANDO),
    "Protokollet framläggs till påseende 2016-05-24 på kommunkansliet i Åva",
    "Ordförande Maria Sund",
    "enligt uppdrag",
    "Per Ask, kom.dir.",
    "Denna möteskallelse har anslagits på anslagstavlan för offentliga kungörelser i Åva "
    "(kommunkansliet)",
)

_JOMALA = (
    (20, "Sammanträdets konstituerande"),
    (21, "Anmälningsärenden"),
    (
        22,
        "Ändring av delgeneralplan för centralområdet för fastigheten Backas RNr 6:4 i Ingby "
        "by, anhållan Karin och Nils Berg",
    ),
    (
        23,
        "Ändring av delgeneralplan för centralområdet för del av fastigheten Nybo RNr 2:15 i "
        "Ingby by, anhållan Holm och Lind",
    ),
    (
        24,
        "Ändring av delgeneralplan och detaljplan för fastigheten Kyrkoby XXI:2 RNr 9:37 i "
        "Prestgården by, anhållan SÅHD",
    ),
    (25, "Yttrande i egenskap av granne, begäran byggnämnden i Jomala kommun"),
    (26, "Anhållan om att få anlägga gata, Fastighets Ab Borgen i Jomala"),
    (27, "Upphandling inom äldreomsorgen"),
    (28, "Gemensamt dataskyddsombud, förfrågan Åda Ab"),
)
_JOMALA_LINES = (
    "JOMALA KOMMUN SAMMANTRÄDESKALLELSE",
    "Organ Utfärdad",
    "Kommunstyrelsen 2018-02-05",
    "Sammanträdestid Sammanträdesplats",
    "2018-02-12 kl. 16:00 Kommunkansliet",
    "Ärenden:",
    *(f"{nr} {title}" for nr, title in _JOMALA),
)


def _both(name: str, source: str, lines: tuple, items: tuple, nr: str, notes: str) -> list:
    """The kallelse pasted as text, and its list as a table of Nr and Ärende (the Nr as the
    kallelse writes it: `nr` with the number in it, "KS {}", "{}.")."""
    expected = tuple(Expected(number, title) for number, title in items)
    pasted = _pasted(name, source, lines, expected, (notes,))
    table = RealAgenda(
        f"{name}-tabell",
        source,
        ("Nr", "Ärende"),
        tuple((nr.format(number), title) for number, title in items),
        expected,
        "csv",
        ("the same ärenden as the kallelse's list",),
    )
    return [pasted, table]


TWELFTH_AGENDAS = (
    *_both(
        "eckero-ks-2017",
        "https://docplayer.se/105425429-Eckero-kommun-kommunstyrelse.html",
        _eckero_lines(
            "Kommunstyrelsen", "KS", "Tisdagen 2017-11-28 kl. 17:00", _ECKERO_KS, "Jan Ek"
        ),
        _ECKERO_KS,
        "KS {}",
        "the organ's code before each number; a letter-spaced heading",
    ),
    *_both(
        "eckero-kf-2018",
        "https://docplayer.se/116030841-Eckero-kommun-kommunfullmaktige.html",
        _eckero_lines(
            "Kommunfullmäktige", "KF", "torsdagen 2018-11-29 kl. 18:30", _ECKERO_KF, "Bo Lind"
        ),
        _ECKERO_KF,
        "KF {}",
        "the organ's code before each number; a letter-spaced heading",
    ),
    *_both(
        "lumparland-kf-2013-02-06",
        "http://docplayer.se/1842450-Lumparlands-kommun-sammantradesprotokoll-skolans-matsal-"
        "i-klemetsby-lumparland-onsdagen-den-6-februari-2013-kl-19-00-20-10.html",
        _LUMPARLAND_LINES,
        _LUMPARLAND,
        "{}",
        "rubrikrad 'Ärendets nr/ Ärende' on one line; an applicant after a semicolon",
    ),
    *_both(
        "brando-ks-2016",
        "http://docplayer.se/33396020-Brando-kommun-kommunstyrelsen.html",
        _BRANDO_LINES,
        _BRANDO,
        "{}.",
        "every title in capitals ending in a full stop",
    ),
    *_both(
        "jomala-ks-2018-02-12",
        "https://docplayer.se/108672682-Jomala-kommun-sammantradesprotokoll.html",
        _JOMALA_LINES,
        _JOMALA,
        "{}",
        "labels in a table above 'Ärenden:'; fastigheter by register number in the titles",
    ),
)
