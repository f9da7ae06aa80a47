"""Two laptops and one server: what merges, what is refused, what waits for the secretary.

Anna and Cecilia are secretaries of Kommunstyrelsen, Bertil of Socialnämnden (see
conftest.py). Every test runs against a real PostgreSQL."""

from __future__ import annotations

import pytest

from ksdesk.core.errors import NotFound, UnitLocked
from ksdesk.core.team import CHANGED_ON_BOTH, LEASED
from ksdesk.db import team_repo
from ksdesk.db.unit_rows import UnitRows
from ksdesk.services import meetings, team, team_conflicts
from tests.team.helpers import (
    KS_DAY,
    SN_DAY,
    add_item,
    meeting_on,
    place,
    set_place,
    socialnamnden,
    titles,
)


def _same_unit(a, b, kind: str, uuid: str) -> bool:
    digests_a = {row.key: row.digest() for row in UnitRows(a).read(kind, uuid)}
    digests_b = {row.key: row.digest() for row in UnitRows(b).read(kind, uuid)}
    return digests_a == digests_b


def test_a_second_laptop_gets_everything_and_the_json_has_the_shape(laptop) -> None:
    anna = laptop("anna", start="demo")
    first = team.sync(anna)
    assert first.as_json() == {"skickade": first.skickade, "hamtade": 0, "konflikter": []}
    assert first.skickade > 40  # organ, members, meeting, sheets, delegation, register rows
    bertil = laptop("bertil")
    pulled = team.sync(bertil)
    assert pulled.skickade == 0 and pulled.hamtade == first.skickade
    ks = meeting_on(bertil)
    assert _same_unit(anna, bertil, "meeting", ks.uuid)
    assert team.sync(anna).as_json() == {"skickade": 0, "hamtade": 0, "konflikter": []}
    assert team.sync(bertil).as_json() == {"skickade": 0, "hamtade": 0, "konflikter": []}


def test_different_meetings_merge(laptop) -> None:
    anna = laptop("anna", start="small")
    team.sync(anna)
    bertil = laptop("bertil")
    team.sync(bertil)
    socialnamnden(bertil)
    team.sync(bertil)
    team.sync(anna)
    # Each edits her or his own organ's meeting, offline, at the same time.
    set_place(anna, "Kommunhuset, sal A")
    add_item(bertil, "Riktlinjer för ekonomiskt bistånd", SN_DAY)
    for laptop_file in (anna, bertil, anna):
        result = team.sync(laptop_file)
        assert result.konflikter == []
    assert place(bertil) == "Kommunhuset, sal A"
    assert "Riktlinjer för ekonomiskt bistånd" in titles(anna, SN_DAY)
    assert _same_unit(anna, bertil, "meeting", meeting_on(anna, SN_DAY).uuid)
    assert _same_unit(anna, bertil, "meeting", meeting_on(anna).uuid)


def test_the_second_sync_moves_only_the_change(laptop) -> None:
    anna = laptop("anna", start="small")
    first = team.sync(anna)
    cecilia = laptop("cecilia")
    team.sync(cecilia)
    meeting = meeting_on(anna)
    item = next(i for i in meeting.items if i.tjansteskrivelse and i.tjansteskrivelse.forslag)
    item.tjansteskrivelse.forslag[0].text = "Kommunstyrelsen godkänner rapporten."
    meetings.save_meeting(anna, meeting)
    pushed = team.sync(anna)
    assert (pushed.skickade, pushed.rows_sent) == (1, 1)
    assert pushed.bytes_sent < 1000 < first.bytes_sent
    pulled = team.sync(cecilia)
    assert (pulled.hamtade, pulled.rows_received) == (1, 1)
    pulled_item = next(i for i in meeting_on(cecilia).items if i.uuid == item.uuid)
    assert pulled_item.tjansteskrivelse.forslag[0].text == "Kommunstyrelsen godkänner rapporten."


def test_the_same_meeting_changed_on_both_sides_is_a_conflict_not_the_last_writer(
    ks_pair,
) -> None:
    anna, cecilia = ks_pair
    set_place(anna, "Sal A")
    set_place(cecilia, "Sal B")
    assert team.sync(anna).konflikter == []
    result = team.sync(cecilia)
    [conflict] = result.konflikter
    assert conflict.typ == "meeting" and conflict.rubrik == "Kommunstyrelsen 2020-12-07"
    assert conflict.server["andrad_av"] == "Anna Ek"
    assert conflict.server["orsak"] == CHANGED_ON_BOTH
    assert conflict.lokal["skillnader"] == 1
    assert place(cecilia) == "Sal B"  # nothing was overwritten on either side
    team.sync(anna)
    assert place(anna) == "Sal A"
    # Both versions side by side, the one row that differs.
    [difference] = team_conflicts.differences(cecilia, team_repo.conflict(cecilia, conflict.uuid))
    assert ("place", "Sal B", "Sal A") in difference.fields


