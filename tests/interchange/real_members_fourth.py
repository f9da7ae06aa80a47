"""A fourth set of real members lists, from kommuner not used before: a kommun page of
headings and one person a line, a förtroendevalda register's table that gives the family name
first, and a protokoll's first page in one run with the parties in lower case."""

from __future__ import annotations

# Borlänge kommun, kultur- och fritidsnämnden: "Ledamöter" and "Ersättare" over one person a
# line, "(-)" for members of no party, the presidium's roles after the party.
# Source: https://www.borlange.se/kommun-och-politik/kommunens-organisation/namnder/kultur-och-fritidsnamnden
BORLANGE_KULTUR_OCH_FRITID = """\
Kultur- och fritidsnämnden består av 13 ledamöter och 13 ersättare som utses av \
kommunfullmäktige.

Ledamöter

Maslah Omar (S), ordförande
Bengt Benjaminsson (M), 1:e vice ordförande
Mursal Isa (MP), 2:e vice ordförande
Sara Nordqvist (S)
Mikael Karlsson (S)
Anna Tägtström Visconti (S)
Marianne Hagfeldt (M)
Patrick Magnusson (M)
Arvid Jaans (SD)
Anita Tjernberg (-)
Emil Åhman (KD)
Simon Arvidsson (C)
Matilda Sundström (L)

Ersättare

Birgitta Elfström (S)
Hans Björke (S)
Ann-Cecilia Thenander (S)
Lars G Jansson (S)
Kerstin Borg (M)
Lars Karlsson (M)
Hardy Bergman (M)
Sonny Petterson (SD)
Kenneth Tjernberg (-)
Daniel Knutsgård (KD)
Edvin Qvist (C)
Arne Lissmats (L)
Tommy Arnberg (V)

Kultur- och fritidsnämndens uppgift är att inom givna ekonomiska ramar erbjuda kommunens \
invånare ett så rikt och allsidigt kulturutbud som möjligt. Det är bara \
biblioteksverksamheten som är lagreglerad.
"""

# Strängnäs kommun, kulturnämnden 2019–2022: the förtroendevalda register's table as stored,
# "EfternamnFörnamnPartiUppdragOrdningsnummer" run together and each row's cells apart by one
# space, the family name first ("Lindell Rylén Monica s Ordförande 3"), parties in lower case.
# Source: https://turism.strangnas.se/kommun-och-politik/kommunens-organisation/namnder/kulturnamnd
STRANGNAS_KULTURNAMNDEN = """\
Ledamöter och ersättare

Förtroendevalda hos Strängnäs kommun

Kulturnämnden

Uppdrag (18 st)

EfternamnFörnamnPartiUppdragOrdningsnummer
Hogrell Ellinor m 1:e v ordförande 1
Wedel Donald m Ledamot 2
Lindell Rylén Monica s Ordförande 3
Svärd Göran s Ledamot 4
Larsson Tjernström Jennie s Ledamot 5
De Geer Catharina kd 2:e v ordförande 6
Wallenberg Erik l Ledamot 7
Karlsson Björn sd Ledamot 8
Moretti Sandrina v Ledamot 9
Ahlström Lennart m Ersättare 10
Larsson Marie m Ersättare 11
Westerberg Nils Gunnar m Ersättare 12
Askerstedt Mattias s Ersättare 13
Jarl Anna s Ersättare 14
Svedberg Christer c Ersättare 15
Edvinsson Magnus strp Ersättare 16
Hefvelin Linda sd Ersättare 17
Bengtsson Ingela mp Ersättare 18
Skriv ut
Senast uppdaterad: 5 maj 2022
"""

