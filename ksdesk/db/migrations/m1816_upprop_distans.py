"""Step m1816: a line of the upprop says whether the person took part på distans (KL 5 kap.
16 § and 6 kap. 24 §: a ledamot may take part by video where fullmäktige has allowed it, and
is then present); kommuner print it beside the name ("deltar på distans"). 0 for every line
written before (no one was marked). The column travels with its row in team mode
(db.sync_tables reads the columns from the schema); an older ksdesk leaves it out of what it
sends, and the server keeps a row's columns as they come. Safe to run twice."""

from __future__ import annotations

from ksdesk.db.migrations.registry import migrations


@migrations(name="m1816_upprop_distans")
def m1816_upprop_distans(db) -> None:
    if "distans" not in db["attendance"].columns_dict:
        db.execute("ALTER TABLE attendance ADD COLUMN distans INTEGER NOT NULL DEFAULT 0")
