"""Text as people type or paste it (from Excel, PDFs, Word), before a number, date or time is
read out of it: what is dropped and evened out first, and the error that refuses it.

Shared by the readers of amounts and times (format.py) and of dates (written_dates.py), so
all of them forgive the same invisible characters and odd spaces.
"""

from __future__ import annotations

import re

from ksdesk.core.errors import InvalidInput
from ksdesk.core.glyphs import for_print

# Invisible characters that come along when text is copied out of Word or a PDF.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# Python's \s covers U+00A0, U+202F (narrow), U+2009 (thin), U+2007 (figure) and the rest.
SPACES = re.compile(r"\s+")


class FormatError(InvalidInput, ValueError):
    """Text that cannot be read as an amount, date or time.

    str(error) is a complete Swedish sentence for the secretary; ``text`` is the input that was
    refused, so a form can point at the field. It is a ValueError for code that parses generally
    and an InvalidInput so the CLI and GUI show it like every other refused input.
    """

    def __init__(self, message: str, text: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.text = text


def clean_typed(text: str) -> str:
    """Drop invisible characters and make every run of whitespace one ordinary space."""
    return SPACES.sub(" ", _INVISIBLE.sub("", text)).strip()


QUOTE_LIMIT = 60  # characters of a typed value a message quotes


def quoted(text: str) -> str:
    """What was typed, for a message that quotes it: cut after 60 characters ("xxxx…"), so
    that a 2 000-character paste neither buries the sentence about it nor widens the window
    past the screen (a line of the message is as wide as its longest word)."""
    shown = for_print(text).strip()  # no bidi override turns the sentence around it
    return shown if len(shown) <= QUOTE_LIMIT else shown[: QUOTE_LIMIT - 1] + "…"


def is_digits(text: str) -> bool:
    """Whether `text` is a whole number in the digits 0-9. str.isdigit() also says yes to "²"
    and "①" (superscripts from Word, circled numbers), which int() then refuses with a
    ValueError: a crash where a refusal was meant."""
    return text.isascii() and text.isdigit()
