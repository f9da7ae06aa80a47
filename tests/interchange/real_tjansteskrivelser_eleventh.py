"""Real tjänsteskrivelser of kommuner the earlier rounds did not have (Vallentuna, Stockholm,
Norrköping and a miljö- och samhällsnämnd whose kommun the transcript does not name), rebuilt
as Word files in their templates' shapes, found with the search tool (corpus "pages"); each
builder names its source. The transcripts keep the text, not the Word markup: where a line
is bold or a heading, a table or lines, is the builder's choice and said there. The text is
the source's; where a transcript lost a number (docplayer drops many), the words around it
stand as the transcript has them. `EXPECTED_ELEVENTH` is what the import should read from each.

The shapes they bring: a document kind other than TJÄNSTESKRIVELSE over the title
("Utlåtande 2008:182 RI", "PM 2003 RI+VII", "YTTRANDE 1(3)", "TJÄNSTEMANNAFÖRSLAG"); the Dnr in
parentheses after it; the letterhead in capitals in the page header with "SID 1/2"; a
two-line title (the motion under the matter's name); att-satser under a lead-in sentence
ending "besluta följande", then "Föredragande borgarrådet … anför följande." before the
parts; a label left empty in the template; a signature with the title in lower case under
the unit's name in capitals; no heading at all between the title and the signature; "Till
Utbildningsnämnden"; three signatures right under the att-satser, two side by side; a lead-in
sentence with its full stop ("… beslutar följande.") over typed numbers."""

from __future__ import annotations

from pathlib import Path

import docx

from tests.interchange.real_tjansteskrivelser import bold, lines, table

VALLENTUNA_URL = (
    "http://docplayer.se/16282141-Tjansteskrivelse-bestallning-temporar-losning-"
    "forskoleplatser-i-karby.html"
)
STOCKHOLM_UTLATANDE_URL = (
    "http://docplayer.se/17772109-Klimatanpassning-av-stockholms-stads-resor-genom-att-"
    "staden-utarbetar-en-resepolicy-motion-av-yvonne-ruwaida-mp-2008-25.html"
)
STOCKHOLM_PM_URL = (
    "http://docplayer.se/43782434-Riktlinjer-for-arendeansvar-mellan-stadsdelsnamnderna.html"
)
NORRKOPING_URL = (
    "http://docplayer.se/2581006-Arendehandbok-for-norrkopings-kommun-myndighet-for-miljon-"
    "en-granskning-av-naturvardsverket-sou-2008-62.html"
)
MSN_URL = "http://docplayer.se/2706014-Miljo-och-samhallsnamndens-sammantrade.html"
STOCKHOLM_UTBILDNING_URL = "https://docplayer.se/104699816-Tony-mufic-utbildningsdirektor.html"
STOCKHOLM_PM_2018_URL = (
    "http://docplayer.se/165106980-Skolplanering-for-gymnasieskolan-i-stockholms-stad.html"
)


