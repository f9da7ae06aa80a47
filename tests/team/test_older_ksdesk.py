"""Laptops of one kansli are not updated on the same day: what a ksdesk that is older, or
newer, than the one that wrote a meeting does with it. An older ksdesk is simulated by what it
sends and what it knows (its push lacks the newer tables and columns; its list of server
steps ends earlier); the real thing was tried against the commits before m1404 and m1406,
which pushed a meeting back with its förvaltningsbesvär deleted (hence server step s1802)."""

from __future__ import annotations

import pytest

from ksdesk.core.errors import ServerRefused
from ksdesk.db import team_repo
from ksdesk.db.connection import open_store
from ksdesk.db.server import schema
from ksdesk.services import team
from tests.team.conftest import PASSWORDS
from tests.team.helpers import set_place


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
    assert "nyare version av ksdesk (s1802_requires_m1406)" in said
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
