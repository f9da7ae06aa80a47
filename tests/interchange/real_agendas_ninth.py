"""A ninth set of real ärendelistor (the eighth is in real_agendas_eighth.py), pasted as text
from a kallelse PDF, in shapes the others do not have, and what the import must make of every
row. Nämnder this time, not fullmäktige or styrelse.

- Ockelbo kommun, socialnämnden 2020-06-17: the kallelse's table "Ärende Föredragande" pasted
  from the PDF: the föredragande after the title on the same line, or alone on the next line
  when the title filled the column, one föredragande broken over two lines ("Jonas Lind/",
  "Karin Sjö"), the page's letterhead again over page 2 with the table's header line.
  Cut after item 7's title: the transcript runs its sub-points and their föredragande apart.
  Source: https://5dok.org/document/yr38v7vo-2020-06-17.html
- Lindesbergs kommun, socialnämnden 2014-12-11: "Föredragningslista" with the columns
  "Nr. Ärende Anm. Sid", groups in capitals ("EKONOMI", "INDIVID OCH FAMILJ"), a note in the
  Anm column after the title ("extra utskick", "handl på bordet", who informs), the förslag
  on lines under items 1 and 2 ("Förslag: …", "Ersättare: …"), and "Forts. 1" /
  "Forts. Föredragningslista" with the header again where the page breaks. The transcript
  runs the lines together; they are split where the PDF's lines are. It lost item 7's number
  and the time after "kl" at item 6: the number is the list's order, the time (kl 15.00) is
  ours. The list of ledamöter is cut to two and an ersättare. Cut after item 12 (the excerpt
  ends inside item 13). Source: http://docplayer.se/9406871-Kallelse-till-socialnamnden.html
- Eskilstuna kommun, kultur- och fritidsnämnden 2015-01-22: "Kallelse och föredragningslista"
  with the columns "Ärende Beteckning Förslag": the Dnr as "KFN/2014:380" after the title,
  then the förvaltning's förslag ("Öppet", "Bifall"), a Dnr inside two titles ("(ersätter
  KFN/2013:378)"), and item 1's förslag a person ("… (S) föreslås"). The transcript runs
  items 3–10 together with their Dnr and förslag after them; each is given back to its item
  in the order they stand. The date in "Dag och tid" is lost in the transcript (ours: the
  document's file date is 2015-01-16, the meeting a Thursday after). Source:
  http://docplayer.se/896858-2015-01-16-arende-beteckning-forslag.html
- Lilla Edets kommun, kultur- och fritidsnämnden 2017-04-25: "Ärenden" with items 1–3
  without föredragande, then a column "Föredraganden" and one for the time ("Kl"), the Dnr
  on the title's line ("Ansökan kartbidrag föreningen OK Gripen Dnr 2017/ULN031"), the
  föredragande with his title ("Kultur- och fritidschef Eddie Jellinek" in the document). The
  transcript lost items 5–11's numbers, most Dnr's serial numbers and the times: the numbers
  are the list's order; the serial numbers 030–034 and 022, 026 and the times are ours (025,
  023 and 027 are the document's). Cut after item 18. Source:
  https://docplayer.se/116066757-Kultur-och-fritidsnamnden.html

- Alingsås kommun, kultur- och fritidsnämndens arbetsutskott 2014-09-15: the kallelse's
  "Information och överläggningar" with two points lettered "A/" and "B/" above its
  "Ärendelista", whose first point, "Val av justerare och tid för justering", has no number.
  The transcript lost the time after "kl", the numbers 5 and 7 (the list's order gives them)
  and the date and "§" in item 8 (ours: "Valnämnden § 26 med särskild fråga"). Source:
  http://docplayer.se/24473262-Sammantrade-med-kultur-och-fritidsnamndens-arbetsutskott.html

What is ours: every person is given a made-up name (titles and parties as written). Built as
bytes by `real_agendas_fourth.build_fourth`, never kept as binary fixtures.
"""