def write_vallentuna(path: Path) -> None:
    """Vallentuna kommun, barn- och ungdomsförvaltningen, "Beställning temporär lösning
    förskoleplatser i Karby" (VALLENTUNA_URL): the letterhead in capitals in the page header
    ("VALLENTUNA KOMMUN / TJÄNSTESKRIVELSE", the template's "FÖRVALTING" as it is spelt,
    "DNR BUN" whose number the transcript lost, the handläggare "ANDERS FORSBERG", "SID 1/2");
    page 2's header the same without the name and with "SID 2/2"; "BARN- OCH
    UNGDOMSNÄMNDEN" the addressee; the title with "Tjänsteskrivelse" before it; two
    paragraphs under Förslag till beslut (the second "Omedelbar justering …"); "Ärendet i
    korthet"; the förvaltning's address in the footer. The text stops where the transcript
    lost a year ("… står klar år"): the paragraphs before it are kept."""
    document = docx.Document()
    section = document.sections[0]
    section.different_first_page_header_footer = True
    lines(
        section.first_page_header,
        ["VALLENTUNA KOMMUN\tTJÄNSTESKRIVELSE", "FÖRVALTING\tDNR BUN", "ANDERS FORSBERG\tSID 1/2"],
    )
    lines(section.header, ["VALLENTUNA KOMMUN\tTJÄNSTESKRIVELSE", "FÖRVALTING\tDNR BUN\tSID 2/2"])
    section.first_page_footer.paragraphs[
        0
    ].text = "BARN- OCH UNGDOMSFÖRVALTNINGEN TUNA TORG 1, VALLENTUNA"
    document.add_paragraph("BARN- OCH UNGDOMSNÄMNDEN")
    bold(document, "Tjänsteskrivelse Beställning temporär lösning förskoleplatser i Karby")
    bold(document, "Förslag till beslut")
    lines(document, VALLENTUNA_ATTS)
    bold(document, "Ärendet i korthet")
    lines(
        document,
        [
            "Förskolan Tallstigens nuvarande lokaler är idag mycket slitna och är därför inte "
            "lämpliga att bedriva förskoleverksamhet i. En temporär lösning för Tallstigen "
            "behövs tills en ny förskola står klar i området dit verksamheten kan flytta.",
            "Samhällsbyggnadsförvaltningen har under vintern/våren 2015 genomfört en förstudie "
            "avseende en ersättningslokal för förskolan Tallstigen i Karby. Förstudien "
            "återrapporteras till nämnden i bilaga.",
            "Projektet är inlagt i kommunens investeringsplan där medel om 4,2 miljoner finns "
            "reserverade. Projektet har nu kostnadsberäknats till ca 5 miljoner kronor vilket "
            "fodrar ett extra tillskott om 0,8 miljoner kronor.",
        ],
    )
    document.save(path)


VALLENTUNA_ATTS = [
    "Barn- och ungdomsnämnden hemställer hos kommunfullmäktige om 5 miljoner kronor för "
    "projektet temporär lösning förskoleplatser i Karby.",
    "Omedelbar justering av Barn- och ungdomsnämnden.",
]


def write_stockholm_utlatande(path: Path) -> None:
    """Stockholms stad, "Utlåtande 2008:182 RI", the kommunstyrelse's utlåtande to
    fullmäktige on a motion (STOCKHOLM_UTLATANDE_URL): "Utlåtande 2008:182 RI (Dnr /2008)"
    over the title (the transcript lost the Dnr's number), the matter's name and "Motion av
    …" under it, both bold; "Kommunstyrelsen föreslår kommunfullmäktige besluta följande" bold
    over its one att-sats; "Föredragande borgarrådet Sten Nordin anför följande." before the
    bold parts Ärendet and Beredning. Beredning is cut after its second sentence."""
    document = docx.Document()
    document.add_paragraph("Utlåtande 2008:182 RI (Dnr /2008)")
    bold(
        document,
        "Klimatanpassning av Stockholms stads resor genom att staden utarbetar en resepolicy",
    )
    bold(document, "Motion av Yvonne Ruwaida (mp) (2008:25)")
    bold(document, "Kommunstyrelsen föreslår kommunfullmäktige besluta följande")
    document.add_paragraph(STOCKHOLM_UTLATANDE_ATT)
    document.add_paragraph("Föredragande borgarrådet Sten Nordin anför följande.")
    bold(document, "Ärendet")
    document.add_paragraph(
        "Yvonne Ruwaida (mp) har till kommunfullmäktige lämnat en motion (2008:25) om "
        "klimatanpassning av de resor som görs av stadens politiker och tjänstemän. Motionären "
        "anser därför att kommunfullmäktige ska ge kommunstyrelsen i uppdrag att införa en "
        "policy för resor i tjänsten samt att samtliga flygresor ska klimatkompenseras. Vidare "
        "anser motionären att staden snarast ska ordna förutsättningar för att mötas med hjälp "
        "av IT samt att en bilpool med biogasbilar ska inrättas för de av stadens anställda som "
        "gör resor i tjänsten."
    )
    bold(document, "Beredning")
    document.add_paragraph(
        "Ärendet har remitterats till stadsledningskontoret. Stadsledningskontoret konstaterar "
        "att många förvaltningar redan har policy för resor i tjänsten, som tar hänsyn till "
        "såväl miljömässiga som ekonomiska aspekter, varför stadsledningskontoret inte ser "
        "någon anledning att ta fram ytterligare övergripande dokument för detta ändamål."
    )
    document.save(path)


