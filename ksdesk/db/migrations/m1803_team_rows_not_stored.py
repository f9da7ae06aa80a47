"""Step m1803: the shadow of a synced row is marked where the file could not store the row
whole (core/team_shadow.py), so that the first sync after an update of ksdesk fetches what
the older version left out instead of pushing it as deleted or emptied.

From now on a pull marks such rows itself. Rows pulled by a ksdesk from before this step were
never marked; the ones it could not have stored are marked here, once, as the file is updated:
the overklagande (m1403) and förvaltningsbesvär (m1406) the shadow lists but the file lacks,
and the §§ without a beslutsunderlag as ksdesk wrote it (m1405, a column the older version
left empty). Tried for real: a ksdesk from before m1406, updated, pushed its next edit of a
meeting with every förvaltningsbesvär of it deleted and every § without that list.

A förvaltningsbesvär deleted here and not yet synced when the file is updated is fetched
again (it cannot be told from one never stored): something undone, nothing lost. Safe to run
twice: a row marked once is not marked again."""

from __future__ import annotations

from ksdesk.db.migrations.registry import migrations

INDEX = (
    "CREATE INDEX IF NOT EXISTS sync_row_marked ON sync_row(unit_uuid) "
    "WHERE substr(digest, 1, 1) IN ('-', '~')"
)
_UNMARKED = "substr(sync_row.digest, 1, 1) NOT IN ('-', '~')"


@migrations(name="m1803_team_rows_not_stored")
def m1803_team_rows_not_stored(db) -> None:
    db.execute(INDEX)
    for table in ("overklagande", "forvaltningsbesvar"):
        db.execute(
            f"UPDATE sync_row SET digest = '-' || digest WHERE tbl = '{table}' AND {_UNMARKED} "
            f"AND NOT EXISTS (SELECT 1 FROM [{table}] t WHERE t.uuid = sync_row.key)"
        )
    db.execute(
        "UPDATE sync_row SET digest = '~underlag_fran_arendet:' || digest "
        f"WHERE tbl = 'protokoll_paragraf' AND {_UNMARKED} AND EXISTS (SELECT 1 FROM "
        "protokoll_paragraf p WHERE p.uuid = sync_row.key AND p.underlag_fran_arendet IS NULL)"
    )