from __future__ import annotations

from tests.interchange.real_agendas import Expected
from tests.interchange.real_agendas_eighth import _pasted  # a list pasted as text

_OCKELBO_LINES = (
    "KALLELSE/UNDERRÄTTELSE",
    "Sida",
    "1(2)",
    "Datum",
    "2020-06-10",
    "Socialnämnden",
    "Plats: Stora Vänortsrummet",
    "Tid: Onsdag 17 juni 2020 kl. 09:00",
    "Utses att justera:",
    "Ärende Föredragande",
    "1. Fastställande av dagordning Eva Berg",
    "2. Redovisning av meddelanden Jonas Lind",
    "3. Ekonomisk uppföljning januari-maj 2020 Information - statsbidrag",
    "Jonas Lind/",
    "Karin Sjö",
    "4. Överenskommelse mellan kommuner i Gävleborgs län gällande långsiktiga "
    "boendelösningar till våldsutsatta",
    "Nils Holm",
    "5. Revidering av Socialnämndens delegationsordning Nils Holm",
    '6. Revidering av "Riktlinjer för handläggning av boendestöd, ledsagning, kontaktperson '
    'och meningsfull sysselsättning enligt socialtjänstlagen, SoL".',
    "Jonas Lind",
    "Ockelbo kommun",
    "Datum",
    "2020-06-10",
    "Sida",
    "2(2)",
    "Ärende Föredragande",
    "7. Rapporter/Information/Övriga frågor",
)

OCKELBO_SN_2020 = _pasted(
    "ockelbo-socialnamnden-2020-06-17-kallelse",
    "https://5dok.org/document/yr38v7vo-2020-06-17.html",
    _OCKELBO_LINES,
    (
        Expected(1, "Fastställande av dagordning", presenter="Eva Berg"),
        Expected(2, "Redovisning av meddelanden", presenter="Jonas Lind"),
        Expected(
            3,
            "Ekonomisk uppföljning januari-maj 2020 Information - statsbidrag",
            presenter="Jonas Lind/Karin Sjö",
        ),
        Expected(
            4,
            "Överenskommelse mellan kommuner i Gävleborgs län gällande långsiktiga "
            "boendelösningar till våldsutsatta",
            presenter="Nils Holm",
        ),
        Expected(5, "Revidering av Socialnämndens delegationsordning", presenter="Nils Holm"),
        Expected(
            6,
            'Revidering av "Riktlinjer för handläggning av boendestöd, ledsagning, '
            'kontaktperson och meningsfull sysselsättning enligt socialtjänstlagen, SoL".',
            presenter="Jonas Lind",
        ),
        Expected(7, "Rapporter/Information/Övriga frågor"),
    ),
    (
        "föredragande after the title on its line, or alone on the next line",
        "one föredragande broken over two lines",
        "the letterhead and the table's header again over page 2",
    ),
)


