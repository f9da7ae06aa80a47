"""Laptops of one kansli are not updated on the same day: what a ksdesk that is older, or
newer, than the one that wrote a meeting does with it. An older ksdesk is simulated by what it
sends and what it knows (its push lacks the newer tables and columns; its list of server
steps ends earlier); the real thing was tried against the commits before m1404 and m1406,
which pushed a meeting back with its förvaltningsbesvär deleted (hence server step s1802)."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest

from ksdesk.core.errors import InvalidInput, ServerRefused
from ksdesk.core.forvaltningsbesvar import Forvaltningsbesvar
from ksdesk.core.identity import new_uuid
from ksdesk.core.team import CANNOT_APPLY
from ksdesk.core.team_wire import PUSHED, OutgoingPush, UnitRow
from ksdesk.db import team_repo
from ksdesk.db.connection import open_store
from ksdesk.db.server import schema, server_repo
from ksdesk.db.server.steps import STEPS as SERVER_STEPS
from ksdesk.db.sync_tables import PARTS
from ksdesk.db.unit_rows import CannotApply, UnitRows
from ksdesk.services import forvaltningsbesvar, protokoll, team, team_conflicts
from tests.team.conftest import NAMES, PASSWORDS
from tests.team.helpers import meeting_on, place, set_place, titles


def _push_as(server, login: str, uuid: str, rows: list[UnitRow]) -> None:
    """A push of the meeting's rows as another ksdesk sends them (nothing deleted)."""
    conn = server.connect(login)
    try:
        unit = server_repo.unit_now(conn, uuid)
        outgoing = OutgoingPush(
            uuid, "meeting", unit.organ_uuid, unit.title, unit.version, new_uuid(), NAMES[login]
        )
        outgoing.rows = rows
        assert server_repo.push(conn, outgoing).status == PUSHED
    finally:
        conn.close()


def _server_row_deleted(server, key: str) -> bool:
    with server.dba() as conn:
        row = conn.execute("SELECT deleted FROM ksdesk.unit_row WHERE key = %s", [key]).fetchone()
    return row[0]


def test_a_ksdesk_that_lacks_a_step_of_the_server_refuses_it_in_swedish(server, tmp_path) -> None:
    """A ksdesk from before m1406 knows the server steps up to s1801: linking to a server
    prepared by this one, it is told to update before anything is pulled or pushed."""
    older = pytest.MonkeyPatch()
    older.setattr(schema, "STEPS", ("s1801_team",))
    store = open_store(tmp_path / "aldre.sqlite", create=True)
    try:
        with pytest.raises(ServerRefused) as refused:
            team.koppla(store, server.url, "cecilia", PASSWORDS["cecilia"])
        assert team_repo.link(store) is None
    finally:
        older.undo()
        store.close()
    said = str(refused.value)
    steps = (
        "s1802_requires_m1406, s1803_keep_deleted, s1804_requires_m1809, "
        "s1805_requires_m1812, s1806_requires_m1820"
    )
    assert f"nyare version av ksdesk ({steps})" in said
    assert "Uppdatera ksdesk på den här datorn" in said


def test_a_server_not_yet_marked_waits_for_server_init(server, laptop) -> None:
    anna = laptop("anna", start="small")
    with server.dba() as conn:
        conn.execute("DELETE FROM ksdesk.schema_step WHERE name = 's1802_requires_m1406'")
    set_place(anna, "Kommunhuset, sal B")
    with pytest.raises(ServerRefused, match="ksdesk server init"):
        team.sync(anna)
    with server.dba() as conn:
        assert schema.init(conn, "Ludvika kommun") == ["s1802_requires_m1406"]
    assert team.sync(anna).skickade > 0  # the change waited in the file