STOCKHOLM_UTLATANDE_ATT = (
    "Motion (2008:25) av Yvonne Ruwaida (mp) anses besvarad med vad föredragande borgarrådet "
    "anfört."
)


def write_stockholm_pm(path: Path) -> None:
    """Stockholms stad, "PM 2003 RI+VII", the borgarrådsberedning's promemoria to the
    kommunstyrelse, Bilaga 6:7 to its protokoll of 19 March 2003 (STOCKHOLM_PM_URL): the
    bilaga's stamp and "PM 2003 RI+VII (Dnr /2002)" over the bold title; "Borgarrådsberedningen
    föreslår kommunstyrelsen besluta följande" over two att-satser in a Word numbered list;
    "Föredragande borgarråden … anför följande."; the bold parts Bakgrund, Remisser and Våra
    synpunkter. Våra synpunkter is cut after its third paragraph's sentences."""
    document = docx.Document()
    document.add_paragraph("Bilaga 6:7 till kommunstyrelsens protokoll den 19 mars 2003, 8")
    document.add_paragraph("PM 2003 RI+VII (Dnr /2002)")
    bold(document, "Riktlinjer för ärendeansvar mellan stadsdelsnämnderna")
    bold(document, "Borgarrådsberedningen föreslår kommunstyrelsen besluta följande")
    lines(document, STOCKHOLM_PM_ATTS, "List Number")
    document.add_paragraph(
        "Föredragande borgarråden Annika Billström och Margareta Olofsson anför följande."
    )
    bold(document, "Bakgrund")
    document.add_paragraph(
        "Socialtjänstnämnden har utarbetat ett förslag till riktlinjer för ärendeansvar mellan "
        "stadsdelsnämnderna vad gäller individärenden inom individ- och familjeomsorgens "
        "område. Förslaget föreslås ersätta tidigare riktlinjer på området i förvaltningshandboken."
    )
    bold(document, "Remisser")
    document.add_paragraph(
        "Ärendet har för synpunkter remitterats till stadsledningskontoret som föreslår att "
        "riktlinjerna godkänns."
    )
    bold(document, "Våra synpunkter")
    lines(
        document,
        [
            "Medborgare i Stockholms stad ska bli bemötta på ett professionellt och likvärdigt "
            "sätt av socialtjänsten oavsett vilken förvaltning som har handläggningsansvar.",
            "De riktlinjer som nu fastställs har inte tidigare funnits samlade i ett särskilt "
            "dokument. Nödvändiga uppdateringar och kompletteringar har gjorts.",
        ],
    )
    document.save(path)


STOCKHOLM_PM_ATTS = [
    "Riktlinjer för ärendeansvar mellan stadsdelsnämnderna godkänns med vad som anförs i "
    "promemorian.",
    "Riktlinjerna gäller fr.o.m. den 1 april 2003, bilaga.",
]


def write_norrkoping(path: Path) -> None:
    """Norrköpings kommun, kommunstyrelsen's yttrande to Miljödepartementet on "Myndighet för
    miljön en granskning av Naturvårdsverket (SOU 2008:62)" (NORRKOPING_URL), on the kommun's
    letter template: a table "Vårt diarienummer" over "KS-612/" (the transcript lost the rest
    of the number), "YTTRANDE 1(3)" beside it; "Handläggare, titel, telefon" over "Eva
    Lindahl, miljöcontroller"; the addressee "Miljödepartementet" over "STOCKHOLM"; the
    template's name ("Ärendehandbok för Norrköpings kommun") in the page header. The title
    bold, the ministry's reference "M2008/2398/A" under it, the text and the part "Generella
    synpunkter", cut after its first paragraph. A yttrande has no att-satser."""
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Ärendehandbok för Norrköpings kommun"
    table(
        document,
        [
            ["Vårt diarienummer", "YTTRANDE 1(3)"],
            ["KS-612/", ""],
            ["Handläggare, titel, telefon", ""],
            ["Eva Lindahl, miljöcontroller", "Miljödepartementet\nSTOCKHOLM"],
        ],
    )
    bold(document, "Myndighet för miljön en granskning av Naturvårdsverket (SOU 2008:62)")
    document.add_paragraph("M2008/2398/A")
    document.add_paragraph(
        "Miljödepartementet har inbjudit Norrköpings kommun att, som en av 30 kommuner i "
        "landet, lämna synpunkter på det betänkande som utredningen av Naturvårdsverket lämnat "
        "Myndighet för miljön."
    )
    bold(document, "Generella synpunkter")
    document.add_paragraph(
        "Norrköpings kommun anser att det är bra att en översyn av Naturvårdverkets "
        "ansvarsområden och uppgifter har genomförts. Utredningen har gjort en noggrann "
        "genomgång av verkets verksamhet och de förslag som lämnas kommer att medföra en "
        "tydligare roll för verket framöver."
    )
    document.save(path)


