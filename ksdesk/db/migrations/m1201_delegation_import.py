"""Step m1201: what an imported delegationsordning brings beyond the seed's six columns.

Points keep a sub-heading printed before them, the values of the document's extra columns
(JSON, by heading) and its change mark ("ny" / "ändrad"); chapters keep a sub-title; a version
keeps the document's own column headings and the order of its extra columns. Safe to run
twice."""

from __future__ import annotations

from ksdesk.db.migrations.registry import migrations

_COLUMNS = {
    "deleg_point": (
        ("heading", "TEXT NOT NULL DEFAULT ''"),
        ("extra", "TEXT NOT NULL DEFAULT '{}'"),
        ("marked", "TEXT NOT NULL DEFAULT ''"),
    ),
    "deleg_chapter": (("subtitle", "TEXT NOT NULL DEFAULT ''"),),
    "deleg_version": (
        ("column_headings", "TEXT NOT NULL DEFAULT '{}'"),
        ("extra_columns", "TEXT NOT NULL DEFAULT '[]'"),
    ),
}


@migrations(name="m1201_delegation_import")
def m1201_delegation_import(db) -> None:
    for table, columns in _COLUMNS.items():
        present = set(db[table].columns_dict)
        for name, declaration in columns:
            if name not in present:
                db.execute(f"ALTER TABLE {table} ADD COLUMN {name} {declaration}")
