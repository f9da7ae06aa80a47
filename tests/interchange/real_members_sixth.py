"""A sixth set of real members lists, protokoll first pages as the transcript of the PDF gives
them (one run, the labels inside it): Ale kommun's kommunstyrelse, which writes a tjänstgörande
ersättare as "X (S) tjg för Y (S)", "tjg" alone, and a ledamot away named without a party
right before the next name ("tjg för Klas Karlsson Sonny Landerberg (MP)"); Trosa kommun's
fullmäktige, its Beslutande under "Ledamöter" and "Ersättare", the presidium's roles after a
comma, §§ after a name for part of the meeting and "Bertil Svensson(NP)" without a space;
Katrineholm's kommunstyrelse, a name broken over lines before its party ("Inger Fredriksson"
over "(C) 2:e vice ordförande") and the label "Beslutandeersättare" in one word; Upplands
Väsby's social- och äldrenämnd, "(KD), tjg ersättare" after a name and "Ersättare:" right
after it; Söderhamn's närvarolista copied from the web page, a row "Name (C)X" a person, the
X the närvaro column's, and a name broken in its cell ("Björn" over "Celind (C)"); Enköping's
kommunstyrelse, the role between name and party ("Ingvar Smedlund, Ordförande (M)"), and it
and a fullmäktige of 2017 whose transcript lost "Beslut" of the label "Beslutande" ("…
ajournering ande Gunilla A Aurusell (S) ordförande, …"); Östersund's miljö- och
samhällsnämnd, its omröstningslista with the party after a comma and the vote columns' heads
between the names ("Närv Mona Modin Tjulin, ordförande, S JA NEJ JA NEJ JA NEJ Joakim Ekroth");
Oxelösund's miljö- och samhällsbyggnadsnämnd, twice: the label misspelt "Ej tjänstförande
ersättare", the ordförande named only in the underskrifter ("Ordförande Inge Ståhlgren
Justerande"), and the label "Ej tjänstgörande ersättare och övriga deltagare" printed in a
column beside the names, its words among them. The transcripts lost the §§ after the commas
("Jan Widegren, (M)": 41-47 in the document's title).

The politicians' names are as published in these public protokoll; the tjänstepersoner's names
are made up here (titles and order as published).
"""

from __future__ import annotations

# Ale kommun, kommunstyrelsen 2018-10-02, page 1.
# Source: https://vdocuments.pub/protokoll-kommunstyrelsen-beslutande-2018-10-04-protokoll-
# kommunstyrelsen-sammantrdesdatum2018-10-02.html
ALE_KOMMUNSTYRELSEN = (
    "PROTOKOLL Kommunstyrelsen Sammanträdesdatum: 2018-10-02 Plats och tid Konferensrum 105, Ale "
    "Kulturrum, kl. 09:00-11:30 (ajournering 10:05-10:20) Beslutande Monica Samuelsson (S) tjg för "
    "Paula Örn (S) Dennis Ljunggren (S) Christina Oskarsson (S) Johnny Sundling (S) tjg för Klas "
    "Karlsson Sonny Landerberg (MP) Jenny Sandkvist (MP) tjg för Sven Engdahl (V) Mikael Berglund "
    "(M), ordförande Dan Björk (M) Erik Liljeberg (M) Rolf Engström (FiA) tjg Rose-Marie Fihn (L) "
    "§§ 130-133 Rose-Marie Fihn (L) §§ 134-143 Åke Niklasson (C) Ingela Nordhall (AD) Robert "
    "Jansson (SD) Närvarande ersättare Maj Holmström (M) Oliver Andersson (M) Sune Rydén (KD) Rolf "
    "Engström (FiA) §§ 134-143 Övriga närvarande Se sida 2 Anna Berg, tillförordnad kommunchef "
    "Lena Ek, kommunsekreterare Maria Sten, utvecklings- och förvaltningssekreterare Karl Ström, "
    "ekonomichef § 133 Eva Holm, tf. Utvecklingschef § 132 Sara Lind, utvecklingsledare Per "
    "Nord, stadsarkitekt § 134 Utses att justera Dennis Ljunggren Justeringens plats och tid "
    "Kommunhus Nödinge, Ale Torg 7, 2018-10-03 kl. 16:00 Paragrafer §§ 130 - 143 Underskrifter "
    "Sekreterare Maria Sten Ordförande Mikael Berglund 1(25)"
)

