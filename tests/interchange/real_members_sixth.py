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
X the närvaro column's, and a name broken in its cell ("Björn" over "Celind (C)").

The politicians' names are as published in these public protokoll; the tjänstepersoner's names
are made up here (titles and order as published).
"""

from __future__ import annotations

from tests.interchange.real_members_expected import Person, _names, _people

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

_TROSA_LEDAMOTER = """
Effe Östman, M, ordförande
Karin Wallin, NP, 1:e vice ordförande
Barbro Eriksson, S, 2:e vice ordförande
Bob Wållberg, NP, ledamot
Jan Brolund, NP, ledamot
Peter Nyman, NP, ledamot
Malin Westergren, NP, ledamot
Jan Linderhielm, NP, ledamot
Bengt Lindén, NP, ledamot
Göran Nygren, M, ledamot
Lembit Vilidu, M, ledamot
Cenneth Åhlund, M, ledamot
Peter Ohlsson, M, ledamot
Bengt Johansson, M, ledamot
Börje Karlsson, C, ledamot
Kerstin Eriksson, C, ledamot
Märtha Dahlberg, S, ledamot
Jörgen Runholm, S, ledamot
Michael Henriksson, S, ledamot
Matilda Drol, S, ledamot
Lillemor Garbenius-Källström, S, ledamot
Lars-Erik Aili, L, ledamot
Marie Martna, MP, ledamot
Patrick Claesson, SD, ledamot
"""
_TROSA_ERSATTARE = """
Anders Roos, NP, ersättare
Leif Zetterberg, NP, ersättare
Thorbjörn Wallin, NP, ersättare
Britt-Marie Ellis Nygren, M, ersättare
Sven Eklund, S, ersättare
Christer Olsson, MP, ersättare
Bertil Svensson, NP, ersättare
Mats Dahlensjö, NP, ersättare
Peter Palmér, M, ersättare
Sylvia Öhrn Andersson, M, ersättare
Zelotinka Antova, M, ersättare
Lennart Ygstedt, C, ersättare
Maria Salberg, S, ersättare
"""

# What a careful reader makes of each list (the form of real_members_expected.py): a ledamot
# an ersättare tjänstgör för is a ledamot, the party left empty where the page gives none.
EXPECTED_SIXTH: dict[str, tuple[str, list[Person], list[str]]] = {
    "Ale KS 2018": (
        ALE_KOMMUNSTYRELSEN,
        _people("""
Monica Samuelsson, S, ersättare
Paula Örn, S, ledamot
Dennis Ljunggren, S, ledamot
Christina Oskarsson, S, ledamot
Johnny Sundling, S, ersättare
Klas Karlsson, , ledamot
Sonny Landerberg, MP, ledamot
Jenny Sandkvist, MP, ersättare
Sven Engdahl, V, ledamot
Mikael Berglund, M, ordförande
Dan Björk, M, ledamot
Erik Liljeberg, M, ledamot
Rolf Engström, FiA, ersättare
Rose-Marie Fihn, L, ledamot
Åke Niklasson, C, ledamot
Ingela Nordhall, AD, ledamot
Robert Jansson, SD, ledamot
Maj Holmström, M, ersättare
Oliver Andersson, M, ersättare
Sune Rydén, KD, ersättare
"""),
        _names("Anna Berg; Lena Ek; Maria Sten; Karl Ström; Eva Holm; Sara Lind; Per Nord"),
    ),
    "Trosa KF 2017": (
        TROSA_KOMMUNFULLMAKTIGE,
        _people(_TROSA_LEDAMOTER.strip() + "\n" + _TROSA_ERSATTARE.strip()),
        [],
    ),
    "Katrineholm KS 2020": (
        KATRINEHOLM_KOMMUNSTYRELSEN,
        _people("""
Göran Dahlström, S, ordförande
Christer Sundqvist, M, 1:e vice ordförande
Inger Fredriksson, C, 2:e vice ordförande
Anneli Hedberg, S, ledamot
Ulrica Truedsson, S, ledamot
Joha Frondelius, KD, ledamot
Mica Vemic, SD, ledamot
Jesper Ek, -, ledamot
Marie-Louise Karlsson, S, ledamot
Tony Rosendahl, V, ledamot
Tony Karlsson, S, ledamot
Cecilia Björk, S, ersättare
Gunilla Magnusson, S, ersättare
Nicklas Adamsson, MP, ersättare
"""),
        _names("Anna Berg; Lena Ek; Maria Sten; Karl Ström; Eva Holm; Sara Lind; Per Nord"),
    ),
    "Upplands Väsby SÄN 2012": (
        UPPLANDS_VASBY_SOCIAL_OCH_ALDRE,
        _people("""
Maria Fälth, KD, ordförande
Lena Kanström, M, 1:e vice ordförande
Ibrahim Abdallah, S, 2:e vice ordförande
Christina H Gardos, M, ledamot
Charlotte Bergnér Blanck, FP, ledamot
Charlotte Rantanen, KD, ersättare
Gunilla Eriksson, S, ledamot
Eeva Kaplas, MP, ledamot
Leif Bejhed, V, ersättare
Magnus Åkesson, M, ersättare
Ingabrit Halldén, M, ersättare
Lillemor Wetterling, M, ersättare
Karin Hemph, FP, ersättare
Ketema Demie, S, ersättare
"""),
        _names("Anna Berg; Lena Ek; Maria Sten; Karl Ström; Eva Holm; Sara Lind; Per Nord"),
    ),
    "Söderhamn AMSN 2019": (
        SODERHAMN_ARBETSMARKNAD_OCH_SOCIAL,
        _people("""
Pär-Olof Stål, C, ledamot
Camilla Jonsson, C, ledamot
Lennart Andersson, C, ledamot
Linda Elgestad, M, ledamot
Jan Nilsson, KD, ledamot
Maria Lind, S, ledamot
Patric Rosenqvist, S, ledamot
Ida Viberg, S, ledamot
Isabel Hildén, V, ledamot
Rino Hedblom, SD, ledamot
Eva-Mai Mineur Tynong, SD, ledamot
Kjell Englund, C, ersättare
Carina Karlsson, C, ersättare
Björn Celind, C, ersättare
Frida Stål, M, ersättare
Hans Blom, L, ersättare
Anna-Marie Landgren, S, ersättare
Mustafa Sido, S, ersättare
Mathilda Lindberg, S, ersättare
Amelia Königsson, V, ersättare
Jane Mineur, SD, ersättare
Tony Svensson, SD, ersättare
"""),
        _names("Anna Berg; Lena Ek; Maria Sten"),
    ),
}
