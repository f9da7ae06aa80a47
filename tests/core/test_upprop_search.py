"""Finding a person in the upprop by name, party or role (core.upprop_search)."""

from __future__ import annotations

from ksdesk.core.protokoll import OTHER_ROLE, Deltagare
from ksdesk.core.upprop_search import matches, role_label

KRISTINA = Deltagare("Kristina Lindqvist", party="S", role="ersättare")
ANNA = Deltagare("Anna Berg", party="SD", role="1:e vice ordförande")
SECRETARY = Deltagare("Per Ek", role=OTHER_ROLE, title="Kommunsekreterare")


def test_every_word_must_fit_the_name_in_any_order_and_case() -> None:
    assert matches(KRISTINA, "LINDQVIST kristina")
    assert not matches(KRISTINA, "lindqvist anna")


def test_a_party_is_matched_whole_so_s_does_not_find_sd() -> None:
    assert matches(KRISTINA, "s")
    assert not matches(ANNA, "s")
    assert matches(ANNA, "sd")


def test_a_role_is_matched_by_its_start_and_a_title_before_the_role() -> None:
    assert matches(KRISTINA, "ersätt")
    assert matches(ANNA, "1:e")
    assert matches(SECRETARY, "kommunsekr")
    assert not matches(SECRETARY, "övrig")


def test_no_words_fit_everyone() -> None:
    assert matches(KRISTINA, "  ")


def test_the_role_label_is_the_title_or_the_role_capitalised() -> None:
    assert role_label(ANNA) == "1:e vice ordförande"
    assert role_label(KRISTINA) == "Ersättare"
    assert role_label(SECRETARY) == "Kommunsekreterare"
    assert role_label(Deltagare("Ulf", role=OTHER_ROLE)) == "Övrig"
