"""A row of a förtroendevalda register's table, the family name first: "Efternamn Förnamn
Parti Uppdrag Ordningsnummer" (Strängnäs's kulturnämnd: "Lindell Rylén Monica s Ordförande 3"),
the cells apart by tabs as a browser copies them or by one space as the page's text gives them.
The name is read given name first, as the register's other lists write it."""

from __future__ import annotations

import re
from typing import Protocol

from ksdesk.core.import_report import ImportReport
from ksdesk.core.organ import Fortroendevald
from ksdesk.interchange.given_names import GIVEN_NAMES
from ksdesk.interchange.members_words import ROLE, party_of, role_in

_TABS = re.compile(r"\t|\s{2,}|\s+\|\s+")
_LOCAL_PARTY = re.compile(r"[a-zåäö]{1,5}")
_ORDER_NUMBER = re.compile(r"\s*\d{1,3}\s*$")


class _Adds(Protocol):
    section: str | None

    def add(self, name: str, party: str, role: str, personlig_for: str = "") -> Fortroendevald: ...

    @property
    def report(self) -> ImportReport: ...


def _given_first(family_then_given: list[str]) -> str:
    """["Westerberg", "Nils", "Gunnar"] → "Nils Gunnar Westerberg": the last word and the common
    given names before it are the förnamn."""
    cut = len(family_then_given) - 1
    while cut > 1 and family_then_given[cut - 1].casefold() in GIVEN_NAMES:
        cut -= 1
    return " ".join(family_then_given[cut:] + family_then_given[:cut])


def read_register_row(reader: _Adds, where: str, row: str) -> bool:
    """The person of a register row; False when the row is not one (the caller reports it)."""
    cells = [cell.strip() for cell in _TABS.split(row.strip()) if cell.strip()]
    if len(cells) >= 3:  # Efternamn, Förnamn, Parti, Uppdrag, Ordningsnummer
        name, party, rest = f"{cells[1]} {cells[0]}", cells[2], " ".join(cells[3:])
    else:
        role = ROLE.search(row)
        words = row[: role.start()].split() if role else []
        if role is None or len(words) < 3:
            return False
        party, rest = words[-1], row[role.start() :]
        name = _given_first(words[:-1])
    # A local party in the register's lower case: "strp" (Strängnäspartiet).
    party = party_of(party) or (party.upper() if _LOCAL_PARTY.fullmatch(party) else "")
    role_read = role_in(rest)
    left = _ORDER_NUMBER.sub("", ROLE.sub("", rest, count=1)).strip()
    if not party or role_read is None or left:
        return False
    reader.add(name, party, role_read)
    return True