# Trosa kommun, kommunfullmäktige 2017-06-21, page 1 (page 2's tjänstemän left out).
# Source: https://5dok.org/document/y960e0lr-protokoll-kf-pdf-pdf-kb.html
TROSA_KOMMUNFULLMAKTIGE = (
    "PRO T OK OL L Justerandes signatur Utdragsbestyrkande Tid och plats Onsdagen den 21 juni "
    "2017 kl.18.00-20:20 i konferenssal Stallet, Taxinge. Ajournering kl.19.14-19.40, "
    "19.55-20.00 Beslutande Ledamöter Effe Östman (M), ordförande Karin Wallin (NP), 1:e vice "
    "ordförande Barbro Eriksson (S), 2:e vice ordförande Bob Wållberg (NP) Jan Brolund (NP) "
    "Peter Nyman (NP) §§ 51-58 Malin Westergren (NP) Jan Linderhielm (NP) Bengt Lindén (NP) "
    "Göran Nygren (M) Lembit Vilidu (M) Cenneth Åhlund (M) Peter Ohlsson (M) Bengt Johansson "
    "(M) Börje Karlsson (C) Kerstin Eriksson (C) Märtha Dahlberg (S) Jörgen Runholm (S) Michael "
    "Henriksson (S) Matilda Drol (S) Lillemor Garbenius-Källström (S) Lars-Erik Aili (L) Marie "
    "Martna (MP) Patrick Claesson (SD) Ersättare Anders Roos (NP) §§ 45-50 Leif Zetterberg (NP) "
    "Thorbjörn Wallin (NP) Britt-Marie Ellis Nygren (M) Sven Eklund (S) Christer Olsson (MP) "
    "Övriga närvarande Ersättare Anders Roos (NP) §§ 51-58 Bertil Svensson(NP) Mats Dahlensjö "
    "(NP) Peter Palmér (M) Sylvia Öhrn Andersson (M) Zelotinka Antova (M) Lennart Ygstedt (C) "
    "Maria Salberg (S)"
)

# Katrineholms kommun, kommunstyrelsen 2020-08-26, page 1, its lines as the transcript gives
# them.
# Source: https://5dok.org/document/zpn691r0-kommunstyrelsens-f%C3%B6rslag-till-
# kommunfullm%C3%A4ktige.html
KATRINEHOLM_KOMMUNSTYRELSEN = """Plats och tid KTS-salen, Vita Huset, kl. 08:15 – 11:15

Beslutande Göran Dahlström (S) ordförande, Christer Sundqvist (M) 1:e vice ordförande, Inger \
Fredriksson

(C) 2:e vice ordförande, Anneli Hedberg (S), Ulrica Truedsson (S), Joha Frondelius (KD), \
Mica Vemic (SD), Jesper Ek (-), Marie-Louise Karlsson (S), Tony Rosendahl (V), Tony Karlsson (S)

Beslutandeersättare Cecilia Björk (S), Gunilla Magnusson (S)

Ersättare Nicklas Adamsson (MP)

Övriga

deltagande Nämndadministrativ chef Anna Berg, kommundirektör Lena Ek, ekonomi- och

personalchef Maria Sten, förvaltningschef Karl Ström, projektledare Eva Holm, avdelningschef \
Sara Lind, Per Nord (VD, +Katrineholm AB)

Utses att justera Tony Rosendahl (V)

Justeringens

plats och tid 2020-09-01

Underskrifter

………

Paragrafer §91 - §106

Sekreterare

Anna Berg

………

Ordförande

Göran Dahlström (S)

………

Justerande

Tony Rosendahl (V)
"""

