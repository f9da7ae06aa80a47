"""A laptop that pulled meetings with an older ksdesk and is then updated: what the older
version could not store (a table or column it did not know) is fetched at the first sync
after the update, before it pushes, and is never pushed as deleted or emptied. The older
file is simulated by taking out of it, without a change of its own, what the older version
left out; a newer ksdesk's column by adding it to the file, as its update would."""

from __future__ import annotations

from datetime import date

from ksdesk.core.forvaltningsbesvar import Forvaltningsbesvar
from ksdesk.core.identity import new_uuid
from ksdesk.core.team_shadow import missing_columns
from ksdesk.core.team_wire import PUSHED, OutgoingPush
from ksdesk.db import shadow_repo, team_repo
from ksdesk.db.server import server_repo
from ksdesk.db.unit_rows import UnitRows
from ksdesk.services import forvaltningsbesvar, protokoll, team
from tests.team.conftest import NAMES
from tests.team.helpers import meeting_on, set_place


def _server_row(server, key: str) -> tuple[bool, dict]:
    with server.dba() as conn:
        return conn.execute(
            "SELECT deleted, data FROM ksdesk.unit_row WHERE key = %s", [key]
        ).fetchone()


def _budget_appealed(anna) -> tuple[str, str]:
    """The budget § with a beslutsunderlag as ksdesk wrote it and a förvaltningsbesvär,
    synced; returns their keys (the § and the förvaltningsbesvär)."""
    meeting = meeting_on(anna)
    paragrafer = protokoll.start_protokoll(anna, meeting.id).paragrafer
    budget = next(p for p in paragrafer if p.title == "Budget 2021")
    besvar = Forvaltningsbesvar(budget.id, date(2020, 12, 10), True, date(2020, 12, 11))
    forvaltningsbesvar.put(anna, budget.id, besvar)
    team.sync(anna)
    return budget.uuid, forvaltningsbesvar.get(anna, budget.id).uuid


def _as_pulled_before_m1405_and_m1406(store, meeting_uuid: str, besvar_key: str) -> None:
    """What a ksdesk from before m1405 and m1406 stored of the meeting: no förvaltningsbesvär,
    no beslutsunderlag as ksdesk wrote it (no change of the file's own)."""
    rows = UnitRows(store)
    with store.atomic():
        rows.hold_version("meeting", meeting_uuid)
        rows.apply("meeting", [], [("forvaltningsbesvar", besvar_key)])
        store.db.execute("UPDATE protokoll_paragraf SET underlag_fran_arendet = NULL")


def test_an_updated_laptop_keeps_the_forvaltningsbesvar_it_never_had(ks_pair, server) -> None:
    from ksdesk.db.migrations.m1803_team_rows_not_stored import m1803_team_rows_not_stored

    anna, cecilia = ks_pair
    paragraf_key, besvar_key = _budget_appealed(anna)
    meeting = meeting_on(cecilia)
    team.sync(cecilia)
    written = _server_row(server, paragraf_key)[1]["underlag_fran_arendet"]
    assert written is not None
    _as_pulled_before_m1405_and_m1406(cecilia, meeting.uuid, besvar_key)
    m1803_team_rows_not_stored(cecilia.db)  # the update
    m1803_team_rows_not_stored(cecilia.db)  # safe to run twice
    marked = {key: shadow for key, _tbl, shadow in shadow_repo.marked(cecilia)[meeting.uuid]}
    assert marked[besvar_key] == "-" + team_repo.digests(anna, meeting.uuid)[besvar_key][1]
    set_place(cecilia, "Kommunhuset, sal B")
    assert team.sync(cecilia).skickade == 1
    assert _server_row(server, besvar_key)[0] is False
    assert _server_row(server, paragraf_key)[1]["underlag_fran_arendet"] == written
    assert forvaltningsbesvar.get(cecilia, _paragraf_id(cecilia, paragraf_key)).uuid == besvar_key
    team.sync(anna)
    assert forvaltningsbesvar.get(anna, _paragraf_id(anna, paragraf_key)).uuid == besvar_key


def _paragraf_id(store, paragraf_key: str) -> int:
    paragrafer = protokoll.get_protokoll(store, meeting_on(store).id).paragrafer
    return next(p.id for p in paragrafer if p.uuid == paragraf_key)


def test_a_column_of_a_newer_ksdesk_is_fetched_once_the_file_has_it(ks_pair, server) -> None:
    anna, _cecilia = ks_pair
    meeting = meeting_on(anna)
    row = next(r for r in UnitRows(anna).read("meeting", meeting.uuid) if r.tbl == "agenda_item")
    row.data["framtida_kolumn"] = "från en nyare ksdesk"
    conn = server.connect("cecilia")
    try:
        unit = server_repo.unit_now(conn, meeting.uuid)
        outgoing = OutgoingPush(
            meeting.uuid, "meeting", unit.organ_uuid, unit.title, unit.version, new_uuid(),
            NAMES["cecilia"], rows=[row],
        )  # fmt: skip
        assert server_repo.push(conn, outgoing).status == PUSHED
    finally:
        conn.close()
    team.sync(anna)
    shadow = team_repo.digests(anna, meeting.uuid)[row.key][1]
    assert missing_columns(shadow) == ["framtida_kolumn"]
    # ksdesk is updated: the file gets the column, empty.
    anna.db.execute("ALTER TABLE agenda_item ADD COLUMN framtida_kolumn TEXT")
    set_place(anna, "Kommunhuset, sal B")
    assert team.sync(anna).skickade == 1
    assert _server_row(server, row.key)[1]["framtida_kolumn"] == "från en nyare ksdesk"
    stored = anna.db.execute(
        "SELECT framtida_kolumn FROM agenda_item WHERE uuid = ?", [row.key]
    ).fetchone()
    assert stored == ("från en nyare ksdesk",)
