"""A fifth set of real members lists: Marks kommun's protokoll, which write each person's party
before the name ("L Sofia Sjöstrand, ordförande M Anders Lindahl"), a tjänstgörande ersättare
as "S Helena Johansson tjänstgör för Yasin Abbes (S)", and a party's empty seat as "MBP -".

Protokoll first pages as docplayer.se's transcript of the PDF gives them (one run, the labels
inside it). The politicians' names are as published in these public protokoll; the
tjänstepersoner's names are made up here (titles and order as published). The line-by-line
list is ours: the 2016 page's Beslutande as a secretary types them off the page, a person a
line, said so where it stands.
"""

from __future__ import annotations

# Marks kommun, barn- och utbildningsnämnden 2016-12-15: the party before each name, two
# ersättare each tjänstgör för Yasin Abbes (S) for part of the meeting, the ej tjänstgörande
# ersättare under "Övriga närvarande Ej tjänstgörande", the label's "ersättare" printed after
# the first of them.
# Source: http://docplayer.se/43222569-Sammantradesprotokoll-sida-1-23-barn-och-
# utbildningsnamnden.html
MARKS_BARN_OCH_UTBILDNING = (
    "SAMMANTRÄDESPROTOKOLL Sida 1 (23) Plats och tid Sätila 15 december 2016 kl Beslutande L "
    "Sofia Sjöstrand, ordförande M Anders Lindahl (M) M Elise Benjaminsson L Egon Svensson "
    "tjänstgör för Elise Benjaminsson (M) C Lena Ferm Hansson tjänstgör för Ann-Christine "
    "Andreasson (C) MBP Henry Sandahl (MBP) KD Elise Arnell S Urban Jernberg S Bodil "
    "Wennerström S Jonny Karlsson S Yasin Abbes S Helena Johansson tjänstgör för Yasin Abbes "
    "(S) S Jessica Rhoden tjänstgör för Yasin Abbes (S) V Kjell Andersson S Petra Vogel "
    "tjänstgör för Camilla Lennartsson (MOD) SD Natalia E. Henriksson Övriga närvarande Ej "
    "tjänstgörande L Egon Svensson ersättare MP Lo Göthberg Larsson KD Rune Imberg S Christina "
    "Norman S Jessica Rhoden S Helena Johansson SD Jarl Kruger Tjänstemän Maria Lind, "
    "nämndsekreterare Olof Berg, förvaltningschef Karin Ås, verksamhetschef 99 Tove Ek. "
    "dietist 99 Nils Holm, ekonom Sara Dahl, ekonom Kent Falk, verksamhetschef Per Lund, "
    "facklig företrädare 101 Utses att justera Urban Jernberg Justeringens plats och tid Kinna "
    "Underskrifter Sekreterare Maria Lind Ordförande Sofia Sjöstrand Justerare Urban Jernberg"
)

# Marks kommun, barn- och utbildningsnämndens arbetsutskott 2017-04-27: the party before each
# name, the ordförande's role after a comma, "tjänstgör för Sofia Sjöstrand (L)", one
# ej tjänstgörande ersättare.
# Source: https://docplayer.se/amp/148843342-Sammantradesprotokoll-sida-1-10-barn-och-
# utbildningsnamndens-arbetskott.html
MARKS_BUN_ARBETSUTSKOTT = (
    "SAMMANTRÄDESPROTOKOLL Sida 1 (10) Barn- och utbildningsnämndens arbetskott Plats och tid "
    "Kommunhuset 27 april 2017 kl. 13.30 16.20 Beslutande S Urban Jernberg, ordförande M Anders "
    "Lindal tjänstgör för Sofia Sjöstrand (L) C Ann-Christine Andreasson KD Elise Arnell S "
    "Bodil Wennerström Övriga närvarande Ej tjänstgörande ersättare MP Lo Göthberg Larsson "
    "Tjänstemän Maria Lind, nämndsekreterare Olof Berg, förvaltningschef Sara Dahl 25 26 Nils "
    "Holm, ekonom 25 26 Eva Strid, handläggare 27 Utses att justera Anders Lindal "
    "Justeringens plats och tid Kinna 2017-05-02 Underskrifter Sekreterare Ordförande "
    "Justerare Maria Lind Urban Jernberg Anders Lindal"
)

