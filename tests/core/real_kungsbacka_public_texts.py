# ruff: noqa: E501
"""Real texts of Kungsbacka kommun's published kallelser, protokoll and handlingar, 2024–2026,
of every kind of organ: kommunstyrelsen and its arbetsutskott, byggnadsnämnden and its
arbetsutskott (förhandsbesked, bygglov, strandskydd), individ- och familjeomsorg, vård och
omsorg, miljö- och hälsoskydd, kultur och fritid. Kept as reference data for the public
check's scanners (bench/contact_data_false_alarms.py, bench/citizen_name_false_alarms.py,
bench/personnummer_false_alarms.py; tests/core/test_kungsbacka_public_texts.py): none of these
texts is a citizen's letter, so every hit of a scanner here is a false alarm or a leak the
kommun made.

Source: the pool https://github.com/moggleif/kommunhandlingar, which converts the kommun's
PDFs to Markdown (tables as Markdown tables, "<br>" for a line broken in a cell, a PDF read by
OCR as Tesseract read it); each excerpt is named by its path under data/kungsbacka/ and the
pages it is from, read 2026-12-06. The pool masks personnummer, mobile numbers, e-mail
addresses and street addresses followed by a postnummer, writing what stood there
("(e-post borttagen)"); some of its files were converted before that and keep an official's
e-mail. Excerpts are whole paragraphs and table rows as they stand, a document's letterhead,
närvarolista, signatures and the paragraphs around what a scanner reads; lines between them
are left out where an excerpt joins pages."""

from __future__ import annotations

POOL = "https://github.com/moggleif/kommunhandlingar/tree/main/data/kungsbacka/"

