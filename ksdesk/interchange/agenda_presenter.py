"""Who presents the ärenden under a heading, named on a row of its own: "Föredragande
landstingsråd: Karin Dahl (m)" (Region Stockholm's föredragningslista). Such a row can carry
more than the name: text pasted from a PDF runs the next ärende onto it ("… Karin Dahl (m)
6 Arbetsordning …"), a cell holds that ärende on its next line, or the row has a Nr, a Dnr,
a time or a förslag. Nothing of it may go without a word: an ärende on the row is read as an
ärende, a cell no ärende holds is named in the report (agenda_import.py does both)."""

from __future__ import annotations

import re
from dataclasses import dataclass

_PRESENTER_ROW = re.compile(
    r"(?:politiskt?\s+)?föredragande(?:\s+\w+)?:[ \t]*(?P<name>\S.*)",
    re.IGNORECASE | re.DOTALL,
)
# Where the name ends on its line: a number starts the ärende run onto it ("(m) 6 Arbets…",
# "§ 6 Arbets…"); "1:e vice ordförande" is the name's title.
_NUMBER_AFTER = re.compile(r"\s(?=(?:§\s*)?\d{1,3}[.)]?\s+\S)")


@dataclass(frozen=True)
class PresenterLine:
    """The name a "Föredragande …:" row gives, and what its cell holds after the name."""

    name: str
    rest: str  # an ärende run onto the row ("6 Arbetsordning …"), or ""


def presenter_line(title: str) -> PresenterLine | None:
    """ "Föredragande landstingsråd: Karin Dahl (m)" → its name; None for any other text. A
    name holds no digit, so a number after it, or the cell's next line, begins what the row
    holds besides ("Karin Dahl (m) 6 Arbetsordning …" → "6 Arbetsordning …")."""
    match = _PRESENTER_ROW.fullmatch(title.strip())
    if match is None:
        return None
    first, _, later = match["name"].replace("\r\n", "\n").partition("\n")
    cut = _NUMBER_AFTER.search(first)
    name = " ".join((first[: cut.start()] if cut else first).split())
    rest = "\n".join(part.strip() for part in (first[cut.end() :] if cut else "", later))
    if not name:
        return None
    return PresenterLine(name, rest.strip())


# A line under an ärende naming who informs on it: "Muntlig information av Karin Holm, RKM",
# "Information från säkerhetsstrateg Ola Strand." (a name of two or three words, no digit).
_INFORMER = re.compile(
    r"(?:muntlig\s+)?(?:information|föredragning|dragning)\s+(?:av|från)\s+"
    r"(?:(?P<role>[a-zåäö][\w-]+)\s+)?"
    r"(?P<name>[A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]+){1,2})"
    r"(?:,\s*(?P<unit>[^,\d]{1,40}?))?\.?",
    re.IGNORECASE,
)


def informer_line(text: str) -> str | None:
    """ "Muntlig information av Karin Holm, RKM" → "Karin Holm, RKM", the föredragande of
    the ärende above the line; None for any other text."""
    match = _INFORMER.fullmatch(" ".join(text.split()))
    if match is None or not match["name"][0].isupper():
        return None
    after = match["unit"] or match["role"]
    return f"{match['name']}, {after}" if after else match["name"]
