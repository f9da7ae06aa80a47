"""Step m1814: what a delegationsbeslut flagged sekretess shows follows the flag where it was
copied before. The search shows such a decision as "Sekretess" and no longer finds it by the
words of its text (db/search_repo.py): the rows flagged before this step were indexed with
their text, and are queued here to be indexed again at the first write (Store.atomic) or
search. A bilaga printing one decision ("delegationsbeslut:<Dnr>") is titled "<Dnr>
Delegationsbeslut" when its decision is flagged (services/delegationsbeslut_bilagor.py): the
bilagor are found by their ref through the index made here, and those picked before their
decision was flagged are retitled here. Safe to run twice."""

from __future__ import annotations

from ksdesk.db.migrations.registry import migrations

# The title of a bilaga printing a flagged decision (delegationsbeslut_bilagor.SECRET_TITLE).
_RETITLE = """
UPDATE bilaga SET title = substr(ref, length('delegationsbeslut:') + 1) || ' Delegationsbeslut'
WHERE ref LIKE 'delegationsbeslut:%' AND title != substr(ref, length('delegationsbeslut:') + 1)
  || ' Delegationsbeslut'
  AND (SELECT b.sekretess FROM delegationsbeslut b
       WHERE b.dnr = substr(bilaga.ref, length('delegationsbeslut:') + 1)
       ORDER BY b.id LIMIT 1) = 1
"""


@migrations(name="m1814_sekretess_follows")
def m1814_sekretess_follows(db) -> None:
    db.execute(
        "INSERT OR IGNORE INTO search_dirty (typ, row_id) "
        "SELECT 'delegationsbeslut', id FROM delegationsbeslut WHERE sekretess = 1"
    )
    db.execute("CREATE INDEX IF NOT EXISTS bilaga_ref ON bilaga(ref)")
    db.execute(_RETITLE)