def test_keeping_the_local_version_pushes_it_and_keeps_the_other(ks_pair) -> None:
    anna, cecilia = ks_pair
    set_place(anna, "Sal A")
    team.sync(anna)
    set_place(cecilia, "Sal B")
    [conflict] = team.sync(cecilia).konflikter
    team_conflicts.resolve(cecilia, conflict.uuid, "lokal")
    assert team.sync(cecilia).as_json()["konflikter"] == []
    team.sync(anna)
    assert place(anna) == "Sal B"
    kept = cecilia.db.execute("SELECT side, rows FROM sync_conflict_kept").fetchall()
    assert [side for side, _rows in kept] == ["server"] and "Sal A" in kept[0][1]


def test_taking_the_server_version_keeps_the_local_one_aside(ks_pair) -> None:
    anna, cecilia = ks_pair
    set_place(anna, "Sal A")
    team.sync(anna)
    set_place(cecilia, "Sal B")
    [conflict] = team.sync(cecilia).konflikter
    team_conflicts.resolve(cecilia, conflict.uuid, "server")
    assert place(cecilia) == "Sal A"
    assert team.sync(cecilia).as_json() == {"skickade": 0, "hamtade": 0, "konflikter": []}
    kept = cecilia.db.execute("SELECT side, rows FROM sync_conflict_kept").fetchall()
    assert kept[0][0] == "lokal" and "Sal B" in kept[0][1]


def test_merging_row_by_row(ks_pair) -> None:
    anna, cecilia = ks_pair
    set_place(anna, "Sal A")
    team.sync(anna)
    add_item(cecilia, "Extra ärende")
    set_place(cecilia, "Sal B")
    [conflict] = team.sync(cecilia).konflikter
    stored = team_repo.conflict(cecilia, conflict.uuid)
    choices = {
        d.key: ("server" if d.tbl == "meeting" else "lokal")
        for d in team_conflicts.differences(cecilia, stored)
    }
    team_conflicts.resolve(cecilia, conflict.uuid, "lokal", choices)
    team.sync(cecilia)
    team.sync(anna)
    for file in (anna, cecilia):
        assert place(file) == "Sal A"
        assert "Extra ärende" in titles(file)


def test_a_checked_out_meeting_is_read_only_for_the_others(ks_pair) -> None:
    anna, cecilia = ks_pair
    lease = team.checka_ut(anna, KS_DAY)
    assert lease.holder == "Anna Ek" and lease.mine
    team.sync(cecilia)
    seen = team.lease_of(cecilia, meeting_on(cecilia).uuid)
    assert seen is not None and seen.text().startswith("Utcheckat av Anna Ek sedan ")
    with pytest.raises(UnitLocked, match="utcheckat av Anna Ek sedan"):
        set_place(cecilia, "Sal B")
    assert place(cecilia) != "Sal B"  # nothing written


def test_the_same_meeting_is_refused_without_the_lease(ks_pair) -> None:
    """Cecilia edited offline before she knew Anna had it checked out: the server refuses
    her push, her work stays in her file, listed as waiting for the lease."""
    anna, cecilia = ks_pair
    set_place(cecilia, "Sal B")  # offline: not synced yet
    team.checka_ut(anna, KS_DAY)
    [conflict] = team.sync(cecilia).konflikter
    assert conflict.server["orsak"] == LEASED
    assert conflict.server["beskrivning"].startswith("Utcheckat av Anna Ek sedan")
    assert place(cecilia) == "Sal B"
    team.sync(anna)
    assert place(anna) != "Sal B"
    # When Anna checks in without changes, Cecilia's change goes through.
    team.checka_in(anna, KS_DAY)
    team.sync(cecilia)  # learns the lease is gone
    assert team.sync(cecilia).konflikter == []
    team.sync(anna)
    assert place(anna) == "Sal B"


def test_offline_edits_under_a_lease_arrive_after_check_in(ks_pair, server) -> None:
    anna, cecilia = ks_pair
    team.checka_ut(anna, KS_DAY)
    # Offline at the meeting table: the server is not asked until check-in.
    set_place(anna, "Folkets hus")
    add_item(anna, "Extra ärende: vinterväghållning")
    assert team_repo.pending_count(anna) == 1
    team.checka_in(anna, KS_DAY)
    assert team.lease_of(anna, meeting_on(anna).uuid) is None
    team.sync(cecilia)
    assert place(cecilia) == "Folkets hus"
    assert "Extra ärende: vinterväghållning" in titles(cecilia)
    assert team.lease_of(cecilia, meeting_on(cecilia).uuid) is None
    set_place(cecilia, "Sal C")  # free again
    assert team.sync(cecilia).konflikter == []


