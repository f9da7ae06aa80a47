"""A närvarolista whose roles stand in a column beside the names (interchange.members_role_column),
the structure of the real lists of real_members_seventh.py (read whole in test_members_real.py),
on lists made for the test."""

from __future__ import annotations

import re

import pytest

from ksdesk.core.import_report import ImportReport
from ksdesk.interchange.members_paste import read_members
from ksdesk.interchange.members_role_column import roles_beside_names
from tests.interchange.real_members_seventh_expected import EXPECTED_SEVENTH


def _people(text: str) -> list[tuple[str, str, str]]:
    return [(m.name, m.party, m.role) for m in read_members(text).members]


def _people_of(text: str) -> list[tuple[str, str, str, str]]:
    return [(m.name, m.party, m.role, m.personlig_for) for m in read_members(text).members]


def test_a_role_for_every_row_is_that_rows() -> None:
    text = (
        "Beslutande Anna Ek (S) Lars Berg (M) Eva Lund (C) Olle Vik (V) ordförande 1:e vice "
        "ordförande ledamot tjänstgörande ersättare Övriga närvarande Stina Berg, sekreterare"
    )
    assert _people(text) == [
        ("Anna Ek", "S", "ordförande"),
        ("Lars Berg", "M", "1:e vice ordförande"),
        ("Eva Lund", "C", "ledamot"),
        ("Olle Vik", "V", "ersättare"),
    ]


def test_roles_of_some_rows_go_to_the_tjanstgorande_and_the_presidium_with_a_line() -> None:
    text = (
        "Närvarande ledamöter Anna Ek (S) Lars Berg (M) Eva Lund (C) Tjänstgörande ersättare "
        "Olle Vik (V) Kim Lo (KD) Ordförande Justerare Tjänstgör för Per Holm (S) Tjänstgör för "
        "Ulla Dahl (M) Närvarande ersättare Sara Lind (C)"
    )
    read = read_members(text)
    assert [(m.name, m.role) for m in read.members] == [
        ("Anna Ek", "ordförande"),
        ("Lars Berg", "ledamot"),
        ("Eva Lund", "ledamot"),
        ("Olle Vik", "ersättare"),
        ("Per Holm", "ledamot"),
        ("Kim Lo", "ersättare"),
        ("Ulla Dahl", "ledamot"),
        ("Sara Lind", "ersättare"),
    ]
    assert [line.text for line in read.report.warnings] == [
        "”Ordförande” stod i en kolumn bredvid namnen och lästes som Anna Eks roll, eftersom "
        "presidiet står först bland ledamöterna. Kontrollera rollen."
    ]
    assert (
        "Justerare",
        "roller i en kolumn bredvid namnen: justerare är ingen roll i registret",
    ) in {(line.text, line.why) for line in read.report.dropped}


def test_a_column_that_cannot_be_set_row_by_row_is_left_as_it_stands() -> None:
    # Two "Tjänstgör för" beside one tjänstgörande ersättare; "ledamot" beside some rows only.
    for line in (
        "Beslutande Anna Ek (S) Tjänstgörande ersättare Olle Vik (V) Tjänstgör för Per Holm (S) "
        "Tjänstgör för Ulla Dahl (M)",
        "Beslutande Anna Ek (S) Lars Berg (M) Eva Lund (C) ordförande ledamot",
        "Beslutande Anna Ek (S) Lars Berg (M) ordförande Eva Lund (C)",  # one role: Lars Berg's
        # Lars Berg's "tjänstgör för", as a run writes it, and Eva Lund's role after her.
        "Beslutande Anna Ek (S) Lars Berg (M) tjänstgör för Eva Lund (C) ordförande",
    ):
        report = ImportReport("ledamöter", "text")
        assert roles_beside_names("Rad 1", line, report) == line
        assert not report.changed and not report.warnings


@pytest.mark.parametrize("key", list(EXPECTED_SEVENTH))
def test_the_real_lists_with_a_name_a_line_and_the_column_after_them(key: str) -> None:
    # A variant of each real list as a PDF's text may give the table column by column: each
    # name on a line, then each role of the column on a line; the text before and after as is.
    text, expected, _ = EXPECTED_SEVENTH[key]
    start = text.index(")") + 1
    end = text.index(" Närvarande ersättare" if "Närvarande ersättare" in text else " Övriga")
    roles = r"\s(?=Ordförande|Justerare|Tjänstgör|1:e|ledamot|tjänstgörande)"
    column = re.sub(roles, "\n", text[start:end])
    lines = text[:start] + re.sub(r"(?<=\))\s", "\n", column) + "\n" + text[end + 1 :]
    assert len(lines.splitlines()) > 15
    assert _people_of(lines) == expected


def test_a_capitalised_role_between_two_names_is_the_one_befores_when_the_next_has_its_own():
    # Stenungsund's table of name (party) beside role, as its PDF's text runs
    # (real_members_eighth.py): "Ordförande" stood before Lars Berg's name but is Anna Ek's,
    # since Lars Berg's own role stands after him.
    text = "Ledamöter Anna Ek (S) Ordförande Lars Berg (M) Vice ordförande Eva Lund (C)"
    assert _people(text) == [
        ("Anna Ek", "S", "ordförande"),
        ("Lars Berg", "M", "1:e vice ordförande"),
        ("Eva Lund", "C", "ledamot"),
    ]
    # With no role of his own after him, the role before his name stays his.
    text = "Ledamöter Anna Ek (S) Ordförande Lars Berg (M) Eva Lund (C)"
    assert [role for _, _, role in _people(text)][:2] == ["ledamot", "ordförande"]
