"""Real lists of a nämnd's ledamöter and ersättare, from kommuner and a region other than the
first two (Mariehamn, Ljusdal in test_members_paste.py), as a secretary would paste them.

Protokoll first pages come as docplayer.se's transcript of the PDF gives them: one run of
text, the labels of the first page's table ("Beslutande", "Övriga närvarande", "Utses att
justera") inside it, sometimes all before the names (the PDF's two columns read one after the
other). Web pages come as the page's text reads. Personal names are as published in these
public documents; in Kungsbacka's page the e-mail addresses and phone numbers are made up
(same shape). Each list is cut where its first page or its list ends.
"""

from __future__ import annotations

# Eslövs kommun, nämnden för vård och omsorg: protokoll page 1, roles after the party
# ("ordförande", "ersättare för …", "1:e vice ordförande"), the ej tjänstgörande ersättare
# under "Övriga närvarande" with the tjänstepersoner, their titles in a column of their own.
# Source: http://docplayer.se/14568593-Sammantradesprotokoll-plats-och-tid-beslutande-ovriga-
# narvarande-utses-att-justera-justeringens-paragrafer-plats-och-tid-sekreterare-ordforande.html
ESLOV_VARD_OCH_OMSORG = (
    "Sammanträdesprotokoll Sida 1 (24) Plats och tid Sammanträdesrum Möller, klockan "
    "Beslutande Tony Hansson (S) ordförande Marie Göransson (S) ersättare för Agneta Nilsson "
    "(S) Gabriel Barjosef (S) ledamot Lena Wöhlecke (M) 1:e vice ordförande Hans Johansson (M) "
    "ledamot Maria Håkansson (M) ersättare för Christer Westfahl (M) Therese Andersson (C) "
    "ersättare för Monica Eberyd (C) Lesley Holmberg (FP) 2:e vice ordförande Iréne Wikström "
    "(FP) ledamot Peter Fink (SD) ledamot Farid Albahadli (MP) ledamot Övriga närvarande "
    "Anette Palm (S) Unni Trolle (M) Hans-Ove Lunde (KD) Arvid Frandsen (SD) Lars-Erik "
    "Björklund (V) Eva Åström Sabina Lindell ersättare ersättare ersättare ersättare ersättare "
    "förvaltningschef sekreterare Utses att justera Lesley Holmberg (FP) Justeringens plats "
    "och tid Sekreterare Vård och Omsorg den 26/ Paragrafer Nr Ordförande Sabina Lindell "
    "Justerande Tony Hansson Lesley Holmberg"
)

# Mölndals stad (the names are those of the nämnd on the Socialdemokraterna i Mölndal's
# page), vård- och omsorgsnämnden: the labels all before the names, "(S) (ordförande)",
# "ersätter", tjänstepersoner with their titles in brackets, the justerare named again.
# Source: https://docplayer.se/109072013-Sammantradesprotokoll-vard-och-omsorgsnamnden-
# sammantradesdatum.html
MOLNDAL_VARD_OCH_OMSORG = (
    "Plats och tid Bruket, Göteborgsvägen 7 kl. 16:30-19:45 Beslutande ledamöter Ej "
    "tjänstgörande ersättare Övriga närvarande Utses att justera Ove Dröscher (S) "
    "(ordförande) Margareta Krakowski (L) (vice ordförande) Pernilla Övermark (S) Carina "
    "Blomgren (MP) Marie Lindqvist (V) Johanna Karlsson Deucher (KD) Kristian Vramsten (M) "
    "Göran Isacsson (M) Maria Martini (C) Kjell-Åke Jönsson (SD) Royne Borgvall (S) ersätter "
    "Lennart Wallensäter (S) Eva Johansson (S) Jenny Ahlberg (S) Agneta Caspersen (MP) Leif "
    "Norberg (M) Thomas Olin (SD) Monica Holmgren (chef vård- och omsorgsförvaltningen) Pär "
    "Levander (kvalitetschef) 107 Daniel Aronsson (chef ekonomi och bitr. förvaltningschef) , "
    "Malin Thorson (nämndsekreterare) Karin Blomqvist (medicinskt ansvarig sjuksköterska, "
    "MAS) 107 Emelie Sundberg (socialt ansvarig samordnare, SAS) 107 Carolina Day "
    "(verksamhetsutvecklare) 108 Maria Martini (C) Justeringens plats och tid Vård- och "
    "omsorgsförvaltningen :00 Paragrafer Underskrifter Sekreterare.... Malin Thorson "
    "Ordförande.... Ove Dröscher (S) Justerande.... Maria Martini (C)"
)