# Hultsfreds kommun, miljö- och byggnadsnämnden 2006-01-19: protokoll page 1 in one run,
# parties in lower case, "Övriga deltagande" with tjänstepersoner and three politicians, the
# justerare first named among the Beslutande, the ordförande named only in the underskrifter.
# Source: http://docplayer.se/2283177-11-hultsfreds-kommun-sammantradesprotokoll-1-251-
# sammantradesdatum-miljo-och-byggnadsnamnden-2006-01-19.html
HULTSFRED_MILJO_OCH_BYGG = (
    "11 Hultsfreds kommun SAMMANTRÄDESPROTOKOLL 1 (251) Plats och tid Kommunhuset, Hultsfred , "
    "kl Beslutande Johan Svensson (m) Konny Bogren (s) Börje Karlsson (c) Edgar Hofvergård (s) "
    "Ivan Gunnarsson (c) Britt Sorpola (s) Lennart Davidsson (kd) Sven Nyberg (s) Evert Möller "
    "(kd) Kenneth Rosén (v) Atli Einarsson (s) Övriga deltagande Anders Helgée Anders Åström "
    "Margareta Roos Daniel Johansson Sabine Fell Monica Bergh (kd) Peter Nelsson (s) Sylve Rydén "
    "(s) Jonas T. Sandelius Utses att justera Ivan Gunnarsson Underskrifter Paragrafer 1-8 "
    "Sekreterare Ordförande Justerande.. Margareta Roos. Edgar Hofvergård. Ivan Gunnarsson "
    "ANSLAG/BEVIS Protokollet är justerat. Justeringen har tillkännagivits genom anslag. Organ "
    "Miljö- och byggnadsnämnden Datum för anslags Datum för anslags uppsättande nedtagande "
    "Förvaringsplats av protokollet Underskrift Miljö- och byggnadskontoret.. Margareta Roos"
)

# Ljusdals kommun, utbildningsnämnden 2019-04-18: protokoll page 1 in one run, each role after
# a comma behind the party ("Kristina Bolin (S), Ordförande Lena Svahn (MP), 1:e vice
# ordförande"), the 2:e vice ordförande away ("Ramin Maihanparast (V) ersättare för Helena
# Brink (M), 2:e vice ordförande"). Measured untuned in members10, then read whole.
# Source: http://docplayer.se/140904235-Ersattare-kristoffer-kavallin-mp-ej-tjanstgorande-
# mats-nygardh-l-ej-tjanstgorande-marie-mill-lb-ej-tjanstgorande.html
LJUSDAL_UTBILDNINGSNAMNDEN = (
    "1(27) Plats och tid Ljusdalssalen, Kommunhuset Ljusdal, torsdagen den 18 april 2019 kl. "
    "08:30 Beslutande Ledamöter Kristina Bolin (S), Ordförande Lena Svahn (MP), 1:e vice "
    "ordförande Ramin Maihanparast (V) ersättare för Helena Brink (M), 2:e vice ordförande Nouh "
    "Baravi (S) ersättare på vakant plats Åsa Malmström (L) William Våhlberg (C) Pia Hedblom (V) "
    "Torsten Hellström (LB) Tomas Skogstjärn (SD) ersättare för Mats Markusson (SD) Ersättare "
    "Kristoffer Kavallin (MP) ej tjänstgörande Mats Nygårdh (L) ej tjänstgörande Marie Mill (LB) "
    "ej tjänstgörande Övriga deltagande Monica Hallquist, förvaltningschef Christina Månsson, "
    "nämndsekreterare Utses att justera Ramin Maihanparast Justeringens plats och tid "
    "Kommunkansliet, plan 5 Kommunhuset, 25 april 2019 klockan 10:00 Underskrifter Sekreterare "
    "Paragrafer Christina Månsson Ordförande Kristina Bolin Justerare Ramin Maihanparast"
)