# Upplands Väsby kommun, social- och äldrenämnden 2012-02-27, page 1.
# Source: http://docplayer.se/18662004-Sammantradesprotokoll-social-och-aldrenamnden-
# 2012-02-27-1.html
UPPLANDS_VASBY_SOCIAL_OCH_ALDRE = (
    "Social- och äldrenämnden Plats och tid Beslutande Messingen, Industivägen 20 b, rum "
    "Nielsen Måndag den 27 februari 2012, klockan 18: Ledamöter: Maria Fälth (KD), ordförande "
    "Lena Kanström (M), vice ordförande Ibrahim Abdallah (S), 2:e vice ordf. Christina H Gardos "
    "(M) Charlotte Bergnér Blanck (FP) Charlotte Rantanen (KD), tjg ersättare Gunilla Eriksson "
    "(S) Eeva Kaplas (MP) Leif Bejhed (V), tjg ersättare Ersättare: Magnus Åkesson (M) Ingabrit "
    "Halldén (M) Lillemor Wetterling (M) Karin Hemph (FP) Ketema Demie (S) Övriga deltagande "
    "Anna Berg, KVK Lena Ek, KVK Maria Sten, VV, 6-10 Karl Ström, VV, 6-10 Eva Holm, VV, 6-12 "
    "Sara Lind, VV, del av 6 Per Nord, VV, del av 6 Olle Falk, konsult, del av 6 Kim Dahl, S&P, "
    "nämndsekr. Utses att justera Lena Kanström (M) Justeringens plats och tid Kommunhuset, "
    "plan 6, den 5 mars 2012 Underskrifter Sekreterare... Paragrafer 6-21 Ordförande... "
    "Justerande..."
)

# Söderhamns kommun, arbetsmarknads- och socialnämnden 2019-01-28: the närvarolista as the
# protokoll's web page gives it (the columns Tjg, Ej tjg and the votes run together).
# Source: http://db.soderhamn.se/protokoll.nsf/964ff294c0ed8aeac1257dcf00528bb1/
# d7d9ef9db742f967c1258398002be41a?OpenDocument
SODERHAMN_ARBETSMARKNAD_OCH_SOCIAL = """Beslutande
Närvaro§§§§
Ordinarie ledamöterTjgEj tjgJANEJJANEJJANEJJANEJ
Pär-Olof Stål (C)X
Camilla Jonsson (C)X
§§ 12-13
Lennart Andersson (C)X
Linda Elgestad (M)X
Jan Nilsson (KD) X
Maria Lind (S)X
Patric Rosenqvist (S)X
Ida Viberg (S)X
Isabel Hildén (V)X
Rino Hedblom (SD)X
Eva-Mai Mineur Tynong (SD)X

Ersättare
Närvaro§§§§
TjgEj tjgJANEJJANEJJANEJJANEJ
Kjell Englund (C)X
Carina Karlsson (C)X
§§
14-22
X
§§
12-13
Björn
Celind (C)
Frida Stål (M)X
Hans Blom (L)X
Anna-Marie Landgren (S)
Mustafa Sido (S)X
Mathilda Lindberg (S)X
Amelia Königsson (V)
Jane Mineur (SD)X
Tony Svensson (SD)

Övriga närvarande
Anna Berg, förvaltningschef
Lena Ek, biträdande förvaltningschef
Maria Sten, verksamhetschef
"""

# Enköpings kommun, kommunstyrelsen 2019-01-15, pages 1 and 2 (two lines: the transcript's
# pages).
# Source: https://docplayer.se/amp/115841769-Protokoll-1-53-sammantradesdatum-
# kommunstyrelsen.html
ENKOPING_KOMMUNSTYRELSEN = (
    "Protokoll 1 (53) ande organ Plats och tid Mentorn 1 och 2, utbildningsförvaltningen, "
    "Linbanegatan 12, tisdagen den 15 januari 2019, klockan 13.00 17.15, med ajournering "
    "för fika klockan 14.50-15.10. Öppet möte från och med paragraf 7. ande Ingvar "
    "Smedlund, Ordförande (M) Ulrika Ornbrant, 1:e vice ordförande (C) Jesper Englundh, 2:e "
    "vice ordförande (S) Bitte Myrsell (M) Elisabeth Norman (C) Jenny Gavelin (L) Bo "
    "Reinholdsson (KD) Kenneth Hällbom (MP) Matz Keijser (S) Solweig Sundblad (S) Solweig "
    "Eklund (S) Sverre Ahlbom (S) Anders Wikman (NE) Anders Lindén (SD) Kristjan "
    "Valdimarsson (SD) Justeringens plats och tid Måndag den 21 januari 2019, Linbanegatan "
    "12 Avser paragrafer 1-30 Sekreterare Ordförande Justerande Anna Berg Ingvar Smedlund "
    "Jesper Englundh Bevis om anslag Protokollet är justerat och justeringen har meddelats "
    "genom anslag på kommunens anslagstavla som finns på enkoping.se/anslagstavla. ande "
    "organ Anslaget sätts upp 2019-01-22 Anslaget tas ned 2019-02-13 Sista dag att "
    "överklaga 2019-02-12 Protokollet finns tillgängligt på enkoping.se/kommun-och-politik "
    "och hos det beslutande organet.\n"
    "Protokoll 2 (53) Ej tjänstgörande ersättare Mats Flodin (M), paragraf 1-5 och 7-30 "
    "Peter Book (M) Ingvar Magnusson (NE) Tuija Rönnback (NE) Magnus Ahlkvist (V) Anneli "
    "Apelholm (SD) Övriga deltagare Lena Ek, planarkitekt, till och med paragraf 4 Maria "
    "Sten, planarkitekt, till och med paragraf 4 Karl Ström, Va-strateg, till och med "
    "paragraf 6 Eva Holm, controller, paragraf 8 Anna Berg, kommunsekreterare Rolf "
    "Carlsson, ordförande kommunfullmäktige\n"
)