_LINDESBERG_LINES = (
    "KALLELSE TILL SOCIALNÄMNDEN",
    "Socialnämnden kallas till sammanträde torsdagen den 11 december år 2014 kl 14:00 i Leja, "
    "Lindesbergs kommunhus.",
    "Ledamot som är förhindrad att delta, bör själv kalla sin ersättare.",
    "OBS! Tänk på våra allergiker och använd inte doftande sprayer, parfymer eller rakvatten!",
    "Vid besök till Lindesbergs kommunhus för närvaro vid sammanträde och justering av "
    "protokoll, anmäl detta i växel/reception.",
    "Maria Ek",
    "Ordförande",
    "Ledamöter",
    "Maria Ek (S) ordförande",
    "Ali Noor (S) vice ordf",
    "Ersättare",
    "Lena Ros (S)",
    "Föredragningslista",
    "Nr. Ärende Anm. Sid",
    "1. Val av justerare",
    "Förslag: Sara Lund (M)",
    "Ersättare: Tove Ås (C)",
    "2. Tid och plats för justeringen",
    "Förslag: Torsdagen den 18 december år 2014, på socialförvaltningen",
    "EKONOMI",
    "3. Budgetuppföljning extra utskick",
    "4. Lönekostnader extra utskick",
    "INDIVID OCH FAMILJ",
    "5. Försörjningsstöd extra utskick",
    "6. Auroragruppen kl 15.00",
    "7. Förebyggande arbete",
    "8. Ensamkommande barn extra utskick",
    "9. Riktlinjer avseende boendestöd",
    "Forts. 1",
    "Forts. Föredragningslista",
    "Nr. Ärende Anm. Sid",
    "VÅRD OCH OMSORG",
    "10. Resursfördelning hemtjänst handl på bordet",
    "11. Rapport omfattande enkät Måltider på särskilt boende år 2014 dietist Olof Berg "
    "informerar 21",
    "FUNKTIONSSTÖD",
    "12. Skogsgruppens organisatoriska tillhörighet",
)

LINDESBERG_SN_2014 = _pasted(
    "lindesberg-socialnamnden-2014-12-11-kallelse",
    "http://docplayer.se/9406871-Kallelse-till-socialnamnden.html",
    _LINDESBERG_LINES,
    (
        Expected(1, "Val av justerare"),
        Expected(2, "Tid och plats för justeringen"),
        Expected(None, "EKONOMI", section=True),
        Expected(3, "Budgetuppföljning"),
        Expected(4, "Lönekostnader"),
        Expected(None, "INDIVID OCH FAMILJ", section=True),
        Expected(5, "Försörjningsstöd"),
        Expected(6, "Auroragruppen", time_slot="15.00"),
        Expected(7, "Förebyggande arbete"),
        Expected(8, "Ensamkommande barn"),
        Expected(9, "Riktlinjer avseende boendestöd"),
        Expected(None, "VÅRD OCH OMSORG", section=True),
        Expected(10, "Resursfördelning hemtjänst"),
        Expected(
            11,
            "Rapport omfattande enkät Måltider på särskilt boende år 2014",
            presenter="dietist Olof Berg",
        ),
        Expected(None, "FUNKTIONSSTÖD", section=True),
        Expected(12, "Skogsgruppens organisatoriska tillhörighet"),
    ),
    (
        "groups in capitals",
        "a note of the Anm column after the title",
        "förslag on lines under an item",
        "the header again where the page breaks",
    ),
)


_ESKILSTUNA_ROWS = (
    ("Protokollsjustering.", "", "Per Dahl (S) föreslås"),
    ("Medborgarförslag staty Braunerhielm", "KFN/2014:380", "Öppet"),
    (
        "Prislista, årshyror och tidsfördelning 2015 vid uthyrning av kultur- och "
        "fritidsnämndens lokaler",
        "KFN/2014:446",
        "Öppet",
    ),
    ("Redovisning av genomförd internkontroll 2014", "KFN/2014:496", "Bifall"),
    ("Internkontrollplan 2015", "KFN/2014:495", "Bifall"),
    (
        "Reviderad delegationsordning för kultur- och fritidsnämnden (ersätter KFN/2013:378)",
        "KFN/2014:169",
        "Bifall",
    ),
    ("Riktlinjer för nyttjanderättsavtal gällande reklam", "KFN/2014:494", "Öppet"),
    ("Arkivbeskrivning - Kultur- och fritidsnämnden", "KFN/2014:349", "Bifall"),
    (
        "Reviderad dokumenthanteringsplan för kultur- och fritidsnämnden (ersätter KFN/2011:71)",
        "KFN/2014:454",
        "Bifall",
    ),
    ("Kultur- och fritidsnämndens sammanträdestider 2015", "KFN/2014:383", "Bifall"),
)

