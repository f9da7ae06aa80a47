"""Bringing back what was deleted on the kansli's server (services/team_deleted.py, server
step s1803): deleted on one laptop, synced away, restored on another, back everywhere with
the same content, files included; secrets kept; refused in Swedish where it cannot be done.

Anna and Cecilia are secretaries of Kommunstyrelsen, Bertil of Socialnämnden (conftest.py)."""

from __future__ import annotations

import pytest

from ksdesk.core.errors import InvalidInput, NotFound
from ksdesk.core.team_deleted import ROW, UNIT
from ksdesk.db import team_repo
from ksdesk.db.unit_rows import UnitRows
from ksdesk.services import meetings, protokoll, team, team_conflicts, team_deleted
from tests.team.helpers import (
    KS_DAY,
    SN_DAY,
    a_pdf,
    meeting_on,
    place,
    secret_item,
    set_place,
    socialnamnden,
    titles,
)


def _contents(store, uuid: str) -> dict[str, tuple[str, bytes | None]]:
    """Every row of the meeting by key: its digest, and its file's bytes."""
    rows_io = UnitRows(store)
    return {
        row.key: (row.digest(), rows_io.blob(row.tbl, row.key) if row.blob_sha else None)
        for row in rows_io.read("meeting", uuid)
    }


def _drop_item(store, title: str) -> None:
    meeting = meeting_on(store)
    meeting.items = [item for item in meeting.items if item.title != title]
    meetings.save_meeting(store, meeting)


def _listed(store, **options) -> dict[str, object]:
    return {thing.what: thing for thing in team_deleted.deleted(store, **options)}


def test_a_meeting_deleted_by_mistake_comes_back_whole_on_every_laptop(ks_pair) -> None:
    anna, cecilia = ks_pair
    meeting = meeting_on(anna)
    before, named = _contents(anna, meeting.uuid), titles(anna)
    assert any(blob for _digest, blob in before.values())  # the PDF bilaga is there
    meetings.delete_meeting(anna, meeting.id)
    team.sync(anna)
    # Listed as changed (the grant) and deleted by the time it was pulled: nothing is left
    # that would count as a deletion here still to push.
    assert team_repo.unit_state(anna, meeting.uuid) is None and team_repo.pending(anna) == []
    team.sync(cecilia)
    with pytest.raises(NotFound):
        meeting_on(cecilia)
    listed = _listed(cecilia)
    thing = listed["sammanträde Kommunstyrelsen 2020-12-07"]
    assert (thing.typ, thing.ref, thing.organ) == (UNIT, meeting.uuid, "Kommunstyrelsen")
    assert thing.deleted_by == "Anna Ek" and thing.deleted_at and thing.rows == len(before)
    assert "borttaget" in thing.line() and "av Anna Ek" in thing.line()

    restored = team_deleted.restore_unit(cecilia, meeting.uuid)
    assert restored.on_server and restored.rows == len(before)
    assert team_repo.pending(cecilia) == []
    assert team.sync(anna).hamtade == 1
    assert _contents(anna, meeting.uuid) == before
    assert _contents(cecilia, meeting.uuid) == before
    assert titles(anna) == named
    assert team_deleted.deleted(cecilia) == []
    set_place(anna, "Stadshuset")  # it lives on: versions go on rising, edits travel
    team.sync(anna)
    team.sync(cecilia)
    assert meeting_on(cecilia).place == "Stadshuset"


def test_a_deleted_arende_comes_back_with_its_tjansteskrivelse_and_bilaga(ks_pair) -> None:
    anna, cecilia = ks_pair
    meeting = meeting_on(anna)
    protokoll.start_protokoll(anna, meeting.id)  # its § comes back linked to it (walk35 #4)
    uuid = meeting.uuid
    before = _contents(anna, uuid)
    _drop_item(anna, "Budget 2021")
    team.sync(anna)
    team.sync(cecilia)
    assert "Budget 2021" not in titles(cecilia)
    listed = _listed(cecilia)
    # The ärende alone is listed: its tjänsteskrivelse and bilaga went with it.
    assert [thing.typ for thing in listed.values()] == [ROW]
    ((what, thing),) = listed.items()
    assert what.startswith("ärende") and "Budget 2021" in what
    assert thing.deleted_by == "Anna Ek" and thing.deleted_at
    assert thing.unit_title == "Kommunstyrelsen 2020-12-07"

    restored = team_deleted.restore_row(cecilia, thing.ref)
    assert restored.on_server and restored.rows > 3  # ärende, tjänsteskrivelse, förslag, bilaga
    team.sync(anna)
    assert _contents(anna, uuid) == before == _contents(cecilia, uuid)
    assert team_deleted.deleted(anna) == []


