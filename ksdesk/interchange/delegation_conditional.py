"""A second delegate who decides on a condition, as a Delegat cell writes it under the first:
"Utskott" over "Tjänsteman enligt särskilt förordnande då utskottets beslut inte kan
avvaktas" (Kungsbacka's Individ & Familjeomsorg, 4.3.36 LVU). The line reads as a condition
(it has a verb), but it opens with who decides: it is a delegate, kept whole with its
condition, for the condition says when that delegate may decide instead of the first.
A line that does not open with a role ("då nämndens beslut inte kan avvaktas") stays a
condition for Anmärkning (delegation_role_cells)."""

from __future__ import annotations

import re

from ksdesk.interchange.delegation_role_cells import is_role

# "<who> då|när <clause>": who decides, then when.
_WHO_WHEN = re.compile(r"^(?P<who>[A-ZÅÄÖ][^,;]*?)\s+(?P<when>då|när)\s+\S.*$")
# An official named by what makes him one ("Tjänsteman enligt särskilt förordnande"): no
# role's ending, but a role all the same.
_OFFICIAL = ("tjänsteman", "tjänstemannen", "tjänstemän", "anställd", "ledamot")


def conditional_delegate(condition: str) -> tuple[str, str] | None:
    """(the delegate with the condition, the conjunction) when the cell's condition is a
    delegate on a condition; None when it is a condition alone."""
    match = _WHO_WHEN.match(" ".join(condition.split()))
    if match is None:
        return None
    who = match["who"]
    if not (is_role(who) or who.split()[0].lower() in _OFFICIAL):
        return None
    return match[0], match["when"]