_ESKILSTUNA_LINES = (
    "Kultur- och fritidsnämnden Kallelse och föredragningslista",
    "Dag och tid 2015-01-22, klockan 13:00",
    "Plats Beredning Mötesplats, MunktellArenan",
    "Ärende Beteckning Förslag",
    *(
        " ".join(part for part in (f"{n}. {title}", dnr, proposal) if part)
        for n, (title, dnr, proposal) in enumerate(_ESKILSTUNA_ROWS, start=1)
    ),
    "Eskilstuna den stolta Fristaden",
)

ESKILSTUNA_KFN_2015 = _pasted(
    "eskilstuna-kfn-2015-01-22-kallelse",
    "http://docplayer.se/896858-2015-01-16-arende-beteckning-forslag.html",
    _ESKILSTUNA_LINES,
    tuple(
        Expected(n, title.removesuffix("."), dnr, dnr.replace("/", " ").replace(":", "/"))
        for n, (title, dnr, _proposal) in enumerate(_ESKILSTUNA_ROWS, start=1)
    ),
    (
        "Dnr as KFN/2014:380 after the title, the förslag after it",
        "a Dnr inside a title",
        "a person as item 1's förslag",
    ),
)


_KFC = "Kultur- och fritidschef Erik Sand"
_LILLA_EDET_ITEMS = (
    ("Verksamhetsinformation", "", "Ungdoms- och kultursamordnare Lisa Vik", "17.35"),
    ("Information medborgardialog", "", "Kommunpolis Jan Ek", "17.50"),
    ("Information budgetuppföljning", "2017/ULN030", _KFC, ""),
    ("Internkontrollplan 2017", "2017/ULN031", _KFC, ""),
    ("Delegeringsförteckning", "2017/ULN032", _KFC, ""),
    ("Ansökan kartbidrag föreningen OK Gripen", "2017/ULN033", _KFC, ""),
    ("Ansökan telefonbidrag föreningen OK Gripen", "2017/ULN034", _KFC, ""),
    ("Ansökan lokalbidrag Västerlanda Vi Unga", "2017/ULN025", _KFC, ""),
    ("Ansökan särskilt bidrag fritidsgården Hjärtum", "2016/ULN022", _KFC, ""),
    ("Ansökan särskilt bidrag reumatikerföreningen Trollhättan", "2017/ULN023", _KFC, ""),
    ("Ansökan särskilt bidrag sportryttarföreningen", "2016/ULN026", _KFC, ""),
    ("Ansökan särskilt bidrag DHB Västra", "2017/ULN027", _KFC, ""),
)


def _lilla_edet_line(number: int, title: str, dnr: str, presenter: str, time: str) -> str:
    parts = [f"{number}. {title}", f"Dnr {dnr}" if dnr else "", presenter, f"Kl {time}"]
    return " ".join(part for part in parts if part and part != "Kl ")


_LILLA_EDET_LINES = (
    "Kallelse Kultur- och fritidsnämnden",
    "Tid: Tisdagen den 25 april kl. 17:30",
    "Plats: Östra Roten, Kommunhuset i Lilla Edet",
    "Ärenden",
    "1. Upprop",
    "2. Val av justerare samt fastställande av tid för justering",
    "3. Godkännande av dagordning",
    "Föredraganden",
    *(
        _lilla_edet_line(number, *item)
        for number, item in enumerate(_LILLA_EDET_ITEMS[:10], start=4)
    ),
    "Kallelse Kultur- och fritidsnämnden",
    *(
        _lilla_edet_line(number, *item)
        for number, item in enumerate(_LILLA_EDET_ITEMS[10:], start=14)
    ),
    "16. Information Förslag biblioteksplan 2017 (biblioteksdelen antagen av kultur- och "
    "fritidsnämnden 7 mars, skolbiblioteksdelen 4.7 beslutas i utbildningsnämnden 27 april, "
    "biblioteksplanen i sin helhet beslutas i kommunfullmäktige)",
    "17. Anmälan om inkomna skrivelser",
    "18. Anmälan av delegeringsbeslut",
    "Gunnar Ek (S)",
    "Ordförande",
)

