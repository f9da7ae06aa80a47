"""A pasted list of the nämnd as its new members register: people already in it keep their
rows, those not in the list are named in the report before anything is saved."""

from __future__ import annotations

import pytest

from ksdesk.core.errors import InvalidInput
from ksdesk.core.organ import Fortroendevald
from ksdesk.core.organ_members import merged_register
from ksdesk.services.organ_members import members_from_text


def test_someone_already_in_the_register_keeps_their_row_and_uuid() -> None:
    old = [
        Fortroendevald("Lars Berg", "M", id=5, uuid="u-lars"),
        Fortroendevald("Olle Gammal", "C", id=6),
    ]
    new = [
        Fortroendevald("Anna Ek", "S", "ordförande"),
        Fortroendevald("lars  berg", "M", "ersättare"),
    ]
    members, leaving = merged_register(old, new)
    assert [(m.name, m.role, m.id) for m in members] == [
        ("Anna Ek", "ordförande", None),
        ("lars  berg", "ersättare", 5),
    ]
    assert members[1].uuid == "u-lars" and members[0].uuid != "u-lars"
    assert [m.name for m in leaving] == ["Olle Gammal"]


def test_the_report_lists_who_was_read_and_who_leaves() -> None:
    register = [Fortroendevald("Lars Berg", "M", id=5), Fortroendevald("Olle Gammal", "C", id=6)]
    read = members_from_text(
        "Anna Ek (S), ordförande\nLars Berg (M)\nErsättare\nKim Lo (S)", register
    )
    assert read.report.read == [
        "2 ledamöter och 1 ersättare",
        "Anna Ek (S), ordförande",
        "Lars Berg (M), ledamot",
        "Kim Lo (S), ersättare",
    ]
    assert [line.sentence() for line in read.report.warnings] == [
        "Olle Gammal: finns inte i listan (tas bort ur registret)"
    ]
    assert [m.id for m in read.members] == [None, 5, None]


def test_a_text_naming_no_one_is_refused_in_swedish() -> None:
    with pytest.raises(InvalidInput, match="Ingen ledamot eller ersättare lästes"):
        members_from_text("Sammanträdet börjar kl. 13.00.", [])


def test_a_name_spelt_without_its_accent_is_the_person_already_in_the_register() -> None:
    register = [Fortroendevald("Björn Wallén", "S", id=7, uuid="u-bjorn")]
    read = members_from_text("Björn Wallen (S)\nÅsa Berg (M)", register)
    assert [(m.name, m.id) for m in read.members] == [("Björn Wallen", 7), ("Åsa Berg", None)]
    assert [line.sentence() for line in read.report.changed] == [
        "Björn Wallen: samma person som Björn Wallén i registret (namnet stavat olika)"
    ]
    assert read.report.warnings == []  # no one leaves: "Wallen" is "Wallén"
    other = members_from_text("Asa Berg (M)", [Fortroendevald("Åsa Berg", "M", id=8)])
    assert other.members[0].id is None  # å is a letter of its own, not an accent


# Kungsbacka, kommunstyrelsen 2025-02-18, the protokoll's first page as copied from its PDF
# (data/kungsbacka/ks/2025/2025-02-18/protokoll.md): the 2:e vice ordförande's role broken
# over two lines.
KUNGSBACKA_KS_BROKEN_ROLE = """\
Beslutande    Ledamöter
Lisa Andersson (M), Ordförande
Fredrik Hansson (C), 1:e vice ordförande
Magdalena Sundqvist (S), 2:e vice
ordförande
Emanuel Forsell (M)
"""


def test_a_role_broken_over_two_lines_is_read_whole() -> None:
    read = members_from_text(KUNGSBACKA_KS_BROKEN_ROLE, [])
    assert [(m.name, m.role) for m in read.members] == [
        ("Lisa Andersson", "ordförande"),
        ("Fredrik Hansson", "1:e vice ordförande"),
        ("Magdalena Sundqvist", "2:e vice ordförande"),
        ("Emanuel Forsell", "ledamot"),
    ]
    assert read.report.dropped == [] and read.report.warnings == []
    other = members_from_text("Lars Berg (M), andre vice\nordförande\nAnna Ek (S)", [])
    assert [m.role for m in other.members] == ["2:e vice ordförande", "ledamot"]


def test_two_ordforande_in_the_list_is_a_warning() -> None:
    read = members_from_text("Anna Ek (S), ordförande\nLars Berg (M), ordförande\nKim Lo (C)", [])
    assert [line.sentence() for line in read.report.warnings] == [
        "Listan: Anna Ek (S) och Lars Berg (M) har båda rollen ordförande; bara en kan ha den. "
        "Rätta rollen i registret innan upproppet tas."
    ]