def test_a_push_without_the_newer_tables_and_columns_keeps_them(ks_pair, server) -> None:
    """A ksdesk from before m1405 and m1406 pushes the §§ without underlag_fran_arendet and
    no förvaltningsbesvär at all: the newer laptop keeps both."""
    anna, _cecilia = ks_pair
    meeting = meeting_on(anna)
    paragrafer = protokoll.start_protokoll(anna, meeting.id).paragrafer
    budget = next(p for p in paragrafer if p.title == "Budget 2021")
    budget.beslutsunderlag = ["Budget 2021, skriven för hand"]
    protokoll.save_paragraf(anna, budget)
    besvar = Forvaltningsbesvar(budget.id, date(2020, 12, 10), True, date(2020, 12, 11))
    forvaltningsbesvar.put(anna, budget.id, besvar)
    team.sync(anna)
    before = protokoll.get_protokoll(anna, meeting.id).paragrafer
    older = []
    for row in UnitRows(anna).read("meeting", meeting.uuid):
        if row.tbl == "agenda_item" and row.data["title"] == "Information":
            row.data["title"] = "Information från förvaltningen"
        if row.tbl in ("agenda_item", "protokoll_paragraf"):
            row.data.pop("underlag_fran_arendet", None)
            older.append(row)
    _push_as(server, "cecilia", meeting.uuid, older)
    assert team.sync(anna).hamtade == 1
    assert "Information från förvaltningen" in titles(anna)
    assert protokoll.get_protokoll(anna, meeting.id).paragrafer == before
    kept = forvaltningsbesvar.get(anna, budget.id)
    assert (kept.delgivet, kept.kungoras, kept.kungjort) == (besvar.delgivet, True, besvar.kungjort)


def test_rows_of_a_table_only_a_newer_ksdesk_knows_stay_on_the_server(ks_pair, server) -> None:
    """This ksdesk never reads such a row, so its absence here is no deletion: a push of the
    meeting leaves it on the server for the laptops that know it."""
    anna, _cecilia = ks_pair
    meeting = meeting_on(anna)
    newer = UnitRow(new_uuid(), "framtida_tabell", meeting.uuid, {"meeting_id": meeting.uuid})
    _push_as(server, "cecilia", meeting.uuid, [newer])
    team.sync(anna)
    set_place(anna, "Kommunhuset, sal B")
    assert team.sync(anna).skickade == 1
    assert _server_row_deleted(server, newer.key) is False


def test_a_value_only_a_newer_ksdesk_knows_is_refused_in_swedish(ks_pair, server) -> None:
    anna, _cecilia = ks_pair
    meeting = meeting_on(anna)
    decision = {
        "meeting_id": meeting.uuid,
        "hit_key": "framtida:1",
        "kind": "framtida",  # a kind of hit a newer ksdesk's review knows
        "source": "Kallelse",
        "shown": "",
        "decision": "maskera",
        "decided_by": "Cecilia Dahl",
        "decided_at": "2020-12-08T10:00:00",
        "note": "",
    }
    newer = UnitRow(new_uuid(), "redaction", meeting.uuid, decision)
    _push_as(server, "cecilia", meeting.uuid, [newer])
    team.sync(anna)
    conflict = team_repo.conflict(anna, meeting.uuid)
    assert conflict is not None and conflict.reason == CANNOT_APPLY
    assert "bara en nyare version av ksdesk känner till" in conflict.detail
    assert "CHECK" not in conflict.detail and "constraint" not in conflict.detail


def test_a_unit_this_file_could_not_store_is_tried_at_every_sync(ks_pair, monkeypatch) -> None:
    """Once ksdesk is updated (or what stood in the way renamed) the next sync stores the
    unit, though nothing changed on the server since."""
    anna, cecilia = ks_pair
    meeting = meeting_on(cecilia)
    set_place(anna, "Kommunhuset, sal B")
    team.sync(anna)

    def cannot(self, kind, upserts, deletions) -> None:
        raise CannotApply("En rad i redaction kan inte hämtas: uppdatera ksdesk.")

    with monkeypatch.context() as older:
        older.setattr(UnitRows, "apply", cannot)
        team.sync(cecilia)
    assert team_repo.conflict(cecilia, meeting.uuid).reason == CANNOT_APPLY
    assert team.sync(cecilia).konflikter == []
    assert place(cecilia) == "Kommunhuset, sal B"