# A socialnämnd (the kommun is not named on the page), 2016: "ej 13" and "13" for the
# närvaro, "Övriga deltagande Ersättare: …, … och … samt sekreterare …".
# Source: http://docplayer.se/93586524-Sammantradesprotokoll.html
SOCIALNAMNDEN_2016 = (
    "Socialnämnden (27) Plats och tid Kommunhuset, KS-salen, kl Vissa personuppgifter kan "
    "vara raderade p g a gällande lag Beslutande Mariette Sjölund (S), ordförande Ingvor "
    "Regnemer (S) Karin Enedahl (S) Lennart Ahlström (S) Harriet Berggren (S) Charlott "
    "Ristikartano (MP) Charlotte Steiner (V) Isabella Piva (M) Sari Svanström (C) Tommy "
    "Emterby (KD) Gary Slater (SD) ej 13 Birgitta Westman (S) 13 Övriga deltagande Ersättare: "
    "Birgitta Westman (S) ej 13, Niklas Norling (S), Elisabeth Erngren (V), Barbara "
    "Kabacinski Hallström (L) och Maria Blomberg (L) samt sekreterare Patrik Skanser, "
    "socialchef Lillemor Quist, områdeschef Jari Heikkinen, controller Ann-Sofie Eriksson "
    "13-16, alkoholhandläggare Åsa Nilsson och områdeschef Marie Lindblom Närvarorätt Utses "
    "att justera Socialnämnden beslutar att medge närvarorätt för samtliga närvarande. "
    "Lennart Ahlström (S) Justeringens plats och tid Kommunhuset den 29 februari 2016 klockan "
    "Underskrifter Paragrafer Sekreterare Ordförande Justerande Patrik Skanser Mariette "
    "Sjölund (S) Lennart Ahlström (S)"
)

# Vilhelmina kommun, socialnämnden 2016-06-09: no parties, the names one after another.
# Source: https://docplayer.se/140180510-Vilhelmina-kommun-protokoll-1-54-socialnamnden-bo-
# lennart-danielsson-rickard-norberg-marianne-persson.html
VILHELMINA_SOCIALNAMNDEN = (
    "VILHELMINA KOMMUN PROTOKOLL 1(54) Plats och tid Folkets Hus, Vilhelmina, torsdagen den 9 "
    "juni 2016, kl Beslutande Annika Wibrell, ordf. Rickard Norberg Ulf Hansson Michael "
    "Haglund Barbro Johansson Monica Gebart Maria Bäckström Ewa Larsson Göran Jonsson Gunder "
    "Lindgren Bo Lennart Danielsson Övriga deltagande Utses att justera Roland Bång Marianne "
    "Persson Ann Kristine Persson, 49, Susanna Rolfsdotter, Stefan Strindholm, 59, 62, 64 "
    "Susanne Fjällner, Kommunal, 50-56, 58, del av 60-61, Rickard Norberg Underskrift "
    "Sekreterare Marianne Persson Ordförande... Annika Wibrell Justerande... Rickard Norberg"
)

