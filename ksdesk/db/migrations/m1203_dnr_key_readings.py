"""Step m1203: core.dnr reads more registries' diarienummer ("KS.2020.434", "KSKF/2014:1",
Tyresö's "2018/KS 0290 10", Stockholm's "1.6-0463/2011", a pasted en dash …). A Dnr it could
not read before was keyed by its own text, so a decision registered as "KS.2020.434" never
met one registered as "KS 2020/434". Each delegationsbeslut's dnr_key is read again with
today's rules. Safe to run twice: a key that is already right is left alone."""

from __future__ import annotations

from ksdesk.core.dnr import match_key
from ksdesk.db.migrations.registry import migrations


@migrations(name="m1203_dnr_key_readings")
def m1203_dnr_key_readings(db) -> None:
    read_dnr_keys_again(db)


def read_dnr_keys_again(db) -> None:
    """Every delegationsbeslut's dnr_key as core.dnr reads its Dnr today (each later step
    that teaches core.dnr a new shape runs this again)."""
    rows = db.execute("SELECT id, dnr, dnr_key FROM delegationsbeslut").fetchall()
    # As in m1304: a key derived from what is stored is no change of the decision, so the rows
    # are marked as this transaction's own and keep their version for team sync.
    for row_id, dnr, stored in rows:
        key = match_key(dnr)
        if key != stored:
            db.execute(
                "UPDATE delegationsbeslut SET dnr_key = ?, "
                "change_txn = (SELECT txn FROM change_context) WHERE id = ?",
                [key, row_id],
            )
    db.execute("UPDATE change_context SET txn = txn + 1")
