"""Real public texts full of numbers that are no personnummer: a court's dom, a nämnd's
protokoll, a kommun's web pages and a taxa, each with its address. Short excerpts, as the
published page has them (names of private persons left out); the personnummer scanner must
find nothing in any of them, and must find a number written into any of them.

Used by tests/core/test_personnummer_real_numbers.py and bench/personnummer_real_texts.py."""

from __future__ import annotations

REAL_NUMBER_TEXTS: dict[str, tuple[str, str]] = {
    "svea-hovratt-mod-dom-m-4366-14": (
        "https://docplayer.se/amp/114941074-Dom-stockholm.html",
        "SVEA HOVRÄTT Mark- och miljööverdomstolen 060102 DOM 2015-02-06 Stockholm Mål nr "
        "M 4366-14 ÖVERKLAGAT AVGÖRANDE Nacka tingsrätts, mark- och miljödomstolen, dom "
        "2014-04-14 i mål M 7342-13, se bilaga KLAGANDE Miljö- och hälsoskyddsnämnden i "
        "Stockholms kommun Box 8136 104 20 Stockholm SAKEN Miljösanktionsavgift MARK- OCH "
        "MILJÖÖVERDOMSTOLENS DOMSLUT Med ändring av mark- och miljödomstolens dom fastställer "
        "Mark- och miljööverdomstolen Miljö- och hälsoskyddsnämndens beslut den 25 september "
        "2013 om miljösanktionsavgift (dnr 2013-6918). Dok.Id 1185561 Postadress Besöksadress "
        "Telefon Telefax Expeditionstid Box 2290 103 17 Stockholm Birger Jarls Torg 16 "
        "08-561 670 00 08-561 675 50 08-561 675 59 måndag fredag 09:00-15:00 "
        "Naturvårdsverkets föreskrifter om skydd mot mark- och vattenförorening vid lagring av "
        "brandfarliga vätskor, NFS 2003:24, är tillämpliga på cisterner såväl i som ovan mark. "
        "Det framgår av 1 kap. 1 av nämnda föreskrifter.",
    ),
    "vetlanda-miljo-och-byggnamnden-2014": (
        "http://docplayer.se/106696067-Miljo-och-byggnamnden.html",
        "1 (50) Plats och tid Stadshuset Vetlanda 64 Ändring i plan- och bygglovstaxan Den 2 "
        "juli 2014 trädde nya regler ikraft. Det gäller bl a minskad bygglovsplikt för vissa "
        "åtgärder såsom nybyggnad av högst 25 m 2 komplementbyggnad samt tillbyggnad med högst "
        "15 m 2. 65 Dnr MB Miljösanktionsavgift, cistern Anledningen är ej utförd "
        "kontrollbesiktning av cistern (med tillverkningsnummer 670) inom gällande intervall, "
        "på fastigheten.",
    ),
    "stockholm-aldrenamnden-2013-05-21": (
        "https://insynsverige.se/stockholm-aldre/protokoll?date=2013-05-21",
        '9 Revisionsrapport 2013:5 "Avvikelsehantering inom äldreomsorgen" Stadsrevisionen, '
        "för yttrande senast den 24 maj 2013 (dnr 420-145-2012) Dnr 106-156/2013 Handläggare: "
        "Tel. 508 36 206 14 Ändrat beslut om verksamhetsbidrag för Dagcenter Aftonstjärnan, "
        "org.nr. 802411-8310, för år 2013 Dnr60902-188/2013 Tel. 508 36 217 15 Anmälan av "
        "rapportering av ej verkställda beslut enligt 4 kap. 1 § SoL för kvartal 1 år 2013 "
        "16 Protokoll från kommunstyrelsens pensionärsråd 5/2013-05-14",
    ),
    "soderhamn-arbetsmarknads-och-socialnamnden-2019-01-28": (
        "http://db.soderhamn.se/protokoll.nsf/964ff294c0ed8aeac1257dcf00528bb1/"
        "d7d9ef9db742f967c1258398002be41a?OpenDocument",
        "Arbetsmarknads- och socialnämnden 2019-01-28 Faxepark, Europa, 09:00 – 14:55 "
        "Justeringens plats och tid Förvaltningshuset, 2019-02-04, kl. 15:30 Paragrafer 12 – 22 "
        "Paragrafnummer 12 - 22 Sammanträdesdatum 2019-01-28 Tid för anslag 2019-02-05 – "
        "2019-02-27 Förvaringsplats för protokollet Socialkontoret, Söderhamn §§ 12-13 §§ 14-22 "
        "Erika Söderström, verksamhetscontroller, §§ 12-18",
    ),
    "malmo-kungorelse-underrattelse-delgivning": (
        "https://malmo.se/Service/Bygga-och-bo/Bygga-nytt--bygga-till/Sa-har-soker-du-bygglov-"
        "och-gor-en-teknisk-anmalan/Bygglovsprocessen/Kungorelse-underrattelse-och-"
        "delgivning.html",
        "Publicerad 8 juli 2019 Telefon 070-123 456 78 Telefontider Måndag - torsdag Kl. 07.00 "
        "- 17.00 Fredag Kl. 07.00 - 16.00 Adress Malmö stad, 205 80 Malmö",
    ),
    "goteborg-bestall-bygglovhandlingar": (
        "https://goteborg.se/wps/portal/start/byggande--lantmateri-och-planarbete/bygga-riva-"
        "och-forandra/arkiv-och-ritningar/sok-bygglovhandlingar/bestall-digitala-bygglovshand/",
        "Priset är 307 kronor per fastighetsbeteckning oavsett hur många ärenden som "
        "fastighetsbeteckningen innehåller. Om du exempelvis beställer två "
        "fastighetsbeteckningar blir kostnaden totalt 614 kronor. Det går även bra att betala "
        "med swish. Betalning görs till arkivets swishnummer\n123 219 53 29.",
    ),
    "olofstrom-bygglovstaxa": (
        "http://olofstrom.se/bygglovstaxa (and https://olofstrom.se/bygglovstaxa)",
        "Bygglovstaxa Gäller från: 2011-07-01 Antagen: KF § 47/2011 Dnr: 11/KS 159-206 "
        "Senast uppdaterad: 01 december 2017. Gäller från: 2018-01-01 Antagen: KF § 63/2017 "
        "Dnr: KS 2017/1187 Senast uppdaterad: 03 januari 2019",
    ),
    "boverket-expediering-och-kungorelse": (
        "https://www.boverket.se/sv/PBL-kunskapsbanken/lov--byggande/handlaggning/expediering-"
        "och-kungorelse-av-forhandsbesked-och-lov/",
        "Delgivning med sökanden får inte ske enligt någon av bestämmelserna i 34-38 eller "
        "47-51 §§ delgivningslagen\n(2010:1932). Lag (2015:668) . 41 a § Ett beslut om att ge "
        "lov eller positivt förhandsbesked ska kungöras genom ett meddelande i Post- och "
        "Inrikes Tidningar.",
    ),
    "ljungby-kf-2011-03-01": (
        "https://insynsverige.se/ljungby-kf/protokoll?date=2011-03-01",
        "de tre arkitektfirmor som lämnat förslag om utformning av centrumområdet fått en "
        "ersättning om 120000 kronor vardera plus resekostnader. §15 Inlämnande av motioner "
        "och interpellationer ... föreslår i en motion inlämnad den 15 februari 2011 att en "
        "kommunalrådslön sätts till 40.000:- per månad.",
    ),
    "tyreso-bun-2023-08-30": (
        "https://insynsverige.se/tyreso-barn/protokoll?date=2023-08-30",
        "3 Tillsynsrapport Unike förskolor AB Diarienummer 2023/BUN 0192 40 Samtliga "
        "vårdnadshavare ska erbjudas minst ett utvecklingssamtal årligen enligt 8 kap. 11§ "
        "skollagen. Rutinen ska redovisas skriftligen till barn- och utbildningsförvaltningen "
        "senast den 31 oktober 2023. 3. Förskolorna Stenkulan och Hästhagen ska erbjuda "
        "vårdnadshavarna forum för samråd enligt 4 kap. 13 § skollagen.",
    ),
}
