"""A fourteenth set of real ärendelistor: Kungsbacka kommun's kallelser of 2024–2025, ten
meetings of eight organs (kommunstyrelsen and its arbetsutskott, byggnadsnämnden and its
arbetsutskott, the nämnder for Teknik, Service, Kultur & Fritid and Miljö & Hälsoskydd),
as each kallelse's table prints them: a Nr column without heading, Ärende, Beteckning (the
Dnr), Förslag and, at the byggnadsnämnd and the miljönämnd, Tid. What each nämnd writes in
its cells is its own:

- the föredragande in the Ärende cell under the title ("Föredragande: Christina Nordberg,
  controller"), at Kultur & Fritid with the number of documents and the minutes under it
  ("5 st dokument", "15 min"); at the arbetsutskott the hour and the names, without label,
  under the title ("08:30-09:15", "Sven-Erik Bergström", "Anders Lund");
- at Teknik the föredragande and the hour in the Beteckning cell after the Dnr
  ("TE-2025-00369, Föredragande: Fanny Nilsson – (Ernst & Young) 17:00 – 17:35", or
  "Handläggare: …", or the name alone);
- the Tid column holding how long an ärende takes ("5 min", "10" over "min"), not a time;
- a Dnr broken at the column's width after its dash ("BN-2020-" over "00017");
- "Val av justerare" without number, its förslag the justerare's names; the headings
  "Information" and "Beslutsärenden" at kommunstyrelsen; a numbered "PAUS 15 min".

Each list is an excerpt of the kallelse's rows as they stand (a row's line breaks as the
PDF's cell has them), the source's path and date in `source`. Read from
github.com/moggleif/kommunhandlingar (the kallelser converted from Kungsbacka's PDFs;
e-mail and mobile numbers masked there, left out here). The byggnadsnämnd's lists are here,
the others in real_agendas_fourteenth_namnder.py, _ks.py and _more.py (all ten in
`FOURTEENTH_KALLELSER` there). Built as Word by real_agenda_groups.as_word and as the
kallelse's PDF by kallelse_pdfs_kungsbacka.py, never kept as binary fixtures."""

from __future__ import annotations

from ksdesk.core.dnr import parse_dnr
from tests.interchange.real_agendas import Expected, RealAgenda

SOURCE = "https://github.com/moggleif/kommunhandlingar/blob/main/data/kungsbacka/{}/kallelse.md"
HEADER = ("", "Ärende", "Beteckning", "Förslag")
HEADER_TID = (*HEADER, "Tid")
JUSTERARE = "Val av justerare"


def _e(nr: int | None, title: str, dnr: str = "", presenter: str = "", **kw) -> Expected:
    return Expected(nr, title, dnr, parse_dnr(dnr).key if dnr else "", presenter=presenter, **kw)


def _list(path: str, rows: tuple, expected: tuple, tid: bool = False) -> RealAgenda:
    name = "kungsbacka-" + path.split("/")[0] + "-" + path.rsplit("/", 1)[1]
    return RealAgenda(
        name, SOURCE.format(path), HEADER_TID if tid else HEADER, rows, expected, "table"
    )


_BN_BESLUT = "Förslag till beslut i byggnadsnämnden\n"

BYGG_AU_2024_02 = _list(
    "bygg-au/2024/2024-02-01",
    (
        (
            "",
            JUSTERARE,
            "",
            "Ordinarie: Daniel Hognert (M)\nErsättare: Stefan Vilumsons (SD)",
            "",
        ),
        ("1.", "Förändring av ärendelista", "2024-00001", "", "1 min"),
        ("2.", "Information från\nförvaltningschefen", "2024-00003", "", "10\nmin"),
        (
            "3.",
            "Byggnadsnämndens\nårsredovisning 2023\nFöredragande: Christina\n"
            "Nordberg, controller och\nAnnika Nally, HR-specialist",
            "2024-00013",
            _BN_BESLUT + "Byggnadsnämnden godkänner\nårsredovisning 2023.\n"
            "Byggnadsnämnden beslutar att paragrafen\njusteras omedelbart.",
            "30\nmin",
        ),
        (
            "6.",
            "Antagande av detaljplan för\nverksamheter inom\nfastigheterna Varla 6:18 och\n"
            "6:22 i Kungsbacka\nFöredragande: Magnus Björned,\nplanarkitekt",
            "BN-2020-\n00017",
            _BN_BESLUT + "Byggnadsnämnden godkänner\ngranskningsutlåtandet.",
            "10\nmin",
        ),
        (
            "15.",
            "GUNDAL 2:8 -\nFörhandsbesked för nybyggnad\nav ett enbostadshus",
            "BN-2023-\n002242",
            "Förslag till beslut\nByggnadsnämndens arbetsutskott lämnar\nnegativt "
            "förhandsbesked för nybyggnad av\nenbostadshus på fastigheten.\n"
            "Avgiften för beslutet är 20 000 kronor.",
            "5 min",
        ),
        ("24.", "Sekretessärende", "BN-2023-\n000367", "Förslag till beslut", "5 min"),
        (
            "28.",
            "SKÄLLARED 3:55 -\nRivningslov för rivning av\nverksamhet",
            "BN 2023-\n002372",
            "Förslag till beslut\nByggnadsnämndens arbetsutskott beviljar\n"
            "rivningslov för rivning av verksamhet.",
            "5 min",
        ),
    ),
    (
        _e(None, JUSTERARE),
        _e(1, "Förändring av ärendelista", "2024-00001"),
        _e(2, "Information från förvaltningschefen", "2024-00003"),
        _e(
            3,
            "Byggnadsnämndens årsredovisning 2023",
            "2024-00013",
            "Christina Nordberg, controller och Annika Nally, HR-specialist",
        ),
        _e(
            6,
            "Antagande av detaljplan för verksamheter inom fastigheterna Varla 6:18 och "
            "6:22 i Kungsbacka",
            "BN-2020-00017",
            "Magnus Björned, planarkitekt",
        ),
        _e(
            15,
            "GUNDAL 2:8 - Förhandsbesked för nybyggnad av ett enbostadshus",
            "BN-2023-002242",
        ),
        _e(24, "Sekretessärende", "BN-2023-000367", secret=True),
        _e(28, "SKÄLLARED 3:55 - Rivningslov för rivning av verksamhet", "BN 2023-002372"),
    ),
    tid=True,
)