MSN_TEXT = (
    "Förteckning över delegationsbeslut, ett beslut meddelat den 20 februari och rapportering "
    "av färdtjänst samt riksfärdtjänst februari, övriga meddelade mars 2014, anmäls."
)


def write_msn(path: Path) -> None:
    """The miljö- och samhällsnämnd's "TJÄNSTEMANNAFÖRSLAG" MSN: 5/2014, "Anmälan av
    delegationsbeslut 2014", in the kallelse to its meeting in the Domsalen (MSN_URL; the
    transcript names no kommun, its properties are in "Ösd"): "MSN: 5/2014" and the kind on
    a line, "Dnr" left empty (the transcript has no number), the handläggare and the nämnd
    on lines, the title bold, the one sentence that is the proposal with no heading over
    it, and the signature: the unit in capitals ("SAMHÄLLSBYGGNAD"), the name, the title in
    lower case. The delegationsbeslut's numbers the transcript lost are left out with the
    "nr" before them."""
    document = docx.Document()
    lines(
        document,
        [
            "MSN: 5/2014",
            "TJÄNSTEMANNAFÖRSLAG",
            "Dnr",
            "Agneta Johansson",
            "Miljö- och samhällsnämnden",
        ],
    )
    bold(document, "Anmälan av delegationsbeslut 2014")
    document.add_paragraph(MSN_TEXT)
    lines(document, ["SAMHÄLLSBYGGNAD", "Agneta Johansson", "nämndsekreterare"])
    document.save(path)


STOCKHOLM_UTBILDNING_ATTS = [
    "Utbildningsnämnden godkänner förvaltningens förslag om att teckna ett hyresavtal avseende "
    "skollokal om kvm tillkommande yta samt tillkommande mark om cirka kvm på fastigheten "
    "Polygonen 3, Kungens kurvaleden 4, Kungens kurva, till en tillkommande hyreskostnad om "
    "cirka 3,9 mnkr det första året.",
    "Utbildningsnämnden begär hos kommunstyrelsens ekonomiutskott medgivande till att teckna "
    "hyresavtal avseende lokalyta om kvm och cirka kvm markyta på fastigheten Polygonen 3 på "
    "Kungens kurvaleden 4, Kungens kurva, till en tillkommande hyreskostnad om cirka 3,9 mnkr "
    "det första året.",
    "Beslutet justeras omedelbart.",
]


