"""Step m1404: a decision of the public-copy review may concern a citizen's name ("namn"):
the author of a medborgarförslag who did not agree to its publication, named in a text of
the meeting. SQLite cannot change a CHECK constraint, so the table is rebuilt from its own
CREATE statement with the one list of kinds widened; its rows, indexes and triggers (the
change counters of m1301) are kept as they are. Safe to run twice."""

from __future__ import annotations

import re

from ksdesk.db.migrations.registry import migrations

OLD_KINDS = "kind IN ('personnummer', 'sekretess', 'oläslig')"
NEW_KINDS = "kind IN ('personnummer', 'sekretess', 'oläslig', 'namn')"
_TEMPORARY = "redaction_m1404"


@migrations(name="m1404_redaction_namn")
def m1404_redaction_namn(db) -> None:
    found = db.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'redaction'"
    ).fetchone()
    if found is None or OLD_KINDS not in found[0]:
        return
    kept = [
        sql
        for (sql,) in db.execute(
            "SELECT sql FROM sqlite_master WHERE tbl_name = 'redaction' "
            "AND type IN ('index', 'trigger') AND sql IS NOT NULL"
        ).fetchall()
    ]
    create = re.sub(
        r"CREATE TABLE (IF NOT EXISTS )?\"?redaction\"?",
        f"CREATE TABLE {_TEMPORARY}",
        found[0].replace(OLD_KINDS, NEW_KINDS),
        count=1,
    )
    columns = ", ".join(f'"{c}"' for c in db["redaction"].columns_dict)
    db.execute(create)
    db.execute(f"INSERT INTO {_TEMPORARY} ({columns}) SELECT {columns} FROM redaction")
    db.execute("DROP TABLE redaction")
    db.execute(f"ALTER TABLE {_TEMPORARY} RENAME TO redaction")
    for sql in kept:
        db.execute(sql)
