"""Which unit a budget table's amounts are in, read from the table itself.

Looked for in this order, the first found wins: the title ("Driftbudget 2021 (mnkr)"); a
line above the table such as "Belopp i miljoner kronor", "Miljoner kronor", "Belopp i tusen
kronor" or "Tkr"; a header cell ("Budget 2021, tkr"); a text cell of the table (a unit
column); last of all the file name ("budget_mnkr.xlsx"). When none says it, the unit is
unknown: the GUI asks and the CLI requires --unit. It is never guessed: "skillnad på 30,1 tkr"
for an error of 30,1 mnkr is off by a thousand.
"""

from __future__ import annotations

import re

from ksdesk.core.errors import InvalidInput

UNIT_CHOICES = ("tkr", "mnkr", "kr")
UNIT_NAMES = {"kr": "kronor", "tkr": "tusental kronor", "mnkr": "miljoner kronor"}

# Abbreviations and written-out units, most specific first ("miljoner kronor" before "kronor").
_WORDS = (
    (r"mnkr|mkr|msek|mn\s?kr|milj\.?\s*kr", "mnkr"),
    (r"miljoner(?:\s+(?:kronor|kr))?", "mnkr"),
    (r"tkr|kkr|ksek|tsek|t\s?kr", "tkr"),  # "kkr": kilokronor, as some regioner write it
    (r"tusen(?:tals?)?(?:\s+(?:kronor|kr))?|tusental", "tkr"),  # "tusentals kronor" too
    (r"kronor|kr|sek", "kr"),
)
_WORD = re.compile(
    r"(?<![\w])(?:" + "|".join(f"(?P<u{i}>{p})" for i, (p, _) in enumerate(_WORDS)) + r")(?![\w])",
    re.IGNORECASE,
)
_UNIT_LINE = re.compile(
    r"^\(?(?:(?:alla\s+)?belopp(?:en)?(?:\s*[,:]\s*|\s+(?:anges\s+)?i\s+)|enhet:?\s*)?"
    r"(?P<unit>[\w\s.]+?)\)?\.?$",
    re.IGNORECASE,
)


class UnitMissing(InvalidInput):
    """The file does not say which unit its amounts are in: ask, or require --unit."""


_PERCENT_LINE = re.compile(r"^(?:belopp\s+i\s+)?(?:procent|%)\.?$", re.IGNORECASE)


def unit_in(text: str, plain_kr: bool = True) -> str | None:
    """The unit a text names ("(mnkr)", "tusen kronor", "Tkr"); plain "kr" only when
    `plain_kr` (a row label "200 kr per barn" names no unit for the table)."""
    for match in _WORD.finditer(text):
        for i, (_, unit) in enumerate(_WORDS):
            if match.group(f"u{i}") and (unit != "kr" or plain_kr):
                return unit
    return None


# What may follow the unit on its line without making it another kind of line.
_QUALIFIER = re.compile(
    r"[,;]?\s*(?:om\s+(?:inte|ej)\s+annat\s+(?:anges|framgår)"
    r"|(?:i\s+)?(?:löpande|fasta)\s+(?:priser|prisnivå))\.?$",
    re.IGNORECASE,
)
# The price basis before the unit: Kramfors' "Löpande prisnivå, mnkr".
_LEADING_QUALIFIER = re.compile(
    r"^(?:i\s+)?(?:löpande|fasta)\s+(?:priser|prisnivå)\s*[,:]\s*", re.I
)


# A sentence saying what the table is in: Nynäshamn's "Kassaflödesanalysen presenteras i
# tusentals kronor, TKR.", "Beloppen redovisas i miljoner kronor."
_UNIT_SENTENCE = re.compile(
    r"^\w+(?:\s+\w+)?\s+(?:presenteras|redovisas|anges|visas)\s+i\s+(?P<unit>[\w\s.,]+?)\.?$",
    re.IGNORECASE,
)


def unit_line(text: str) -> str | None:
    """The unit of a line that says nothing else: "Belopp i miljoner kronor", "Tkr", also
    with "om inte annat anges" or "löpande priser" after it, or a sentence that says only
    that ("Kassaflödesanalysen presenteras i tusentals kronor, TKR.")."""
    sentence = _UNIT_SENTENCE.match(" ".join(text.split()))
    if sentence:
        words = sentence.group("unit")
        units = {unit_in(m.group(0)) for m in _WORD.finditer(words)}
        if len(units) == 1 and not _WORD.sub("", words).strip(" .,"):
            return units.pop()
    flat = " ".join(text.split())
    for _ in range(2):  # "…, löpande priser, om inte annat anges"
        flat = _LEADING_QUALIFIER.sub("", _QUALIFIER.sub("", flat).strip())
    if _PERCENT_LINE.match(flat):
        return "procent"
    match = _UNIT_LINE.match(flat)
    if not match:
        return None
    words = match.group("unit").strip()
    unit = unit_in(words)
    if unit is None or _WORD.sub("", words).strip(" .,:") not in ("", "svenska"):
        return None
    return unit


def find_unit(
    title: str, lines: list[str], headers: list[str], texts: list[str], filename: str
) -> tuple[str | None, str]:
    """(unit, where it was found) or (None, "") when the table does not say."""
    if title and unit_in(title, plain_kr=bool(re.search(r"\(\s*(kr|kronor)\s*\)", title))):
        return unit_in(title), "rubriken"
    for line in lines:
        unit = unit_line(line)
        if unit:
            return unit, f"raden ”{' '.join(line.split())}”"
    for header in headers:
        unit = unit_in(header)
        if unit:
            return unit, f"kolumnrubriken ”{' '.join(header.split())}”"
    for text in texts:
        if unit_line(text):
            return unit_line(text), "en cell i tabellen"
    stem = re.sub(r"[_\-.]+", " ", filename)
    unit = unit_in(stem, plain_kr=False)
    if unit:
        return unit, "filnamnet"
    return None, ""