# Karlskrona kommun, kommunstyrelsen: "Beslutande Ledamöter … och …", "Tjänstgörande ersättare
# X (KD) ersätter Y (KD)", "Övriga närvarande Ersättare …", "Tjänstemän …".
# Source: http://docplayer.se/2702536-Cristina-kvist-v-ersatter-bo-eliasson-v-170-172-184-
# ovriga-narvarande-ersattare.html
KARLSKRONA_KS = (
    "Sida 1 (41) Plats och tid. Nicolairummet, stadshuset kl. 09:00-15:17 Ajournering för "
    "kaffe kl. 10:00-10:20 Föreläsning och lunch kl. 11:00-14:00 Beslutande Ledamöter Kjell "
    "Hedvall (S), Kajsa Ezelius (S), Bertil Jonsson (M), Sabina Johansson (S), Morten Ryan "
    "(S), Bo Eliasson (V) , Göran Larsson (MP), Annika Håkanson (M), Kent Folkesson (C) Tommy "
    "Larsson (KD) och Pär Johnson (FP). Tjänstgörande ersättare Annika Samuelsson Björk (KD) "
    "ersätter Tommy Larsson (KD) , Cristina Kvist (V) ersätter Bo Eliasson (V) 170, Övriga "
    "närvarande Ersättare Kenneth Lundell (S), Hilda Hedenberg (S), Anna Kelemen Ejstes (MP) "
    "och Anna Wallgren (M). Tjänstemän Kommundirektör Jan Fransson, kommunsekreterare Linda "
    "Mattila, ekonom Ann-Charlotte Wiktorsson 164, , mark- och exploateringsingenjör Britt "
    "Andersson 165, planarkitekt Amelie Sandström 165. Övriga Justering Justerande Plats och "
    "tid Pär Johnson (FP) Paragrafer Underskrifter Sekreterare Ordförande Justerande Linda "
    "Mattila Kjell Hedvall (S) Pär Johnson (FP) Utdragsbestyrkande"
)

# Valdemarsviks kommun (by the place, Strömsvik; the page does not name it), kommunstyrelsens
# arbetsutskott: "ordf", "Närvarande ersättare", tjänstepersoner with titles, no commas.
# Source: http://docplayer.se/15663403-Sammantradesprotokoll.html
VALDEMARSVIK_KSAU = (
    "1(23) Plats och tid Sammanträdesrum Skutan Strömsvik,,, 08:15-12:00 Beslutande Erland "
    "Olauson (S), ordf Helen Johansson Kokkonen (S) Bertil Eklund (NB) Anna Nilsson (M) Jenny "
    "Ek (C) Närvarande ersättare Göran Segergren (S) Evelyn Chaparro (MP) Jonas Andersson (V) "
    "Per Hollertz (M) Övriga närvarande Monika Hallberg kommunchef Göran Trysberg "
    "näringslivssamordnare Erica Ekblom planchef Thomas Örnberg sektorschef Mikael Jonsson "
    "gatu/fastighetschef Tomas Zingmark IT-strateg Sarah Andersson trygghets- och "
    "säkerhetssamordn Eva Köpberg sekreterare Utses att justera Jenny Ek (C) Justeringens "
    "plats och tid Avdelning Service och Administration, :30 Underskrift Sekreterare... "
    "Paragrafer Eva Köpberg Ordförande... Erland Olauson (S) Justerande.. Jenny Ek (C)"
)

# Älmhults kommun, kommunfullmäktiges valberedning 2018–2022, the web page: headings,
# "(-)" for a member of no party, the sekreterare under a heading of its own.
# Source: https://www.almhultsfestivalen.se/sv/kommunpolitik/organisationochpolitik/
# kommunfullmaktige/valberedningen.4.2f2d6d8914b318b6d07cac61.html
ALMHULT_VALBEREDNINGEN = """\
Ledamöter och ersättare 2018-2022

Ledamöter

Marie Olofsson (C)
Bo Mazetti-Nissen (M), ordförande

Gun-Britt Cedergren (KD)
Helen Bengtsson (S), vice ordförande
Ulla-Britt Andreasson (V)

Michael Öberg (MP)
Börje Tranvik (-)

Ersättare

Vidar Lundbäck (C)
Jakob Willborg (M)
Senada Hodzic (L)

Karl-Henrik Wallerstein (KD)
Lars Ingvert (S)
Predrag Jankovic (V)

Jamil Ahmad Nazar (MP)
Gull-Britt Tranvik (SD)

Sekreterare

Christoffer Mowide

Till toppen
"""

