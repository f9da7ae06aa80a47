"""What a careful reader makes of each list in real_members_fifth.py (the form is that of
real_members_expected.py). A ledamot whom an ersättare tjänstgör för is a ledamot; where the
page names them without a party ("tjänstgör för Tomas Johansson") the party is left empty,
not guessed from the ersättare's."""

from __future__ import annotations

from tests.interchange import real_members_fifth as fifth
from tests.interchange.real_members_expected import Person, _names, _people

_BUN_2016 = _people("""
Sofia Sjöstrand, L, ordförande
Anders Lindahl, M, ledamot
Elise Benjaminsson, M, ledamot
Egon Svensson, L, ersättare
Lena Ferm Hansson, C, ersättare
Ann-Christine Andreasson, C, ledamot
Henry Sandahl, MBP, ledamot
Elise Arnell, KD, ledamot
Urban Jernberg, S, ledamot
Bodil Wennerström, S, ledamot
Jonny Karlsson, S, ledamot
Yasin Abbes, S, ledamot
Helena Johansson, S, ersättare
Jessica Rhoden, S, ersättare
Kjell Andersson, V, ledamot
Petra Vogel, S, ersättare
Camilla Lennartsson, MOD, ledamot
Natalia E. Henriksson, SD, ledamot
Lo Göthberg Larsson, MP, ersättare
Rune Imberg, KD, ersättare
Christina Norman, S, ersättare
Jarl Kruger, SD, ersättare
""")
# Five of the page's people the typed list (ours) leaves out, to keep it short.
_NOT_TYPED = {
    "Bodil Wennerström",
    "Jonny Karlsson",
    "Yasin Abbes",
    "Helena Johansson",
    "Jessica Rhoden",
}

# What the reader does not yet make of a list, by list, with why: a name that ends in a given
# name ("Eivor Hellman Max") is cut as the next one's ("Max Beatrix Wiberg") when a column of
# parties says how many names there are.
NOT_YET_FIFTH: dict[str, tuple[list[str], str]] = {
    "Marks KF 2015": (
        ["Eivor Hellman Max", "Beatrix Wiberg"],
        "a family name that is a given name, at the end of a name in a run",
    ),
}

