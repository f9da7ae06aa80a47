"""A seventh set of real members lists: protokoll whose närvarolista prints the roles in a
column beside the names, as the transcript of the PDF gives them (one run, the column after
the names it stands by). A miljönämnd's protokoll Mn 87/2014 has the column only where a row
has a role ("Ordförande", "Justerare", "Tjänstgör för X (S)" beside the three tjänstgörande
ersättare); Lomma's miljö- och byggnadsnämnd has a role for every row ("ordförande 1:e vice
ordförande ledamot … tjänstgörande ersättare").

The politicians' names are as published in these public protokoll; the tjänstepersoner's names
are made up here (titles and order as published).
"""

from __future__ import annotations

# Miljönämnden, protokoll Mn 87/2014, 2014-11-11, page 1 (the kommun is not named in the part
# the transcript gives; its page 2 names Per-Erik Andersson (S) ordförande and Karin Pernefalk
# (M) justerare in Lasse Lennart Gustafsson's stead). The transcript lost the date after "Datum:".
# Source: http://docplayer.se/2875901-Miljonamnden-protokoll-mn-87-2014-datum-2014-11-11-
# klockan-09-00-12-10-plats-sessionssalen-stadsbyggnadshus-ii-narvarande-ledamoter.html
MILJONAMNDEN_MN_87 = (
    "Protokoll Mn 87/2014 Miljönämnden Datum: Klockan: 09:00-12:10 Plats: Sessionssalen, "
    "Stadsbyggnadshus II Närvarande ledamöter Per-Erik Andersson (S) Lilla Alkman (KD) Thomas "
    "Eriksson (MP) Eva-Britt Sjödahl (S) Klas Göransson (S) Magnus Niklasson (KD) Marita "
    "Andersson (C) Tomas Runnquist (M) Eva Hesse Almqvist (M) Karin Pernefalk (M) Lasse Lennart "
    "Gustafsson (FP) Tore Mellberg (V) Tjänstgörande ersättare Birgitta Eklund (KD) Christer "
    "Karlsson (S) Besart Demaku (M) Ordförande Justerare Tjänstgör för Mirsad Omerbasic (S) "
    "Tjänstgör för Lisa Lilja (S) Tjänstgör för Margareta Arvidsson (M) Närvarande ersättare "
    "Torbjörn Axelsson (C) Övriga Anna Berg Lena Ek Maria Sten Karl Ström Eva Holm Sara Lind "
    "Per Nord Ulla Dahl Olle Vik Stina Berg Miljöchef Enhetschef Hälsoskydd Enhetschef "
    "Miljöskydd Enhetschef Livsmedel Nämndadministratör Miljö- och hälsoskyddsinspektör Miljö- "
    "och hälsoskyddsinspektör Miljö- och hälsoskyddsinspektör Miljö- och hälsoskyddsinspektör "
    "Miljö- och hälsoskyddsinspektör 1"
)

# Miljö- och byggnadsnämnden 2013-02-26, page 2 (page 1 says "Beslutande se nästa sida"; the
# nämnd is Lomma kommun's, by its § 27 on a building in Lomma hamn).
# Source: http://docplayer.se/1494483-Stora-sessionssalen-kommunhuser-se-nasta-sida-bengt-rask-
# miljo-och-byggforvaltningen-2013-04-02-miljo-och-byggnadsnamnden.html
LOMMA_MBN_2013 = (
    "Sammanträdesdatum s. 2 (57) Beslutande Jerry Ahlström (M) Elisabeth Svensson (M) Janeric "
    "Seidegård (M) Nils-Erik Sandelin (M) Stefan Lindblad (M) Cecilia Wittrock-Lindoff (M) Rolf "
    "Lundh (FP) Sven Bernhard Brahme (C) Bengt Rask (S) Thomas Nilsson (M) Stig Svensson (S) "
    "ordförande 1:e vice ordförande ledamot ledamot ledamot ledamot ledamot ledamot ledamot "
    "tjänstgörande ersättare tjänstgörande ersättare Övriga närvarande Beatrice Zsoka (M) "
    "ersättare Martin Lundquist (M) ersättare Gunnel Holmquist (M) ersättare Sven-Erik Petersson "
    "(M) ersättare, Anders Olsson (FP) ersättare Anna Berg miljöinspektör, Lena Ek stadsarkitekt "
    "Maria Sten ekonom, Karl Ström miljöinspektör, Eva Holm miljöchef, Sara Lind "
    "nämndsekreterare Per Nord förvaltningsjurist"
)