# Krokoms kommun (by the justering's place, Krokom), barn- och utbildningsnämnden 2020-06-09:
# protokoll page 1 in one run, the party after a comma ("Jannike Hillding, M, Ordförande
# Astrid Lönn Jern, C, 1:e vice ordförande … Monica Dahlén, S Marcus Danielsson, SD"), one
# accent as the PDF's text gives it ("Savic´"). Measured untuned in members10, then read whole.
# Source: https://dokumen.tips/documents/protokoll-barn-och-utbildningsnnmnden-9-juni-2020-
# 20200609-iwhu-iunjd.html
KROKOM_BARN_OCH_UTBILDNING = (
    "Barn- och utbildningsnämnden SAMMANTRÄDESPROTOKOLL Sida 1(16) Sammanträdesdatum 2020-06-09 "
    "Plats och tid Ivern, tisdagen den 9 juni 2020 kl 08:30-12.15 Beslutande Ledamöter Jannike "
    "Hillding, M, Ordförande Astrid Lönn Jern, C, 1:e vice ordförande Jenny Palin, S, 2:e vice "
    "ordförande Monica Dahlén, S Marcus Danielsson, SD Carina Fröberg, S Carina Grahn Hellberg, S "
    "Stina Kimselius, M, via länk Katarina Rosberg, S Dmitar Savic´, MP Ingrid Zakrisson, C "
    "Ersättare Anneli Håkansson, S Övriga närvarande Birgitta Lundgren, barn- och "
    "utbildningschef Maria Walther, sekreterare Fredrik Runfors, förvaltningsekonom, § 56 "
    "Pernilla Oscarsson, enhetschef elevhälsan, §§ 57, 60 Angelica Faktus, enhetschef skola, § 58 "
    "Elisabeth Englund, verksamhetschef förskola fritidshem, § 62 Annika Berkö, verksamhetschef "
    "modersmål, kulturskola, § 62 Justerare Carina Grahn Hellberg, S Justeringens plats och tid "
    "Krokom 2020-06-16 Underskrifter Sekreterare Paragrafer §§ 55-65 Maria Walther Ordförande "
    "Jannike Hillding Justerare Carina Grahn Hellberg"
)

# Lunds kommun, barn- och skolnämnd Lund Öster 2013-09-26 (the meeting's date is not on the
# page; the justering's is): protokoll page 1 in one run, the family name first ("Nordbeck
# Carolina (FP)") but given name first in the justering ("Tord Persson (S)"), the presidium
# after "Plats och tid:" with no label between, the ersättare under "Övriga närvarande" with
# the tjänstepersoner. Measured untuned in members10 (1/17), then read whole.
# Source: http://docplayer.se/106443879-Barn-och-skolnamnd-lund-oster-sammantradesprotokoll-1-
# sammantradesdatum.html
LUND_OSTER_BARN_OCH_SKOL = (
    "Sammanträdesprotokoll 1 Plats och tid: Byskolans matsal, Södra Sandby, kl 18:30-21:10 "
    "Ordförande: Nordbeck Carolina (FP) 2:e vice ordförande: Persson Tord (S) Ledamöter: "
    "Rugsveen Astrid (M) Jakobsson Per (M) Svanberg Charlotte (M) Mlynarczyk Aleksander (KD) "
    "Strand Eva (S) Andersson Kenth (S) Difonis Yanira (MP) Berggren Helena (V) Ersättare: "
    "Övriga närvarande: Sundqvist Taru (FP) Kedström Yvonne (FP) Björkman Ann (FP) Nilsson Karin "
    "(C), tjänstgörande för Inga-Kerstin Eriksson (C) Hansson Margareth (S) Svensson Erik (V) "
    "Wall Berséus Ann-Britt (BSNLÖ), Skoldirektör Salomonsson Elisabeth (BSNLÖ), "
    "Nämndsekreterare Åse Lindberg (BSNLÖ), Kommunikatör : Tord Persson (S) med Per Jakobsson (M) "
    "som ersättare Paragrafer: Plats/tid för justering: Barn- och skolkontor Lund Öster, "
    "Fritidsgatan 2, Södra Sandby torsdag 26 september 2013 kl 15:00. Underskrifter: Sekreterare "
    "Elisabeth Salomonsson Ordförande Nordbeck Carolina Tord Persson"
)