# Sveriges Kommuner och Landsting, valnämnden: the kommun after the party, "Personliga
# ersättare" each "(för …)" the ledamot, one of them by two of the ledamot's three names; the
# page's contact person (not a member) after the list.
# Source: https://skl.se/tjanster/omskl/styrelseochberedningar/valnamnden.2681.html
SKL_VALNAMNDEN = """\
Ledamöter

Gunilla Svantorp (S), Årjängs kommun, ordförande
Caisa Lycken (MP), Uppsala kommun
Yasmine Carlsson (V), Stockholms stad
Gunnar Lidell (M), Vänersborgs kommun, vice ordförande
Göran Gunnarsson (C), Region Östergötland
Thomas Olofsson (L), Luleå kommun
Tommy Bernevång Forsberg (KD), Region Jönköpings län
Patrik Jönsson (SD), Region Skåne

Personliga ersättare

Meit Fohlin (S), Region Gotland (för Gunilla Svantorp)
Joakim Larsson (MP), Västra Götalandsregionen (för Caisa Lycken)
Gunnar Friberger (V), Nacka kommun (för Yasmine Carlsson)
Roland Gustbee (M), Växjö kommun (för Gunnar Lidell)
Lena Reyier (C), Region Dalarna (för Göran Gunnarsson)
Patrik Silverudd (L), Stockholm stad (för Thomas Olofsson)
Marie Litholm (KD), Haninge kommun (för Tommy Bernevång)
Maria  Liljedahl (SD), Region Västmanland (för Patrik Jönsson)

Informationsansvarig

  • Anna Wiitavaara
    AdministratörHjälpte informationen på sidan dig?

Tack för att du hjälper oss!

Sidfot
"""

# Kungsbacka kommun, nämnden för Vård & Omsorg: the presidium, "Ordförande: …", "1:a vice
# ordförande: …", each with an e-mail address and most with a phone number on lines of their
# own (made up here, in the page's shape).
# Source: https://www.kungsbacka.se/Kommun-och-politik/Kommunens-organisation/Politiska-
# namnder/vard-omsorg/
KUNGSBACKA_VARD_OMSORG = """\
Nämnden för Vård & Omsorg har 11 ledamöter och 8 ersättare.

Ordförande: Ulric Björck (M)
ulric.bjorck@example.se

1:a vice ordförande: Bengt Alderin (C)
070-000 00 01
bengt.alderin@example.se

2:a vice ordförande: Maj-Britt Rane-Andersson (S)
070-000 00 02
maj-britt.rane-andersson@example.se
"""

# Östhammars kommun, socialnämnden: the members are "Enligt särskild närvarolista"; the page
# names only tjänstepersoner and the justerare. Nobody here is to become a member.
# Source: http://docplayer.se/190865939-Osthammars-socialnamnd.html
OSTHAMMAR_SOCIALNAMNDEN = (
    "Socialnämnden SAMMANTRÄDESPROTOKOLL Sammanträdesdatum Sid (18) Plats och tid Beslutande "
    "Gröna rummet, Socialförvaltningen, Östhammar, kl.09:00-13:40 Enligt särskild "
    "närvarolista Övriga deltagande Nämndsekreterare Fitim Kunushevci Tf. socialchef Lisbeth "
    "Bodén 63-68, 70, Individ- och familjeomsorgschef Yvonne Wahlbeck Administrativ chef "
    "Torbjörn Nyqvist Verksamhetsområdeschef hemvård Johan Steinbrecher 69 Utredare Oskar "
    "Johansson Verksamhetsområdeschef Myndighet Agneta Rönnkvist Utses att justera Anna-Lena "
    "Söderblom (M) Justeringens plats och tid Socialkontoret, Östhammar, , kl. 13:55 "
    "Underskrifter Paragrafer Sekreterare Fitim Kunushevci Ordförande Justerande Lisa Norén "
    "(S) Anna-Lena Söderblom (M)"
)

# Lindesbergs kommun, socialnämnden: the web page's presidium, blank lines between.
# Source: https://www.lindesberg.se/kommun-och-politik/kommunens-organisation/namnder-och-
# forvaltningar/socialnamnden
LINDESBERG_SOCIALNAMNDEN = """\
Socialnämnden

Mathz Eriksson (C), ordförande

Elin Axelsson (S), vice ordförande

Senast uppdaterad
"""

# Tomelilla kommun, valberedningsnämnden: the page's "Presidium", the role after the party.
# Source: https://tomelilla.se/kommunochpolitik/kommunensorganisation/namnder/
# valberedningsnamnden.1088.html
TOMELILLA_VALBEREDNINGSNAMNDEN = """\
Valberedningsnämnden består av sju till tretton ledamöter och lika många ersättare.

Presidium

Emil Ekstrand (M) ordförande
Per Gustafsson (SD) 1:e vice ordförande
Anders Throbäck (S) 2:e vice ordförande
"""
