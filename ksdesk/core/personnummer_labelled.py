"""Personnummer after a label that says what they are, written in looser shapes than the
scanner reads elsewhere.

"Pnr: 80 01 01-1231", "personnummer 800101-12 31", "Personnr 8001 011231", "p-nr
1980-01-01 - 1231": the date in pairs, the last four split, a spaced dash after a date written
as dates are. Unlabelled, most such runs of digits are too like times, amounts and tables to
read as numbers (core.personnummer reads the shapes people write a number in; of these only
a few with a dash or colon: core.personnummer_shapes); after "pnr",
"personnummer" or "samordningsnummer" a reader knows what they are, and so must the scanner.
Here the digits of one run of digits, spaces and dashes right after the label are taken
together; core.personnummer checks their date as for any other number, and their check digit
only where it does not make them one: after the label, a typo in the last four still leaves
the birth date and the rest of a person's number.

The other way round, a label that names another kind of number ("OCR-nummer", "Mobil",
"tillverkningsnummer") keeps a run of digits written without a mark from being read as one
(`other_number`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ksdesk.core.personnummer_marks import DASHES, SYMBOL_SPACE, ascii_digits

# "pnr", "p-nr", "p.nr", "pers.nr", "personnr", "personnummer", "samordningsnummer",
# "samordningsnr", and the definite "personnumret", "samordningsnumret" ("med personnumret
# 80 01 01-1231"), also with a colon, a point or a dash after them, or the verb of a
# sentence ("vars personnummer är 80 01 01 1231").
_LABEL = re.compile(
    r"(?<!\w)(?:p[-.]?\s?nr|pers\.?\s?nr|person(?:numret|nummer|nr)"
    r"|samordnings(?:numret|nummer|nr))"
    r"\.?\s*[:.]?\s*(?:(?:är|var)\s+)?",
    re.IGNORECASE,
)
# The run after the label: digits, and between two of them a few spaces (of any width: a
# thin or figure space of a PDF, the space of Word's symbol fonts), dashes or a "+" and at
# most one line break; it starts and ends with a digit.
_SPACE = rf"(?:[^\S\n]|{SYMBOL_SPACE})"
_GAP = rf"(?:{_SPACE}|[+{re.escape(DASHES)}])"
_RUN = re.compile(rf"\d(?:{_GAP}{{0,3}}\n?{_SPACE}*\d){{9,13}}")


def candidates(seen: str) -> Iterator[list[tuple[int, int, str, bool]]]:
    """For each label followed by digits: the ways to read the run after it, longest first
    ((start, end, digits, written with +) of its first 12 and its first 10 digits, where
    a group ends there). The caller takes the first that is a number."""
    for label in _LABEL.finditer(seen):
        run = _RUN.match(seen, label.end())
        if run is None:
            continue
        at = [run.start() + i for i, char in enumerate(run.group()) if char.isdigit()]
        ways = []
        for count in (12, 10):
            end = at[count - 1] + 1 if len(at) >= count else None
            if end is not None and not seen[end : end + 1].isdigit():
                written = seen[run.start() : end]
                ways.append((run.start(), end, ascii_digits(written), "+" in written))
        if ways:
            yield ways


# A label right before one run of digits that says it is another kind of number: an OCR or
# invoice number (which carry a Luhn check digit of their own, so one in fourteen of ten digits
# also has a date), a mobile number written without spaces ("Mobil 0701234567"), an ISBN, an
# article or object number, and the numbers of things a miljö- or byggnadsnämnd names (a
# cistern's tillverkningsnummer in Vetlanda's protokoll, a serie-, mätar- or projektnummer).
# Not "kontonummer" or "org.nr": a personkonto and the organisationsnummer of an enskild firma
# are the holder's personnummer. Only digits written without a mark are read so: a label
# never hides "800101-1231".
# "Serie" and "projekt" are words of their own ("projekt 8001011234" may name a person's
# number): only "serienummer", "projekt-nr" and the like name another kind of number.
_OTHER_NUMBER = re.compile(
    r"(?<!\w)(?:(?:ocr|faktura|isbn|issn|artikel|order|objekt|anläggnings|tillverknings"
    r"|mätar|mätare|verifikations?|beställnings"
    r"|(?P<phone>telefon|tel|tfn|mobil|mobiltel|mobiltelefon|fax|växel|sms))"
    r"(?:[-\s]?(?:nummer|nr|no|id))?|(?:serie|projekt)[-\s]?(?:nummer|nr|no|id))[\s.:#]{0,4}\Z",
    re.IGNORECASE,
)


def other_number(seen: str, start: int, digits: str) -> bool:
    """Whether a run of digits (one group, or groups apart by spaces only: "070987 2758") is
    labelled as another kind of number; a phone number is ten digits beginning with 0
    (twelve digits after "Telefon" in a table's header row are the next column's)."""
    label = _OTHER_NUMBER.search(seen, max(0, start - 32), start)
    if label is None:
        return False
    return not label.group("phone") or (len(digits) == 10 and digits[0] == "0")