def write_stockholm_utbildning(path: Path) -> None:
    """Stockholms stad, utbildningsförvaltningen, "Tjänsteutlåtande" to the utbildningsnämnd,
    "Inhyrningsmedgivande för skollokal på Kungens kurvaleden 4, fastigheten Polygonen 3"
    (STOCKHOLM_UTBILDNING_URL): the förvaltning, its avdelning and "Tjänsteutlåtande Sida 1
    (6)" in the first page's header; "Handläggare" over "Linn Lundmark", "Telefon:" whose
    number the transcript lost, "Till Utbildningsnämnden"; the title bold; three att-satser
    in a Word numbered list under "Förvaltningens förslag till beslut" (the areas' figures
    the transcript lost stand as it has them); the three signatures right under them, the
    director's alone and two side by side in a table; the förvaltning's address in the
    footer; Sammanfattning, and Bakgrund cut after its second sentence."""
    document = docx.Document()
    section = document.sections[0]
    section.different_first_page_header_footer = True
    lines(
        section.first_page_header,
        ["Utbildningsförvaltningen", "Avdelningen för ekonomi och styrning", "Tjänsteutlåtande"],
    )
    section.first_page_header.add_paragraph("Sida 1 (6)")
    section.header.paragraphs[0].text = "Sida 2 (6)"
    section.first_page_footer.paragraphs[
        0
    ].text = "Utbildningsförvaltningen\nAvdelningen för ekonomi och styrning\nHantverkargatan 2 F"
    section.first_page_footer.add_paragraph("Telefon Växel stockholm.se")
    document.add_paragraph("Handläggare\nLinn Lundmark")
    document.add_paragraph("Telefon:")
    document.add_paragraph("Till Utbildningsnämnden")
    bold(
        document,
        "Inhyrningsmedgivande för skollokal på Kungens kurvaleden 4, fastigheten Polygonen 3",
    )
    bold(document, "Förvaltningens förslag till beslut")
    lines(document, STOCKHOLM_UTBILDNING_ATTS, "List Number")
    lines(document, ["Tony Mufic", "Utbildningsdirektör"])
    table(document, [["Malin Eriksson\nAvdelningschef", "Jan Holmquist\nGymnasiedirektör"]])
    bold(document, "Sammanfattning")
    document.add_paragraph(
        "Stockholms transport- och fordonstekniska gymnasium, STFG, finns i dagsläget i både "
        "Skärholmen och i Kungens kurva. I detta ärende föreslås en tillbyggnation om kvm "
        "lokalyta samt cirka kvm köryta utomhus invid STFG:s befintliga lokaler i Kungens kurva."
    )
    bold(document, "Bakgrund")
    document.add_paragraph(
        "STFG startades höstterminen 2005 i Skärholmen för att 2007 utökas med ytterligare en "
        "lokal i Kungens kurva. I dag har STFG totalt 173 gymnasieelever."
    )
    document.save(path)


def write_stockholm_pm_2018(path: Path) -> None:
    """Stockholms stad, "PM Rotel I+IV (Dnr KS 2018/701)", "Skolplanering för gymnasieskolan
    i Stockholms stad" (STOCKHOLM_PM_2018_URL): the promemoria's kind, rotel and Dnr on one
    line over the bold title; the lead-in "Borgarrådsberedningen föreslår att
    kommunstyrelsen beslutar följande." as a plain sentence with its full stop, over four
    att-satser with typed numbers; "Föredragande borgarråden … anför följande."; the bold
    part Ärendet, cut after its second sentence. The fourth att-sats is as the transcript
    has it ("uppmanas att och")."""
    document = docx.Document()
    document.add_paragraph("PM Rotel I+IV (Dnr KS 2018/701)")
    bold(document, "Skolplanering för gymnasieskolan i Stockholms stad")
    document.add_paragraph("Borgarrådsberedningen föreslår att kommunstyrelsen beslutar följande.")
    lines(document, [f"{n}. {text}" for n, text in enumerate(STOCKHOLM_PM_2018_ATTS, start=1)])
    document.add_paragraph(
        "Föredragande borgarråden Karin Wanngård och Olle Burell anför följande."
    )
    bold(document, "Ärendet")
    document.add_paragraph(
        "Stadsledningskontoret har utifrån sitt övergripande ansvar för styrning, utveckling och "
        "uppföljning av hyres- och lokalfrågor tagit fram en utredning om skolplanering för "
        "gymnasieskolan i Stockholms stad. Stadsledningskontorets utredning syftar till att "
        "skapa en gemensam bild inom Stockholms stad och att lägga fast en planeringsinriktning "
        "för gymnasiet motsvarade grundskolans."
    )
    document.save(path)