# Kommunfullmäktige 2017-11-13 in Centrumgården (the transcript's first page does not name the
# kommun), page 1.
# Source: http://docplayer.se/111966176-Margareta-barkselius-c-monica-wastelius-c-niclas-lund-
# m-jacob-hedberg-m-rickard-axelsson-l-och-sofia-axelsson-l.html
KOMMUNFULLMAKTIGE_CENTRUMGARDEN_2017 = (
    "Kommunfullmäktige 1 (51) Plats och tid Centrumgården, måndagen den 13 november 2017, "
    "klockan , ajournering ande Gunilla A Aurusell (S) ordförande, Marie Norin Junttila "
    "(S), Mikael Petersson (S), Urban Dahlgren (S), Per Strengbom (S), Rigmor Åkesson (S), "
    "Rolf Lindgren (S), Elisabeth Persson (S), Margareta Johansson, (S), Marita Pettersson "
    "(S), Kerstin Åkesson (MP), Peter Åkesson (MP), Petter Westlund (C), Madelene Fager "
    "(C), AnneMarie Andersson (C), Gunnar Karlsson (C), Eleonor Westlund (C), Stellan Lund "
    "(M), Yvonne Ericsson (M), Hans Carlsson (M), Carina Sjölund (M), Niklas Magnusson (M), "
    "Maivor Norgren (M), Ewa Granudd (M), Eva-Carin Sandbom (L), Rebecca Burlind (L), Olof "
    "Lindberg (L), Jenny Andersson (KD), Rune Broström (SD) och Per Hammarström (SD). "
    "Tjänstgörande ersättare Barbro Jansson (S), Gunilla Lindström (S), Ronny Moström (S), "
    "Elisabeth Laestander (S), Joel Pettersson (V) och Anna-Karin Tornemo (V). Ersättare "
    "Margareta Barkselius (C), Monica Wastelius (C), Niclas Lund (M), Jacob Hedberg (M), "
    "Rickard Axelsson (L) och Sofia Axelsson (L). Övriga deltagande Utses att justera "
    "Ersättare för justerare Kanslichef Anna Berg Rigmor Åkesson och Petter Westlund Marita "
    "Pettersson och AnneMarie Andersson Justeringens plats och tid Kansliet , klockan "
    "Underskrifter Sekreterare Ordförande... Paragrafer Anna Berg... Gunilla A. Aurusell "
    "Justerande... Rigmor Åkesson Petter Westlund"
)

