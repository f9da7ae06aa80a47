"""Lettered delpunkter under an ärende, as real lists use them (agenda_parts.py): a part of
the ärende above when the list gives it only a letter (Barnhemsgatan's "10 VÅRDNADS-
ÖVERFLYTTNING" over "a) Enskilt ärende RMA", Region Västmanland's avsägelser a)–b) under one
förslag), every word kept in its title and the numbers after it the list's own; an ärende of
its own when the list numbers it ("3 a", "3 b") or gives it a Dnr."""

from __future__ import annotations

from ksdesk.interchange.agenda_import import read_agenda
from tests.interchange.real_agendas import SOCIALNAMNDEN_2012, build

_PASTED = """Föredragningslista
1. Val av justerare
2. Avsägelser och fyllnadsval
a) Avsägelse från Nils Ek (S) som ledamot i kultur- och fritidsnämnden
b) Avsägelse från Omar Sand (M) som ersättare i valnämnden
3. Motion om cykelbanor KS 2020/12
"""


def _read(text: str, name: str = "lista.txt"):
    read = read_agenda(text.encode(), name)
    return [(n, i.title, i.dnr) for n, i in zip(read.numbers, read.items, strict=True)]


def test_lettered_lines_under_an_arende_are_its_parts() -> None:
    """Before, a) and b) were ärenden of their own and "3. Motion" became nr 5."""
    assert _read(_PASTED) == [
        (1, "Val av justerare", ""),
        (
            2,
            "Avsägelser och fyllnadsval a) Avsägelse från Nils Ek (S) som ledamot i kultur- och "
            "fritidsnämnden b) Avsägelse från Omar Sand (M) som ersättare i valnämnden",
            "",
        ),
        (3, "Motion om cykelbanor", "KS 2020/12"),
    ]


def test_a_real_lists_numbers_stay_the_lists_own() -> None:
    data, name = build(SOCIALNAMNDEN_2012)
    read = read_agenda(data, name)
    assert [n for n in read.numbers if n is not None] == [1, 3, 10, 11, 15]


def test_delpunkter_the_list_numbers_itself_are_arenden_of_their_own() -> None:
    """ "3 a." and "3 b." with a Dnr each: sub-ärenden, each an ärende of its own (ksdesk
    numbers in one run, so 3 b) is placed after 3 a) and said in the report). Before, "3 a."
    was read as nr 3 with the title "a. Avsägelse …"."""
    text = (
        "1. Val av justerare\n"
        "3 a. Avsägelse från Nils Ek (S) som ledamot KS 2020/1\n"
        "3 b. Avsägelse från Omar Sand (M) som ersättare KS 2020/2\n"
        "4. Motion om cykelbanor KS 2020/12\n"
    )
    assert _read(text)[1:3] == [
        (3, "Avsägelse från Nils Ek (S) som ledamot", "KS 2020/1"),
        (None, "Avsägelse från Omar Sand (M) som ersättare", "KS 2020/2"),
    ]


def test_a_lettered_row_with_a_dnr_of_its_own_is_an_arende() -> None:
    text = "Nr;Ärende;Dnr\n2;Avsägelser;KS 2020/5\n;a) Avsägelse från Nils Ek;KS 2020/6\n"
    assert _read(text, "l.csv") == [
        (2, "Avsägelser", "KS 2020/5"),
        (None, "Avsägelse från Nils Ek", "KS 2020/6"),
    ]
