"""Step m0403: a secret bilaga names its OSL paragraph, as a secret item does, so that the
public version can say why it leaves the bilaga out ("sekretess enligt 19 kap. 3 § OSL")."""

from __future__ import annotations

from ksdesk.db.migrations.registry import migrations


@migrations(name="m0403_bilaga_secrecy_ref")
def m0403_bilaga_secrecy_ref(db) -> None:
    # Checked first: re-running the step on a file that has the column must not fail.
    if "secrecy_ref" not in db["bilaga"].columns_dict:
        db.execute("ALTER TABLE bilaga ADD COLUMN secrecy_ref TEXT NOT NULL DEFAULT ''")
