"""What a careful reader makes of each list in real_members_third.py (the form is that of
real_members_expected.py)."""

from __future__ import annotations

from tests.interchange import real_members_third as third
from tests.interchange.real_members_expected import Person, _names, _people

MORBYLANGA = """
Kjell Magnusson, C, ordförande
Margaretha Lööf-Johanson, S, 1:e vice ordförande
Kent Ingvarsson, M, 2:e vice ordförande
Matilda Wärenfalk, S, ledamot
Morgan Nyberg, S, ersättare
Mattias Nilsson, S, ledamot
Eva-Lena Karlsson, S, ersättare
Carina Adolfsson Elgestam, S, ersättare
Per-Olof Johansson, S, ledamot
Björn Samuelsson, S, ersättare
Henriette Koblanck, S, ledamot
Rickard Pontmark, S, ersättare
Jerker Nilsson, S, ledamot
Håkan Lindqvist, S, ersättare
Elisabeth Fransén, S, ledamot
Lena Ljungberg-Eriksdotter, S, ersättare
Fredrik Jämtin, S, ledamot
Kristina Sjöström, S, ledamot
Bength Andersson, S, ledamot
Ella-Britt Andersson, S, ledamot
Bertil Johansson, S, ledamot
Veronika Hildingsson, S, ledamot
Johan Åhlund, C, ledamot
Annika Olsson, C, ersättare
Anna-Kajsa Arnesson, C, ledamot
Marcus Persson, C, ersättare
Monika Löfvin Rosén, C, ledamot
Annika Henell, C, ersättare
Emmy Ahlstedt, C, ersättare
Lena Petersén, C, ledamot
Jessica Jämtin, C, ersättare
Hans Sabelström, C, ledamot
Johan Sigvardsson, C, ledamot
Gunilla Karlsson, C, ledamot
"""

EXPECTED_THIRD: dict[str, tuple[str, list[Person], list[str]]] = {
    # One truth for the page as stored and as a browser copies it (the tabs put back).
    "Mörbylånga": (third.MORBYLANGA_KOMMUNFULLMAKTIGE, _people(MORBYLANGA), []),
    "Mörbylånga, tabbar": (third.MORBYLANGA_WITH_TABS, _people(MORBYLANGA), []),
    "Region Kronoberg": (
        third.KRONOBERG_REGIONSTYRELSEN,
        _people("""
Mikael Johansson, M, ordförande
Sven Sunesson, C, 1:e vice ordförande
Henrietta Serrate, S, 2:e vice ordförande
Ida Eriksson, M, ledamot
Thomas Ragnarsson, M, ledamot
Golnoush Keshavarzi Lundén, C, ledamot
Yngve Filipsson, L, ledamot
Eva Johnsson, KD, ledamot
Melena Jönsson, SD, ledamot
Robert Fredriksson, SD, ledamot
Ragnar Lindberg, S, ledamot
Eva-Britt Svensson, V, ledamot
Helen Bengtsson, S, ledamot
Robert Olesen, S, ledamot
Magnus Carlberg, S, ledamot
Anna Zelvin, KD, ersättare
Maria Grans, L, ersättare
Martina Gustafsson, S, ersättare
Roland Gustbée, M, ersättare
Peter Freij, S, ersättare
Emelie Öberg, S, ersättare
"""),
        _names(
            "Martin Myrskog; Ulrika J Gustafsson; Caroline Palmqvist Gabrielsson; Jens Karlsson; "
            "Anna Widströmer; Gunilla Jerklind; Peter Löfström; Per-Henrik Nilsson"
        ),
    ),
}
