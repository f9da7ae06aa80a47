"""Step m1817: a bilaga printing a delegationsbeslut ("delegationsbeslut:<Dnr>") is indexed for
search under the title the meeting shows it by (db/beslut_bilaga_title.py): "<Dnr>
Delegationsbeslut" while its decision is flagged sekretess. The index held the stored title,
the decision's own, so a search for the person's name found the bilaga. Triggers queue such
bilagor again when a decision's Dnr or flag changes, or a decision is added or removed (a
sync's writes too); the bilagor indexed before this step are queued once. Safe to run twice."""

from __future__ import annotations

from ksdesk.db.migrations.registry import migrations

_QUEUE = (
    "INSERT OR IGNORE INTO search_dirty (typ, row_id) SELECT 'bilaga', id FROM bilaga "
    "WHERE ref = 'delegationsbeslut:' || {row}.dnr;"
)
_EVENTS = (
    ("insert", "AFTER INSERT", ("NEW",)),
    ("update", "AFTER UPDATE OF dnr, sekretess", ("NEW", "OLD")),
    ("delete", "AFTER DELETE", ("OLD",)),
)


@migrations(name="m1817_bilaga_index_follows")
def m1817_bilaga_index_follows(db) -> None:
    for name, event, rows in _EVENTS:
        body = " ".join(_QUEUE.format(row=row) for row in rows)
        db.execute(
            f"CREATE TRIGGER IF NOT EXISTS delegationsbeslut_bilaga_search_{name} {event} "
            f"ON delegationsbeslut BEGIN {body} END"
        )
    db.execute(
        "INSERT OR IGNORE INTO search_dirty (typ, row_id) "
        "SELECT 'bilaga', id FROM bilaga WHERE ref LIKE 'delegationsbeslut:%'"
    )
