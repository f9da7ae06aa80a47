"""Two more kinds the intakes tell apart (wrong_intake.py): a table of amounts and a list of a
nämnd's ledamöter and ersättare. Pasted into each other's intake they were read: Sjöbo's
resultaträkning as the members list of one ledamot named "Bokslut Bokslut Budget Bokslut
Bokslut", Strängnäs' kulturnämnd as a budget sheet of 23 rows with the ordningsnummer as
amounts. Either is told only where it is clear:

- a table of amounts: a line naming the unit the amounts are in ("Belopp i mnkr", "(tkr)"),
  and at least three lines ending in two figures or more, as a budget table's rows do;
- a members list: the roles of a nämnd's members (ledamot, ersättare, ordförande, "tjänstgör
  för") named at least four times, as a list of them names them on every line; a budget
  table's "Arvoden till förtroendevalda" does not."""

from __future__ import annotations

import re

from ksdesk.core.budget_unit import unit_in

BUDGET_TABLE = "en budgettabell"
MEMBERS = "en lista över ledamöter och ersättare"

# An amount as a budget table writes one: "1 329,0", "– 31,3", "-39 658", "(558,2)".
_AMOUNT = r"(?:[–−-]\s?)?\(?\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d+)?\)?"
_ENDS_IN_AMOUNTS = re.compile(rf"(?:^|\s){_AMOUNT}(?:\s+{_AMOUNT})+$")
_AMOUNT_LINES = 3
# A line that names a unit and little else ("(tkr)", "Löpande prisnivå, mnkr KOMMUNEN
# KONCERNEN"), or the unit heading the column header ("Belopp i mnkr Not 2019 2018 …",
# "mnkr Not 2020 2021 …", "(mnkr) Not Kommunen …"); not "200 kr per barn".
_UNIT_LINE_WORDS = 6
_UNIT_HEADING = re.compile(
    r"^\(?(?:tkr|mnkr|mkr)\b|\((?:tkr|mnkr|mkr|kr)\)|belopp(?:en)?\s+i\s+(?:tkr|mnkr|mkr|kr"
    r"|tusen|miljoner)\b",
    re.IGNORECASE,
)
_ROLE = re.compile(
    r"\b(?:ledam(?:ot|öter|oten)|ersättare(?:n|na)?|(?:vice\s+)?ordförande(?:n)?"
    r"|tjänstgör\s+för)\b",
    re.IGNORECASE,
)
_ROLES = 4


def budget_table_why(lines: list[str]) -> str:
    """What shows a table of amounts (module docstring), "" when nothing does."""
    unit = next(
        (
            line
            for line in lines
            if (len(line.split()) <= _UNIT_LINE_WORDS and unit_in(line, plain_kr=False))
            or _UNIT_HEADING.search(line)
        ),
        None,
    )
    if unit is None:
        return ""
    rows = [line for line in lines if _ENDS_IN_AMOUNTS.search(line) and _has_words(line)]
    if len(rows) < _AMOUNT_LINES:
        return ""
    return f"”{unit}” över {len(rows)} rader med belopp, som ”{_short(rows[0])}”"


def members_why(lines: list[str]) -> str:
    """What shows a list of ledamöter and ersättare (module docstring), "" when nothing
    does."""
    named = [match[0].lower() for line in lines for match in _ROLE.finditer(line)]
    if len(named) < _ROLES:
        return ""
    words = sorted(set(named), key=named.index)[:3]
    return f"{' och '.join('”' + w + '”' for w in words)} nämnda {len(named)} gånger"


def _has_words(line: str) -> bool:
    """A row with its label: a line of figures alone is a year header ("2019 2018") or a
    date as well as a row."""
    return bool(re.search(r"[A-Za-zÅÄÖåäö]{3}", line))


def _short(line: str) -> str:
    return line if len(line) <= 60 else line[:57] + "…"
