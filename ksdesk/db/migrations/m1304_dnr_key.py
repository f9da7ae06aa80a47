"""Step m1304: each delegationsbeslut keeps the year and löpnummer of its Dnr (core.dnr's
match_key), indexed: registering a decision looks for one with the same Dnr among those few
rows instead of reading and parsing the whole register (which grows by hundreds a year)."""

from __future__ import annotations

from ksdesk.core.dnr import match_key
from ksdesk.db.migrations.registry import migrations


@migrations(name="m1304_dnr_key")
def m1304_dnr_key(db) -> None:
    # Checked first: re-running the step on a file that has the column must not fail.
    if "dnr_key" not in db["delegationsbeslut"].columns_dict:
        db.execute("ALTER TABLE delegationsbeslut ADD COLUMN dnr_key TEXT NOT NULL DEFAULT ''")
    rows = db.execute("SELECT id, dnr FROM delegationsbeslut").fetchall()
    # A key derived from what is stored is no change of the decision: marked as this
    # transaction's own (change_txn), the rows keep their version; the counter moves on after.
    for row_id, dnr in rows:
        db.execute(
            "UPDATE delegationsbeslut SET dnr_key = ?, "
            "change_txn = (SELECT txn FROM change_context) WHERE id = ?",
            [match_key(dnr), row_id],
        )
    db.execute("UPDATE change_context SET txn = txn + 1")
    db.execute("CREATE INDEX IF NOT EXISTS delegationsbeslut_dnr_key ON delegationsbeslut(dnr_key)")