# Marks kommun, kommunfullmäktige 2015-04-23, pages 1 and 2 up to the people under "Övriga"
# (the transcript's excerpt ends there): the party before each name, "klockan" where a time
# was, a party's empty seat "MBP -", an ersättare tjänstgör för two ledamöter in turn ("S Owe
# Eglinger tjänstgör för Bo Petersson klockan , … S Owe Eglinger tjänstgör för Ulf Dahlberg");
# on page 2 the PDF's column of parties before its names, once with the label between them
# ("Övriga närvarande M FP KD KD S V SD Ej tjänstgörande ersättare Jannicke Wichne …"), and
# politicians present under "Övriga" who are not the fullmäktige's.
# Source: http://docplayer.se/2259851-Sammantradesprotokoll-sida-1-44-kommunfullmaktige-
# 2015-04-23.html
MARKS_KOMMUNFULLMAKTIGE = (
    "SAMMANTRÄDESPROTOKOLL Sida 1(44) Plats och tid Abbotsalen, Rydals konferenscenter, Rydal, "
    "klockan Paus klockan Beslutande M Margareta Lövgren M Kerstin Weimman-Lindén tjänstgör för "
    "Tomas Johansson M Elise Benjaminsson M Pär-Erik Johansson M Anders Lindahl M Bengt Ferm M "
    "Ann Iberius-Orrvik M Rolf Skarin tjänstgör för Mia Magné C Mikael Larsson C Leif "
    "Sternfeldt C Ulla-Maj Persson C Pontus Johansson C Eva Åberg Andersson tjänstgör för Malin "
    "Västerteg MBP Henry Sandahl MBP Ylva Höglund MBP Lennart Svensson klockan , MBP - FP Sofia "
    "Sjöstrand FP Johan Lepp tjänstgör för Rolf Hallberg MP Lo Göthberg Larsson MP Veronica "
    "Trépagny tjänstgör för Thomas Larsson KD Elise Arnell KD Per-Olof Hermansson S Lisa "
    "Dahlberg S Peter Landgren S AnnSofi Tureson S Bo Petersson klockan S Owe Eglinger tjänstgör "
    "för Bo Petersson klockan , S Anita Lomander S Christopher Thorsson S Gunnar Nilsson S Sonia "
    "Danella Smith S David Berglund S Tuula Vähäniemi S Ulf Dahlberg, klockan , S Owe Eglinger "
    "tjänstgör för Ulf Dahlberg, klockan S Ulla Lätt S Efkan Üstündag S Rebecca Berglund S "
    "Thord Harrysson tjänstgör för Pauli Kuitunen 2 SAMMANTRÄDESPROTOKOLL Sida 2(44) S V V V V "
    "MOD MOD SD SD SD SD SD C Björn Andersson tjänstgör för Marie Lindqvist Karin Jageby Arthur "
    "Thiry Eivor Hellman Max Beatrix Wiberg Jan-Ola Gustafsson Lars-Åke Marmander tjänstgör för "
    "Camilla Lennartsson Natalia E Henriksson Mattias Krantz Tommy Blomster Inga-Maj Krüger "
    "Christina Wall Eva-Karin Torhem Arnell Övriga närvarande M FP KD KD S V SD Ej "
    "tjänstgörande ersättare Jannicke Wichne Amanda Westlander Lars-Inge Andersson Rut-Marie "
    "Piirainen Owe Eglinger Elisa Brånin Sara Lindwall Övriga M Erik Arnell, ordförande, Marks "
    "Bostads AB, 46 FP Bernt Spetz, ordförande, Marks Fastighets AB, 46"
)

# Marks kommun (by the place, Rydals konferenscenter, and the local party MBP, Marks
# Bygdeparti), kommunfullmäktige, §§ 80–93 (the date is not in the transcript's first page),
# page 1: the party before each name as above, but for a stretch where the PDF gives its
# column of parties before its column of names ("C C C C C MBP MBP Mikael Larsson Leif
# Sternfeldt … Ylva Höglund"), the hours after a comma before the next one's party
# ("M Tomas Johansson, 80 93, M Lars-Bertil Rystrand"), and two empty seats ("MBP -", "L -").
# Source: https://docplayer.se/114889635-Sammantradesprotokoll-sida-1-32-kommunfullmaktige.html
MARKS_KOMMUNFULLMAKTIGE_80_93 = (
    "SAMMANTRÄDESPROTOKOLL Sida 1(32) Plats och tid Abbotsalen, Rydals konferenscenter, Rydal, "
    "klockan Paus klockan Beslutande M Tomas Johansson, 80 93, M Lars-Bertil Rystrand tjänstgör "
    "för Elise Benjaminsson, klockan M Pär-Erik Johansson, klockan M Anders Lindal M Bengt "
    "Ferm, klockan M Ann Iberius-Orrvik M Rolf Skarin tjänstgör för Mia Magné M Kerstin "
    "Weimman-Lindén, klockan C C C C C MBP MBP Mikael Larsson Leif Sternfeldt Ulla-Maj Persson "
    "Pontus Johansson Eva Åberg Andersson Henry Sandahl Ylva Höglund MBP Lennart Svensson, "
    "klockan MBP - L Sofia Sjöstrand L - MP Lo Göthberg Larsson MP Jessica Pettersson tjänstgör "
    "för Thomas Larsson 80 84, MP Thomas Larsson, klockan KD Rut-Marie Engström tjänstgör för "
    "Elise Arnell, klockan KD Elise Arnell, klockan KD Lars-Inge Andersson tjänstgör för "
    "Per-Olof Hermansson klockan KD Per-Olof Hermansson, klockan S Owe Eglinger tjänstgör för "
    "Lisa Dahlberg, klockan S Urban Jernberg tjänstgör för Peter Landgren S AnnSofi Tureson, 80 "
    "93, S Bo Petersson S Anita Lomander S Christopher Thorsson S Gunnar Nilsson S Sonia Danella "
    "Smith S David Berglund S Tuula Vähäniemi, klockan S Björn Andersson tjänstgör för Ulf "
    "Dahlberg"
)