# Östersunds kommun, miljö- och samhällsnämnden 2014, the kallelse's omröstningslista (pages 2
# and 3, a line each).
# Source: http://docplayer.se/2706014-Miljo-och-samhallsnamndens-sammantrade.html
OSTERSUND_MILJO_OCH_SAMHALLE = (
    "OMRÖSTNINGAR LEDAMÖTER Närv Mona Modin Tjulin, ordförande, S JA NEJ JA NEJ JA NEJ "
    "Joakim Ekroth, 1:e vice ordförande, M Magnus Andersson, 2:e vice ordförande, C Ralph "
    "Rodin, S Maria Gerdin, S Ricard Söderberg, S Christina Hedin, V Anders Rydeborg, MP "
    "Pär Jönsson, M Lennart Ledin, FP Per Ericsson, C Bedigt Eriksson, S ersättare Ruth "
    "Karlsson, S ersättare\n"
    "Gunnar Danielsson Edfalk, S ersättare Per Håkansson, S ersättare Inger Jansson, V "
    "ersättare Lars Bodin, MP ersättare Sven Ringvall, M ersättare Sture Persson, M "
    "ersättare Bengt Åsengård, M ersättare Frank Nilsson, C ersättare Karl Göran Eriksson, "
    "KD ersättare\n"
)

# Oxelösunds kommun, miljö- och samhällsbyggnadsnämnden, §§ 41-47, page 1.
# Source: http://docplayer.se/203198-Ann-sophie-nygren-jan-widegren-41-47-birgitta-luoto-
# calinge-lindberg-bjorn-johansson-daniel-johansson-anna-maija-alajoki.html
OXELOSUND_MSBN_41 = (
    "1(14) Sammanträdesprotokoll Blad 1 (2) Plats och tid Kommunhuset rum 293 kl Beslutande "
    "Inge Ståhlgren (S) Ann-Sophie Nygren (S) Jan Widegren, (M) Birgitta Luoto (S) Calinge "
    "Lindberg (S) Björn Johansson (MP) Daniel Johansson (V) Anna-Maija Alajoki (M) Agneta "
    "Höglander (C) Björn Wintler, (FP) Ej tjänstförande ersättare Ferry Hagi (S) Tommy "
    "Karlsson (S) Evert Melander (S) Sandra Landin (MP) Björn Wintler, (FP) Övriga "
    "deltagare Anna Berg Sekreterare Lena Ek Förvaltningschef Maria Sten, 43 Planarkitekt "
    "Underskrifter Sekreterare Anna Berg Paragrafer Ordförande Inge Ståhlgren Justerande.. "
    "Agneta Höglander BEVIS Justeringen har tillkännagivits genom anslag Organ Miljö- och "
    "samhällsbyggnadsnämnden Datum för anslagsuppsättande Datum för anslagsnedtagande "
    "Förvaringsplats för protokollet Kommunstyrelseförvaltningen Underskrift Anna Berg"
)

# Oxelösunds kommun, miljö- och samhällsbyggnadsnämnden, §§ 12-22, page 1.
# Source: http://docplayer.se/366645-Birgitta-luoto-carl-inge-lingberg-daniel-johansson-bjorn-
# johansson-viktor-uhlin-agneta-hoglander-ann-sophie-nygren-18-22-s.html
OXELOSUND_MSBN_12 = (
    "1(19) Sammanträdesprotokoll Blad 1 (2) Plats och tid kommunhuset rum 293 kl Beslutande "
    "Inge Ståhlgren (S) Jimmy Gustavsson, (S) Jan Widegren (M) Birgitta Luoto (S) Carl-Inge "
    "Lingberg (S) Daniel Johansson (V) Björn Johansson (MP) Viktor Uhlin (M) Agneta "
    "Höglander (C) Ann-Sophie Nygren, (S) Ej tjänstgörande Ann-Sophie Nygren, (S) ersättare "
    "och övriga Ferry Hagi (S) deltagare Evert Melander (S) Joakim Sandström (V) Sandra "
    "Landin (MP) Björn Wintler (FP) Anna Berg Sekreterare Lena Ek Förvaltningschef Maria "
    "Sten, 12 Miljö- och hälsoskyddsinspektör Karl Ström, Bygglovhandläggare Eva Holm, 15 "
    "Planarkitekt Sara Lind, 15 Planarkitekt Per Nord, 22 Sörmlandskustens Räddningstjänst "
    "Olle Falk, 22 Sörmlandskustens Räddningstjänst Underskrifter Sekreterare Anna Berg "
    "Paragrafer Ordförande Inge Ståhlgren Justerande.. Jan Widegren BEVIS Justeringen har "
    "tillkännagivits genom anslag Organ Miljö- och samhällsbyggnadsnämnden"
)
