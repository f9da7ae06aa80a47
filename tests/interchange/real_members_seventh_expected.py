"""What a careful reader makes of each list in real_members_seventh.py (the form is that of
real_members_expected.py): a ledamot an ersättare tjänstgör för is a ledamot."""

from __future__ import annotations

from tests.interchange import real_members_seventh as seventh
from tests.interchange.real_members_expected import Person, _names, _people

EXPECTED_SEVENTH: dict[str, tuple[str, list[Person], list[str]]] = {
    "Miljönämnden Mn 87/2014": (
        seventh.MILJONAMNDEN_MN_87,
        _people("""
Per-Erik Andersson, S, ordförande
Lilla Alkman, KD, ledamot
Thomas Eriksson, MP, ledamot
Eva-Britt Sjödahl, S, ledamot
Klas Göransson, S, ledamot
Magnus Niklasson, KD, ledamot
Marita Andersson, C, ledamot
Tomas Runnquist, M, ledamot
Eva Hesse Almqvist, M, ledamot
Karin Pernefalk, M, ledamot
Lasse Lennart Gustafsson, FP, ledamot
Tore Mellberg, V, ledamot
Birgitta Eklund, KD, ersättare
Mirsad Omerbasic, S, ledamot
Christer Karlsson, S, ersättare
Lisa Lilja, S, ledamot
Besart Demaku, M, ersättare
Margareta Arvidsson, M, ledamot
Torbjörn Axelsson, C, ersättare
"""),
        _names("Anna Berg; Lena Ek; Maria Sten; Karl Ström; Eva Holm; Sara Lind; Per Nord"),
    ),
    "Lomma MBN 2013": (
        seventh.LOMMA_MBN_2013,
        _people("""
Jerry Ahlström, M, ordförande
Elisabeth Svensson, M, 1:e vice ordförande
Janeric Seidegård, M, ledamot
Nils-Erik Sandelin, M, ledamot
Stefan Lindblad, M, ledamot
Cecilia Wittrock-Lindoff, M, ledamot
Rolf Lundh, FP, ledamot
Sven Bernhard Brahme, C, ledamot
Bengt Rask, S, ledamot
Thomas Nilsson, M, ersättare
Stig Svensson, S, ersättare
Beatrice Zsoka, M, ersättare
Martin Lundquist, M, ersättare
Gunnel Holmquist, M, ersättare
Sven-Erik Petersson, M, ersättare
Anders Olsson, FP, ersättare
"""),
        _names("Anna Berg; Lena Ek; Maria Sten; Karl Ström; Eva Holm; Sara Lind; Per Nord"),
    ),
}
