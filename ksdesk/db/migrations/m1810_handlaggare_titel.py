"""Step m1810: a tjänsteskrivelse keeps its handläggare's title ("Nämndsekreterare",
"Utredare"), as a letterhead prints it under the name: the import read it into the report
alone, and the packet could not print it where it prints the handläggare. '' for every
tjänsteskrivelse written before (none had one). The column travels with its row in team mode
(db.sync_tables reads the columns from the schema); an older ksdesk leaves it out of what it
sends, and the server keeps a row's columns as they come. Safe to run twice."""

from __future__ import annotations

from ksdesk.db.migrations.registry import migrations


@migrations(name="m1810_handlaggare_titel")
def m1810_handlaggare_titel(db) -> None:
    if "handlaggare_titel" not in db["tjansteskrivelse"].columns_dict:
        db.execute(
            "ALTER TABLE tjansteskrivelse ADD COLUMN handlaggare_titel TEXT NOT NULL DEFAULT ''"
        )