EXPECTED_FIFTH: dict[str, tuple[str, list[Person], list[str]]] = {
    "Marks BUN 2016": (
        fifth.MARKS_BARN_OCH_UTBILDNING,
        _BUN_2016,
        _names(
            "Maria Lind; Olof Berg; Karin Ås; Tove Ek; Nils Holm; Sara Dahl; Kent Falk; Per Lund"
        ),
    ),
    "Marks BUN arbetsutskott": (
        fifth.MARKS_BUN_ARBETSUTSKOTT,
        _people("""
Urban Jernberg, S, ordförande
Anders Lindal, M, ersättare
Sofia Sjöstrand, L, ledamot
Ann-Christine Andreasson, C, ledamot
Elise Arnell, KD, ledamot
Bodil Wennerström, S, ledamot
Lo Göthberg Larsson, MP, ersättare
"""),
        _names("Maria Lind; Olof Berg; Sara Dahl; Nils Holm; Eva Strid"),
    ),
    "Marks KF 2015": (
        fifth.MARKS_KOMMUNFULLMAKTIGE,
        _people("""
Margareta Lövgren, M, ledamot
Kerstin Weimman-Lindén, M, ersättare
Tomas Johansson, , ledamot
Elise Benjaminsson, M, ledamot
Pär-Erik Johansson, M, ledamot
Anders Lindahl, M, ledamot
Bengt Ferm, M, ledamot
Ann Iberius-Orrvik, M, ledamot
Rolf Skarin, M, ersättare
Mia Magné, , ledamot
Mikael Larsson, C, ledamot
Leif Sternfeldt, C, ledamot
Ulla-Maj Persson, C, ledamot
Pontus Johansson, C, ledamot
Eva Åberg Andersson, C, ersättare
Malin Västerteg, , ledamot
Henry Sandahl, MBP, ledamot
Ylva Höglund, MBP, ledamot
Lennart Svensson, MBP, ledamot
Sofia Sjöstrand, FP, ledamot
Johan Lepp, FP, ersättare
Rolf Hallberg, , ledamot
Lo Göthberg Larsson, MP, ledamot
Veronica Trépagny, MP, ersättare
Thomas Larsson, , ledamot
Elise Arnell, KD, ledamot
Per-Olof Hermansson, KD, ledamot
Lisa Dahlberg, S, ledamot
Peter Landgren, S, ledamot
AnnSofi Tureson, S, ledamot
Bo Petersson, S, ledamot
Owe Eglinger, S, ersättare
Anita Lomander, S, ledamot
Christopher Thorsson, S, ledamot
Gunnar Nilsson, S, ledamot
Sonia Danella Smith, S, ledamot
David Berglund, S, ledamot
Tuula Vähäniemi, S, ledamot
Ulf Dahlberg, S, ledamot
Ulla Lätt, S, ledamot
Efkan Üstündag, S, ledamot
Rebecca Berglund, S, ledamot
Thord Harrysson, S, ersättare
Pauli Kuitunen, , ledamot
Björn Andersson, S, ersättare
Marie Lindqvist, , ledamot
Karin Jageby, V, ledamot
Arthur Thiry, V, ledamot
Eivor Hellman Max, V, ledamot
Beatrix Wiberg, V, ledamot
Jan-Ola Gustafsson, MOD, ledamot
Lars-Åke Marmander, MOD, ersättare
Camilla Lennartsson, , ledamot
Natalia E Henriksson, SD, ledamot
Mattias Krantz, SD, ledamot
Tommy Blomster, SD, ledamot
Inga-Maj Krüger, SD, ledamot
Christina Wall, SD, ledamot
Eva-Karin Torhem Arnell, C, ledamot
Jannicke Wichne, M, ersättare
Amanda Westlander, FP, ersättare
Lars-Inge Andersson, KD, ersättare
Rut-Marie Piirainen, KD, ersättare
Elisa Brånin, V, ersättare
Sara Lindwall, SD, ersättare
"""),
        _names("Erik Arnell; Bernt Spetz"),
    ),
    "Marks KF §§ 80–93": (
        fifth.MARKS_KOMMUNFULLMAKTIGE_80_93,
        _people("""
Tomas Johansson, M, ledamot
Lars-Bertil Rystrand, M, ersättare
Elise Benjaminsson, , ledamot
Pär-Erik Johansson, M, ledamot
Anders Lindal, M, ledamot
Bengt Ferm, M, ledamot
Ann Iberius-Orrvik, M, ledamot
Rolf Skarin, M, ersättare
Mia Magné, , ledamot
Kerstin Weimman-Lindén, M, ledamot
Mikael Larsson, C, ledamot
Leif Sternfeldt, C, ledamot
Ulla-Maj Persson, C, ledamot
Pontus Johansson, C, ledamot
Eva Åberg Andersson, C, ledamot
Henry Sandahl, MBP, ledamot
Ylva Höglund, MBP, ledamot
Lennart Svensson, MBP, ledamot
Sofia Sjöstrand, L, ledamot
Lo Göthberg Larsson, MP, ledamot
Jessica Pettersson, MP, ersättare
Thomas Larsson, MP, ledamot
Rut-Marie Engström, KD, ersättare
Elise Arnell, KD, ledamot
Lars-Inge Andersson, KD, ersättare
Per-Olof Hermansson, KD, ledamot
Owe Eglinger, S, ersättare
Lisa Dahlberg, , ledamot
Urban Jernberg, S, ersättare
Peter Landgren, , ledamot
AnnSofi Tureson, S, ledamot
Bo Petersson, S, ledamot
Anita Lomander, S, ledamot
Christopher Thorsson, S, ledamot
Gunnar Nilsson, S, ledamot
Sonia Danella Smith, S, ledamot
David Berglund, S, ledamot
Tuula Vähäniemi, S, ledamot
Björn Andersson, S, ersättare
Ulf Dahlberg, , ledamot
"""),
        [],
    ),
    "Marks KF 2009-12-15": (
        fifth.MARKS_KOMMUNFULLMAKTIGE_2009,
        _people("""
Lennart Brunander, C, ledamot
Karin Jageby, V, ledamot
Margareta Löfgren, M, ledamot
Anders Lindal, M, ledamot
Pär-Erik Johansson, M, ledamot
Elise Benjaminsson, M, ledamot
Kerstin Weimman-Lindén, M, ersättare
Pelle Pellby, S, ledamot
Barbro Petersson, S, ledamot
AnnSofi Tureson, S, ledamot
Mary Österström, S, ledamot
Birgitta Wichne, M, ledamot
Michael von Braun, M, ledamot
Jannicke Wichne, M, ledamot
Magnus Lilliecrona, M, ledamot
Ulf Svenson, S, ledamot
Gunilla Karlson, S, ersättare
Lisa Dahlberg, , ledamot
Bo Petersson, S, ledamot
Thord Harrysson, S, ersättare
Annette Malmberg, S, ledamot
Leif Sternfeldt, C, ledamot
Eva-Karin Torhem Arnell, C, ledamot
Leif Andersson, C, ersättare
Ulla-Maj Persson, , ledamot
Mia Magné, C, ledamot
Pontus Johansson, C, ledamot
Stig Andreasson, C, ledamot
Bengt Axbrink, C, ledamot
Erika Agnarsson, C, ledamot
Stellan Hammarberg, S, ledamot
Gunn Ekdahl, S, ledamot
Owe Eglinger, S, ledamot
Laila Söderberg, S, ledamot
Jonny Karlsson, S, ersättare
Gunnar Nilsson, , ledamot
Rolf Hallberg, FP, ledamot
Jan Karlsson, FP, ledamot
Per-Olof Hermansson, KD, ledamot
Håkan Bergeld, KD, ledamot
Ulf Eriksson, KD, ledamot
Kristina Hasselblad, MP, ledamot
Sören Fägersten, S, ersättare
Lile P Boschewska, , ledamot
Rolf Wallerdal, S, ledamot
Monica Lundin, S, ledamot
"""),
        [],
    ),
    "Marks BUN 2016, en per rad": (
        fifth.MARKS_BARN_OCH_UTBILDNING_BY_LINE,
        [person for person in _BUN_2016 if person[0] not in _NOT_TYPED],
        [],
    ),
}