def test_a_broken_lease_keeps_the_work_as_a_conflict_copy(ks_pair, server) -> None:
    anna, cecilia = ks_pair
    team.checka_ut(cecilia, KS_DAY)
    set_place(cecilia, "Cecilias plats")  # offline, under her lease
    broken = team.bryt_utcheckning(anna, KS_DAY)
    assert broken.holder == "Cecilia Dahl"
    set_place(anna, "Annas plats")
    team.sync(anna)
    [conflict] = team.sync(cecilia).konflikter
    assert conflict.server["beskrivning"].startswith("Utcheckningen bröts av Anna Ek")
    assert place(cecilia) == "Cecilias plats"
    with server.dba() as dba:
        copies = dba.execute("SELECT made_by, reason, rows::text FROM ksdesk.conflict_copy")
        [(made_by, _reason, rows)] = copies.fetchall()
    assert made_by == "cecilia" and "Cecilias plats" in rows
    team_conflicts.resolve(cecilia, conflict.uuid, "server")
    assert place(cecilia) == "Annas plats"
    assert team.sync(cecilia).konflikter == []


def test_only_the_organs_administrator_breaks_a_lease(laptop) -> None:
    from ksdesk.core.errors import ServerRefused

    anna = laptop("anna", start="small")
    team.sync(anna)
    team.checka_ut(anna, KS_DAY)
    bertil = laptop("bertil")
    team.sync(bertil)
    with pytest.raises(ServerRefused, match="administratör"):
        team.bryt_utcheckning(bertil, KS_DAY)


def test_a_deleted_meeting_is_deleted_on_the_other_laptop(laptop) -> None:
    bertil = laptop("bertil")
    socialnamnden(bertil)
    team.sync(bertil)
    anna = laptop("anna")
    team.sync(anna)
    assert meeting_on(anna, SN_DAY)
    meetings.delete_meeting(bertil, meeting_on(bertil, SN_DAY).id)
    assert team.sync(bertil).skickade == 1
    assert team.sync(anna).hamtade == 1
    with pytest.raises(NotFound, match="inget sammanträde"):
        meeting_on(anna, SN_DAY)


def test_a_file_without_a_link_is_left_alone(store) -> None:
    from ksdesk.core.errors import InvalidInput

    assert team.status(store, online=False) == ""
    assert store.commit_checks == []
    with pytest.raises(InvalidInput, match="inte kopplad"):
        team.sync(store)


def test_a_chapters_part_travels_with_the_delegation_version(laptop) -> None:
    """The chapter's part (m1206) is a column of deleg_chapter like its title: set on one
    laptop, it arrives on the other as the one row that changed."""
    from ksdesk.services import delegation, delegation_document

    anna = laptop("anna", start="demo")
    team.sync(anna)
    cecilia = laptop("cecilia")
    team.sync(cecilia)
    draft = delegation.resolve(anna, "reviderad-2020-11-26")
    delegation_document.set_chapter_part(anna, draft.id, 0, "Del A Kommunstyrelsen")
    pushed = team.sync(anna)
    assert (pushed.skickade, pushed.rows_sent) == (1, 1)
    pulled = team.sync(cecilia)
    assert (pulled.hamtade, pulled.rows_received) == (1, 1)
    chapters = delegation.resolve(cecilia, "reviderad-2020-11-26").chapters
    assert [c.part for c in chapters[:2]] == ["Del A Kommunstyrelsen", ""]
    assert _same_unit(anna, cecilia, "delegation_version", draft.uuid)


def test_a_chapters_note_travels_with_the_delegation_version(laptop) -> None:
    """The text under a chapter's table (m1207) travels as its part does: one changed row,
    its lines as written."""
    from ksdesk.services import delegation, delegation_document

    anna = laptop("anna", start="demo")
    team.sync(anna)
    cecilia = laptop("cecilia")
    team.sync(cecilia)
    draft = delegation.resolve(anna, "reviderad-2020-11-26")
    note = "Anställning upp till 6 månader är verkställighet.\nGäller även vikariat."
    delegation_document.edit_chapter(anna, draft.id, 1, note=note)
    pushed = team.sync(anna)
    assert (pushed.skickade, pushed.rows_sent) == (1, 1)
    pulled = team.sync(cecilia)
    assert (pulled.hamtade, pulled.rows_received) == (1, 1)
    chapters = delegation.resolve(cecilia, "reviderad-2020-11-26").chapters
    assert [c.note for c in chapters[:2]] == ["", note]
    assert _same_unit(anna, cecilia, "delegation_version", draft.uuid)
