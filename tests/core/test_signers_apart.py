"""A signature saved with two signers in it prints as two (walk30's finding 10)."""

from __future__ import annotations

from ksdesk.core.handlaggare import signers_apart


def test_two_signers_saved_as_one_print_apart():
    saved = [("Katarina Öryd\t\tTina Carlson", "Förvaltningschef\t\tVerksamhetschef")]
    assert signers_apart(saved) == [
        ("Katarina Öryd", "Förvaltningschef"),
        ("Tina Carlson", "Verksamhetschef"),
    ]
    assert signers_apart([("Eva\tLund", "Nämndsekreterare")]) == [("Eva Lund", "Nämndsekreterare")]