def test_a_row_waits_for_its_deleted_meeting_and_its_deleted_parent(ks_pair) -> None:
    anna, cecilia = ks_pair
    meeting, named = meeting_on(anna), titles(anna)
    bilaga = next(item for item in meeting.items if item.bilagor).bilagor[0]
    item = next(item for item in meeting.items if item.title == "Budget 2021")
    assert item.uuid
    item.bilagor = []
    meetings.save_meeting(anna, meeting)
    team.sync(anna)
    _drop_item(anna, "Budget 2021")
    team.sync(anna)
    team.sync(cecilia)
    refs = {thing.what.split(" ")[0]: thing.ref for thing in team_deleted.deleted(cecilia)}
    with pytest.raises(InvalidInput, match=r"också borttaget\. Återställ det först"):
        team_deleted.restore_row(cecilia, refs["bilaga"])
    meetings.delete_meeting(anna, meeting_on(anna).id)
    team.sync(anna)
    assert [thing.typ for thing in team_deleted.deleted(cecilia)] == [UNIT]
    with pytest.raises(InvalidInput, match="är borttaget på servern: återställ det först"):
        team_deleted.restore_row(cecilia, refs["ärende"])
    team_deleted.restore_unit(cecilia, meeting.uuid)  # as it was when deleted
    assert "Budget 2021" not in titles(cecilia) and "Information" in titles(cecilia)
    team_deleted.restore_row(cecilia, refs["ärende"])
    team_deleted.restore_row(cecilia, refs["bilaga"])
    team.sync(anna)
    assert titles(anna) == named
    assert [b.uuid for i in meeting_on(anna).items for b in i.bilagor] == [bilaga.uuid]
    with pytest.raises(InvalidInput, match="är inte borttagen på servern"):
        team_deleted.restore_row(cecilia, refs["ärende"])
    with pytest.raises(InvalidInput, match="är inte borttaget på servern"):
        team_deleted.restore_unit(cecilia, meeting.uuid)


def test_a_secret_meetings_deleted_content_is_listed_only_to_its_organs_secretaries(
    laptop, server
) -> None:
    bertil = laptop("bertil")
    socialnamnden(bertil)
    secret_item(bertil, "Placering av barn", pdf=a_pdf(1, "Sekretess"))
    team.sync(bertil)
    anna = laptop("anna")
    team.sync(anna)
    meeting = meeting_on(bertil, SN_DAY)
    secret = next(item for item in meeting.items if item.secret)
    meetings.delete_meeting(bertil, meeting.id)
    team.sync(bertil)
    team.sync(anna)
    assert "sammanträde Socialnämnden 2021-01-20" in _listed(bertil)
    assert team_deleted.deleted(anna) == []
    assert team_deleted.deleted(anna, organ="Socialnämnden") == []
    with pytest.raises(InvalidInput, match="bara organets sekreterare"):
        team_deleted.restore_unit(anna, meeting.uuid)
    with server.connect("anna") as conn:  # the server keeps the content, but not for her
        seen = conn.execute(
            "SELECT data FROM ksdesk.unit_row WHERE key = %s", [secret.uuid]
        ).fetchall()
    assert seen == []
    with server.connect("bertil") as conn:
        kept = conn.execute(
            "SELECT data->>'title', deleted, secret FROM ksdesk.unit_row WHERE key = %s",
            [secret.uuid],
        ).fetchone()
    assert kept == ("Placering av barn", True, True)
    team_deleted.restore_unit(bertil, meeting.uuid)
    team.sync(anna)
    assert "Placering av barn" in titles(bertil, SN_DAY)
    assert "Placering av barn" not in titles(anna, SN_DAY)  # the secret stays hidden


