"""The server enforces who may read and change what, whatever the client: Bertil, secretary
of Socialnämnden, with raw SQL through his own login, cannot change Kommunstyrelsen's meeting
nor read its secret items and bilagor. And a change reaches a second connection by NOTIFY."""

from __future__ import annotations

import json

import psycopg
import pytest

from ksdesk.services import team
from tests.team.helpers import KS_DAY, a_pdf, meeting_on, secret_item


@pytest.fixture
def ks_with_secret(laptop):
    """Anna's Kommunstyrelsen on the server, with a secret ärende (and its PDF bilaga), and
    Bertil's synced file: (anna, bertil, meeting uuid)."""
    anna = laptop("anna", start="small")
    secret_item(anna, "Förvärv av fastighet", KS_DAY, pdf=a_pdf(1, "Hemlig värdering"))
    team.sync(anna)
    bertil = laptop("bertil")
    team.sync(bertil)
    return anna, bertil, meeting_on(anna).uuid


def _secret_keys(anna, uuid) -> set[str]:
    meeting = meeting_on(anna)
    item = next(i for i in meeting.items if i.secret)
    return {item.uuid, *(b.uuid for b in item.bilagor)}


def test_secret_items_and_bilagor_never_reach_another_organs_secretary(ks_with_secret) -> None:
    _anna, bertil, _uuid = ks_with_secret
    titles = [item.title for item in meeting_on(bertil).items]
    assert "Förvärv av fastighet" not in titles
    assert "Budget 2021" in titles  # the rest of the meeting is there to read
    found = bertil.db.execute("SELECT count(*) FROM bilaga WHERE title = 'Utredning'").fetchone()
    assert found[0] == 0


def test_an_item_marked_secret_later_leaves_the_other_organs_copy(ks_with_secret) -> None:
    from ksdesk.services import meetings

    anna, bertil, _uuid = ks_with_secret
    meeting = meeting_on(anna)
    item = next(i for i in meeting.items if i.title == "Budget 2021")
    item.secret, item.secrecy_ref = True, "19 kap. 1 § OSL"
    meetings.save_meeting(anna, meeting)
    team.sync(anna)
    assert "Budget 2021" in [i.title for i in meeting_on(bertil).items]
    team.sync(bertil)
    assert "Budget 2021" not in [i.title for i in meeting_on(bertil).items]
    # Its tjänsteskrivelse and bilaga went with it.
    left = bertil.db.execute("SELECT count(*) FROM tjansteskrivelse").fetchone()[0]
    assert left == 0
    # And it comes back when it is open again.
    item.secret = False
    meetings.save_meeting(anna, meeting)
    team.sync(anna)
    team.sync(bertil)
    back = next(i for i in meeting_on(bertil).items if i.title == "Budget 2021")
    assert back.tjansteskrivelse is not None and back.bilagor[0].content


def test_raw_sql_as_bertil_cannot_read_secret_rows(server, ks_with_secret) -> None:
    anna, _bertil, uuid = ks_with_secret
    secret = _secret_keys(anna, uuid)
    with server.connect("bertil") as conn:
        keys = {row[0] for row in conn.execute("SELECT key FROM ksdesk.unit_row")}
        assert keys and not keys & secret
        content = conn.execute(
            "SELECT count(*) FROM ksdesk.unit_row WHERE data::text LIKE '%Förvärv%' "
            "OR convert_from(coalesce(blob, ''), 'LATIN1') LIKE '%Hemlig%'"
        ).fetchone()[0]
        assert content == 0
    with server.connect("anna") as conn:  # her own organ's secretary reads them
        keys = {row[0] for row in conn.execute("SELECT key FROM ksdesk.unit_row")}
        assert secret <= keys


def test_raw_sql_as_bertil_cannot_change_another_organs_meeting(server, ks_with_secret) -> None:
    _anna, _bertil, uuid = ks_with_secret
    with server.connect("bertil") as conn:
        changed = conn.execute(
            'UPDATE ksdesk.unit_row SET data = data || \'{"place": "Bertils sal"}\', '
            "changed_in = changed_in + 1 WHERE unit_uuid = %s",
            [uuid],
        )
        assert changed.rowcount == 0
        bumped = conn.execute(
            "UPDATE ksdesk.unit SET version = version + 1, changed_by_role = current_user "
            "WHERE uuid = %s",
            [uuid],
        )
        assert bumped.rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO ksdesk.unit_row (unit_uuid, key, tbl, data, changed_in) "
                "VALUES (%s, 'inbrott', 'agenda_item', '{}', 99)",
                [uuid],
            )
        for statement in (
            "DELETE FROM ksdesk.unit_row",
            "INSERT INTO ksdesk.organ_access (organ_uuid, role_name) "
            "SELECT organ_uuid, 'bertil' FROM ksdesk.unit WHERE kind = 'organ'",
            "UPDATE ksdesk.unit SET organ_uuid = NULL",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
    with server.dba() as dba:
        place = dba.execute(
            "SELECT data->>'place' FROM ksdesk.unit_row WHERE key = %s", [uuid]
        ).fetchone()[0]
    assert place == "Kommunhuset"


def test_a_meeting_cannot_be_handed_to_another_organ(server, laptop) -> None:
    """Bertil may write Socialnämnden's meetings: he may not create one that names
    Kommunstyrelsen, nor pass one of his off as organ-less."""
    from tests.team.helpers import socialnamnden

    anna = laptop("anna", start="small")
    team.sync(anna)
    bertil = laptop("bertil")
    team.sync(bertil)
    socialnamnden(bertil)
    team.sync(bertil)
    ks_organ = meeting_on(anna)
    with server.connect("bertil") as conn, conn.transaction():
        ks_uuid = conn.execute(
            "SELECT organ_uuid::text FROM ksdesk.unit WHERE uuid = %s", [ks_organ.uuid]
        ).fetchone()[0]
        fake = "00000000-0000-4000-8000-0000000000aa"
        conn.execute(
            "INSERT INTO ksdesk.unit (uuid, kind, title) VALUES (%s, 'meeting', 'falsk')", [fake]
        )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO ksdesk.unit_row (unit_uuid, key, tbl, data, changed_in) "
                "VALUES (%s, %s, 'meeting', %s, 1)",
                [fake, fake, json.dumps({"organ_id": ks_uuid, "date": "2021-01-01"})],
            )


def test_a_change_reaches_a_second_connection_by_notify(server, laptop) -> None:
    from ksdesk.db.server import server_repo
    from tests.team.helpers import set_place

    anna = laptop("anna", start="small")
    team.sync(anna)
    listener = server.connect("bertil")
    try:
        server_repo.listen(listener)
        set_place(anna, "Stora salen")
        team.sync(anna)
        heard = list(server_repo.notifications(listener, timeout=10, stop_after=1))
    finally:
        listener.close()
    meeting = meeting_on(anna)
    [payload] = [p for p in heard if p["uuid"] == meeting.uuid]
    assert payload["typ"] == "meeting" and payload["andrad_av"] == "Anna Ek"
    assert payload["version"] >= 2
