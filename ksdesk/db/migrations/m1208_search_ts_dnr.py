"""Step m1208: an ärende is found by the Dnr its tjänsteskrivelse gives it as well ("KS
2020/434" where the ärendelista says "2020/434": the form the ärendelista shows, see
core.meeting.written_dnr). Every ärende with a tjänsteskrivelse is queued for the search
index, which reads the tjänsteskrivelse's Dnr from now on. Safe to run twice."""

from __future__ import annotations

from ksdesk.db.migrations.registry import migrations


@migrations(name="m1208_search_ts_dnr")
def m1208_search_ts_dnr(db) -> None:
    db.execute(
        "INSERT OR IGNORE INTO search_dirty (typ, row_id) "
        "SELECT 'arende', item_id FROM tjansteskrivelse WHERE diarienummer != ''"
    )
