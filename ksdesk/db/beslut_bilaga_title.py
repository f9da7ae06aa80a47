"""The title a bilaga printing one delegationsbeslut ("delegationsbeslut:<Dnr>") is shown and
indexed by, as SQL: "<Dnr> Delegationsbeslut" while a decision of that Dnr is flagged
sekretess, or while no decision has the Dnr (it was changed, with the flag, on another laptop:
the stored title may be the decision's own, naming the person); else its stored title. Read
by the meeting's own query (db.meeting_tree) and by the search index (db.search_repo), so
the search finds such a bilaga by what the meeting shows, never by the stored words. Both
subqueries find their rows through the index on the Dnr."""

from __future__ import annotations

from ksdesk.core.beslut_bilaga import REF_PREFIX, SECRET_TITLE


def shown_title(bilaga: str = "b") -> str:
    """The SQL expression of the title of the bilaga row named `bilaga` in the query."""
    dnr = f"substr({bilaga}.ref, {len(REF_PREFIX) + 2})"  # what follows "delegationsbeslut:"
    return (
        f"CASE WHEN {bilaga}.ref LIKE '{REF_PREFIX}:%' AND (EXISTS (SELECT 1 FROM "
        f"delegationsbeslut d WHERE d.dnr = {dnr} AND d.sekretess) OR NOT EXISTS (SELECT 1 "
        f"FROM delegationsbeslut d WHERE d.dnr = {dnr})) "
        f"THEN {dnr} || ' {SECRET_TITLE}' ELSE {bilaga}.title END"
    )