# (path under POOL and pages, text)
KUNGSBACKA_PUBLIC_TEXTS: list[tuple[str, str]] = [
    (
        "bygg-au/2024/2024-02-01/protokoll.md, sida 1",
        """KUNGSBACKA KOMMUN                  SAMMANTRÄDESPROTOKOLL
Byggnadsnämndens arbetsutskott
Datum
2024-02-01

Plats och tid för Kungsbackarummet, Storgatan 37 Klockan 09.06–12.45
sammanträde
Beslutande    Ledamöter                      Tjänstgörande ersättare
Thure Sandén (M), Ordförande
Heinrich Kaufmann (C), 1:e vice ordförande
Daniel Hognert (M)
Lars Eriksson (S)
Stefan Vilumsons (SD)

Övriga närvarande Ersättare                  Tjänstepersoner
Katarina Öryd, förvaltningschef
§§ 1-36
Hanna Ståhl, verksamhetschef
§§ 1-33
Kasra Hassirian, förvaltningsjurist
§§ 1-44
Christina Nordberg, controller
§§ 1-5
Annika Nally, HR-specialist §§ 1-5

Peter Sebestyén, enhetschef
Thinh Bui-Ljungqvist, senior
bygglovshandläggare
Björn Vikström, planarkitekt,
kommunstyrelsens förvaltning
Stina Wikström, planarkitekt,
kommunstyrelsens förvaltning
§§ 1-14
Magnus Björned, planarkitekt,
kommunstyrelsens förvaltning
§§ 5-6
Linda Bergström, planarkitekt,
kommunstyrelsens förvaltning

§§ 7-14
Sofie Axelsson, nämndsekreterare

Plats och tid för justering Digital justering

Sekreterare   Sofie Axelsson                 Paragrafer §§ 1-45

Ordförande    Thure Sandén (M)

Protokolljusterare Daniel Hognert (M)""",
    ),
    (
        "bygg-au/2024/2024-02-01/protokoll.md, sida 3",
        """§ 15 Dnr BN-2023-002242
GUNDAL 2:8 - Förhandsbesked för nybyggnad av ett enbostadshus........ 22

§ 16 Dnr BN-2023-001969
HJÄLMARED 7:35 - Förhandsbesked för nybyggnad av två enbostadshus
samt garage ................................................................................................. 27

§ 17 Dnr BN-2023-002249
KYVIK 10:1 - Förhandsbesked för nybyggnad av ett enbostadshus.......... 32

§ 18 Dnr BN-2023-001133
SLÄPS-HAGEN 1:136 - Förhandsbesked för nybyggnad av ett
enbostadshus ............................................................................................... 33

§ 19 Dnr BN-2023-001604
ÖLMANÄS  1:17 - Förhandsbesked för nybyggnad av tre enbostadshus .. 37

§ 20 Dnr BN-2023-001656
BUERA 6:13 - Bygglov för nybyggnad av verksamhet ............................. 43

§ 21 Dnr BN-2023-002172
DANNEBACKA  2:18 - Bygglov för uppsättning av belysningsmaster .... 47

§ 22 Dnr BN-2023-002198
EGNA HEM 1 - Bygglov för nybyggnad av komplementbyggnad ........... 52

§ 23 Dnr BN-2023-002686
GRÖNINGE 1:6 - Bygglov för nybyggnad av enbostadshus, nybyggnad av
komplementbyggnad samt murar................................................................ 55

§ 24 Dnr BN-2023-000367
Sekretessärende ........................................................................................... 60""",
    ),
    (
        "bygg-au/2024/2024-02-01/protokoll.md, sida 25",
        """Beslutet kan överklagas

Detta beslut överklagas genom att en skrivelse skickas till Byggnadsnämnden,
Kungsbacka kommun, inom tre veckor från den dag då den som vill överklaga tog
del av beslutet, eller 4 veckor från det att beslutet kungjordes för dem som inte
delgetts beslutet. Om skrivelsen har kommit in i rätt tid skickar Byggnadsnämnden
den vidare till Länsstyrelsen i Hallands län, som prövar det överklagade beslutet. Om
överklagan kommer in för sent avvisas den.

Överklagan ska innehålla vad för beslut som överklagas, varför det ska ändras och
hur det ska ändras. Den som överklagar ska också uppge sina kontaktuppgifter i form
av namn, postadress, telefonnummer och gärna e-postadress, samt underteckna
överklagan. Om det finns handlingar som stöd för överklagan ska dessa bifogas.

Överklagandet får gärna skickas per e-post till info@kungsbacka.se.

Sammanfattning av ärendet

Ansökan inkommen samt komplett för handläggning 2023-11-15 avser en
nylokalisering av en enfamiljsbostad ovanpå befintlig komplementbyggnad på
fastigheten Gundal 2:8
Fastigheten ligger utom detaljplan, inom Hallands kustområde riksintresse rörligt
friluftsliv och högexploaterad kust, 4 kap. 2 § samt 4 § Miljöbalken (SFS nr:
1998:808, nedan MB) samt inom kommunal naturvårdsplan, Boleberget.""",
    ),
    (
        "bygg-au/2024/2024-02-01/protokoll.md, sida 28 och 31",
        """Fastigheterna Hjälmared 7:38, Hjälmared 7:39 och Hjälmared 7:40 har tidigare
beviljats förhandsbesked och styckats av från Hjälmared 7:35 och bebyggts med
enbostadshus.

Erinran har inkommit från Hjälmared 24:1 I huvudsak går de ut att naturen inte ska
exploateras och de inte vill ha ytterligare bebyggelse. I Mark- och miljödomstolen,
Mål nr P 6173-11 har domstolen kommit fram till att det ej lämpas att exploatera mer
då området är av känslig karaktär, bl.a. utifrån förekomst av Storlom i Djursjön.

Hjälmared 7:17 framför också synpunkter på naturen, samt bristande väg och ökad
trafik samt att vägsamfälligheten har upphört.

av enskilt avlopp. Oskullevägen vägens beskaffenhet försvårar framkomligheten för
insamlingsfordon under vintertid vilket gör att kärl för hushållsavfall töms i
anslutning till Älvsåkersvägen.
Bygg- och Miljöförvaltningen skickade 2024-01-09 ut en underrättelse om avstyrkan
till sökande. Sökande har inkommit med en svarsskrivelse för varför ansökan är
lämplig.

Yttrande Hjälmared 7:17 2024-01-21
Skrivelse från sökande 2024-01-20
Yttrande från enheten för Miljö och hälsa 2024-01-08
Yttrande från teknikförvaltningen 2024-01-08
Karta 2023-11-02
Ansökan 2023-10-05

Beslutet skickas till

Sökande (delges)
Fastighetsägare till Hjälmared 24:1
Fastighetsägare till Hjälmared 7:39
Fastighetsägare till Hjälmared 7:17""",
    ),
    (
        "ks/2024/2024-01-23/handlingar.md, sida 1",
        """KALLELSE/UNDERRÄTTELSE

Upprättad
2024-01-10

Kommunstyrelsen

Sammanträde tisdagen den 23 januari 2024 kl. 13.00
Kungsbackarummet, Storgatan 37

Patrik Johansson                                             Kungsbacka kommun
Kommunsekreterare                                             434 81 Kungsbacka
Kommunstyrelsens förvaltning
(e-post borttagen)                                  Storgatan 37
Stadshuset
www.kungsbacka.se

|  | Ärende | Beteckning | Förslag |
| --- | --- | --- | --- |
|  | Val av justerare |  | Ordinarie: Stefan Jägnert (SD)<br>Ersättare: Magdalena Sundqvist (S) |
|  | Information |  |  |
| 1. | Information om<br>kommunstyrelsens<br>förvaltningsbudget 2024<br>13.00–13.20<br>Malin Larsson<br>Anders Johansson<br>Lovisa Eld | 2023-00250 |  |""",
    ),
    (
        "ks/2024/2024-01-23/handlingar.md, sida 3",
        """| 11. | Överlåtelse av arrendeavtal för<br>Fors 1:3 till Forsgårdens<br>Golfklubb | 2023-00712 | Förslag till beslut i kommunstyrelsen<br>Kommunstyrelsen godkänner överlåtelse av avtal om<br>lägenhetsarrende avseende padelbanor inom del av<br>Kungsbacka Fors 1:3 till den nya ägaren av<br>padelbanorna Forsgården Golfklubb.<br>Kommunstyrelsens ordförande samt<br>kommundirektören, eller deras respektive ersättare,<br>utses att för kommunens räkning underteckna<br>samtliga handlingar i ärendet. |
| 14. | Godkännande av<br>exploateringsavtal avseende<br>detaljplan för verksamheter<br>inom Varla 6:17 m.fl. i<br>Kungsbacka stad | 2020-00911 | Förslag till beslut i kommunstyrelsen<br>Kommunstyrelsen godkänner förslag till<br>exploateringsavtal avseende detaljplan för<br>verksamheter inom Varla 6:18 m.fl. i Kungsbacka,<br>mellan kommunen och Kommanditbolaget Mattsons<br>Fastigheter Nr 3, undertecknat av bolaget<br>2023-12-15. |""",
    ),
    (
        "ifo/2024/2024-02-22/protokoll.md, sida 1",
        """KUNGSBACKA KOMMUN                  SAMMANTRÄDESPROTOKOLL
Nämnden för Individ & Familjeomsorg
Datum
2024-02-22

Plats och tid för Kungsbackarummet, Storgatan 37 Klockan 15:30 – 18:05
sammanträde
Beslutande    Ledamöter                     Tjänstgörande ersättare
Tommy Rydfeldt (L), Ordförande Hampus Jägnert (SD) tjänstgör för
Marianne Pleijel (M), 1:e vice ordförande Elisabeth Svensson (SD)
Maj-Britt Rane-Andersson (S), 2:e vice
ordförande
Lars Blom (M)
Fredrika Albertsson (M)

Åsa Andersson (S)
Tina Hald (SD)
Bengt Asplund (C)
Annika Ulfsdotter (KD)
Ingegärd Salmose (MP)
Övriga närvarande Ersättare                 Tjänstepersoner
Lars Sundbom (M)              Ivan Stipic, förvaltningschef
Conny Loftander (S)           Emelie Sandberg, biträdande
Ethel Bergström (S)           förvaltningschef
My Clingston (KD)             Josefine Jönsson, nämndsekreterare

Diana Brovall, verksamhetschef
Gunilla Edmundsson,
verksamhetschef
Jessica Rönnerfors, verksamhetschef,
Märta Lycken, utvecklingschef
Julia Wilholm, personalchef
Kamilla Julin , utvecklingsledare
Ulrika Ström, MAR, Vård & Omsorg,
§ 2
Lotta Kjellner, MAS, Vård &
Omsorg, § 2
Katarina Persson,
redovisningsekonom, § 3

Mehdi Razavi, enhetschef, § 4
Helena Nilsson, SAS, §§ 4, 7-8
Torun Ljungman, utvecklingsledare,
§§ 5-6

Personalföreträdare           Övriga
Ingela Nord Lindroth, Kommunal Sara Petersson Niklasson, vice
Anna Nordin, Akademikerförbundet SSR ordförande Attention Kungsbacka, § 1
Gabriella Ekfeldt Nyhlén, praktikant""",
    ),
    (
        "ifo/2024/2024-02-22/protokoll.md, sida 5",
        """§ 1                        Dnr IF-2020-00101
Attention Kungsbacka

Beslut

Nämnden för Individ & Familjeomsorg noterar informationen till protokollet.

Sammanfattning av ärendet

Ordförande Tommy Rydfeldt (L) hälsar Sara Petersson Niklasson, vice ordförande
Attention Kungsbacka, välkommen till nämndens sammanträde för att informera om
sin förening och verksamhet.

Sara informerar om att de arbetar för att personer med neuropsykiatrisk
funktionsnedsättning, NPF, ska bli bemötta med respekt och få det stöd de behöver i
skolan, på arbetsmarknaden och på fritiden. De arbetar också för att anhöriga ska få
ökat inflytande och avlastning. De har ett flertal medlemsaktiviteter och alla arbetar
ideellt.
Ordförande tackar å nämndens vägnar för deltagandet och förvaltningschef Ivan

Stipic tackar för det viktiga arbetet som föreningen gör.""",
    ),
    (
        "ifo/2024/2024-02-22/protokoll.md, sida 7 och 9",
        """Beslutsgång

Ordförande Tommy Rydfeldt (L) prövar om nämnden kan besluta om fördelning av
resterande medel 2024 års föreningsbidrag, inom området socialt arbete, till FK-
Länken Kungsbacka, med 137 500 kr, och finner att nämnden bifaller det.

Beslutet skickas till
Ekonomienheten – Individ & Familjeomsorg
KF Länken

Sammanfattning av ärendet
Maj-Britt Rane Andersson (S) och Ermin Skoric (S) har 2023-09-04 inkommit med
en motion om att utreda sex timmars arbetsdag inom omsorgen. För att möta
utmaningar inom välfärden vill motionärerna att nämnderna för Vård & Omsorg och

Beslutsunderlag

Förvaltningen för Individ & Familjeomsorgs tjänsteskrivelse, 2024-02-02
Kommunstyrelsens arbetsutskott, 2023-11-21 § 317
Kommunfullmäktige, 2023-11-07 § 177
Motion från Maj-Britt Rane Andersson (S) och Ermin Skoric (S) om att genomföra
ett pilotprojekt om 6 timmars arbetsdag inom omsorgen. 2023-09-24

Förslag till beslut på sammanträdet

Ordförande Tommy Rydfeldt (L) yrkar på avslag på motionen.
2:e vice ordförande Maj-Britt Rane-Andersson (S) yrkar bifall på motionen.""",
    ),
    (
        "ifo/2025/2025-02-20/kallelse.md, sida 1 och 3",
        """KALLELSE/UNDERRÄTTELSE

Upprättad
2025-02-07

Nämnden  för Individ & Familjeomsorg

Sammanträde torsdagen den 20 februari 2025 kl. 15:30
Kungsbackarummet, Storgatan 37

Josefine Jönsson                                             Kungsbacka kommun
434 81 Kungsbacka
Direkt 0300-838345
josefine.jonsson@kungsbacka.se                                  Besöksadress

|  | Ärende | Beteckning | Förslag |
| --- | --- | --- | --- |
|  | Val av justerare |  | Annika Ulfsdotter (KD) |
| 1. | Godkännande av dagordningen | IF-2023-<br>00055 | Förslag till beslut<br>Nämnden för Individ & Familjeomsorg godkänner<br>dagordningen. |
| 2. | Information om BMSS Linden<br>Park<br>Nicella Westlöf, enhetschef | IF-2020-<br>00101 | Förslag till beslut<br>Nämnden för Individ & Familjeomsorgs noterar<br>informationen till protokollet. |
| 3. | Svar på motion - Ökat<br>samarbete för barn och elevers<br>hälsa (KS-2024-00595)<br>Torun Ljungman,<br>utvecklingsledare | IF-2024-<br>00338 | Förslag till beslut - Nämnden för Individ &<br>Familjeomsorgs förslag till Kommunfullmäktige<br>Kommunfullmäktige anser att motionen är besvarad<br>med hänvisning till att det redan finns ett stående<br>strategiskt forum för samarbete mellan de fyra<br>berörda förvaltningscheferna med fokus på barn och<br>ungas hälsa och utveckling. |

Tommy Rydfeldt (L)                Josefine Jönsson
ordförande                        nämndsekreterare

| 19. | Nedläggning av<br>faderskapsutredning<br>Renate Rondolph,<br>verksamhetschef | IF-2023-<br>00118 | Förslag till beslut<br>Sekretessärende |
| 20. | Ansökan om vårdnadsöverflytt,<br>FB<br>Renate Rondolph,<br>verksamhetschef | IF-2023-<br>00119 | Förslag till beslut<br>Sekretessärende |""",
    ),
    (
        "vo/2025/2025-01-23/kallelse.md, sida 1 till 3",
        """KALLELSE/UNDERRÄTTELSE

Upprättad
2025-01-10

Nämnden  för Vård & Omsorg

Sammanträde torsdagen den 23 januari 2025 kl. 09:00
Kungsbackarummet, Storgatan 37

Vera Lagerström                                              Kungsbacka kommun
Förvaltningen för Vård & Omsorg                               434 81 Kungsbacka
Direkt 0300-83 48 39
vera.lagerstrom@kungsbacka.se                                   Besöksadress

|  | Ärende | Beteckning | Förslag |
| --- | --- | --- | --- |
|  | Val av justerare |  | Hravn Forsne (M)/Monica Neptun (L) |
| 9. | Kyvikshus konferenslokal,<br>hemtjänst Kullavik | VO-2024-00428 | Nämnden för Vård & Omsorg medger SPF<br>Vallda Släp Bridgesektionen tillgång till<br>Kyvikshus konferenslokal – hemtjänst Kullavik,<br>en gång i veckan på fredagar mellan kl. 09:00-<br>14:00. Med undantag för juni, juli och augusti. |

Hravn Forsne (M)                  Vera Lagerström

ordförande                        nämndsekreterare

| 13. | Initiativärende från Per Hoel<br>(SD) m.fl. - Delegationsordning<br>lex Sarah | VO-2024-00498 |  |""",
    ),
    (
        "ks/2025/2025-03-18/kallelse.md, sida 1 och 5",
        """KALLELSE/UNDERRÄTTELSE

Upprättad
2025-03-04

Kommunstyrelsen

Sammanträde tisdagen den 18 mars 2025 kl. 13.00
Kungsbackarummet, Storgatan 37

Patrik Johansson                                             Kungsbacka kommun
Kommunsekreterare                                             434 81 Kungsbacka
Kommunstyrelsens förvaltning
Besöksadress
patrik.johansson2@kungsbacka.se
Storgatan 37, Stadshuset
www.kungsbacka.se

|  | Ärende | Beteckning | Förslag |
| --- | --- | --- | --- |
|  | Val av justerare |  | Ordinarie: Patrik Jervne Henestam (V)<br>Ersättare: Maria Losman (MP) |
| 10. | Begäran om planbesked för<br>Mossen 3:2 (Ebbagården) | 2024-00820 | Förslag till beslut i kommunstyrelsen<br>Kommunstyrelsen lämnar besked att kommunen inte<br>avser att pröva den begärda åtgärden genom<br>planläggning inom Mossen 3:2 skifte 1 och 5 i<br>Onsala. |
| 11. | Begäran om planbesked för<br>Lyngås 3:3 | 2024-00811 | Förslag till beslut i kommunstyrelsen<br>Kommunstyrelsen lämnar besked att kommunen<br>avser att inleda en detaljplanläggning för att pröva<br>lämpligheten av bostäder i befintliga byggnader inom<br>Lyngås 3:3, i Onsala. |

Lisa Andersson                    Patrik Johansson
ordförande                        kommunsekreterare

| 20. | Svar på motion från Magdalena<br>Sundqvist (S) om att undersöka<br>möjligheterna för samverkan<br>med högskola eller universitet<br>för att etablera högre<br>utbildningar i Kungsbacka | 2024-00219 | Förslag till beslut i kommunfullmäktige<br>Kommunfullmäktige avslår motionen med<br>hänvisning till dels att högre utbildning redan har<br>bedrivits i kommunen men avvecklats till följd av för<br>få sökande och svårigheter att få verksamheten att<br>bära sig ekonomiskt. |""",
    ),
    (
        "bygg-au/2024/2024-02-29/kallelse.md, sida 1, 4 och 8",
        """KALLELSE/UNDERRÄTTELSE

Upprättad
2024-02-16

Byggnadsnämndens   arbetsutskott

Sammanträde torsdagen den 29 februari 2024 kl. 09:00
Kungsbackarummet, Storgatan 37

Amanda Toresson                                              Kungsbacka kommun
434 81 Kungsbacka
Direkt
amanda.toresson@kungsbacka.se                                   Besöksadress

|  | Ärende | Beteckning | Förslag | Tid |
| --- | --- | --- | --- | --- |
|  | Val av justerare |  | Ordinarie: Lars Eriksson (S)<br>Ersättare: Stefan Vilumsons (SD) |  |
| 3. | Information om inlämnad<br>ansökan, STOCKALID 1:4<br>Föredragande: Thinh Bui-<br>Ljungqvist,<br>bygglovshandläggare | BN 2023-<br>002572 |  | 10<br>min |
| 13. | FRILLESÅS-RYA 2:31 -<br>Bygglov för inredande av<br>ytterligare bostad/lokal i<br>enbostadshus, rawfood-bageri | BN 2023-<br>001220 | Förslag till beslut<br>Byggnadsnämndens arbetsutskott beviljar<br>bygglov för inredande av ytterligare<br>bostad/lokal i enbostadshus, rawfood-bageri.<br>Lovet upphör att gälla om åtgärden inte har<br>påbörjats inom två år och avslutats inom fem<br>år från det att beslutet vann laga kraft.<br>Golvhöjden för lokalen är samma som<br>befintligt bostadshus.<br>Kontrollansvarig för åtgärden är<br>Avgiften för beslutet är 46 250 kronor. Av<br>detta kostar bygglovet 22 500 kronor och<br>byggskedet kostar 23 750 kronor. | 5 min |
| 14. | KÖPSTADEN 1:39 - Bygglov<br>för utvändig ändring av<br>enbostadshus | BN 2023-<br>002156 | Förslag till beslut<br>Byggnadsnämndens arbetsutskott avslår<br>ansökan om bygglov för utvändig ändring av<br>enbostadshus.<br>Avgiften för beslutet är 6 250 kronor. | 5 min |
| 20. | STRANNEGÅRDEN 1:229 -<br>Bygglov för tillbyggnad av<br>komplementbyggnad samt<br>rivning | BN 2024-<br>000152 | Förslag till beslut<br>Byggnadsnämndens arbetsutskott beviljar<br>bygglov för tillbyggnad av<br>komplementbyggnad.<br>Avgiften för beslutet är 14 630 kronor. Av<br>detta kostar bygglovet 11 970 kronor och<br>byggskedet 2 660 kronor. | 5 min |
| 23. | SKOGA 1:14 -<br>Strandskyddsdispens för att ta<br>ner träd samt lägga ner kabel i<br>jorden | BN 2023-<br>000242 | Förslag till beslut i byggnadsnämnden<br>Byggnadsnämnden beviljar<br>strandskyddsdispens för att ta<br>ner träd samt lägga ner kabel i jorden. | 5 min |

Thure Sandén                      Amanda Toresson
ordförande                        sekreterare""",
    ),
    (
        "ifo/2024/2024-02-22/protokoll.md, sida 31 till 34",
        """Avtal
Dnr IF-2023-00023. Placeringsavtal – Öppenvård, TRAPPA UPP, Vuxenenheten.

Dnr IF-2023-00023. Placeringsavtal – Skyddat boende, Vuxenenheten.
Dnr IF-2023-00023. Placeringsavtal – Förstärkt familjehemsvård, Sveriges Kristna
Familjehem, Vuxenenheten.

Dnr IF-2023-00024. Placeringsavtal – IHF, Intensiv Hemmabaserad
Familjebehandling, Humana AB, Barn- och Ungdomsenheten
Dnr IF-2023-00024. Placeringsavtal – HVB, Humana Vintergatan AB, Barn- och
Ungdomsenheten

Dnr IF-2023-00032. Placeringsavtal – Korttidsboende enligt SoL, Fritslavägen
boende AB, Funktionsstödsenheten
Dnr IF-2023-00032. Placeringsavtal – Korttidsboende för personer med
funktionsnedsättning, Stiftelsen Bräcke Diakoni Mellangården,

Dnr IF-2024-00003. Placeringsavtal – Boende med bostödTCD Ekonomiska
förening Villa Kalshed, Vuxenenheten

Dnr IF 2024-00016. Avtal mellan Kungsbacka kommun och Sociala jouren,
Socialförvaltningen Centrum, Göteborgs Stad.

Övrigt
Dnr IF-2023-00352. Yttrande till kammarrätten gällande överklagan av beslut
gällande begäran om allmän handling.

Dnr IF-2023-00356. Fördelning av arbetsmiljöuppgift.
Dnr IF-2022-00011. Förvaltningschefens vidaredelegering - december 2023.

Dnr IF-2023-00349. Anmälan av personuppgiftsincident, Integritetsskydds
myndigheten, IMY.

Dnr IF-2022-00214. Yttrande enligt begäran till Inspektionen för vård och omsorg,
IVO, dnr. 3.5.1-31210/2022-20, gällande klagomål på LSS-boende.
Dnr IF-2024-00037. Yttrande till Försäkringskassan gällande utbetalning av
assistansersättning.""",
    ),
    (
        "ifo/2024/2024-02-22/protokoll.md, sida 35 och 36",
        """Kammarrätten i Göteborg, KR
Beslut meddelat i mål nr. 7405-23, daterad 2024-01-30, saken; nämnden har
överklagat förvaltningsrättens dom gällande personlig assistans; fråga om
prövningstillstånd. Kammarrätten meddelar inte prövningstillstånd.
Förvaltningsrättens avgörande står därför fast.

Förvaltningsrätten i Göteborg, FR

Dom meddelad i mål nr. 12314-23, daterad 2023-11-29, saken; individen har
överklagat nämndens beslut gällande bistånd enligt socialtjänstlagen (2001:453),
SoL. Förvaltningsrätten avslår överklagandet.
Dom meddelad i mål nr. 6110-23, daterad 2023-12-12, saken; individen har
överklagat nämndens beslut gällande korttidsvistelse utanför det egna hemmet enligt
lagen om stöd och service till vissa funktionshindrade, LSS. Förvaltningsrätten avslår

Integritetsskyddsmyndigheten, IMY

Dnr IF IF-2023-00323. Integritetsskyddsmyndigheten, dnr IMY-2023-15478, vidtar
för närvarande inga åtgärder med anledning av anmälan.

Inspektionen för vård och omsorg, IVO

Dnr IF-2023-00058. Inspektionen för vård och omsorg, IVO, dnr 3.5.1-00613/2023-
18, gällande tillsyn av bostad med särskild service.

KF § 200 Anmälan av motion från Ermin Škori? (S) m.fl. om
medarbetarundersökning för Vård & Omsorg samt Individ & Familjeomsorg utifrån
de fem övergripande arbetsmiljömålen

KS § 8 Remittering av motion från Ermin Škoric (S) m.fl. om
medarbetarundersökning för Vård & Omsorg samt Individ & Familjeomsorg utifrån
de fem övergripande arbetsmiljömålen""",
    ),
    (
        "ifo/2024/2024-02-22/protokoll.md, sida 38 till 41",
        """Dnr IF-2023-00351. Inkommit klagomål från anhörig rörande handläggning på
Funktionsstödsenheten. Ansvarig enhetschef har besvarat klaganden.
Dnr IF-2023-00366. Inkommit anonymt klagomål rörande arbetssituationen inom
daglig verksamhet. Då klaganden valt att vara anonym går inte klagomålet att
besvara.

Dnr IF-2023-00388. Statens institutionsstyrelse, SiS. Förändrade avgifter vid
placering hos SiS från och med den 1 januari 2024.
Dnr IF- 2024-00005. Samordningsförbundet i Halland – Styrelseprotokoll 2023-12-
15 och
2024-01-26.

Undertecknat    av följande personer

TOMMY RYDFELDT
Datum:                  2024-02-23 15:53:18
Transaktionsidentitet:  7AC3306778AF913319713A7A3488228E8759514FBF

JANE MARIANNE PLEIJEL
Datum:                  2024-02-23 17:32:48
Transaktionsidentitet:  D23DFEEA0D95B6795ECE27AA0A6E10509DA0F3A850

Underskriftstjänst:     Visma Underskriftstjänst

© Visma

Dokumentet   är signerat av Ciceron DoÄ

Organisation

Organisation: Kungsbacka kommun
Organisationsnr: 212000-1256
E-post:   (e-post borttagen)

© Visma Consulting""",
    ),
    (
        "ks/2024/2024-01-23/handlingar.md, sida 430 till 433",
        """Ny taxa 2025

För att ge en komplett översikt av gällande parkerings- och felparkeringsavgifter i Kungsbacka samt
tydliggöra grunderna för dessa avgifter behöver ett samlat taxedokument tas fram till år 2025.

Malin Aronsson                     Anders Johansson

Kommundirektör                     Biträdande kommundirektör

Beslutsgång
Ordförande Monica Neptun (L) finner att det finns ett förslag till beslut, det vill säga
förvaltningens förslag, och att nämnden för Teknik bifaller det.

Beslutet skickas till
Kommunfullmäktige

TJÄNSTESKRIVELSE

Datum
2023-10-31
Diarienummer
TE-2023-00928

Nya avgifter för parkering- timtaxa, boendekort och nyttokort

Sammanfattning av ärendet

Avgifter kopplade till parkering såsom timtaxa, boendekort och nyttokort har varit oförändrade i
många år. För att avgifterna ska vara på en relevant nivå och styra trafiken så som de gjorde då de
infördes krävs en höjning av samtliga avgifter.

1 (8)
Trafik & Utemiljö                                         Kungsbacka kommun
434 81 Kungsbacka
Sara Johansson
0300 83 52 86                                                 Besöksadress
Trafikingenjör                                           Stadshuset, Storgatan 37
Telefon 0300-83 40 00
www.kungsbacka.se""",
    ),
    (
        "ks/2024/2024-01-23/handlingar.md, sida 436 och 440",
        """Idag finns det möjlighet att köpa en månadsbiljett för 400 kr/månad på parkeringar som är reglerade
med 2 kr/timma (rosamarkerade i figur 1 ovan). Biljettypen är ett mellanting mellan boendeparkering
och timtaxa och innebär en stor subventionering av avgiften om man nyttjar den i stor omfattning1.

1 Maximal avgift för en månad om timtaxa är 2 kr/timma (Avgift 8-22 mån-lör,1 timma p-skiva) är 624 kr.

Kommunfullmäktige beslutar om högsta nivån för nyttoparkeringskorten, och den är 4500 kr/år, enligt
beslut 2019-11-05, § 165.
Idag är kostnaden för nyttoparkeringskort 2000 kr/år eller 250 kr/månad.

Ulrika Granfors                    Emir Halalkic

Förvaltningschef                   Verksamhetschef Trafik & Utemiljö""",
    ),
    (
        "ks/2024/2024-01-23/handlingar.md, sida 532 till 534",
        """Beslutsunderlag

Förvaltningen för Services tjänsteskrivelse, 2023-05-15
Kommunfullmäktige 2023-04-04 § 51 - Anmälan av motion från Maria Losman
(MP) om utbyggnad av laddinfrastruktur för elbilar i Kungsbacka
Kommunstyrelsens arbetsutskott 2023-04-18 § 104 - Remittering av motion från
Maria Losman (MP) om utbyggnad av laddinfrastruktur för elbilar i Kungsbacka
Motion från Miljöpartiet de gröna 2023-03-31
Beredning av motion - Laddinfrastruktur i Kungsbacka
(E-post) - Motion - Laddinfrastruktur i Kungsbacka

Förslag till beslut på sammanträdet
Thomas Lundberg (MP) yrkar bifall till Miljöpartiet de grönas motion (KS 2023-
00280\\) gällande laddinfra i Kungsbacka.

Beslutsgång
Ordförande Max Ramström (M) finner att det finns två förslag till beslut, det vill säga
förvaltningen för Service förslag om att anse motionen besvarad och Thomas Lundbergs

(MP) yrkande om att bifalla motionen.

1 (2)
Förvaltningen för Service                                 Kungsbacka kommun
434 81 Kungsbacka
Mats Söderström
0300-835014                                                   Besöksadress
Verksamhetschef                                          Stadshuset, Storgatan 37
Telefon 0300-83 40 00
www.kungsbacka.se

Annika Malm                        Mats Söderström
Tillförordnad förvaltningschef     Tillförordnad verksamhetschef Fastighet""",
    ),
    (
        "ks/2024/2024-01-23/handlingar.md, sida 535 till 539",
        """Sammanfattning av ärendet
Maria Losman (MP) inkom på kommunfullmäktige den 4 april med en motion om
utbyggnad av laddinfrastruktur för elbilar. Kommunfullmäktige remitterade
motionen till kommunstyrelsen för vidare beredning.

Beslutsgång
Ordförande Lisa Andersson (M) konstaterar att det finns ett förslag till beslut,
Kommunstyrelsens förvaltnings. Ordföranden (M) prövar förslaget och finner att
arbetsutskottet bifaller det.

Beslutet skickas till
Nämnden för Service, nämnden för Teknik, byggnadsnämnden, Eksta Bostads AB

Maria Losman (MP) har inkommit med en motion om utbyggnad av
laddinfrastruktur för elbilar.

2023-03-31

Maria Losman, Elisabeth Sahlsten, Clas Rosander och Karin Färnlöf Clarin

§ 10                       Dnr KS-2023-00135
Svar på motion från Viking Bengtsson (V) m.fl. om att ändra
tidsbegränsningen för hyreskontrakt för nyanlända barnfamiljer

Sammanfattning av ärendet
Viking Bengtsson (V) och Violet Dunér (V) har i en motion som anmäldes vid
kommunfullmäktiges sammanträde den 7 februari 2023 föreslagit att ändra
tidsbegränsningen för hyreskontrakt för nyanlända barnfamiljer som är
kvotflyktingar.

Motionärerna vill att den så kallade två-årsregeln, det vill säga den generella regel
som Tempohus Kungsbacka AB har för sina lägenheter till nyanlända, ska ändras så
att hyrestiden i stället uppgår till fyra år.

Fredrik Kollberg (KD), Fredrik Hansson (C) och ordförande Lisa Andersson (M)
yrkar bifall till Emanuel Forsells (M) förslag.""",
    ),
    (
        "ks/2024/2024-01-23/handlingar.md, sida 577 till 582",
        """§ 145                      Dnr VO-2023-00206
Svar på motion från Maj-Britt Rane Andersson (S) och Ermin Škorić (S)
om att utreda möjligheten att införa fria arbetsskor, alternativt
skobidrag, till personal inom omsorgen i Kungsbacka

Reservation

Ermin Škorić (S), Astrid Börjesson (S) och Eva Tingström (S) reserverar sig mot
beslutet till förmån för egna förslag.

Förslag till beslut på sammanträdet
Ermin Škorić (S) yrkar bifall till motionen

Hravn Forsne (M) yrkar bifall till förvaltningens förslag.

Beslutsgång

Ordförande Hravn Forsne (M) finner att det finns två förslag till beslut, dels Ermin
Škorićs (S) bifallsyrkande till motionen, dels Hravn Forsnes (M) bifallsyrkande till
förslaget.

| Ledamot/tjänstgörande ersättare | Ja-röst | Nej-röst | Avstår från att rösta |
| --- | --- | --- | --- |
| Monica Neptun (L) 1:e vice<br>ordförande | X |  |  |
| Ermin Škorić (S), 2:e vice<br>ordförande |  | X |  |
| Per Hoel (SD) |  | X |  |
| Hravn Forsne (M), ordförande | X |  |  |

1 (3)
Förvaltningen för Vård & Omsorg                           Kungsbacka kommun
434 81 Kungsbacka
Olivia Malmgren
0300-83 81 79                                                 Besöksadress
HR-generalist                                            Stadshuset, Storgatan 37
Telefon 0300-83 40 00
www.kungsbacka.se

Arian Faily                   Anna Lena Johnsson

Förvaltningschef              HR- och kommunikationschef

Reservation
2:e vice ordförande Maj-Britt Rane-Andersson (S), Åsa Andersson (S) och Conny
Loftander (S) reserverar sig mot beslutet till förmån för eget yrkande om bifall till
motionen.""",
    ),
    (
        "bygg/2025/2025-01-16/handlingar.md, sida 21 till 24",
        """Beslutet skickas till
Kommunstyrelsen

Nämnden för Miljö & Hälsoskydd

1 (2)
Kungsbacka kommun
434 81 Kungsbacka
Christina Nordberg
Besöksadress
Controller Förvaltning                                   Stadshuset, Storgatan 37
Telefon 0300-83 40 00
www.kungsbacka.se

Katarina Öryd                      Christina Nordberg

Förvaltningschef                   Controller förvaltning

BEHOVSBESKRIVNING
Övriga Investeringar

1 (2)

Datum             Benämning
2024-12-02        Utbyte mätinstrument Mätningsenheten 2026

Initiativtagare
Namn och enhet           E-postadress                Arbetstelefon
Jonas Wallsten, Mätningsenheten BM jonas.wallsten@kungsbacka.se 0300-834859
Kontaktperson för behovsbeskrivningen
Namn och enhet           E-postadress                Arbetstelefon
Samma som ovan

SAMORDNINGSBEHOV

2102
,0.2
,0006B
5 3 0 2 - -
K
I n
u
g
ng
a
s
k
ba
ä
c
n
k
d
a
a
k o
s
m
am
mu
o
n
r dningsbehov.
U K  Ekonomi
Besöksadress    Telefon
434 81 Kungsbacka Vägmästaren, Syréngatan 1 0300-83 40 00 info@kungsbacka.se
Fax
0300-83 47 04  www.kungsbacka.se

| Datum<br>20241202 | Namnförtydligande | Datum | Namnförtydligande |
| --- | --- | --- | --- |
| Underskrift |  | Underskrift |  |""",
    ),
    (
        "miljo/2025/2025-02-18/handlingar.md, sida 13 till 15",
        """Nämnden för Miljö & Hälsoskydd  1 (1)
Kungsbacka kommun
434 81 Kungsbacka
Besöksadress
Stadshuset, Storgatan 37
Telefon 0300-83 40 00
www.kungsbacka.se

Beslutsunderlag

Kommunstyrelsens arbetsutskott 2024-11-19, § 341
Kommunstyrelsens förvaltnings tjänsteskrivelse, 2024-10-18
Kungsbackas priser, Kartläggning av priser, 2024-10-18
Information om Kungsbackas priser: kungsbacka.se

Beslutsgång
Ordförande Lisa Andersson (M) finner att det finns ett förslag till beslut, det vill säga
kommunstyrelsens arbetsutskotts förslag, och att kommunstyrelsen bifaller det.

Det här dokumentet är digitalt signerat
Transaktionsidentitet: 84101C747CF7673D40CC7EF639A8A438BCE7C3931A
Transaktionsidentitet: F80F1F2666AE8B769F3A8C1B214BA22D1F3DCB9034""",
    ),
    (
        "miljo/2025/2025-02-18/handlingar.md, sida 20 till 22",
        """| Självständigt liv | IF | KF |  |  |  |  | Ej i bruk, men beslutat i KF 2021-05-04.<br>(KS-2019-00903 i Ciceron). |

Beslutet skickas till
Deltagande ledamöter och ersättare

Katarina Öryd                 Sofie Axelsson

Förvaltningschef              Nämndsekreterare

1 (1)
Kungsbacka kommun
434 81 Kungsbacka
Sofie Axelsson
Bygg- och miljöförvaltningen                                  Besöksadress
Nämndsekreterare                                         Stadshuset, Storgatan 37
Telefon 0300-83 40 00
www.kungsbacka.se

Dokumentegenskaper: Titel: Riktlinjer och regler för förmåner till förtroendevalda
Beslutad av:    Kommunfullmäktige 4 april 2023 § 46, KS 2022-00291
Gäller från:    2023-04-04

Ansvarig förvaltning: Kommunstyrelsens förvaltning
Kontakt:        Kungsbacka direkt 0300-83 40 00 | info@kungsbacka.se
Kungsbacka kommun, 434 81 Kungsbacka
www.kungsbacka.se

Kungsbacka kommun | 0300-83 40 00 | info@kungsbacka.se | www.kungsbacka.se""",
    ),
    (
        "miljo/2025/2025-02-18/protokoll.md, sida 1 till 3",
        """KUNGSBACKA KOMMUN                  SAMMANTRÄDESPROTOKOLL
Nämnden för Miljö & Hälsoskydd
Datum
2025-02-18

Plats och tid för Gåsevadholm, Storgatan 37 Klockan 16.01–18.57
sammanträde
Beslutande    Ledamöter                     Tjänstgörande ersättare
Niclas Nilsson (M), Ordförande Maria Vilhelmsson (M) ersätter Peter
Peter Wesley (KD), 1:e vice ordförande Wesley (KD) §§ 19-30
§§ 31-33                      Maria Vilhelmsson (M) ersätter
Susanne Persson (M) §§ 19-32  Susanne Persson (M) § 33
Nicklas Lundahl (M)           Kenth Åkerman (M) ersätter Nils

Renée Sylvan (S)              Skyman (M)
Anders Petersson (S)          Marie-Louise Rolf (L) ersätter Henrik
Tobias Eriksson (SD)          Arnesson (C)

Övriga närvarande Ersättare                 Tjänstepersoner
Maria Vilhelmsson (M) §§ 31-32 Katarina Öryd, förvaltningschef
Mikael Delin (S)              Tina Carlson, verksamhetschef
Ingolf Johnsson (SD)          Christina Nordberg, controller
Jan Björkdahl (V)             Marianne Löfgren, utvecklingsledare
§§ 32-33

Marina Björnbecker, enhetschef § 31
Karin Malmsten, dataskyddsombud
§ 31
Sofie Axelsson, nämndsekreterare

Plats och tid för justering Digital justering

Sekreterare   Sofie Axelsson                Paragrafer §§ 19-33

Ordförande    Niclas Nilsson (M)

Protokolljusterare Nicklas Lundahl (M)

§ 33 Dnr 2025-00912
Information om uppföljning av samverkansavtal med Mölndals Stad ....... 18

Det här dokumentet är digitalt signerat
Transaktionsidentitet: 63B3EEC981E8031B7E811E58BD8CB1D18BEEB99244
Transaktionsidentitet: E6E2027AF1F2E8E0EC68A968EDC5A46803C24F3D41""",
    ),
    (
        "miljo/2025/2025-02-18/protokoll.md, sida 11",
        """Beslut
Nämnden för Miljö & Hälsoskydd godkänner att ledamöter och ersättare i nämnden
för Miljö & Hälsoskydd deltar i aktivitet: Utlandsresa för studiebesök till
Frederiksbergs kommune och Helsingborgs kommun den 3-4 april 2025.

Sammanfattning av ärendet
Förvaltningen har bjudit in ledamöter och ersättare i nämnden för Miljö &
Hälsoskydd att delta i ett studiebesök till Frederiksberg kommune och Helsingborgs
kommun tillsammans med byggnadsnämnden.""",
    ),
    (
        "bygg/2025/2025-01-16/protokoll.md, sida 1 till 3",
        """KUNGSBACKA KOMMUN                  SAMMANTRÄDESPROTOKOLL
Byggnadsnämnden
Datum
2025-01-16

Plats och tid för Kungsbackarummet, Storgatan 37 Klockan 13.00–16.11
sammanträde
Beslutande    Ledamöter                     Tjänstgörande ersättare
Thure Sandén (M), Ordförande  Mårten Carlquist (M) ersätter Dick
Heinrich Kaufmann (C), 1:e vice Andersson (M) §§ 1-4
ordförande                    Per Nordström (MP) ersätter Lars
Daniel Hognert (M)            Eriksson (S)
Dick Andersson (M) §§ 5-23

Marianne Wallengren (M)
Britt Tönnberg (S)
Stefan Vilumsons (SD)
Fredrik Kollberg (KD)
Övriga närvarande Ersättare                 Tjänstepersoner
Mårten Carlquist (M) §§ 5-23  Tina Carlson, tillförordnad
Anders Bergstedt (M)          förvaltningschef
Kenth Wallin (SD)             Kasra Hassirian, förvaltningsjurist
Gunnar Riksén (KD)            Peter Sebestyén, enhetschef
Thinh Bui-Ljungqvist, senior

bygglovshandläggare
Rickard Ribbås, senior
bygglovshandläggare
Christina Nordberg, controller §§ 1-9
Veronica Löfqvist, dataskyddskontakt
§ 7
Ida Lennartsson, verksamhetschef
Stina Wikström, planarkitekt
§§ 5, 10-11
Magnus Björned, planarkitekt §§ 5-6
Emma Johansson, planarkitekt § 10
Sofie Axelsson, nämndsekreterare

§ 10 Dnr BN-2024-00281
Uppdrag att upprätta förslag till detaljplan för bostäder inom Må 3:15 i
Fjärås ........................................................................................................... 13

§ 12 Dnr BN-2024-001803

ONSALA-KULLEN 1:61 - Förhandsbesked för nybyggnad av ett
enbostadshus med garage............................................................................ 17

§ 14 Dnr BN-2023-002514
KUNGSBACKA  4:28 - Bygglov för ändrad användning av
industribyggnad .......................................................................................... 27

§ 18 Dnr BN-2021-001111
Anmälan av ordförandebeslut - Yttrande till Mark- och miljödomstolen i
mål nr P 4966-24 angående byggsanktionsavgift för att utan startbesked ha
påbörjat arbetet med nybyggnation av komplementbyggnad på fastigheten
..................................................................................... 37

§ 19 Dnr BN-2021-002367
Anmälan av ordförandebeslut - Yttrande till Mark- och miljödomstolen i
mål nr P 3163-24 angående förhandsbesked för nybyggnad av fyra
enbostadshus på fastigheten Bukärr 3:25.................................................... 38""",
    ),
    (
        "bygg/2025/2025-01-16/protokoll.md, sida 6 och 7",
        """Sammanfattning av ärendet
Tina Carlson, tillförordnad förvaltningschef, informerar nämnden om kommande
studiebesök för byggnadsnämnden och nämnden för Miljö & Hälsoskydd till
Frederiksberg kommune och Helsingborgs kommun den 3-4 april 2025.

Sammanfattning av ärendet
Christina Nordberg, förvaltningens controller, informerar byggnadsnämnden om
förvaltningsbudget 2025.""",
    ),
    (
        "bygg/2025/2025-01-16/protokoll.md, sida 33 och 34",
        """Slutligen görs bedömningen att föreslagen åtgärd utgör en lämplig komplettering av
befintlig verksamhet på aktuell pir som medför minimal åverkan på naturen i
området samt på djur- och växtlovet.

Överklagan ska innehålla vad för beslut som överklagas, varför det ska ändras och
hur det ska ändras. Den som överklagar ska också uppge sina kontaktuppgifter i form
av namn, postadress, telefonnummer och gärna e-postadress, samt underteckna
överklagan. Om det finns handlingar som stöd för överklagan ska dessa bifogas.
Överklagandet får gärna skickas per e-post till info@kungsbacka.se

Kommunicering
Förvaltningen underrättade den sökande 2024-11-25 om sin bedömning i ärendet.

Beslutsunderlag
Byggnadsnämndens arbetsutskott, 2024-12-16, § 364
Yttrande från sökande, 2024-12-09
Bygg- och miljöförvaltningens tjänsteskrivelse, 2024-11-29

Förslag till beslut på sammanträdet
Britt Tönnberg (S) yrkar på att inte bevilja strandskyddsdispens för nybyggnad av
bastubyggnad på fastigheten, med hänvisning till att exploateringen av området
riskerar att öka om en strandskyddsdispens beviljas.

Per Nordström (MP) yrkar bifall till Britt Tönnbergs (S) yrkande.

Beslutsgång

Ordförande Thure Sandén (M) konstaterar att det finns tre förslag till beslut, det vill
säga arbetsutskottets förslag respektive Britt Tönnberg (S) med fleras yrkande om att
inte bevilja strandskyddsdispens, samt Marianne Wallengrens (M) tilläggsyrkande.

Beslutet skickas till
Sökande (A-post)
Länsstyrelsen (delgivningskvitto)
Miljö- och hälsoskyddsavdelningen
Kommunstyrelsen""",
    ),
    (
        "bygg/2025/2025-01-16/protokoll.md, sida 35, 37 och 42",
        """§ 16                       Dnr BN-2022-001648
Byggsanktionsavgift för att ha påbörjat åtgärd i form av rivning innan
startbesked

Protokoll för ärende om tillsyn, förbud eller föreläggande publiceras inte i sin helhet
på Kungsbacka kommuns webbsida.

Beslut
Byggnadsnämnden godkänner redovisningen av delegeringsbeslut från ordförande
Thure Sandén (M) på grund av brådskande ärende.

Under perioden 2024-12-05–2025-01-07 har följande skrivelser inkommit till
byggnadsnämnden:

2025-01-08 Beslut och domar enligt sammanställning från ByggR
2024-12-19 Kommunfullmäktige. Protokollsutdrag KF 2024-12-12,§ 166
Redovisning av icke färdigberedda motioner (2, 2024)

2024-12-11 Nämnden för Miljö & Hälsoskydd. Protokollsutdrag NMH 2024-12-05,
§ 159 Tillsynsplan 2025 för tillsyn enligt miljöbalken
2024-12-09 Dataskyddsombudets rapport efter regelbunden granskning 2024, 2024-
12-09""",
    ),
    (
        "ifo/2024/2024-05-16/protokoll-…-63-69-71-72-74-76-78-83.md, sida 1 och 2",
        """Beslutande    Ledamöter                     Tjänstgörande ersättare
Tommy Rydfeldt (L), Ordförande Lars Sundbom (M) tjänstgör för
Marianne Pleijel (M), 1:e vice ordförande Bengt Asplund (C)
Maj-Britt Rane-Andersson (S), 2:e vice
ordförande
Lars Blom (M)
Fredrika Albertsson (M)

Övriga närvarande Ersättare                 Tjänstepersoner
Roger Sandström (M)           Ivan Stipic, förvaltningschef
Conny Loftander (S)           Emelie Sandberg, biträdande
Therese Edvardsson (S)        förvaltningschef
Madelene Höök (L)             Josefine Jönsson, nämndsekreterare

My Clingston (KD)             Gunilla Edmundsson,
verksamhetschef
Staffan Boethius, HR-generalist, § 65
Katarina Persson,
redovisningsekonom, §§ 66-68
Christian Andersson,
utvecklingsledare, § 69

Personalföreträdare           Övriga
Ingela Lindroth Nord, Kommunal Vilhelmina Gunnarsson, ambassadör
Knas Hemma, § 64

Plats och tid för justering Digital justering

Sekreterare   Josefine Jönsson                      63-69, 71-72, 74-76, 78-83
Paragrafer
Ordförande    Tommy Rydfeldt (L)

Protokolljusterare Fredrika Albertsson (M)""",
    ),
    (
        "ifo/2024/2024-05-16/protokoll-…-63-69-71-72-74-76-78-83.md, sida 6 till 10",
        """Nämnden har, utifrån ett initiativ från Sverigedemokraterna, bjudit in föreningen
Knas Hemma till nämndens sammanträde. Ordförande Tommy Rydfeldt (L) hälsar
Vilhelmina Gunnarsson, ambassadör Knas Hemma, välkommen. Vilhelmina
informerar om Knas Hemma som är en nationell ideell förening som arbetar för barn
och unga som är eller varit placerade och deras rättigheter i samhället.

HR-generalist Staffan Boethius informerar om yrkesresan.

I år finns 15 037 kronor att fördela, och förslaget är att fördela 15 037 kr.
Förvaltningen har mottagit 11 ansökningar, varav 7 ansökningar uppfyller kriterierna

för utdelning ur fonden, samt en ansökan har återkallats.

Beslutet skickas till

Sökanden
Ekonomiavdelningen Kommunledningskontoret

§ 67                       Dnr IF-2024-00019
Tage Larssons stiftelse - 2024

Beslut

Nämnden för Individ & Familjeomsorg beviljar utdelning ur Tage Larssons stiftelse
2024 enligt förslag till beslut av medel ur Tage Larssons stiftelse 2024, daterad 2024-
05-02.

§ 68                       Dnr IF-2024-00089
Erik Hjälmlövs stiftelse - 2024

Nämnden för Individ och Familjeomsorg beviljar utdelning ur Erik Hjälmlövs
stiftelse för år 2024, enligt förslag till fördelning av medel ur Erik Hjälmlövs
stiftelse, daterad 2024-04-25.

Beslutsunderlag
Förvaltningens tjänsteskrivelse, daterad 2024-04-25
Lista - Fördelning av medel ur Erik Hjälmlövs Stiftelse daterad 2024-04-25
Ansökningshandlingar

Beslutsgång
Ordförande Tommy Rydfeldt (L) prövar om nämnden kan bevilja utdelning ur Erik
Hjälmlövs stiftelse 2024 enligt förslag till fördelning av medel, daterad 2024-04-25,
och finner att nämnden bifaller det.

Det här dokumentet är digitalt signerat
Transaktionsidentitet: E2C48F457AC9BDD8C37B0BC5F5EE485A433F11FE61
Transaktionsidentitet: E9F1493BC06360C99BAF4D188A3B360D26E7841F13""",
    ),
    (
        "ks-au/2025/2025-05-13/kallelse.md, sida 1 till 3",
        """KALLELSE/UNDERRÄTTELSE

Upprättad
2025-05-02

Kommunstyrelsens  arbetsutskott

Sammanträde Tisdagen den 13 maj 2025 kl. 08:30
Kungsbackarummet, Storgatan 37

Andrea Egerlundh                                             Kungsbacka kommun
Kommunstyrelsens förvaltning                                  434 81 Kungsbacka
Direkt 0300-834272
(e-post borttagen)                                  Besöksadress
Stadshuset
www.kungsbacka.se

|  | Ärende | Beteckning | Förslag |
| --- | --- | --- | --- |
|  | Val av justerare |  | Emanuel Forsell |
| 2. | Biträdande säkerhetsskyddschef<br>i Kungsbacka kommun | 2025-00359 | Förslag till beslut i kommunstyrelsen<br>Kommunstyrelsen utser Joel Ledsgård, Specialist<br>krisberedskap, till biträdande säkerhetsskyddschef<br>för Kungsbacka kommun. |
| 3. | Tillförordnad<br>säkerhetsskyddschef i<br>Kungsbacka kommun | 2025-00358 | Förslag till beslut i kommunstyrelsen<br>Kommunstyrelsen utser Joel Ledsgård, Specialist<br>krisberedskap, till tillförordnad Säkerhetsskyddschef<br>från den 28 juni 2025. |
| 5. | Svar på motion från Susanne<br>Andersson (SD) m.fl. om att<br>införa förbud mot användning<br>av lustgas i berusningssyfte på<br>offentliga platser i Kungsbacka | 2024-00740 | Förslag till beslut<br>Kommunfullmäktige bifaller motionen med<br>hänvisning till att användandet av lustgas i<br>berusningssyfte är ett utbrett problem i Kungsbacka<br>kommun som medför ökad otrygghet i<br>lokalsamhället och störningar av allmän ordning på<br>offentlig plats. |
| 6. | Kommunbudget 2026<br>08:50-09:10<br>Ing-Britt Blomberg<br>Christina Hermansson | 2024-00717 | Förslag till beslut i kommunfullmäktige<br>Handlingar delas ut senare |

Lisa Andersson                    Andrea Egerlundh
ordförande                        kommunsekreterare

| 8. | Information om HR-frågor -<br>personalnyckeltal och<br>redovisning av kommunens<br>systematiska arbetsmiljöarbete.<br>(från årshjul)<br>09:50-10:35<br>Jesper Edlind<br>Leif Söderhagen | 2025-00019 | - |
| 9. | Information om arbetet med<br>hållbar utveckling -<br>Infrastruktur och kollektivtrafik<br>(från årshjul)<br>10:40 -11:25<br>Agneta Nordström<br>Peter Gustavsson<br>Anders Lund | 2025-00022 | - |""",
    ),
    (
        "ks-au/2025/2025-09-02/protokoll.md, sida 1 och 2",
        """Beslutande    Ledamöter
Lisa Andersson (M), Ordförande
Fredrik Hansson (C), 1:e vice ordförande
Emanuel Forsell (M)
Magdalena Sundqvist (S)
Stefan Jägnert (SD)
Fredrik Kollberg (KD)

Övriga närvarande Tjänstepersoner
Andrea Egerlundh, kommunsekreterare
Therese Tanner, kommunsekreterare
Rickard Vidlund, kommundirektör
Anders Johansson, biträdande kommundirektör
Lovisa Eld, samhällsbyggnadschef
Ida Lennartsson, verksamhetschef samhällsbyggnadskontoret, § 239
Elinor Filipsson, näringslivschef, § 241

Jessica Blume, näringslivsutvecklare, § 241
Marlene Hassel, konsult, § 241
Pia Sandin, konsult, § 241
Julia Tryggvadottir Tollesson, förvaltningschef Service, § 242

Övriga
Hravn Forsne (M), ordförande Vård & Omsorg, § 242
Monica Neptun (L), vice ordförande Vård & Omsorg, § 242
Ermin Škorić (S), 2:e vice ordförande Vård & Omsorg, § 242

§ 232 Dnr KS-2024-00668
Svar på motion från Shabnam Zamani (S) om att utreda införandet av
avgiftsfri skolfrukost i Kungsbacka kommuns gymnasieskolor ................ 12

§ 233 Dnr KS-2024-00850
Svar på motion från Roger Larsson (KB) om att inrätta av ett kommunalt
pensionärsråd .......................................................................................... 14

§ 234 Dnr KS-2024-00863
Svar på motion från Ermin Skoric (S) m.fl. om att utreda och presentera ett
förslag på hur ett pensionärs- och seniorråd ska inrättas i Kungsbacka ..... 16

§ 235 Dnr KS-2025-00563
Remittering av motion från Carita Boulwén (SD) om införande av
blocktider inom hemtjänsten .................................................................... 18

§ 236 Dnr KS-2025-00465

Begäran om planbesked för Vallda 9:30 .................................................. 20""",
    ),
    (
        "ks-au/2025/2025-09-02/protokoll.md, sida 5 till 8",
        """Reservation
Fredrik Kollberg (KD reserverar sig mot arbetsutskottets beslut till förmån för eget
yrkande.

Kommundirektören fick den 26 november
2024 i uppdrag att genomföra upphandlingen av driftentreprenad för uthyrning av de
kommersiella lokalerna. Kommunstyrelsens arbetsutskott godkände den 7 februari
2025 upphandlingsdokumentet. Upphandlingen har genomförts och den 14 mars
2025 tilldelades Newsec Advisory Sweden AB kontraktet.

Förslag till beslut på sammanträdet

Fredrik Kollberg (KD) yrkar att arenan skall byggas helt utan kommersiella lokaler
som finansieras med kommunala medel.

Fredrik Hansson (C), yrkar, med instämmande av Magdalena Sundqvist (S), bifall till
kommunstyrelsens förvaltnings förslag.

Beslutsgång
Ordförande Lisa Andersson (M) konstaterar att det finns två förslag till beslut,
Kommunstyrelsens förvaltnings och Fredrik Kollbergs (KD). Ordföranden (M)
prövar förslagen mot varandra och finner att arbetsutskottet bifaller
kommunstyrelsens förvaltnings förslag.

Planförslaget har varit utställt för granskning under tiden 30 april–21 maj 2025.
Under granskningstiden inkom 19 skrivelser. Inkomna synpunkter berör i huvudsak

frågor kring parkering, trafik samt vad investeringen innebär för den kommunala
ekonomin, se vidare i granskningsutlåtandet. Flertalet fastighetsägare har lämnat
synpunkter som inte tillgodosetts och som berör investeringsmedel samt önskan om
fler parkeringsplatser.""",
    ),
    (
        "kultur/2025/2025-04-23/protokoll.md, sida 1",
        """Beslutande    Ledamöter                     Tjänstgörande ersättare
Annika Hedman (C), Ordförande Bo Barknertz (M) för Maria
Ulrika Jörgensen (M)          Gathendahl (M)
Per Gunnarsson (S)            Bengt Adolfsson (M) för Charlotte
Birgitta Tingdal (S)          Wallenstein (M)
Torbjörn Andersson (SD)       Claes-Erik Bergstrand (C) för Annika
Mats Dahl (SD)                Hamberg (M)

Helene Engstrand (KD)
Markus Rüden (V)

Övriga närvarande Ersättare                 Tjänstepersoner
Gert Svensson (S)             Karl Persson, förvaltningschef
Stefan Jägnert (SD)           Erik Norinder, utvecklingsledare
Birgitta Gustafsson (L)       Sofia Rosén, verksamhetschef
Karin Clarin (MP)             Marie Persson, verksamhetschef
Peter Rudvall, enhetschef
Wendela Sanne Öhrnell, enhetschef

Andreas Høgfeldt, enhetschef
Karin Malmsten, dataskyddsombud
Linda Ålander, utvecklare
Personalföreträdare           Övriga
Agneta Odenjung, GoKungsbacka

Plats och tid för justering Digitalt, 2025-04-25

Sekreterare   Erik Norinder                 Paragrafer § 42-53

Ordförande    Annika Hedman (C)

Protokolljusterare Per Gunnarsson (S)""",
    ),
    (
        "kultur/2025/2025-04-23/protokoll.md, sida 5, 7, 10 och 12",
        """Sofia Rosén, verksamhetschef Kultur & Demokrati, och Wendela Sanne Öhrnell,
enhetschef Event & Destination, informerar nämnden om arenan, om Kungsbacka
teaters tänkta förflyttning från 2025 till 2030.

Linda Åhlander, verksamhetsledare GoKungsbacka, och Agneta Odenjung, ansvarig
för hembesök GoKungsbacka, informerar nämnden om verksamhetens utveckling.

Beslut

Nämnden ger bifall åt ordförande Annika Hedmans (C) ändringsyrkande.

Beslutsunderlag

Förvaltningen för Kultur & Fritids tjänsteskrivelse, 2025-03-25
Granskning av föreningsbidrag hyressubventioner och jäv, inkommen 2025-03-07

Under perioden 2025-03-11–2025-04-16 har 15 skrivelser inkommit.

Beslutsunderlag
Förvaltningen för Kultur & Fritids tjänsteskrivelse, 2025-04-16
Sammanställning delegeringsbeslut, 2025-04-16

Lista utbetalningar, 2025-04-14""",
    ),
    (
        "kultur/2024/2024-04-24/kallelse.md, sida 1 till 3",
        """Nämnden  för Kultur & Fritid

Sammanträde onsdagen den 24 april 2024 kl. 17:00
Kungsbackarummet, Storgatan 37

Erik Norinder                                                Kungsbacka kommun
Förvaltningen för Kultur & Fritid                             434 81 Kungsbacka
Direkt 0300-834883
(e-post borttagen)                                     Besöksadress

|  | Ärende | Beteckning | Förslag till beslut |
| --- | --- | --- | --- |
|  | Val av justerare |  | Charlotte Wallenstein (M) |
| 1. | Information till nämnd:<br>Kommunrevisionen<br>Föredragande: Marie Yckert,<br>kommunrevisionen<br>15 min<br>1 st dokument | KFT-2024-<br>00110 | Nämnden för Kultur & Fritid noterar informationen<br>till protokollet. |
| 3. | Förändring av turistinformation<br>Föredragande: Wendela Sanne<br>Örhnell, enhetschef<br>10 min<br>1 st dokument | KFT-2024-<br>00109 | Nämnden för Kultur & Fritid ställer sig bakom<br>förvaltningens förslag att förändra<br>turistinformationen. |
| 5. | Information till nämnd:<br>Ungdomsenkäten LUPP<br>Föredragande: Jacob<br>Leuchovius, utvecklare<br>25 min<br>1 st dokument | KFT-2024-<br>00113 | Nämnden för Kultur & Fritid noterar informationen<br>till protokollet. |

Annika Hedman                     Erik Norinder

ordförande                        sekreterare""",
    ),
    (
        "miljo/2025/2025-06-05/kallelse.md, sida 1 till 3",
        """Nämnden  för Miljö & Hälsoskydd

Sammanträde Torsdagen den 5 juni 2025 kl. 16:00
Kungsbackarummet, Storgatan 37

Sofia Johansson                                              Kungsbacka kommun
Bygg- och miljöförvaltningen                                  434 81 Kungsbacka
Direkt 0300-83 45 12
(e-post borttagen)                                   Besöksadress

|  | Ärende | Beteckning | Förslag | Tid |
| --- | --- | --- | --- | --- |
|  | Val av justerare |  | Ordinarie: Peter Wesley (KD)<br>Ersättare: Nicklas Lundahl (M) |  |
| 3. | Återrapportering av<br>byggnadsnämndens beslut om<br>uppföljning och prognos april<br>2025<br>Föredragande: Christina<br>Nordberg, controller | MH-2025-<br>02933 | Förslag till beslut<br>Nämnden för Miljö & Hälsoskydd<br>noterar informationen till protokollet. | 5<br>min |
| 5. | Anmälan av delegeringsbeslut<br>2025 | MH-2025-<br>00007 | Förslag till beslut<br>Nämnden för Miljö & Hälsoskydd<br>godkänner redovisningen av<br>delegeringsbeslut fattade under<br>perioden 2025-03-31 & 2025-04-28—<br>2025-05-25. | 2<br>min |
| 8. | Föreläggande förenat med vite<br>Föredragande: Felicien Ilunga,<br>livsmedelsinspektör | MH-2025-<br>1260 | Förslag till beslut | 15<br>min |

Niclas Nilsson                    Sofia Johansson
ordförande                        sekreterare

| 11. | Information om resultat av<br>Insiktsmätning 2024<br>Föredrgande: Tina Carlson,<br>verksamhetschef & Hanna<br>Ståhl, verksamhetschef | MH-2025-<br>02869 |  | 35<br>min |""",
    ),
    (
        "vo/2025/2025-11-13/kallelse.md, sida 1, 3 och 4",
        """Nämnden  för Vård & Omsorg

Sammanträde torsdag den 13 november 2025 kl. 14:00
OBS! SÄRÖHUS, Säröhusvägen 12, SÄRÖ

Vera Lagerström                                              Kungsbacka kommun
Förvaltningen för Vård & Omsorg                               434 81 Kungsbacka
Direkt 0300-83 48 39
vera.lagerstrom@kungsbacka.se                                   Besöksadress

|  | Ärende | Beteckning | Förslag |
| --- | --- | --- | --- |
|  | Val av justerare |  | Per Hoel (SD) |
| 11. | Initiativärende från Ermin<br>Škorić (S) m.fl. - Stoppa<br>centraliseringen av<br>koordinatorer inom<br>äldreomsorgen | VO-2025-00434 |  |

Hravn Forsne (M)                  Vera Lagerström
ordförande                        nämndsekreterare""",
    ),
    (
        "ks-au/2025/2025-03-04/kallelse.md, sida 1 till 3",
        """Kommunstyrelsens  arbetsutskott

Sammanträde Tisdagen den 4 mars 2025 kl. 08:30
Kungsbackarummet, Storgatan 37

Andrea Egerlundh                                             Kungsbacka kommun
Kommunstyrelsens förvaltning                                  434 81 Kungsbacka
Direkt 0300-834272
(e-post borttagen)                                  Besöksadress
Stadshuset
www.kungsbacka.se

|  | Ärende | Beteckning | Förslag |
| --- | --- | --- | --- |
|  | Val av justerare |  | Fredrik Hansson |
| 6. | Information om upplägg för<br>energiplan för Kungsbacka<br>kommun<br>10:35-10:55<br>Mårten Västerdal<br>Anders Lund | 2024-00202 |  |
| 7. | Information om parkeringsavtal<br>i Kolla Parkstad<br>11:00-11:30<br>Susanne Calming<br>Johan Gerremo | 2024-00776 |  |

Lisa Andersson                    Andrea Egerlundh
ordförande                        kommunsekreterare""",
    ),
    (
        "ifo/2025/2025-09-18/protokoll-…-103-107-109-111-123.md, sida 19, 26 och 27",
        """Beslutet skickas till

Initiativtagarna

Verksamhetschef Renate Rondolph informerar om förhandsbedömningar och
tidsfristen som gäller och vad som kan påverka att den inte alltid kan hållas. Vidare
informerar Renate om att det inom Myndighet stöd och behandling har varit en bra
bemanning och man samarbetar mycket över enhetsgränserna under sommaren.

Tillförordnad förvaltningschef Märta Lycken informerar om att tidigare
förvaltningschef Ivan Stipic slutat och att Märta nu är tillförordnad förvaltningschef
under rekryteringen.

Diana Brovall informerar om att det rullat på bra med bemanningen under sommaren
på Stöd i hemmet och sysselsättning och inom lägerverksamheten.
Verksamhetschef Carina Håberg informerar om ärenden som blivit anmälda till
arbetsmiljöverket, som efter verksamhetsbesök valt att lägga ner anmälningarna

Avtal
Dnr IF-2025-00017. Placeringsavtal – Stödboende, Nytida stödboende Alpklyftan
AB, Familjehemsenheten

Dnr IF-2025-00017. Placeringsavtal – HVB, Gryning vård AB, Familjehemsenheten
Dnr IF-2025-00017. Handledningsavtal – Skärgårdens Psykoterapimottagning,
Familjehemsenheten

Det här dokumentet är digitalt signerat
Transaktionsidentitet: C89D270892EADC9EC792CF633CA9B5393CC382052D
Transaktionsidentitet: A67202AD6AEF40DDEB1C62A156DAE8805AD2EDC353""",
    ),
    (
        "ks-au/2025/2025-01-14/kallelse.md, sida 1 och 2",
        """Kommunstyrelsens arbetsutskott

Sammanträde Tisdagen den 14 januari 2025 kl. 08:30
Kungsbackarummet, Storgatan 37

Andrea Egerlundh                                             Kungsbacka kommun
Kommunstyrelsens förvaltning                                  434 81 Kungsbacka
Direkt 0300-834272
(e-post borttagen)                                  Besöksadress
Stadshuset
www.kungsbacka.se

|  | Ärende | Beteckning | Förslag |
| --- | --- | --- | --- |
|  | Val av justerare |  | Magdalena Sundqvist |
| 1. | Information om arbetet med<br>hållbarhet (från årshjul)<br>08:30-09:15<br>Sven-Erik Bergström<br>Anders Lund | 2024-00022 | - |
| 2. | Information om arbetet med<br>civil beredskap och robusta<br>lokaler<br>09:20-09:40<br>Jonas Lebrand | 2024-00828 | - |

Lisa Andersson                    Andrea Egerlundh
ordförande                        kommunsekreterare

| 4. | Godkännande av<br>samrådsredogörelse samt<br>granskning av förslag till<br>fördjupad översiktsplan för<br>Kungsbacka stad<br>10:00-10:30<br>Andrea Ericsson | 2020-00313 | Förslag till beslut i kommunstyrelsen<br>Kommunstyrelsen godkänner samrådsredogörelse<br>för fördjupad översiktsplan för Kungsbacka stad,<br>daterad 2024-12-18. |""",
    ),
    (
        "kultur/2025/2025-09-17/kallelse.md, sida 1 och 2 (läst med OCR)",
        """Nämnden för Kultur & Fritid

KALLELSE/UNDERRÄTTELSE

Upprättad

2025-09-09

Kungsbacka

Sammanträde Onsdagen den 17 september 2025 kl. 17:00

Särö Kullavik IF, Idrottsgången 2

Ärende Beteckning |Förslag till beslut
Val av justerare Ulrika Jörgensen (M)

2. |Begäran om yttrande - KFT-2025- | Nämnden för Kultur & Fritid avger yttrande på
Betänkandet "Ett nationellt 00161 remiss av Justitiedepartementets betänkande "Ett
förbud mot tiggeri" (KS-2025- nationellt förbud mot tiggeri" (SOU 2025:83).
00530)
svar senast 20250919

5. | SAMRÅD Detaljplan för KFT-2025- |Nämnden anser att planförslaget är väl genomarbetat
seniorbostäder inom Skörvalla |00193 och att det har tagit hänsyn till många av de faktorer

1:116 i Särö, Kungsbacka
kommun, sista svarsdag 30
september

Erik Norinder

Förvaltningen för Kultur & Fritid
Direkt 0300-834883

erik norinder(äkungsbacka.se

Kungsbacka kommun
434 81 Kungsbacka

Besöksadress

13. | Initiativ från KFT-2025- |Nämnden noterar initiativet som inkommet och
Socialdemokraterna: 00197 överlämnar till förvaltningen för beredning.
Fornfyndsskydd en del av
daglig verksamhet
Annika Hedman Erik Norinder
ordförande sekreterare""",
    ),
    (
        "bygg/2025/2025-09-18/kallelse.md, sida 1, 3 och 4",
        """Byggnadsnämnden

Sammanträde Torsdagen den 18 september 2025 kl. 13.00
Gåsevadholm, Storgatan 37

Sofie Axelsson                                               Kungsbacka kommun
Bygg- och miljöförvaltningen                                  434 81 Kungsbacka
Direkt 0300-834028
sofie.axelsson@kungsbacka.se                                    Besöksadress

|  | Ärende | Beteckning | Förslag | Tid |
| --- | --- | --- | --- | --- |
|  | Val av justerare |  | Ordinarie: Britt Tönnberg (S)<br>Ersättare: Dick Andersson (M) |  |
| 4. | Information om förstudie för<br>Liljanskolan<br>Föredragande: Thinh Bui-<br>Ljungqvist, senior<br>bygglovshandläggare och Jenny<br>Törn, lokalplanerare<br>förvaltningen för Service | BN-2025-<br>00185 |  | 10<br>min |
| 11. | Anmälan av ordförandebeslut -<br>Yttrande till Länsstyrelsen i dnr<br>4015-2025 angående ansökan<br>om tillstånd enligt 47 §<br>väglagen | BN-2025-<br>001537 | Förslag till beslut<br>Byggnadsnämnden godkänner<br>redovisningen av delegeringsbeslut från<br>ordförande Thure Sandén (M) på grund av<br>brådskande ärende. | 2<br>min |
| 12. | Anmälan av ordförandebeslut -<br>Yttrande till Mark- och<br>miljödomstolen i mål nr P 653-<br>25, angående bygglov för<br>anläggande av energilager på<br>fastigheten Hammerö 9:3 | BN-2024-<br>000815 | Förslag till beslut<br>Byggnadsnämnden godkänner<br>redovisningen av delegeringsbeslut från<br>ordförande Thure Sandén (M) på grund av<br>brådskande ärende. | 2<br>min |
| 13. | Anmälan av ordförandebeslut -<br>Yttrande till Mark- och<br>miljööverdomstolen i mål nr P<br>10605-25, angående<br>förhandsbesked för nybyggnad<br>av två enbostadshus på<br>fastigheten Karsegården 6:11 | BN-2023-<br>001713 | Förslag till beslut<br>Byggnadsnämnden godkänner<br>redovisningen av delegeringsbeslut från<br>ordförande Thure Sandén (M) på grund av<br>brådskande ärende. | 2<br>min |

Thure Sandén                      Sofie Axelsson
ordförande                        sekreterare""",
    ),
    (
        "ifo/2026/2026-05-13/kallelse.md, sida 1, 3 och 4",
        """Nämnden  för Individ & Familjeomsorg

Sammanträde onsdagen den 13 maj 2026 kl. 15:30
Kommunfullmäktigesalen, Storgatan 37

Josefine Jönsson                                             Kungsbacka kommun
434 81 Kungsbacka
Direkt 0300-838345
josefine.jonsson@kungsbacka.se                                  Besöksadress

|  | Ärende | Beteckning | Förslag |
| --- | --- | --- | --- |
|  | Val av justerare |  | Maj-Britt Rane-Andersson (S) |
| 2. | Information om första linjens<br>socialtjänst<br>Ira Svedhage Tufekcic,<br>enhetschef<br>Jonas Persson, arbetsledare<br>Natalie Tellin, socialarbetare | IF-2020-<br>00101 | Förslag till beslut<br>Nämnden för Individ & Familjeomsorg noterar<br>informationen till protokollet. |
| 10. | Ändring av tidplan 2026 - extra<br>planeringsdag<br>Göran Hjertstrand,<br>förvaltningschef | IF-2022-<br>00213 | Förslag till beslut<br>Nämnden för Individ & Familjeomsorg beslutar om<br>en extra planeringsdag den 29 oktober 2026<br>kl 09:00-12:00. |

18. Övrigt                IF-2023-  Förslag till beslut
00008

Tommy Rydfeldt (L)                Josefine Jönsson
ordförande                        nämndsekreterare""",
    ),
    (
        "ks/2024/2024-06-18/kallelse.md, sida 1, 4, 5 och 6",
        """Kommunstyrelsen

Sammanträde tisdagen den 18 juni 2024 kl. 13.00
Kungsbackarummet, Storgatan 37

Patrik Johansson                                             Kungsbacka kommun
434 81 Kungsbacka
Kommunsekreterare
Kommunstyrelsens förvaltning
Storgatan 37
(e-post borttagen)
Stadshuset
www.kungsbacka.se

|  | Ärende | Beteckning | Förslag |
| --- | --- | --- | --- |
|  | Val av justerare |  | Ordinarie: Emanuel Forsell (M)<br>Ersättare: Johan Tolinsson (S) |
| 7. | Uppdrag att inleda försäljning<br>av fastigheterna Fors 1:230 och<br>Fors 1:231 (f.d. Klarinettens<br>förskola) | 2022-00955 | Förslag till beslut kommunstyrelsen<br>Kommunstyrelsen ger kommundirektören i uppdrag<br>att inleda försäljning av fastigheterna Fors 1:230 och<br>Fors 1:231 till Eksta Bostads AB. |
| 16. | Svar på motion från Maria<br>Losman (MP) om den politiska<br>organisationen i Kungsbacka | 2024-00156 | Förslag till beslut i kommunfullmäktige<br>Kommunfullmäktige avslår motionen med<br>hänvisning till att nuvarande arbetssätt fungerar väl. |
| 17. | Svar på motion från Magdalena<br>Sundqvist (S) om att utreda<br>möjligheten att införa<br>medborgarförslag | 2024-00104 | Förslag till beslut i kommunfullmäktige<br>Kommunfullmäktige avslår motionen med<br>hänvisning till att det arbete som i dag sker i<br>kommunens verksamheter ger bättre förutsättningar<br>för medskapande med invånarna. |
| 18. | Svar på motion från Stefan<br>Jägnert (SD) om ID-kontroller<br>av anställda i Kungsbacka<br>kommun | 2023-00621 | Förslag till beslut i kommunfullmäktige<br>Kommunfullmäktige avslår motionen i den del som<br>avser att utreda möjligheten att införa kontinuerliga<br>bakgrundskontroller under anställningstiden för<br>personal anställda av Kungsbacka kommun. |

Lisa Andersson                    Patrik Johansson
ordförande                        kommunsekreterare""",
    ),
    (
        "bygg-au/2024/2024-04-18/kallelse.md, sida 1, 2, 4 och 6",
        """Byggnadsnämndens   arbetsutskott

Sammanträde torsdagen den 18 april 2024 kl. 09:00
Kungsbackarummet, Storgatan 37

Amanda Toresson                                              Kungsbacka kommun
434 81 Kungsbacka
Direkt
amanda.toresson@kungsbacka.se                                   Besöksadress

|  | Ärende | Beteckning | Förslag | Tid |
| --- | --- | --- | --- | --- |
|  | Val av justerare |  | Ordinarie: Daniel Hognert (M)<br>Ersättare: Lars Eriksson (S) |  |
| 4. | Granskning av detaljplan för<br>industri inom del av<br>Kungsbacka 6:27 och<br>Hammargård 1:7 m fl i<br>Kungsbacka<br>Föredragande: Anna-Karin<br>Ljungman, planarkitekt | BN-2021-<br>00017 | Förslag till beslut i byggnadsnämnden<br>Byggnadsnämnden godkänner<br>samrådsredogörelsen och<br>granskningshandlingarna inklusive tillhörande<br>miljökonsekvensbeskrivning. | 15<br>min |
| 5. | Uppdrag att upprätta förslag<br>till detaljplan för bostäder<br>inom Vallda 17:17 m fl i<br>Vallda och genomföra<br>samråd<br>Föredragande: Stina<br>Wikström och Björn<br>Vikström, planarkitekter | BN-2024-<br>00105 | Förslag till beslut i byggnadsnämnden<br>Byggnadsnämnden ger<br>samhällsbyggnadskontoret i uppdrag att<br>upprätta förslag till detaljplan för bostäder<br>inom Vallda 17:17 m fl i Vallda och<br>genomföra samråd. | 5 min |
| 13. | ONSALA 3:3 - Bygglov för<br>nybyggnad av verksamhet | BN-2023-<br>002015 | Förslag till beslut<br>Byggnadsnämndens arbetsutskott beviljar<br>bygglov för nybyggnad av verksamhet.<br>Golvhöjden för huvudbyggnaden fastställs till<br>+37,0<br>Kontrollansvarig för åtgärden är<br>Avgiften för beslutet är 47 500 kronor. Av<br>detta kostar bygglovet 21 250 kronor och<br>byggskedet 26 250 kronor. | 5 min |
| 15. | VARLA 9:45 -<br>Tidsbegränsat bygglov för<br>ändring av verksamhetslokal | BN-2024-<br>000559 | Förslag till beslut<br>Byggnadsnämndens arbetsutskott beviljar<br>tidsbegränsat bygglov för ändring av<br>verksamhetslokal.<br>Kontrollansvarig för åtgärden är<br>Avgiften för beslutet är 36 907,50 kronor. | 5 min |

Thure Sandén                      Amanda Toresson
ordförande                        sekreterare""",
    ),
    (
        "vo/2025/2025-06-12/kallelse.md, sida 1 och 3",
        """Nämnden  för Vård & Omsorg

Sammanträde torsdagen den 12 juni 2025 kl. 14:00
Kommunfullmäktigesalen, Storgatan 37

Vera Lagerström                                              Kungsbacka kommun
Förvaltningen för Vård & Omsorg                               434 81 Kungsbacka
Direkt 0300-83 48 39
vera.lagerstrom@kungsbacka.se                                   Besöksadress

|  | Ärende | Beteckning | Förslag |
| --- | --- | --- | --- |
|  | Val av justerare |  | Hravn Forsne (M)/Eva Tingström (S) |
| 12. | Information - Anmälan enligt<br>lex Maria - Förväxling av<br>läkemedel | VO-2025-00225 | Nämnden för Vård & Omsorg noterar<br>informationen till protokollet. |

Hravn Forsne (M)                  Vera Lagerström
ordförande                        nämndsekreterare""",
    ),
    (
        "miljo/2025/2025-11-13/kallelse.md, sida 1 till 3",
        """Nämnden  för Miljö & Hälsoskydd

Sammanträde Torsdagen den 13 november 2025 kl. 16:00
Gåsevadholm, Storgatan 37

Sofia Johansson                                              Kungsbacka kommun
Bygg- och miljöförvaltningen                                  434 81 Kungsbacka
Direkt 0300-83 45 12
sofia.johansson@kungsbacka.se                                   Besöksadress

|  | Ärende | Beteckning | Förslag | Tid |
| --- | --- | --- | --- | --- |
|  | Val av justerare |  | Ordinarie: Henrik Arnesson (C)<br>Ersättare: Peter Wesley (KD) |  |
| 3. | Föreläggande förenat med vite<br>om inventering av PCB<br>Föredragande: Malin Ahlgren,<br>miljö och- hälsoskyddsinspektör | MH-2020-<br>1901 |  | 10<br>min |
| 5. | Information om Leva Avtal<br>Föredragande: Camilla Pålsson,<br>verksamhetschef Service, Anna<br>Danielsson, Jurist Service | MH-2025-<br>05257 |  | 60<br>min |
| 6. | Initiativ från Anders Petersson<br>(S) med flera angående<br>utredningar av gamla deponier i<br>Kungsbacka Kommun | MH-2025-<br>05588 |  | 10<br>min |
| 11. | Anmälan av ordförandebeslut -<br>Ny myndighet för<br>miljöprövning | MH-2025-<br>05475 | Förslag till beslut<br>Nämnden för Miljö & Hälsoskydd<br>godkänner redovisningen av<br>delegeringsbeslut från ordförande Niclas<br>Nilsson (M) på grund av brådskande ärende. | 5<br>min |

Niclas Nilsson                    Sofia Johansson
ordförande                        sekreterare""",
    ),
    (
        "ks-au/2025/2025-06-10/kallelse.md, sida 1, 2 och 4",
        """Kommunstyrelsens  arbetsutskott

Sammanträde tisdagen den 10 juni 2025 kl. 08:30
Kungsbackarummet, Storgatan 37

Andrea Egerlundh                                             Kungsbacka kommun
Kommunstyrelsens förvaltning                                  434 81 Kungsbacka
Direkt 0300-834272
andrea.egerlundh@kungsbacka.se                                  Besöksadress
Stadshuset
020-751 751
www.kungsbacka.se

|  | Ärende | Beteckning | Förslag |
| --- | --- | --- | --- |
|  | Val av justerare |  | Fredrik Hansson |
| 5. | Försäljning av fastigheten<br>Karsjö 1:22 (f.d. Karsjö<br>korttidshem) | 2023-00386 | Förslag till beslut i kommunstyrelsens arbetsutskott<br>Kommunstyrelsens arbetsutskott ger<br>kommundirektören i uppdrag att inleda försäljning<br>av fastigheten Karsjö 1:22. |
| 7. | Huvudmannaskap för<br>genomförande av projekt<br>gällande avhjälpande av<br>föroreningsskador på<br>fastigheten Samariten 11 i<br>Kungsbacka kommun | 2025-00353 | Förslag till beslut i kommunstyrelsen<br>Kommunstyrelsen beslutar att Kungsbacka kommun<br>åtar sig huvudmannaskapet för att genomföra<br>utredningsfasen i projektet avseende<br>föroreningsskador på fastigheten Samariten 11 i<br>Kungsbacka kommun. |
| 13. | Information om arbetet med<br>säkerhet och robusta lokaler<br>11:00-12:00<br>Jonas Lebrand<br>Joel Ledsgård<br>Dennis Salenborn<br>Henric Alike<br>Jesper Edlind<br>Veronica Norell | 2025-00054 |  |

Lisa Andersson                    Andrea Egerlundh
ordförande                        kommunsekreterare""",
    ),
    (
        "ks-au/2025/2025-10-07/kallelse.md, sida 1 till 3",
        """Kommunstyrelsens  arbetsutskott

Sammanträde Tisdagen den 7 oktober 2025 kl. 08:30
Kungsbackarummet, Storgatan 37

Therese Tanner                                               Kungsbacka kommun
Kommunstyrelsens förvaltning                                  434 81 Kungsbacka
Direkt
(e-post borttagen)                                    Besöksadress
Stadshuset
www.kungsbacka.se

|  | Ärende | Beteckning | Förslag |
| --- | --- | --- | --- |
|  | Val av justerare |  | Emanuel Forsell |
| 2. | Godkännande av<br>exploateringsavtal för detaljplan<br>för sjukhus inom Tölöberg 2<br>och Tölö 1:17 i Kungsbacka<br>stad | KS-2022-00765 | Förslag till beslut<br>Kommunstyrelsen godkänner exploateringsavtal<br>avseende detaljplan för sjukhus inom Tölöberg 2<br>och Tölö 1:17 i Kungsbacka, mellan kommunen<br>och Region Halland, undertecknat av Region<br>Halland 2025-09-10. |
| 3. | Principavtal avseende<br>Detaljplan för bostäder inom<br>Lerberg 16:40 m fl i Anneberg i<br>Kungsbacka kommun | KS-2025-00222 | Förslag till beslut<br>Kommunstyrelsen godkänner principavtal inom<br>planområdet för Lerberg 16:40 m.fl i<br>Kungsbacka, undertecknat av fastighetsägarna. |
| 8. | Avstämning om begäran om<br>planbesked för Össlöv 2:3<br>09:15-09:35<br>Stina Wikström<br>Ida Lennartsson | KS-2025-00585 | Förslag till beslut |

Lisa Andersson                    Therese Tanner
ordförande                        sekreterare""",
    ),
    (
        "ks/2026/2026-02-17/kallelse.md, sida 1, 3 och 8",
        """Kommunstyrelsen

Sammanträde tisdagen den 17 februari 2026 kl. 13.00
Kungsbackarummet, Storgatan 37

Patrik Johansson                                             Kungsbacka kommun
Kommunsekreterare                                             434 81 Kungsbacka
Kommunstyrelsens förvaltning
Besöksadress
patrik.johansson2@kungsbacka.se
Storgatan 37, Stadshuset
www.kungsbacka.se

|  | Ärende | Beteckning | Förslag |
| --- | --- | --- | --- |
|  | Val av justerare |  | Ordinarie<br>Stefan Jägnert (SD)<br>Ersättare<br>Magdalena Sundqvist (S) |
| 10. | Begäran om planbesked Hede<br>4:9 | 2025-00759 | Förslag till beslut i kommunstyrelsen<br>Kommunstyrelsen lämnar besked att kommunen<br>avser att inleda en detaljplanläggning för att pröva<br>lämpligheten av bostäder inom Hede 4:9,<br>i Kungsbacka.<br>Möjlig exploatering, såsom antal lägenheter,<br>bebyggelsetyp och våningsantal, ska utredas under<br>detaljplanearbetet och anpassas efter platsens<br>förutsättningar. Tölögården och dess verksamhet ska<br>särskilt beaktas i det kommande planarbetet. |

Lisa Andersson                    Patrik Johansson
ordförande                        kommunsekreterare

| 29. | Svar på motion från Per<br>Gunnarsson (S) om<br>minnesmärke för att hedra<br>pandemins vardagshjältar | 2025-00597 | Förslag till beslut i kommunfullmäktige<br>Kommunfullmäktige avslår motionen med<br>hänvisning till att minnesmärken är en nationell<br>angelägenhet och att konst i det offentliga rummet<br>ska väljas på andra grunder än de som motionären<br>argumenterar för. |""",
    ),
    (
        "kultur/2026/2026-03-25/kallelse.md, sida 1, 2, 3 och 6",
        """Nämnden  för Kultur & Fritid

Sammanträde Onsdagen den 25 mars 2026 kl. 17:00

Erik Norinder                                                Kungsbacka kommun
Förvaltningen för Kultur & Fritid                             434 81 Kungsbacka
Direkt 0300-834883
erik.norinder@kungsbacka.se                                     Besöksadress

|  | Ärende | Beteckning | Förslag | Starttid |
| --- | --- | --- | --- | --- |
|  | Val av justerare |  | Markus Rüdén (V) | 17:00 |
| 3. | Information till nämnd:<br>Biblioteken i Kungsbackas<br>arbete mot målbild 2030<br>Föredragande: Lena Engberg,<br>enhetschef Biblioteken i<br>Kungsbacka, och Susan Pour,<br>enhetschef Biblioteken i<br>Kungsbacka<br>1 st dokument<br>20 min | KFT-2026-<br>00053 | Nämnden noterar<br>informationen till protokollet. | 18:00 |
| 7. | Donation av fioler till<br>Kulturskolan<br>Föredragande: Sofia Rosén,<br>verksamhetschef Kultur &<br>Demokrati<br>1 st dokument<br>5 min | KFT-2026-<br>00065 | Nämnden beslutar att<br>tacksamt ta emot donationen<br>från violinbyggaren Carl-Erik<br>Lundstedt. | 19:20 |
| 10. | Årets förnyare 2025<br>Föredragande: Karl Persson,<br>förvaltningschef<br>2 st dokument | KFT-2026-<br>00058 | Nämnden för Kultur & Fritid<br>beslutar att<br>- utse XXX som Årets<br>förnyare 2025.<br>- offentliggöra XXX, XXX<br>och XXX som finalister. |  |
| 15. | Ledarstipendium 2026<br>Föredragande: Karl Persson,<br>förvaltningschef<br>2 st dokument | KFT-2026-<br>00060 | Nämnden för Kultur & Fritid<br>beslutar att:<br>- XXX tilldelas 2026 års<br>ledarstipendium.<br>- ledarstipendiaten<br>offentliggörs vid<br>prisceremonin. |  |

Annika Hedman                     Erik Norinder
ordförande                        sekreterare""",
    ),
    (
        "bygg/2025/2025-02-20/kallelse.md, sida 1, 6 och 7",
        """Byggnadsnämnden

Sammanträde torsdagen den 20 februari 2025 kl. 13.00
Gåsevadholm, Storgatan 37

Sofie Axelsson                                               Kungsbacka kommun
Bygg- och miljöförvaltningen                                  434 81 Kungsbacka
Direkt 0300-834028
sofie.axelsson@kungsbacka.se                                    Besöksadress

|  | Ärende | Beteckning | Förslag | Tid |
| --- | --- | --- | --- | --- |
|  | Val av justerare |  | Ordinarie: Fredrik Kollberg (KD)<br>Ersättare: Dick Andersson (M) |  |
| 4. | Information om<br>gestaltningsförslag för<br>Kungsbacka Arena<br>Föredragande: Peter Johansson,<br>projektledare bygg,<br>förvaltningen för Service<br>Emma Jonsson, Skanska<br>Karin Backlund, Semrén &<br>Månsson | 2025-00044 |  | 30<br>min |
| 19. | KOLLA 1:36 - Bygglov för<br>ändrad användning av del av<br>servicehus till bostad | BN-2024-<br>001855 | Förslag till beslut<br>Byggnadsnämnden beviljar ansökan om<br>bygglov för ändrad användning av del av<br>servicehus till bostad.<br>Kontrollansvarig för åtgärden är<br>.<br>Avgiften för beslutet är 22 610 kronor. | 5<br>min |
| 20. | Delegeringsrätt avseende beslut<br>om förhandsbesked för två<br>enbostadshus på fastigheten<br>Stjärneberg 1:1 | BN-2024-<br>001569 | Förslag till beslut<br>Byggnadsnämnden ger delegeringsrätt till<br>Henrik Kant, direktör på<br>stadsbyggnadsförvaltningen i Göteborgs<br>Stad att besluta i ärende gällande ansökan<br>om förhandsbesked på fastigheten<br>Stjärneberg 1:1 i Kungsbacka kommun.<br>Delegeringsrätten till<br>stadsbyggnadsförvaltningens direktör<br>innefattar möjligheten att vidaredelegera<br>beslutanderätten till Carita Sandros,<br>avdelningschef bygglov på<br>stadsbyggnadsförvaltningen i Göteborgs<br>Stad. | 5<br>min |

Thure Sandén                      Sofie Axelsson
ordförande                        sekreterare""",
    ),
    (
        "ifo/2024/2024-11-14/kallelse.md, sida 1 till 3",
        """Nämnden  för Individ & Familjeomsorg

Sammanträde torsdagen den 14 november 2024 kl. 15:30
Kungsbackarummet, Storgatan 37

Josefine Jönsson                                             Kungsbacka kommun
434 81 Kungsbacka
Direkt 0300-838345
josefine.jonsson@kungsbacka.se                                  Besöksadress

|  | Ärende | Beteckning | Förslag |
| --- | --- | --- | --- |
|  | Val av justerare |  | Lou-Lou Andersson (C) |
| 2. | Information - Återrapportering<br>om medel för att främja<br>välmående och motverka<br>psykisk ohälsa inom bostad med<br>särskild service, korttidvistelse<br>och daglig verksamhet<br>Kimberly Moore, enhetschef<br>Joachim Hilvenius, enhetschef<br>Henrik Andersson, enhetschef | IF-2020-<br>00101 | Förslag till beslut<br>Nämnden för Individ & Familjeomsorg noterar<br>informationen till protokollet. |
| 6. | Initiativärende (M), (L), (C) och<br>(KD) - Ansökan om medel för<br>hälsofrämjande åtgärder samt<br>aktiviteter för att stärka den<br>psykiska hälsan | IF-2024-<br>00326 | Förslag till beslut |

Tommy Rydfeldt (L)                Josefine Jönsson
ordförande                        nämndsekreterare

| 17. | Nedläggning av<br>faderskapsutredning, FB | IF-2023-<br>00132 | Förslag till beslut<br>Sekretessärende |
| 18. | Ansökan om särskilt förordnad<br>vårdnadshavare, FB | IF-2023-<br>00324 | Förslag till beslut<br>Sekretessärende |""",
    ),
    (
        "vo/2025/2025-03-20/kallelse.md, sida 1 till 3",
        """Nämnden  för Vård & Omsorg

Sammanträde torsdag den 20 mars 2025 kl. 14:00
Kommunfullmäktigesalen, Storgatan 37

Vera Lagerström                                              Kungsbacka kommun
Förvaltningen för Vård & Omsorg                               434 81 Kungsbacka
Direkt 0300-83 48 39
vera.lagerstrom@kungsbacka.se                                   Besöksadress

|  | Ärende | Beteckning | Förslag |
| --- | --- | --- | --- |
|  | Val av justerare |  | Hravn Forsne (M)/Göran Ottosson (SD) |
| 4. | Hantering av driftavtal med<br>Vardaga Äldreomsorg AB<br>gällande Vickan vård-och<br>omsorgsboende | VO-2024-00112 | Nämnden för Vård & Omsorg beslutar att<br>förlänga avtalet med Vardaga Äldreomsorg AB<br>gällande Vickan vård- och omsorgsboende med<br>tolv månader, till den 31 mars 2027, enligt<br>villkoren i upphandlingsavtalet, referensnummer<br>19/119:1. |
| 7. | Initiativärende från Per Hoel<br>(SD) m.fl. - Genomlysning av<br>verksamheten/situationen på<br>Ekhaga äldreboende | VO-2025-00090 |  |
| 8. | Information - Delegeringsbeslut<br>om förnyad certifiering av<br>Gottskärs Hemtjänst AB med<br>anledning av ny ägare | VO-2024-00464 | Nämnden för Vård & Omsorg noterar<br>informationen till protokollet. |

Hravn Forsne (M)                  Vera Lagerström
ordförande                        nämndsekreterare""",
    ),
    (
        "ifo/2025/2025-10-16/kallelse.md, sida 1, 3 och 4",
        """Nämnden  för Individ & Familjeomsorg

Sammanträde torsdagen den 16 oktober 2025 kl. 15:30
Kungsbackarummet, Storgatan 37

Josefine Jönsson                                             Kungsbacka kommun
434 81 Kungsbacka
Direkt 0300-838345
josefine.jonsson@kungsbacka.se                                  Besöksadress

|  | Ärende | Beteckning | Förslag |
| --- | --- | --- | --- |
|  | Val av justerare |  | Elisabeth Svensson (SD) |
| 2. | Avtalsuppföljning Inköp -<br>Service<br>Camilla Pålsson,<br>verksamhetschef Service<br>Anna Danielsson, jurist Service | IF-2020-<br>00101 | Förslag till beslut<br>Nämnden för Individ & Familjeomsorg noterar<br>informationen till protokollet. |
| 3. | Lokalbehov 2027 - 2031<br>utblicksår 2032- 2036<br>Matti Ekensten, lokalutvecklare | IF-2025-<br>00246 | Förslag till beslut<br>Nämnden för Individ & Familjeomsorg godkänner<br>Lokalbehov 2027-2031, med utblicksår 2032-2036.<br>Nämnden för Individ & Familjeomsorg godkänner<br>Behovsbeskrivning Barnboende. |
| 12. | Information från förvaltningen<br>Märta Lycken, tf<br>förvaltningschef | IF-2023-<br>00001 | Förslag till beslut<br>Nämnden för Individ & Familjeomsorg noterar<br>informationen till protokollet. |

Tommy Rydfeldt (L)                Josefine Jönsson
ordförande                        nämndsekreterare""",
    ),
    (
        "ks-au/2025/2025-08-19/kallelse.md, sida 1 och 2",
        """Kommunstyrelsens  arbetsutskott

Sammanträde Tisdagen den 19 augusti 2025 kl. 08:30
Kungsbackarummet, Storgatan 37

Andrea Egerlundh                                             Kungsbacka kommun
Kommunstyrelsens förvaltning                                  434 81 Kungsbacka
Direkt 0300-834272
(e-post borttagen)                                  Besöksadress
Stadshuset
www.kungsbacka.se

|  | Ärende | Beteckning | Förslag |
| --- | --- | --- | --- |
|  | Val av justerare |  | Emanuel Forsell |
| 1. | Svar på motion från Roger<br>Larsson (KB) om yttranderätt<br>för ersättare vid<br>kommunfullmäktiges<br>sammanträden | 2024-00853 | Förslag till beslut i kommunfullmäktige<br>Kommunfullmäktige avslår motionen. |
| 2. | Svar på motion från Ermin<br>Skoric (S) om vård- och<br>omsorgsboenden utan vinstkrav | 2024-00796 | Förslag till beslut i kommunfullmäktige<br>Kommunfullmäktige anser motionen besvarad. |

Lisa Andersson                    Andrea Egerlundh
ordförande                        kommunsekreterare

| 4. | Dialog med kommunstyrelsens<br>arbetsutskott i Varberg<br>09:00-12:00<br>Deltagare från Varbergs<br>kommun:<br>Ledamöter kommunstyrelsens<br>arbetsutskott<br>Malin Ung, tf. kommundirektör<br>Josefin Selander,<br>samhällsutvecklingsdirektör<br>Jan Bengtsson, samordnare,<br>avdelning Utvecklingsprojekt | 2025-00053 |  |
| 5. | Information om arbetet med<br>Kungsbacka Arena<br>13:15-14:00<br>Sven-Erik Bergström<br>Lena Melvinsdotter<br>Ing-Britt Blomberg<br>Magnus Björned<br>Marie Cullberg<br>Anna Rehnberg<br>Peter Johansson, Service<br>Pia Eklund, Service<br>Harald Tjelle, Kultur & Fritid<br>Marie Persson, Kultur & Fritid<br>Jimmy Johansson, Skanska | 2020-00547 |  |""",
    ),
    (
        "kultur/2024/2024-11-20/kallelse.md, sida 1 och 3",
        """Nämnden  för Kultur & Fritid

Sammanträde onsdagen den 20 november 2024 kl. 17:00
Gåsevadholm, Storgatan 37

Erik Norinder                                                Kungsbacka kommun
Förvaltningen för Kultur & Fritid                             434 81 Kungsbacka
Direkt 0300-834883
(e-post borttagen)                                     Besöksadress

|  | Ärende | Beteckning | Förslag |
| --- | --- | --- | --- |
|  | Val av justerare |  | Helene Engstrand (KD) |
| 2. | Information till nämnd: BRÅ,<br>lägesbild<br>Föredragande: Simon<br>Wallengren, utvecklare BRÅ<br>3 st dokument<br>20 min | KFT-2024-<br>00326 | Nämnden noterar informationen till protokollet. |
| 3. | Initiativ från Alliansen: Stärkt<br>Brottsförebyggande arbete<br>2 st dokument<br>10 min | KFT-2024-<br>00336 | Nämnden beslutar att:<br>- Anta initiativet<br>- Ansöka om 1 000 000 kr i bidrag från<br>kommunstyrelsens satsning för att främja välmående<br>och motverka psykisk ohälsa |

Annika Hedman                     Erik Norinder
ordförande                        sekreterare

| 11. | Anmälan av ordförandebeslut | KFT-2024-<br>00332 | Nämnden för Kultur & Fritid godkänner<br>redovisningen av delegeringsbeslut fattat av<br>ordförande Annika Hedman (C) på grund av<br>brådskande ärende. |""",
    ),
    (
        "miljo/2025/2025-01-23/kallelse.md, sida 1 och 3",
        """Nämnden  för Miljö & Hälsoskydd

Sammanträde torsdagen den 23 januari 2025 kl. 16.00
Gåsevadholm, Storgatan 37

Sofie Axelsson                                               Kungsbacka kommun
Bygg- och miljöförvaltningen                                  434 81 Kungsbacka
Direkt 0300-834028
(e-post borttagen)                                    Besöksadress

|  | Ärende | Beteckning | Förslag | Tid |
| --- | --- | --- | --- | --- |
|  | Val av justerare |  | Ordinarie: Anders Petersson (S)<br>Ersättare: Henrik Arnesson (C) |  |
| 3. | Initiativ från Niclas Nilsson (M)<br>med flera om tillsyn av<br>minireningsverk | 2025-00297 |  |  |
| 5. | Förbud att tillföra massor<br>förenat med vite<br>Föredragande: Oscar Linder,<br>miljö- och hälsoskyddsinspektör | MH-2021-<br>1420 | Förslag till beslut | 20<br>min |

Niclas Nilsson                    Sofie Axelsson
ordförande                        sekreterare

| 17. | Information om projekt med<br>tillsyn inom<br>vattenskyddsområde med<br>drönare<br>Föredragande: Paula Morelli<br>och Mohammed Issa, miljö- och<br>hälsoskyddsinspektör och Bror<br>Beckholmen, mätningsingenjör | 2025-00215 |  | 25<br>min |""",
    ),
    (
        "bygg-au/2024/2024-08-08/kallelse.md, sida 1, 2 och 5",
        """Byggnadsnämndens   arbetsutskott

Sammanträde torsdagen den 8 augusti 2024 kl. 09:00
Kungsbackarummet, Storgatan 37

Amanda Toresson                                              Kungsbacka kommun
434 81 Kungsbacka
Direkt
amanda.toresson@kungsbacka.se                                   Besöksadress

|  | Ärende | Beteckning | Förslag | Tid |
| --- | --- | --- | --- | --- |
|  | Val av justerare |  | Ordinarie: Heinrich Kaufmann (C)<br>Ersättare: Daniel Hognert (M) |  |
| 4. | IDALA-KYRKOTORP 1:2-<br>Förhandsbesked för nybyggnad<br>av två enbostadshus | BN-2023-<br>001473 | Förslag till beslut<br>Byggnadsnämndens arbetsutskott lämnar<br>negativt förhandsbesked för två<br>enbostadshus på fastigheten Idala-<br>Kyrkotorp 1:2. | 5 min |
| 5. | TOM 6:3 - Förhandsbesked för<br>nybyggnad av ett enbostadshus | BN-2024-<br>000826 | Förslag till beslut<br>Byggnadsnämndens arbetsutskott lämnar<br>negativt förhandsbesked för ett<br>enbostadshus på fastigheten Tom 6:3,<br>delområde 4. | 5 min |

Thure Sandén                      Amanda Toresson
ordförande                        sekreterare""",
    ),
]
