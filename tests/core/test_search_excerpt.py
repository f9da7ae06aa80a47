"""The utdrag of a search hit, cut in Python by the index's rules: a word of the query marks
every word it begins, a phrase only its words in a row, and the words shown are those around
the place where most different words of the query meet."""

from __future__ import annotations

from ksdesk.core.excerpt import WINDOW
from ksdesk.core.search import ELLIPSIS, MARK, best_utdrag, parse_query

LONG = (
    "Kommunstyrelsen har i uppdrag att följa upp verksamheten under året och lämna en rapport "
    "till fullmäktige. Förvaltningen föreslår att 2 mnkr anslås till upprustning av skolan, "
    "och att beslutet gäller från den 1 januari 2021. Därefter redovisas arbetet i bokslutet "
    "för året, tillsammans med de övriga uppdrag som nämnden har fått under perioden."
)


def _utdrag(text: str, query: str, rubrik: str = "") -> str:
    return best_utdrag(text, rubrik, parse_query(query))


def test_a_word_marks_every_word_it_begins_whatever_the_case() -> None:
    shown = _utdrag("Beslutet togs. Nytt beslut om besluten.", "beslut")
    assert shown == f"{MARK}Beslutet{MARK} togs. Nytt {MARK}beslut{MARK} om {MARK}besluten{MARK}."


def test_a_word_is_not_found_inside_another() -> None:
    assert _utdrag("Programmet är klart.", "ram", rubrik="Ramavtal") == f"{MARK}Ramavtal{MARK}"


def test_a_phrase_marks_its_words_in_a_row_and_nothing_else() -> None:
    shown = _utdrag("Om beslutet: se nedan. Om – beslut fattas sedan.", '"om beslut"')
    assert shown == f"Om beslutet: se nedan. {MARK}Om – beslut{MARK} fattas sedan."


def test_the_utdrag_is_the_stretch_where_most_words_of_the_query_meet() -> None:
    shown = _utdrag(LONG, "uppdrag anslås beslut")
    assert shown.startswith(ELLIPSIS) and shown.endswith(ELLIPSIS)
    assert f"{MARK}anslås{MARK}" in shown and f"{MARK}beslutet{MARK}" in shown
    words = shown.strip(ELLIPSIS).split()
    assert len(words) <= WINDOW + 2  # a phrase split by a sign may count as two


def test_a_short_text_is_shown_whole_without_ellipsis() -> None:
    assert _utdrag("Budget 2021 för nämnden", "budget") == f"{MARK}Budget{MARK} 2021 för nämnden"


def test_the_rubrik_is_shown_when_the_text_does_not_match() -> None:
    shown = _utdrag("Ingenting här.", "marnäs", rubrik="Ombyggnad av Marnäsbadet")
    assert shown == f"Ombyggnad av {MARK}Marnäsbadet{MARK}"


def test_a_letter_whose_lower_case_is_longer_keeps_the_marks_in_place() -> None:
    shown = _utdrag("İzmir och Ankara: vänorter för kommunen.", "vänort")
    assert shown == f"İzmir och Ankara: {MARK}vänorter{MARK} för kommunen."


def test_text_below_u0300_is_nfc_as_it_stands_and_folds_to_itself() -> None:
    """core.search reads such text as it stands (no unicodedata, no core.lookalike): true
    only if no character below U+0300 changes under NFC, alone or before another, and no
    look-alike letter lies there."""
    import unicodedata

    from ksdesk.core.lookalike import LOOKALIKES
    from ksdesk.core.search import index_text, other_readings

    below = [chr(code) for code in range(0x300)]
    assert all(unicodedata.is_normalized("NFC", a + b) for a in below for b in below)
    assert not [ch for ch in LOOKALIKES if ch < "\u0300"]
    text = "".join(below)
    assert index_text(text) == text and other_readings(text) == ""
    # Above it, both still happen: A and a combining ring made one Å, Cyrillic е and р folded.
    assert index_text("Skер A\u030a") == "Skep \u00c5" and other_readings("Skер") == "Sker"
