"""Step m1812: a delegationsbeslut carries a sekretess flag. Before it, an import moved the text
of a row the list marked secret into the beskrivning and wrote "Sekretess" as the decision,
and a decision typed in the register could not be marked at all; yet the single decision
printed as a bilaga prints its beskrivning. With the flag, the text stays where the secretary
reads it and every output (the anmälan, the bilaga, the public and web editions) prints
"Sekretess" instead (core.delegationsbeslut_print). A decision already written "Sekretess"
is flagged, as it was meant. The column travels with its row in team mode (db.sync_tables
reads the columns from the schema); an older ksdesk would print a flagged row's text, so
server step s1805 makes it refuse the server. Safe to run twice."""

from __future__ import annotations

from ksdesk.db.migrations.registry import migrations


@migrations(name="m1812_delegationsbeslut_sekretess")
def m1812_delegationsbeslut_sekretess(db) -> None:
    if "sekretess" not in db["delegationsbeslut"].columns_dict:
        db.execute(
            "ALTER TABLE delegationsbeslut ADD COLUMN sekretess INTEGER NOT NULL DEFAULT 0 "
            "CHECK (sekretess IN (0, 1))"
        )
    db.execute(
        "UPDATE delegationsbeslut SET sekretess = 1 "
        "WHERE lower(trim(beslut)) = 'sekretess' AND sekretess = 0"
    )
