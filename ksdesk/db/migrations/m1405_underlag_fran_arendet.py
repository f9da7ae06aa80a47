"""Step m1405: a § keeps its beslutsunderlag as ksdesk last wrote it from the ärende
(`underlag_fran_arendet`, a JSON list), so that "Uppdatera paragraferna" can write the list
again when the ärende's bilagor change, and keeps a list the secretary wrote herself.

NULL, as every § from before this step has: the § holds the list as ksdesk wrote it (until
this step the list could not be edited in the window), and the repository reads it so. No
row is rewritten here: in team mode every meeting would otherwise travel as changed. Safe to
run twice."""

from __future__ import annotations

from ksdesk.db.migrations.registry import migrations


@migrations(name="m1405_underlag_fran_arendet")
def m1405_underlag_fran_arendet(db) -> None:
    if "underlag_fran_arendet" not in db["protokoll_paragraf"].columns_dict:
        db.execute("ALTER TABLE protokoll_paragraf ADD COLUMN underlag_fran_arendet TEXT")
