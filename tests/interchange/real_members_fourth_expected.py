"""What a careful reader makes of each list in real_members_fourth.py (the form is that of
real_members_expected.py)."""

from __future__ import annotations

from tests.interchange import real_members_fourth as fourth
from tests.interchange.real_members_expected import Person, _names, _people

EXPECTED_FOURTH: dict[str, tuple[str, list[Person], list[str]]] = {
    "Borlänge": (
        fourth.BORLANGE_KULTUR_OCH_FRITID,
        _people("""
Maslah Omar, S, ordförande
Bengt Benjaminsson, M, 1:e vice ordförande
Mursal Isa, MP, 2:e vice ordförande
Sara Nordqvist, S, ledamot
Mikael Karlsson, S, ledamot
Anna Tägtström Visconti, S, ledamot
Marianne Hagfeldt, M, ledamot
Patrick Magnusson, M, ledamot
Arvid Jaans, SD, ledamot
Anita Tjernberg, -, ledamot
Emil Åhman, KD, ledamot
Simon Arvidsson, C, ledamot
Matilda Sundström, L, ledamot
Birgitta Elfström, S, ersättare
Hans Björke, S, ersättare
Ann-Cecilia Thenander, S, ersättare
Lars G Jansson, S, ersättare
Kerstin Borg, M, ersättare
Lars Karlsson, M, ersättare
Hardy Bergman, M, ersättare
Sonny Petterson, SD, ersättare
Kenneth Tjernberg, -, ersättare
Daniel Knutsgård, KD, ersättare
Edvin Qvist, C, ersättare
Arne Lissmats, L, ersättare
Tommy Arnberg, V, ersättare
"""),
        [],
    ),
    "Strängnäs": (
        fourth.STRANGNAS_KULTURNAMNDEN,
        _people("""
Ellinor Hogrell, M, 1:e vice ordförande
Donald Wedel, M, ledamot
Monica Lindell Rylén, S, ordförande
Göran Svärd, S, ledamot
Jennie Larsson Tjernström, S, ledamot
Catharina De Geer, KD, 2:e vice ordförande
Erik Wallenberg, L, ledamot
Björn Karlsson, SD, ledamot
Sandrina Moretti, V, ledamot
Lennart Ahlström, M, ersättare
Marie Larsson, M, ersättare
Nils Gunnar Westerberg, M, ersättare
Mattias Askerstedt, S, ersättare
Anna Jarl, S, ersättare
Christer Svedberg, C, ersättare
Magnus Edvinsson, STRP, ersättare
Linda Hefvelin, SD, ersättare
Ingela Bengtsson, MP, ersättare
"""),
        [],
    ),
    # The ordförande is named only in the underskrifter ("Sekreterare Ordförande Justerande..
    # Margareta Roos. Edgar Hofvergård. Ivan Gunnarsson").
    "Hultsfred": (
        fourth.HULTSFRED_MILJO_OCH_BYGG,
        _people("""
Johan Svensson, M, ledamot
Konny Bogren, S, ledamot
Börje Karlsson, C, ledamot
Edgar Hofvergård, S, ordförande
Ivan Gunnarsson, C, ledamot
Britt Sorpola, S, ledamot
Lennart Davidsson, KD, ledamot
Sven Nyberg, S, ledamot
Evert Möller, KD, ledamot
Kenneth Rosén, V, ledamot
Atli Einarsson, S, ledamot
"""),
        _names(
            "Anders Helgée; Anders Åström; Margareta Roos; Daniel Johansson; Sabine Fell; "
            "Jonas T. Sandelius; "
        ),
    ),
    "Ljusdal": (
        fourth.LJUSDAL_UTBILDNINGSNAMNDEN,
        _people("""
Kristina Bolin, S, ordförande
Lena Svahn, MP, 1:e vice ordförande
Ramin Maihanparast, V, ersättare
Helena Brink, M, 2:e vice ordförande
Nouh Baravi, S, ersättare
Åsa Malmström, L, ledamot
William Våhlberg, C, ledamot
Pia Hedblom, V, ledamot
Torsten Hellström, LB, ledamot
Tomas Skogstjärn, SD, ersättare
Mats Markusson, SD, ledamot
Kristoffer Kavallin, MP, ersättare
Mats Nygårdh, L, ersättare
Marie Mill, LB, ersättare
"""),
        _names("Monica Hallquist; Christina Månsson; "),
    ),
    "Krokom": (
        fourth.KROKOM_BARN_OCH_UTBILDNING,
        _people("""
Jannike Hillding, M, ordförande
Astrid Lönn Jern, C, 1:e vice ordförande
Jenny Palin, S, 2:e vice ordförande
Monica Dahlén, S, ledamot
Marcus Danielsson, SD, ledamot
Carina Fröberg, S, ledamot
Carina Grahn Hellberg, S, ledamot
Stina Kimselius, M, ledamot
Katarina Rosberg, S, ledamot
Dmitar Savić, MP, ledamot
Ingrid Zakrisson, C, ledamot
Anneli Håkansson, S, ersättare
"""),
        _names(
            "Birgitta Lundgren; Maria Walther; Fredrik Runfors; Pernilla Oscarsson; "
            "Angelica Faktus; Elisabeth Englund; Annika Berkö; "
        ),
    ),
    # The ersättare under "Övriga närvarande" are read as ersättare: the page calls them so by
    # the empty "Ersättare:" right before that label.
    "Lund Öster": (
        fourth.LUND_OSTER_BARN_OCH_SKOL,
        _people("""
Carolina Nordbeck, FP, ordförande
Tord Persson, S, 2:e vice ordförande
Astrid Rugsveen, M, ledamot
Per Jakobsson, M, ledamot
Charlotte Svanberg, M, ledamot
Aleksander Mlynarczyk, KD, ledamot
Eva Strand, S, ledamot
Kenth Andersson, S, ledamot
Yanira Difonis, MP, ledamot
Helena Berggren, V, ledamot
Taru Sundqvist, FP, ersättare
Yvonne Kedström, FP, ersättare
Ann Björkman, FP, ersättare
Karin Nilsson, C, ersättare
Inga-Kerstin Eriksson, C, ledamot
Margareth Hansson, S, ersättare
Erik Svensson, V, ersättare
"""),
        _names("Wall Berséus Ann-Britt; Salomonsson Elisabeth; Åse Lindberg; "),
    ),
}
