"""Text as a PDF can draw it: the symbols of Word's symbol fonts, invisible characters, and
characters no bundled font has.

Text pasted or imported from Word carries bullets and check marks of the Symbol and
Wingdings fonts as private-use code points (U+F0B7, U+F0A7, U+F0FC …): Word draws them with
that font, every other program as an empty box, and Typst refuses to write a PDF/A with one
in it. A byte order mark or a control character copied along is invisible on screen but
stops the web edition too. So every text that goes into a PDF passes `for_print`:
- a Word symbol becomes the Unicode sign it shows (U+F0B7 → •, U+F0FC → ✓);
- invisible characters that carry nothing (BOM, control characters) are left out;
- a character no bundled font can draw (Chinese, emoji) becomes U+FFFD, �, which every
  reader knows as "a character that could not be shown"; `unprintable` names them, so the
  check before sending (core.meeting_agenda.warnings) tells the secretary first.
What is stored is never changed: this is only how it prints."""

from __future__ import annotations

import re
from collections.abc import Container

REPLACEMENT = "\ufffd"

# Private-use code points that Word writes for the bullets and boxes of its symbol fonts
# (the font's byte + 0xF000), and the Unicode sign each shows. The same byte means
# different signs in Symbol and Wingdings; the list keeps the ones lists and forms use.
WORD_SYMBOLS = {
    "\uf0b7": "•",  # Symbol: the round bullet of Word's default list
    "\uf0a7": "▪",  # Wingdings: the square bullet
    "\uf06e": "■",  # Wingdings: black square
    "\uf06f": "□",  # Wingdings: white square (a box to tick)
    "\uf071": "❑",  # Wingdings: shadowed box
    "\uf076": "❖",  # Wingdings: the diamond bullet
    "\uf0d8": "➢",  # Wingdings: the arrowhead bullet
    "\uf0e0": "→",  # Wingdings: arrow
    "\uf0e8": "➔",  # Wingdings: heavy arrow
    "\uf0fb": "✗",  # Wingdings: ballot x
    "\uf0fc": "✓",  # Wingdings: check mark
    "\uf0fd": "☒",  # Wingdings: box with x
    "\uf0fe": "☑",  # Wingdings: box with check
    "\uf0a8": "☐",  # Wingdings: empty box
    "\uf020": " ",  # Symbol/Wingdings: space
    "\uf02d": "−",  # Symbol: minus
}

# Characters that show nothing and carry nothing in print: C0 and C1 controls (not tab or
# line breaks), DEL, the byte order mark and the two non-characters at the end of a plane;
# and the bidirectional embeddings, overrides and isolates, which carry nothing in a Swedish
# document but an order to draw the text after them backwards: "Protokoll \u202efdp.exe"
# reads "Protokoll exe.pdf" in a browser, a PDF reader or a message box. core.personnummer
# reads a number through them, as the printed page shows it.
LEFT_OUT = "".join(
    chr(c)
    for first, last in ((0x00, 0x08), (0x0B, 0x0C), (0x0E, 0x1F), (0x7F, 0x9F), (0x202A, 0x202E),
                        (0x2066, 0x2069), (0xFEFF, 0xFEFF), (0xFFFE, 0xFFFF))
    for c in range(first, last + 1)
)  # fmt: skip
_INVISIBLE = re.compile(f"[{re.escape(LEFT_OUT)}]")
# The bidirectional controls of LEFT_OUT alone. Print leaves them out, but the window's own
# fields, tables and message boxes obey them, so they are taken out of text on its way in
# (import_report.cleaned_cell, ui/one_line.py: said in the report or beside the field) and
# out of every message box (ui/plain_boxes.py); the database does not keep them.
TURNS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def without_turns(text: str) -> tuple[str, int]:
    """`text` without bidirectional controls, and how many there were."""
    return TURNS.subn("", text) if TURNS.search(text) else (text, 0)


# Everything in these ranges is in every bundled font (Latin, Greek, Cyrillic, the common
# punctuation, €): a text made only of them, nearly every text, is returned as it is.
_UNUSUAL = re.compile(
    "[^\t\n\r\x20-\x7e\xa0-\u024f\u0370-\u03ff\u0400-\u045f\u2013-\u2014\u2018-\u201e"
    "\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac]"
)


def unusual(text: str) -> bool:
    """Whether `text` holds a character outside the ranges every bundled font draws (the
    only texts `for_print` changes or a font needs to be asked about)."""
    return bool(text) and _UNUSUAL.search(text) is not None


def for_print(text: str, printable: Container[int] | None = None) -> str:
    """`text` as the PDFs print it. With `printable` (the code points the fonts draw), any
    other character becomes �; without it (HTML, where the reader's own fonts draw) only
    Word's symbols and the invisible characters are seen to."""
    if not unusual(text):
        return text
    out = []
    for char in text:
        if char in WORD_SYMBOLS:
            out.append(WORD_SYMBOLS[char])
        elif _INVISIBLE.match(char):
            continue
        elif printable is not None and _lacks_glyph(char, printable):
            out.append(REPLACEMENT)
        else:
            out.append(char)
    return "".join(out)


def unprintable(text: str, printable: Container[int]) -> str:
    """The characters of `text` that print as � (each once, in order); "" when none."""
    if not unusual(text):
        return ""
    found: dict[str, None] = {}
    for char in text:
        visible = char not in WORD_SYMBOLS and not _INVISIBLE.match(char)
        if visible and _lacks_glyph(char, printable):
            found[char] = None
    return "".join(found)


def _lacks_glyph(char: str, printable: Container[int]) -> bool:
    return _UNUSUAL.match(char) is not None and ord(char) not in printable
