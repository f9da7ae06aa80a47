"""Step m1202: the organ keeps where its signed protokoll are kept (förvaringsplats), which
every protokoll's anslag prints unless the justering says otherwise. Safe to run twice."""

from __future__ import annotations

from ksdesk.db.migrations.registry import migrations


@migrations(name="m1202_organ_forvaringsplats")
def m1202_organ_forvaringsplats(db) -> None:
    if "forvaringsplats" not in db["organ"].columns_dict:
        db.execute("ALTER TABLE organ ADD COLUMN forvaringsplats TEXT NOT NULL DEFAULT ''")
