"""A sixth set of real members lists, protokoll first pages as the transcript of the PDF gives
them (one run, the labels inside it): Ale kommun's kommunstyrelse, which writes a tjänstgörande
ersättare as "X (S) tjg för Y (S)", "tjg" alone, and a ledamot away named without a party
right before the next name ("tjg för Klas Karlsson Sonny Landerberg (MP)"); Trosa kommun's
fullmäktige, its Beslutande under "Ledamöter" and "Ersättare", the presidium's roles after a
comma, §§ after a name for part of the meeting and "Bertil Svensson(NP)" without a space.

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
}
