"""A budget sheet's title out of the caption a report prints over its table.

A table copied out of an annual report or budget PDF comes with the report's caption above it:
"Tabell 3. Resultatbudget för Lunds kommun 2023–2025, mnkr, löpande priser". Whole, that is a
poor sheet title: it fills the tab list and the page header of every printed page, and the
kommun's name and the unit are said elsewhere. A secretary names the sheet "Resultatbudget
2023–2025"; the caption itself is kept, whole, as the sheet's caption (printed under the title),
so nothing of it is lost. A line that is no caption ("Driftbudget 2024") is the title as it
stands.
"""

from __future__ import annotations

import re

from ksdesk.core.budget_unit import unit_line

__all__ = ["title_of_caption"]

# "Tabell 3.", "Tabell 3:", "Tab. 3 –", "Tabell 1a", Åmål's "Tabell som visar …", and the
# sentence a web page writes over a table for screen readers: Region Blekinge's "Tabellen
# visar resultatbudget för 2023." ("Tabellen nedan visar", "I tabellen redovisas").
_TABLE_NUMBER = re.compile(
    r"^(?:(?:tabell|tab\.)\s*(?:\d+[a-z]?(?:\.\d+)*\s*[.:\u2013-]?|som\s+visar)"
    r"|tabellen\s+(?:nedan\s+|ovan\s+)?visar|i\s+tabellen\s+(?:nedan\s+)?(?:redovisas|visas))\s+",
    re.IGNORECASE,
)
# What a caption adds after the name, after a comma or in brackets: the unit, the price basis.
_PRICES = re.compile(
    r"^(?:i\s+)?(?:löpande|fasta)\s+priser$|^(?:i\s+)?\d{4}\s+års\s+prisnivå$|^prisnivå\s+\d{4}$",
    re.IGNORECASE,
)
_BRACKETED = re.compile(r"\s*\(([^()]*)\)\s*$")
# "för Lunds kommun", "i Tyresö kommun", "för Region Skåne": the kommun is the database's own.
_WHOSE = re.compile(
    r"\s+(?:för|i)\s+(?:[A-ZÅÄÖ][\w-]*\s+){1,3}(?:kommun|stad|kommunkoncern)\b"
    r"|\s+(?:för|i)\s+Region\s+[A-ZÅÄÖ][\w-]*",
)
# "för åren 2021-2022", "under 2019 – 2022", "för år 2024": the years are the title's own;
# in a caption also "för 2023" ("Tabellen visar resultatbudget för 2023").
_YEARS_AFTER = re.compile(r"\s+(?:för\s+åren|för\s+år|under\s+åren|under)\s+(?=(?:19|20)\d{2})")
_FOR_YEARS = re.compile(r"\s+för\s+(?=(?:19|20)\d{2})")


def title_of_caption(line: str) -> tuple[str, bool]:
    """(the short title in a caption line, whether the line says more than that title and its
    unit, so that it is worth keeping as the caption). A line that is no caption is the title
    as it stands."""
    text = " ".join(line.split()).rstrip(".")
    numbered = _TABLE_NUMBER.match(text)
    short = text[numbered.end() :] if numbered else text
    added: list[str] = []  # what the caption adds to the title, beside its unit
    bracketed = _BRACKETED.search(short)
    if bracketed and _adds_nothing(bracketed[1]):
        short, added = short[: bracketed.start()], [bracketed[1]]
    name, *rest = short.split(", ")
    if rest and not numbered and not all(_adds_nothing(part) for part in rest):
        name, rest = short, []  # "Skola, vård och omsorg": the commas are the name's own
    bare = _YEARS_AFTER.sub(" ", _WHOSE.sub("", name))
    if numbered:
        bare = _FOR_YEARS.sub(" ", bare)
    bare = bare.strip(" ,.:;\u2013-")
    if not bare or bare == text:
        return line.strip(), False
    added += [part for part in rest if not unit_line(part.strip(" ."))]
    says_more = bool(numbered) or bare != name or any(not unit_line(a) for a in added)
    return bare[:1].upper() + bare[1:], says_more


def _adds_nothing(part: str) -> bool:
    """True for a unit or a price basis ("mnkr", "belopp i tusen kronor", "löpande priser")."""
    part = part.strip(" .")
    return bool(unit_line(part) or _PRICES.match(part))
