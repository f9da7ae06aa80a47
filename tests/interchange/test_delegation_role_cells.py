"""Role cells as real delegationsordningar write them: a substitute after "Ers.:", and a
role shortened with a hyphen before a slash under a "Delegat/ersättare" heading."""

from __future__ import annotations

from ksdesk.interchange.delegation_cells import split_pair, split_roles


def test_ers_with_point_and_colon_names_the_substitute_alone() -> None:
    cell = split_roles("Kommundirektör\nErs.: Kommunchef")
    assert (cell.roles, cell.substitutes) == (["Kommundirektör"], ["Kommunchef"])


def test_a_word_cut_short_before_a_slash_is_one_role() -> None:
    assert split_pair("Miljö-/byggchef") == ("Miljö-/byggchef", "")
    assert split_pair("Kommundirektör / ekonomichef") == ("Kommundirektör", "ekonomichef")
