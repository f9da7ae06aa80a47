"""Cyrillic and Greek look-alikes: found, folded for search, repaired only where mixed."""

from __future__ import annotations

from ksdesk.core.lookalike import contains, fix_mixed, fold, mixed_words

SEED_76 = "Skер i dialog med respektive berörd förvaltningschef"  # е and р are Cyrillic


def test_search_finds_text_written_with_cyrillic_letters() -> None:
    assert "Sker" not in SEED_76
    assert contains(SEED_76, "Sker")
    assert contains(SEED_76, "sker i DIALOG")
    assert contains("Sker i dialog", "Skер")  # and the other way round


def test_mixed_words_are_found_and_fixed_but_pure_greek_or_russian_is_left() -> None:
    assert mixed_words(SEED_76) == ["Skер"]
    # р looks like p but reads r: the document's own "sker" decides.
    assert fix_mixed(SEED_76, frozenset({"sker"})) == (
        "Sker i dialog med respektive berörd förvaltningschef"
    )
    assert fix_mixed("Skер") == "Skep"  # with no word to go by: what the page shows
    assert fix_mixed("Москва och α-värdet") == "Москва och α-värdet"
    assert mixed_words("Вeslut") == ["Вeslut"]  # Cyrillic В starting a Latin word
    assert fold("ΑΒΓ") == "ABΓ"  # Γ has no Latin twin
