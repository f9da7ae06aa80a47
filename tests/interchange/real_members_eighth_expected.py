"""What a careful reader makes of each list in real_members_eighth.py (the form is that of
real_members_expected.py): the left column's people are the ledamöter, the right column's the
ersättare, row by row; the presidium keeps its roles; a role printed beside a name is that
name's ("Vice ordförande" is the register's 1:e vice ordförande)."""

from __future__ import annotations

from tests.interchange import real_members_eighth as eighth
from tests.interchange.real_members_expected import Person, _names, _people

EXPECTED_EIGHTH: dict[str, tuple[str, list[Person], list[str]]] = {
    "Perstorp KS": (
        eighth.PERSTORP_KS,
        _people("""
Torgny Lindau, PF, ordförande
Patrik Ströbeck, M, 1:e vice ordförande
Ronny Nilsson, S, 2:e vice ordförande
Ulla-Britt Brandin, KD, ersättare
Jenny Delén, M, ersättare
Thim Borg, S, ersättare
Lennart Johansson, PF, ledamot
Göran Långström, PF, ersättare
Hans Stifors, PF, ledamot
Kristina Hovander, MP, ersättare
Bengt Marntell, C, ledamot
Kerstin Andersson, C, ersättare
Boel Rosdahl, S, ledamot
Elisabeth Holmer, S, ersättare
Pia Galia, SD, ledamot
Anders Jelander, SD, ersättare
Jack Henriksen, SD, ledamot
Putte Schüler, SD, ersättare
"""),
        [],
    ),
    "Stenungsund sociala utskott": (
        eighth.STENUNGSUND_SOCIALA_UTSKOTT,
        _people("""
Lillemor Arvidsson, M, ordförande
Janette Olsson, S, 1:e vice ordförande
Inger Johnsson, C, ledamot
Jan Rohlén, S, ledamot
Christian Andersson, FP, ledamot
Marie Nilsson, S, ersättare
Gunnar Pettersson, KD, ersättare
Birgit Lövkvist, V, ersättare
"""),
        _names("Anna Berg; Lena Ek; Maria Sten; Karl Ström; Eva Holm"),
    ),
}
