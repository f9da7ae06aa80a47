"""Step m1205: the justering keeps the meeting's ajourneringar (breaks, "kl. 15.00–15.15"),
which kommuner print under Plats och tid: a JSON list of [start, end] times. Safe to run
twice."""

from __future__ import annotations

from ksdesk.db.migrations.registry import migrations


@migrations(name="m1205_justering_ajournering")
def m1205_justering_ajournering(db) -> None:
    if "ajourneringar" not in db["protokoll_meeting"].columns_dict:
        db.execute(
            "ALTER TABLE protokoll_meeting ADD COLUMN ajourneringar TEXT NOT NULL DEFAULT '[]'"
        )