LILLA_EDET_KFN_2017 = _pasted(
    "lilla-edet-kfn-2017-04-25-kallelse",
    "https://docplayer.se/116066757-Kultur-och-fritidsnamnden.html",
    _LILLA_EDET_LINES,
    (
        Expected(1, "Upprop"),
        Expected(2, "Val av justerare samt fastställande av tid för justering"),
        Expected(3, "Godkännande av dagordning"),
        *(
            Expected(
                number,
                title,
                dnr,
                f"ULN {dnr[:4]}/{int(dnr[8:])}" if dnr else "",
                time_slot=time,
                presenter=presenter,
            )
            for number, (title, dnr, presenter, time) in enumerate(_LILLA_EDET_ITEMS, start=4)
        ),
        Expected(
            16,
            "Information Förslag biblioteksplan 2017 (biblioteksdelen antagen av kultur- och "
            "fritidsnämnden 7 mars, skolbiblioteksdelen 4.7 beslutas i utbildningsnämnden 27 "
            "april, biblioteksplanen i sin helhet beslutas i kommunfullmäktige)",
        ),
        Expected(17, "Anmälan om inkomna skrivelser"),
        Expected(18, "Anmälan av delegeringsbeslut"),
    ),
    (
        "the föredragande with his title after the Dnr",
        "Dnr 2017/ULN031 on the title's line",
        "the time after the föredragande",
    ),
)

_ALINGSAS_ITEMS = (
    "Kor och får",
    "Utveckling av Brobacka som utflykts- och turistmål",
    "Remiss från Kommunstyrelsen § 85 om Alingsås verksamhetsparker",
    "Kultur- och fritidsnämndens delårsrapport",
    "Taxor för Alingsås museum",
    "Internkontroll",
    "Litterärt residens",
    "Valnämnden § 26 med särskild fråga",
)

ALINGSAS_KFNAU_2014 = _pasted(
    "alingsas-kfn-au-2014-09-15-kallelse",
    "http://docplayer.se/24473262-Sammantrade-med-kultur-och-fritidsnamndens-arbetsutskott.html",
    (
        "Kallelse/Underrättelse",
        "Sammanträde med Kultur- och fritidsnämndens arbetsutskott",
        "Tid: Måndagen den 15 september 2014, kl",
        "Plats: Kungsgatan 9, sammanträdesrummet plan 2.",
        "Information och överläggningar",
        "A/ Träff med Ungdomsrådet",
        "B/ Ombyggnationen av Nolhagabadet",
        "Ärendelista",
        "Val av justerare och tid för justering",
        *(f"{n}. {title}" for n, title in enumerate(_ALINGSAS_ITEMS, start=1)),
        "Karl Berg (KD)",
        "Ordförande",
        "Per Holm",
        "Sekreterare",
    ),
    (
        Expected(None, "Information och överläggningar", section=True),
        Expected(None, "Träff med Ungdomsrådet"),
        Expected(None, "Ombyggnationen av Nolhagabadet"),
        Expected(None, "Ärendelista", section=True),
        Expected(None, "Val av justerare och tid för justering"),
        # The lettered points become ärenden of their own; ksdesk numbers them in one run
        # (as Region Sörmland's delpunkter), so the list's 1–8 are placed at 3–10.
        *(Expected(n + 2, title) for n, title in enumerate(_ALINGSAS_ITEMS, start=1)),
    ),
    ("points lettered A/ and B/ under a heading above the list's own heading",),
)

NINTH_AGENDAS = (
    OCKELBO_SN_2020,
    LINDESBERG_SN_2014,
    ESKILSTUNA_KFN_2015,
    LILLA_EDET_KFN_2017,
    ALINGSAS_KFNAU_2014,
)
