"""A street without a street's ending ("Esplanaden 5", "Lilla Torget 2", "Backen 4") is a
private person's address where a line gives her address (core.contact_places), and no
numbered word of a document ("Bilagan 2", "Kapitlet 5") is one anywhere."""

from __future__ import annotations

from ksdesk.core.contact_data import STREET, private_contacts


def _streets(text: str) -> list[str]:
    return [text[c.start : c.end] for c in private_contacts(text) if c.kind == STREET]


def test_a_definite_place_as_her_address():
    assert _streets("Maria Lindqvist\nEsplanaden 5\n771 30 Ludvika\n") == ["Esplanaden 5"]
    assert _streets("Namn: Maria Lindqvist\nAdress: Lilla Torget 2\n") == ["Lilla Torget 2"]
    assert _streets("Jag bor på Backen 4 i Ludvika och har en fråga.") == ["Backen 4"]
    assert _streets("Klagande: Lisa Berg, Kvarnen 3, 771 30 Ludvika\n") == ["Kvarnen 3"]
    assert _streets("Lisa Berg, Esplanaden 5 B, 77130 LUDVIKA") == ["Esplanaden 5 B"]
    assert _streets("Maria Lindqvist\nKungsholmstorg 3\n111 22 Stockholm\n") == ["Kungsholmstorg 3"]


def test_a_documents_numbered_words_and_places_without_an_address_line_are_none():
    text = (
        "Enligt Bilagan 2 och Kapitlet 5 ska Etappen 2 vara klar. Mötet 3 hölls i Salen 4.\n"
        "Utställningen 12 visas på Esplanaden 5 under våren.\n"
        "Adress: Bilagan 2\nJag bor sedan Perioden 3\n"
    )
    assert _streets(text) == []
    # An organisation's address in a definite form stays the organisation's.
    assert _streets("Ludvika kommun\nEsplanaden 5\n771 82 Ludvika\n") == []
