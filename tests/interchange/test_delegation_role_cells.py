"""Role cells as real delegationsordningar write them: a substitute after "Ers.:", and a
role shortened with a hyphen before a slash under a "Delegat/ersättare" heading."""

from __future__ import annotations

import pytest

from ksdesk.interchange.delegation_role_cells import merge_roles, split_pair, split_roles


def test_ers_with_point_and_colon_names_the_substitute_alone() -> None:
    cell = split_roles("Kommundirektör\nErs.: Kommunchef")
    assert (cell.roles, cell.substitutes) == (["Kommundirektör"], ["Kommunchef"])


def test_a_word_cut_short_before_a_slash_is_one_role() -> None:
    assert split_pair("Miljö-/byggchef") == ("Miljö-/byggchef", "")
    assert split_pair("Kommundirektör / ekonomichef") == ("Kommundirektör", "ekonomichef")


@pytest.mark.parametrize(
    ("text", "roles", "substitutes"),
    [
        ("Kommundirektör, ersättare ekonomichef", ["Kommundirektör"], ["ekonomichef"]),
        (
            "Tekniska nämndens ordförande, i andra hand nämndens 1:a vice ordförande",
            ["Tekniska nämndens ordförande"],
            ["nämndens 1:a vice ordförande"],
        ),
        (
            "förvaltningschef KLF, förvaltningschef SBF",
            ["förvaltningschef KLF", "förvaltningschef SBF"],
            [],
        ),
        ("KD, KJ", ["KD", "KJ"], []),
        (
            "Ordförande, vid dennes frånvaro vice ordförande",
            ["Ordförande"],
            ["vice ordförande"],
        ),
        (
            "a) Kommunens upphandlingschef\nb) Bygg- och miljödirektör",
            ["a) Kommunens upphandlingschef", "b) Bygg- och miljödirektör"],
            [],
        ),
    ],
)
def test_a_comma_between_roles_and_a_substitute_in_the_delegates_cell(
    text: str, roles: list[str], substitutes: list[str]
) -> None:
    cell = split_roles(text)
    assert (cell.roles, cell.substitutes, cell.condition) == (roles, substitutes, "")


def test_a_role_hyphenated_across_a_page_break_is_joined() -> None:
    joined: list[str] = []
    assert merge_roles(["Mark- och exploa-"], ["teringschefen"], joined) == [
        "Mark- och exploateringschefen"
    ]
    assert joined == ["exploa-teringschefen"]


def test_roles_wrapped_over_lines_by_a_pdf_conversion() -> None:
    cell = split_roles("förvaltningschef KLF,\nförvaltningschef SBF")
    assert cell.roles == ["förvaltningschef KLF", "förvaltningschef SBF"]
    cell = split_roles("Landstingsstyrelsens\nordförande, ersättare förste\nvice ordförande")
    assert (cell.roles, cell.substitutes) == (
        ["Landstingsstyrelsens ordförande"],
        ["förste vice ordförande"],
    )
    cell = split_roles("Ordf.\nvid förfall för ordföranden beslutar 1:e vice ordförande")
    assert cell.roles == ["Ordf."] and cell.condition.startswith("vid förfall")