def test_a_restore_racing_a_colleagues_edit_merges_and_nothing_is_lost(ks_pair) -> None:
    anna, cecilia = ks_pair
    named = titles(anna)
    uuid = meeting_on(anna).uuid
    _drop_item(anna, "Delegationsordning")
    team.sync(anna)
    team.sync(cecilia)
    (thing,) = team_deleted.deleted(cecilia)
    with team.connection(cecilia) as conn:
        team_deleted.bring_back_row(cecilia, conn, uuid, thing.ref.split(":")[1])
    set_place(anna, "Stadshuset")  # Anna's push comes first: other rows, merged
    team.sync(anna)
    assert team.sync(cecilia).konflikter == []
    team.sync(anna)
    for file in (anna, cecilia):
        assert titles(file) == named and place(file) == "Stadshuset"


def test_what_the_server_emptied_before_s1803_is_listed_but_not_restored(ks_pair, server) -> None:
    anna, cecilia = ks_pair
    _drop_item(anna, "Delegationsordning")
    team.sync(anna)
    team.sync(cecilia)
    (thing,) = team_deleted.deleted(cecilia)
    with server.dba() as conn:  # what s1801's trigger did to a deleted row; docs/TEAM.md's purge
        conn.execute(
            "UPDATE ksdesk.unit_row SET data = '{}', blob = NULL, blob_sha = NULL "
            "WHERE deleted AND key = %s",
            [thing.ref.split(":")[1]],
        )
    (thing,) = team_deleted.deleted(cecilia)
    assert thing.what == "ärende (innehållet finns inte kvar på servern)"
    assert not thing.restorable and "kan inte återställas" in thing.line()
    with pytest.raises(InvalidInput, match="säkerhetskopia"):
        team_deleted.restore_row(cecilia, thing.ref)
    with pytest.raises(InvalidInput, match="inget UUID"):
        team_deleted.restore_unit(cecilia, "sammanträdet")
    with pytest.raises(NotFound, match="inget organ som heter Byggnämnden"):
        team_deleted.deleted(cecilia, organ="Byggnämnden")


def test_a_kansli_wide_register_row_comes_back_to_every_secretary(laptop) -> None:
    """A motion (the kansli's register, written by every secretary): deleted by Anna,
    brought back by Bertil, who is secretary of another organ."""
    from datetime import date

    from ksdesk.services import motioner

    anna = laptop("anna")
    made = motioner.add(anna, "motion", "Motion om cykelbanor", date(2024, 3, 1), dnr="KS 2024/7")
    team.sync(anna)
    bertil = laptop("bertil")
    team.sync(bertil)
    motioner.delete(anna, made.id)
    team.sync(anna)
    team.sync(bertil)
    assert motioner.list_motioner(bertil) == []
    (thing,) = team_deleted.deleted(bertil)
    assert (thing.what, thing.organ) == ("motion Motion om cykelbanor", "")
    team_deleted.restore_unit(bertil, thing.ref)
    team.sync(anna)
    (back,) = motioner.list_motioner(anna)
    assert (back.rubrik, back.dnr, back.vackt) == (
        "Motion om cykelbanor",
        "KS 2024/7",
        date(2024, 3, 1),
    )


def test_a_colleagues_check_out_holds_for_a_restore(ks_pair) -> None:
    from ksdesk.core.errors import UnitLocked

    anna, cecilia = ks_pair
    _drop_item(anna, "Delegationsordning")
    team.sync(anna)
    team.checka_ut(anna, KS_DAY)
    team.sync(cecilia)
    (thing,) = team_deleted.deleted(cecilia)
    with pytest.raises(UnitLocked, match="utcheckat av Anna Ek"):
        team_deleted.restore_row(cecilia, thing.ref)
    assert "Delegationsordning" not in titles(cecilia)  # nothing of it was written
    team.checka_in(anna, KS_DAY)
    team_deleted.restore_row(cecilia, thing.ref)
    team.sync(anna)
    assert "Delegationsordning" in titles(anna)


def test_a_meeting_changed_here_and_deleted_there_comes_back_by_keeping_it(ks_pair) -> None:
    anna, cecilia = ks_pair
    uuid = meeting_on(anna).uuid
    meetings.delete_meeting(anna, meeting_on(anna).id)
    team.sync(anna)
    set_place(cecilia, "Stadshuset")  # offline, before she heard of the deletion
    with pytest.raises(InvalidInput, match="Lös konflikten och behåll din version"):
        team_deleted.restore_unit(cecilia, uuid)
    team_conflicts.resolve(cecilia, uuid, "lokal")
    team.sync(cecilia)
    team.sync(anna)
    assert meeting_on(anna).place == "Stadshuset"
    assert team_deleted.deleted(anna) == []