STOCKHOLM_PM_2018_ATTS = [
    "Planeringsinriktning för gymnasieskolan i Stockholms stad, i enlighet med bilaga till "
    "promemorian Gymnasieskolan i Stockholms stad, godkänns.",
    "Kommunstyrelsen ska samordna stadens berörda verksamheter i syfte att gymnasieskolan i "
    "Stockholms stad år 2040, både kommunal och fristående, ska ha tillräckligt med "
    "skollokalkapacitet för de gymnasieelever som då prognostiseras vara folkbokförda i staden.",
    "Kommunstyrelsen ska verka för att den regionala samverkansmodellen utvecklas i enlighet "
    "med vad som framgår av stadsledningskontorets tjänsteutlåtande.",
    "Utbildningsnämnden, stadsbyggnadsnämnden och exploateringsnämnden uppmanas att och "
    "Stockholms Stadshus AB uppmanas att ge Skolfastigheter i Stockholm AB (SISAB) i uppdrag "
    "att beakta vad som framgår av promemorian.",
]


EXPECTED_ELEVENTH = {
    "vallentuna": {
        "write": write_vallentuna,
        "title": "Beställning temporär lösning förskoleplatser i Karby",
        "diarienummer": "BUN",  # as the transcript has it: the number itself is lost
        "handlaggare": "ANDERS FORSBERG",
        "mottagare": "BARN- OCH UNGDOMSNÄMNDEN",
        "forslag": [("", "")] * 2,
        "sections": ["Ärendet i korthet"],
    },
    "stockholm_utlatande": {
        "write": write_stockholm_utlatande,
        "title": "Klimatanpassning av Stockholms stads resor genom att staden utarbetar en "
        "resepolicy – Motion av Yvonne Ruwaida (mp) (2008:25)",
        "diarienummer": "/2008",
        "forslag": [("", "fullmäktige")],
        "sections": ["Övrigt", "Ärendet", "Beredning"],
    },
    "stockholm_pm": {
        "write": write_stockholm_pm,
        "title": "Riktlinjer för ärendeansvar mellan stadsdelsnämnderna",
        "diarienummer": "/2002",
        "forslag": [("1", ""), ("2", "")],
        "sections": ["Övrigt i brevhuvudet", "Övrigt", "Bakgrund", "Remisser", "Våra synpunkter"],
    },
    "norrkoping": {
        "write": write_norrkoping,
        "title": "Myndighet för miljön en granskning av Naturvårdsverket (SOU 2008:62)",
        "diarienummer": "KS-612/",
        "handlaggare": "Eva Lindahl",  # under "Handläggare, titel, telefon"
        "handlaggare_titel": "miljöcontroller",  # as written; printed "Miljöcontroller"
        "sections": ["Övrigt i brevhuvudet", "Övrigt", "Generella synpunkter"],
    },
    "msn": {
        "write": write_msn,
        "title": "Anmälan av delegationsbeslut 2014",
        "diarienummer": "MSN: 5/2014",
        "handlaggare": "Agneta Johansson",
        "mottagare": "Miljö- och samhällsnämnden",
        "sections": ["Övrigt"],
        "signatories": [("Agneta Johansson", "nämndsekreterare")],
    },
    "stockholm_utbildning": {
        "write": write_stockholm_utbildning,
        "title": "Inhyrningsmedgivande för skollokal på Kungens kurvaleden 4, fastigheten "
        "Polygonen 3",
        "handlaggare": "Linn Lundmark",
        "mottagare": "Utbildningsnämnden",
        "forslag": [(str(n), "") for n in range(1, 4)],
        "sections": ["Sammanfattning", "Bakgrund"],
        "signatories": [
            ("Tony Mufic", "Utbildningsdirektör"),
            ("Malin Eriksson", "Avdelningschef"),
            ("Jan Holmquist", "Gymnasiedirektör"),
        ],
    },
    "stockholm_pm_2018": {
        "write": write_stockholm_pm_2018,
        "title": "Skolplanering för gymnasieskolan i Stockholms stad",
        "diarienummer": "KS 2018/701",
        "forslag": [(str(n), "") for n in range(1, 5)],
        "sections": ["Övrigt i brevhuvudet", "Övrigt", "Ärendet"],
    },
}