# Marks kommun (Assbergssalen, Kunskapens Hus, Kinna), kommunfullmäktige 2009-12-15, page 1:
# the parties in small letters before the names ("c Lennart Brunander v Karin Jageby"), the
# part of the meeting in words ("kl , , och 180 exklusive beslutsdelen."), and at the foot a
# column of ten parties before its names, two of them "tjänstgör för" a ledamot ("s fp fp kd
# kd kd mp s s s Jonny Karlsson tjänstgör för Gunnar Nilsson Rolf Hallberg …").
# Source: http://docplayer.se/2324273-Sammantradesprotokoll-kommunfullmaktige-
# sammantradesdatum-2009-12-15-sida-1-34.html
MARKS_KOMMUNFULLMAKTIGE_2009 = (
    "1 Sida 1 (34) Plats och tid Assbergssalen, Kunskapens Hus, kl Ajournering och paus kl , "
    "och Beslutande c Lennart Brunander v Karin Jageby m Margareta Löfgren m Anders Lindal m "
    "Pär-Erik Johansson m Elise Benjaminsson, kl , , och 180 exklusive beslutsdelen. m Kerstin "
    "Weimman-Lindén tjänstgör för Elise Benjaminsson, s Pelle Pellby s Barbro Petersson s "
    "AnnSofi Tureson s Mary Österström m Birgitta Wichne m Michael von Braun m Jannicke Wichne m "
    "Magnus Lilliecrona s Ulf Svenson s Gunilla Karlson tjänstgör för Lisa Dahlberg s Bo "
    "Petersson s Thord Harrysson tjänstgör för Annette Malmberg, kl , s Annette Malmberg, kl , c "
    "Leif Sternfeldt c Eva-Karin Torhem Arnell c Leif Andersson tjänstgör för Ulla-Maj Persson c "
    "Mia Magné c Pontus Johansson c Stig Andreasson c Bengt Axbrink, kl , , och 180 exklusive "
    "beslutsdelen. Kl , c Erika Agnarsson, kl , 180 (exklusive beslutsdelen)-181 s Stellan "
    "Hammarberg s Gunn Ekdahl s Owe Eglinger s Laila Söderberg s fp fp kd kd kd mp s s s Jonny "
    "Karlsson tjänstgör för Gunnar Nilsson Rolf Hallberg Jan Karlsson Per-Olof Hermansson Håkan "
    "Bergeld Ulf Eriksson Kristina Hasselblad Sören Fägersten tjänstgör för Lile P Boschewska "
    "Rolf Wallerdal Monica Lundin"
)

# Ours, a variant of the 2016-12-15 page above: most of its Beslutande and its ej
# tjänstgörande ersättare typed a person a line under the page's own labels, as a secretary
# pastes a list from a table (five of the page's people left out to keep it short).
MARKS_BARN_OCH_UTBILDNING_BY_LINE = """\
Beslutande
L Sofia Sjöstrand, ordförande
M Anders Lindahl
M Elise Benjaminsson
L Egon Svensson tjänstgör för Elise Benjaminsson (M)
C Lena Ferm Hansson tjänstgör för Ann-Christine Andreasson (C)
MBP Henry Sandahl
KD Elise Arnell
S Urban Jernberg
V Kjell Andersson
S Petra Vogel tjänstgör för Camilla Lennartsson (MOD)
SD Natalia E. Henriksson
Ej tjänstgörande ersättare
MP Lo Göthberg Larsson
KD Rune Imberg
S Christina Norman
SD Jarl Kruger
"""
