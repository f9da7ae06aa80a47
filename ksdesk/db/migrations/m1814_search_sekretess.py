"""Step m1814: the search shows a delegationsbeslut flagged sekretess as "Sekretess" and no
longer finds it by the words of its text (db/search_repo.py); the rows flagged before this
step were indexed with their text, and are queued here to be indexed again at the first
write (Store.atomic) or search. Safe to run twice."""

from __future__ import annotations

from ksdesk.db.migrations.registry import migrations


@migrations(name="m1814_search_sekretess")
def m1814_search_sekretess(db) -> None:
    db.execute(
        "INSERT OR IGNORE INTO search_dirty (typ, row_id) "
        "SELECT 'delegationsbeslut', id FROM delegationsbeslut WHERE sekretess = 1"
    )
