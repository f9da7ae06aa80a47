"""Step m1808: a registered person with skyddade personuppgifter keeps a phone number
(core.skyddad_person: a handläggare's letterhead prints it, often the extension alone), which
the review masks in every public output as it masks the name (core.protected_phones); ''
for every person registered before this step. The table stays local to the file, as step
m1807 says. Safe to run twice."""

from __future__ import annotations

from ksdesk.db.migrations.registry import migrations


@migrations(name="m1808_skyddad_telefon")
def m1808_skyddad_telefon(db) -> None:
    if "telefon" not in db["skyddad_person"].columns_dict:
        db.execute("ALTER TABLE skyddad_person ADD COLUMN telefon TEXT NOT NULL DEFAULT ''")