# The tables of the sync units (their CREATE statements) as they stood when the newest server
# step was decided: see the test below.
SHAPE_DECIDED = (
    # s1804: the meeting's mark of step m1809, which an older ksdesk would not obey (it would
    # publish what a colleague's register names): refused by it, as s1802 does for m1406.
    # m1810 adds the handläggare's title to the tjänsteskrivelse, weighed and kept without
    # a server step: an older ksdesk marks the column it lacks (core/team_shadow.py) and
    # fetches it after its update; a title left empty there hides nothing and publishes
    # nothing a colleague's file would not.
    # s1805: the delegationsbeslut's sekretess flag of m1812, which an older ksdesk would not
    # read (it would print a flagged decision's text in the anmälan and the public packet):
    # refused by it, as s1804 does for m1809.
    # m1816 adds the upprop's distans mark (attendance.distans), weighed and kept without a
    # server step, as m1810: an older ksdesk marks the column it lacks and fetches it after
    # its update; until then its protokoll lists the person as present without "på
    # distans", which hides nothing and publishes nothing a colleague's file would not.
    # m1819 adds, per §, who takes no part in the beslut (protokoll_paragraf.deltar_inte),
    # weighed and kept without a server step, as m1816: an older ksdesk marks the column it
    # lacks and fetches it after its update; until then its protokoll prints the § without
    # the "Deltar inte i beslut" lines (the names of ledamöter, public in any protokoll),
    # which publishes nothing a colleague's file would not.
    # s1806: the ärende's marks of m1820 (published without its texts, "publiceras inte i
    # sin helhet"; a public title), which an older ksdesk would not read (it would publish
    # the texts and the title): refused by it, as s1805 does for m1812.
    "s1806_requires_m1820",
    "3923eec1bc531d8a6fb6294530526550fea78c9449b83abb7b68c89b7b758fe5",
)


def _units_shape(store) -> str:
    tables = sorted({part.table for parts in PARTS.values() for part in parts})
    found = store.db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name"
    ).fetchall()
    created = {name: " ".join(sql.split()) for name, sql in found}
    return hashlib.sha256("\n".join(created[table] for table in tables).encode()).hexdigest()


def test_a_change_to_what_a_unit_carries_is_weighed_for_laptops_not_yet_updated(store) -> None:
    """A schema step that changes a table a sync unit carries (a table, a column, a CHECK)
    is weighed against the laptops of the kansli not yet updated. Either an older ksdesk
    keeps it intact (it never deletes the rows of a table it does not know, the server keeps
    the columns it does not know, and its update fetches both: core/team_shadow.py), or a new
    server step makes it refuse the server before it can harm anything, as s1802 does for
    m1404-m1406 (a value its CHECK refuses; a column whose emptiness means something). Then
    the fingerprint here is written again beside the newest server step."""
    assert (SERVER_STEPS[-1], _units_shape(store)) == SHAPE_DECIDED


def test_a_unit_never_stored_here_has_no_local_version_to_keep(laptop, server) -> None:
    """Keeping 'the local version' of a meeting the file never could store would have it
    count as synced and never fetched: refused in Swedish, the conflict left as it was."""
    anna = laptop("anna", start="small")
    team.sync(anna)
    cecilia = laptop("cecilia")
    uuid = meeting_on(anna).uuid

    def cannot(self, kind, upserts, deletions) -> None:
        raise CannotApply("En rad i redaction kan inte hämtas: uppdatera ksdesk.")

    with pytest.MonkeyPatch.context() as older:
        older.setattr(UnitRows, "apply", cannot)
        team.sync(cecilia)
    with pytest.raises(InvalidInput, match="ingen egen version att behålla"):
        team_conflicts.resolve(cecilia, uuid, team_conflicts.LOKAL)
    assert team_repo.conflict(cecilia, uuid).reason == CANNOT_APPLY
    assert team.sync(cecilia).konflikter == []
    assert meeting_on(cecilia).uuid == uuid
