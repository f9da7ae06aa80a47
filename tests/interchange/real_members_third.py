"""A third set of real members lists (the others are in real_members.py and
real_members_more.py): a kommun page of one table a party, the party written out above its
names, and the same page as a browser copies it; a region's styrelse."""

from __future__ import annotations

# Mörbylånga kommun, kommunfullmäktige 2018–2022, the web page as stored: the presidium, then
# each party under a heading ("Socialdemokraterna, 13 mandat") with "Ledamöter Ersättare" and
# the names without party, the two columns apart by wide spaces in some rows and by one space
# in most. Cut after Centerpartiet.
# Source: https://morbylanga.se/kommun-politik/Organisation/Kommunfullmaktige/
MORBYLANGA_KOMMUNFULLMAKTIGE = """\
Presidium

Kjell Magnusson (C), ordförande
Margaretha Lööf-Johanson (S), 1:e vice ordförande
Kent Ingvarsson (M), 2:e vice ordförande

Ledamöter och ersättare

Socialdemokraterna, 13 mandat

Ledamöter Ersättare
Matilda Wärenfalk                       Morgan Nyberg
Mattias Nilsson Eva-Lena Karlsson
Margaretha Lööf-Johanson Carina Adolfsson Elgestam
Per-Olof Johansson Björn Samuelsson
Henriette Koblanck Rickard Pontmark
Jerker Nilsson Håkan Lindqvist
Elisabeth Fransén Lena Ljungberg-Eriksdotter
Fredrik Jämtin
Kristina Sjöström
Bength Andersson
Ella-Britt Andersson
Bertil Johansson
Veronika Hildingsson

Centerpartiet, 9 mandat

Ledamöter Ersättare
Johan Åhlund Annika Olsson
Anna-Kajsa Arnesson    Marcus Persson
Monika Löfvin Rosén Annika Henell
Kjell Magnusson Emmy Ahlstedt
Lena Petersén Jessica Jämtin
Hans Sabelström
Johan Sigvardsson
Gunilla Karlsson
"""

# The same page as a browser copies its tables: a tab between the two columns (built here
# from the page above; names, order and headings unchanged).
MORBYLANGA_WITH_TABS = """\
Presidium

Kjell Magnusson (C), ordförande
Margaretha Lööf-Johanson (S), 1:e vice ordförande
Kent Ingvarsson (M), 2:e vice ordförande

Socialdemokraterna, 13 mandat

Ledamöter\tErsättare
Matilda Wärenfalk\tMorgan Nyberg
Mattias Nilsson\tEva-Lena Karlsson
Margaretha Lööf-Johanson\tCarina Adolfsson Elgestam
Per-Olof Johansson\tBjörn Samuelsson
Henriette Koblanck\tRickard Pontmark
Jerker Nilsson\tHåkan Lindqvist
Elisabeth Fransén\tLena Ljungberg-Eriksdotter
Fredrik Jämtin\t
Kristina Sjöström\t
Bength Andersson\t
Ella-Britt Andersson\t
Bertil Johansson\t
Veronika Hildingsson\t

Centerpartiet, 9 mandat

Ledamöter\tErsättare
Johan Åhlund\tAnnika Olsson
Anna-Kajsa Arnesson\tMarcus Persson
Monika Löfvin Rosén\tAnnika Henell
Kjell Magnusson\tEmmy Ahlstedt
Lena Petersén\tJessica Jämtin
Hans Sabelström\t
Johan Sigvardsson\t
Gunilla Karlsson\t
"""

# Region Kronoberg, regionstyrelsen: "Plats: Bolmen Ledamöter Mikael Johansson (M), ordförande
# …" in one run, närvaro "8-13" after the role, "Ej tjänstgörande ersättare", a revisor with
# a party among the tjänstepersoner under "Övriga närvarande".
# Source: http://docplayer.se/116187128-Regionstyrelsen-plats-bolmen-datum-tid-09-00-12-00.html
KRONOBERG_REGIONSTYRELSEN = (
    "Regionstyrelsen Datum: Tid: 09:00-12:00 Plats: Bolmen Ledamöter Mikael Johansson (M), "
    "ordförande Sven Sunesson (C), vice ordförande Henrietta Serrate (S), 2:e vice "
    "ordförande 8-13, Ida Eriksson (M) Thomas Ragnarsson (M) Golnoush Keshavarzi Lundén (C) "
    "Yngve Filipsson (L) Eva Johnsson (KD) Melena Jönsson (SD) Robert Fredriksson (SD) "
    "Ragnar Lindberg (S) 8-13, Eva-Britt Svensson (V) 8-13, Helen Bengtsson (S) 8-13, Robert "
    "Olesen (S) 8-13, Magnus Carlberg (S) 8-13, Ej tjänstgörande ersättare Anna Zelvin (KD) "
    "Maria Grans (L) Martina Gustafsson (S) Roland Gustbée (M) Peter Freij (S) Emelie Öberg "
    "(S) Övriga närvarande Martin Myrskog, regiondirektör Ulrika J Gustafsson, "
    "kanslidirektör Caroline Palmqvist Gabrielsson, HR-direktör Jens Karlsson, "
    "ekonomidirektör Anna Widströmer, regionjurist Gunilla Jerklind, revisionschef Peter "
    "Löfström (M), vice ordföranden revisionen Per-Henrik Nilsson, hälso- och "
    "sjukvårdsdirektör Utses att justera Henrietta Serrate (S)"
)
