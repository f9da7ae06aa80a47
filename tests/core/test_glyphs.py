"""Text as the PDFs print it: Word's symbol-font bullets become the signs they show,
invisible characters are left out, a character no font has prints as �, and the check
before sending names it."""

from __future__ import annotations

from datetime import date, time

from ksdesk.core.glyphs import REPLACEMENT, for_print, unprintable
from ksdesk.core.meeting import Arende, Forslag, Sammantrade, Section, Tjansteskrivelse
from ksdesk.core.meeting_agenda import warnings

DRAWN = frozenset(range(0x20, 0x2FFF))  # a font with everything below U+3000, for the rules


def test_ordinary_text_is_left_as_it_is() -> None:
    text = "Kommunstyrelsen föreslår – enligt ”bilaga 2” – 1 234 567 kr, Skер och Ελλάδα."
    assert for_print(text, DRAWN) is text
    assert unprintable(text, DRAWN) == ""


def test_words_symbol_bullets_become_the_signs_they_show() -> None:
    pasted = "\uf0b7 Bostadsanpassning\n\uf0a7 Färdtjänst\n\uf0fc Klar\n\uf0d8 Nästa steg"
    assert for_print(pasted, DRAWN) == "• Bostadsanpassning\n▪ Färdtjänst\n✓ Klar\n➢ Nästa steg"
    assert for_print(pasted) == for_print(pasted, DRAWN)  # the HTML edition maps them too
    assert unprintable(pasted, DRAWN) == ""


def test_invisible_characters_are_left_out_never_line_breaks() -> None:
    assert for_print("\ufeffRubrik\x07 med\tflik\nrad\x1b", DRAWN) == "Rubrik med\tflik\nrad"


def test_a_character_no_font_has_prints_as_the_replacement_sign() -> None:
    text = "Vänort 中山 🙂"
    assert for_print(text, DRAWN) == f"Vänort {REPLACEMENT}{REPLACEMENT} {REPLACEMENT}"
    assert for_print(text) == text  # HTML: the reader's own fonts draw them
    assert unprintable(text + " 中", DRAWN) == "中山🙂"


def test_the_check_before_sending_names_what_prints_as_the_replacement_sign() -> None:
    ts = Tjansteskrivelse(
        title="Vänortsavtal",
        forslag=[Forslag("Kommunstyrelsen godkänner avtalet med 中山市.")],
        sections=[Section("Bakgrund", "Besöket 🙂 gick väl.")],
    )
    meeting = Sammantrade(organ_id=1, date=date(2025, 3, 3), time=time(9))
    meeting.items = [
        Arende("Val av justerare"),
        Arende("Vänort \uf0b7 Zhongshan", dnr="KS 2025/12", tjansteskrivelse=ts),
    ]
    found = warnings(meeting, DRAWN)
    assert found == [
        "Ärende 2 (Vänort \uf0b7 Zhongshan): tecknen ”中山市🙂” finns inte i typsnitten och "
        f"skrivs ut som {REPLACEMENT}."
    ]
    assert warnings(meeting) == []  # without the fonts' code points, nothing is judged


def test_a_bidi_override_does_not_turn_the_text_around() -> None:
    """A title or file name carrying U+202E (right-to-left override) reads backwards after
    it in a browser, a PDF reader or a message box: "Protokoll ‮fdp.exe" shows as
    "Protokoll exe.pdf". Embeddings, overrides and isolates carry nothing in print."""
    for control in ("\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2069"):
        assert for_print(f"Protokoll {control}fdp.exe", DRAWN) == "Protokoll fdp.exe"
        assert for_print(f"Protokoll {control}fdp.exe") == "Protokoll fdp.exe"
    assert for_print("Dnr \u200fKS 2020/434") == "Dnr \u200fKS 2020/434"  # a mark, not an order


def test_a_refusal_quotes_what_was_typed_without_its_override() -> None:
    from ksdesk.core.typed_text import quoted

    assert quoted("2020-12-\u202e70") == "2020-12-70"