BYGG_2025_03 = _list(
    "bygg/2025/2025-03-20",
    (
        (
            "",
            JUSTERARE,
            "",
            "Ordinarie: Marianne Wallengren (M)\nErsättare: Britt Tönnberg (S)",
            "",
        ),
        ("1.", "Förändring av ärendelista", "2025-00001", "", "1\nmin"),
        (
            "4.",
            "Information om uppföljning av\nbygg- och miljöförvaltningens\ninnovations- och\n"
            "utvecklingsportfölj\nFöredragande: Helena\nBorgström, verksamhetschef\n"
            "och Fredrika Dahlberg,\ninnovationsledare",
            "2025-00026",
            "",
            "30\nmin",
        ),
        (
            "8.",
            "Godkännande av detaljplan för\nindustri inom del av\nKungsbacka 6:27 och\n"
            "Hammargård 1:7 i Kungsbacka\nsamt överlämnande för att anta\ndetaljplanen\n"
            "Föredragande: Ida Lennartsson,\nverksamhetschef",
            "BN-2021-\n00017",
            "Förslag till beslut\nByggnadsnämnden godkänner\ngranskningsutlåtandet och\n"
            "antagandehandlingarna för detaljplan för\nindustri inom del av Kungsbacka 6:27 "
            "och\nHammargård 1:7 i Kungsbacka, upprättad\n2024-11-08.",
            "15\nmin",
        ),
        (
            "10.",
            "Rättelseföreläggande med vite\natt avröja tillbyggnad på\nkomplementbyggnad",
            "BN-2015-\n000162",
            "Förslag till beslut",
            "5\nmin",
        ),
        (
            "13.",
            "Anmälan av ordförandebeslut -\nYttrande till länsstyrelsen i\nHallands län i "
            "ärende med dnr\n8796-2024 angående tillstånd\nför skylt på fastigheten\n"
            "Kungsbacka 6:1",
            "BN-2025-\n000147",
            "Förslag till beslut\nByggnadsnämnden godkänner\nredovisningen av "
            "delegeringsbeslut från\nordförande Thure Sandén (M) på grund av\nbrådskande ärende.",
            "2\nmin",
        ),
        (
            "16.",
            "Anmälan av ordförandebeslut -\nYttrande till mark- och\nmiljödomstolen i mål nr "
            "P\n1254-24, angående\növerklagande av\nbyggnadsnämndens beslut\n2024-02-22 om "
            "antagande av\ndetaljplan för bostäder inom\nfastigheten Särö 1:440",
            "BN-2021-\n00021",
            "Förslag till beslut\nByggnadsnämnden godkänner\nredovisningen av "
            "delegeringsbeslut från\nordförande Thure Sandén (M) på grund av\nbrådskande ärende.",
            "2\nmin",
        ),
        (
            "21.",
            "Redovisning av inkomna\nskrivelser",
            "2025-00007",
            "Förslag till beslut\nByggnadsnämnden noterar redovisningen av\ninkomna "
            "skrivelser till protokollet.",
            "1\nmin",
        ),
    ),
    (
        _e(None, JUSTERARE),
        _e(1, "Förändring av ärendelista", "2025-00001"),
        _e(
            4,
            "Information om uppföljning av bygg- och miljöförvaltningens innovations- och "
            "utvecklingsportfölj",
            "2025-00026",
            "Helena Borgström, verksamhetschef och Fredrika Dahlberg, innovationsledare",
        ),
        _e(
            8,
            "Godkännande av detaljplan för industri inom del av Kungsbacka 6:27 och "
            "Hammargård 1:7 i Kungsbacka samt överlämnande för att anta detaljplanen",
            "BN-2021-00017",
            "Ida Lennartsson, verksamhetschef",
        ),
        _e(
            10,
            "Rättelseföreläggande med vite att avröja tillbyggnad på komplementbyggnad",
            "BN-2015-000162",
        ),
        _e(
            13,
            "Anmälan av ordförandebeslut - Yttrande till länsstyrelsen i Hallands län i "
            "ärende med dnr 8796-2024 angående tillstånd för skylt på fastigheten "
            "Kungsbacka 6:1",
            "BN-2025-000147",
        ),
        _e(
            16,
            "Anmälan av ordförandebeslut - Yttrande till mark- och miljödomstolen i mål nr "
            "P 1254-24, angående överklagande av byggnadsnämndens beslut 2024-02-22 om "
            "antagande av detaljplan för bostäder inom fastigheten Särö 1:440",
            "BN-2021-00021",
        ),
        _e(21, "Redovisning av inkomna skrivelser", "2025-00007"),
    ),
    tid=True,
)
