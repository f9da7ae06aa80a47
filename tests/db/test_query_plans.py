"""Storage that does not grow with history: every foreign key has an index, and no query in
db/ reads a whole child table to find a parent's rows.

A workload calls every function of db/ that runs SQL on a filled file (the demo, copied into
more meetings, with a protokoll, upprop, decisions, budget and delegation edits), records each
statement with the db/ function that ran it, and asks SQLite for its plan. A function nobody
calls here fails the test too: a new query joins the workload, so no query escapes the check."""

from __future__ import annotations

import ast
import sqlite3
import sys
from datetime import date
from pathlib import Path

import pytest

from ksdesk.core.delegation import Delegationsbeslut, Point
from ksdesk.core.delegation_citations import Citation, FoundIn, MeetingCitations
from ksdesk.core.delegation_roles import Role
from ksdesk.core.identity import forget_identity
from ksdesk.core.public_copy import Decision
from ksdesk.db import (
    aggregate_repo,
    budget_repo,
    citation_cache_repo,
    delegation_repo,
    delegation_role_repo,
    delegation_sources,
    delegationsbeslut_repo,
    document_repo,
    identity_repo,
    item_texts_repo,
    meeting_repo,
    organ_repo,
    protokoll_repo,
    redaction_repo,
    search_holders_repo,
    upprop_repo,
)
from ksdesk.services import meetings as meeting_service
from ksdesk.services import protokoll as protokoll_service
from tests.sql_trace import statements_of

DB = Path(__file__).parents[2] / "ksdesk" / "db"
# Modules whose every SQL-running function the workload must call: every repository (a new
# one joins by its name), the delegation check's sources and the row-level saves.
_REPOSITORIES = sorted(p.stem for p in DB.glob("*.py") if p.stem.endswith("_repo"))
REPOS = (*_REPOSITORIES, "delegation_sources", "row_sync", "restore_room")
# Reads of a whole table by design, each with its reason.
WHOLE_TABLE = {
    "count": "counts every row (ksdesk info)",
    "count_items": "counts every ärende (ksdesk info)",
    "count_points": "counts every point when no version is named",
    "paragraf_facts": "the § numbers cited, found by number alone: one pass in SQLite",
    "document_sources": "the delegation check searches every document",
    "stamp": "have these units changed: the max and count of their roots (an index)",
    "list_all": "the whole register, as listed",
    "keys": "every key, to make a new one unique",
    "titles": "every document, as listed",
    "replace_roles": "the role register is small and written whole by an undo",
    "role_list": "the whole register, as listed",
    "roles": "the whole register, as listed",
    "list_headers": "every meeting, as the meeting list shows them",
    "every_secret_title": "every secret title, masked by a public list spanning meetings",
    "kept_everywhere": "every secret title a review published, for the lists spanning meetings",
    "versions": "every sync unit of a kind, for a sync to compare",
    "all_by_paragraf": "the follow-up of every ärende, read whole to follow it",
    "meeting_txns": "which meetings changed since the ärenden's way was read (one row each)",
    "not_appealed_item_ids": "the follow-up of every ärende, read whole to follow it",
    "justeringar": "every meeting's justering: the laga kraft of each (one row a meeting)",
    "follow_stamp": "the links settled by hand (a few), whole, to know they changed",
    "all_meetings": "which meetings have been expedierade, for the follow-up list",
    "text_fingerprints": "every archived protokoll, to recognise one read back",
    "unread_files": "files whose text is not read yet, across the file (search)",
    "pending": "team mode: every unit changed since its last sync, of every kind",
    "pending_count": "team mode: every unit changed since its last sync, of every kind",
    "unit_states": "team mode: what the file knows of every unit on the server",
    "pushes": "team mode: the pushes under way (a handful)",
    "conflicts": "team mode: the conflicts (a handful)",
    "conflict_count": "team mode: the conflicts (a handful)",
}


def _sql_functions() -> dict[str, set[str]]:
    """module -> its functions that run SQL (call execute/query/executemany/count or a
    sqlite-utils table, or another module's row-level save)."""
    found: dict[str, set[str]] = {}
    for name in REPOS:
        tree = ast.parse((DB / f"{name}.py").read_text(encoding="utf-8"))
        for node in tree.body:
            nodes = node.body if isinstance(node, ast.ClassDef) else [node]
            for fn in nodes:
                if not isinstance(fn, ast.FunctionDef):
                    continue
                source = ast.unparse(fn)
                calls = (".execute(", ".query(", ".executemany(", ".count(", "db[", "save_")
                if any(c in source for c in calls):
                    found.setdefault(name, set()).add(fn.name)
    return found


class Recorder:
    """Each statement run on the connection, with the db/ function that ran it."""

    def __init__(self, store) -> None:
        self.store = store
        self.statements: dict[str, str] = {}
        self.called: set[tuple[str, str]] = set()

    def _trace(self, sql: str) -> None:
        frame = sys._getframe(1)
        while frame is not None:
            module = Path(frame.f_code.co_filename)
            named = not frame.f_code.co_name.startswith("<")  # not a comprehension's frame
            if module.parent == DB and module.stem in REPOS and module.stem != "row_sync" and named:
                self.statements.setdefault(sql, frame.f_code.co_name)
                return
            frame = frame.f_back
        self.statements.setdefault(sql, "?")

    def _profile(self, frame, event, _arg) -> None:
        if event == "call":
            module = Path(frame.f_code.co_filename)
            if module.parent == DB:
                self.called.add((module.stem, frame.f_code.co_name))

    def __enter__(self) -> Recorder:
        self.store.db.conn.set_trace_callback(self._trace)
        sys.setprofile(self._profile)
        return self

    def __exit__(self, *exc) -> None:
        sys.setprofile(None)
        self.store.db.conn.set_trace_callback(None)


def _workload(store) -> None:
    """One call to each query of db/, in an order that leaves something to read."""
    meeting, organ = _meetings(store)
    _protokoll(store, meeting, organ)
    _budget(store)
    _delegation(store, meeting)
    _registers(store, meeting)
    _follow_up(store, meeting)
    _team(store, meeting)
    meeting_repo.delete(store, meeting.id)


def _meetings(store) -> tuple:
    day = date(2020, 12, 7)
    meeting = meeting_repo.find_by_date(store, day)
    organ = organ_repo.get(store, meeting.organ_id)
    for day_of_month in (4, 11):  # more meetings of the same organ, with ärenden and bilagor
        copy = meeting_service.copy_meeting(
            store, meeting.id, date(2021, 1, day_of_month), meeting.time
        )
        copy.items = forget_identity(meeting_repo.get(store, meeting.id).items)
        meeting_service.save_meeting(store, copy)
    meeting = meeting_repo.get(store, meeting.id)
    meeting.items[0].title += " (ändrad)"
    meeting.items.pop()
    with store.atomic():
        meeting_repo.save(store, meeting)
        organ.members.append(organ.members[0].__class__("Ny Ledamot", "S"))
        organ_repo.save(store, organ)
    meeting_repo.find_all_by_date(store, day)
    meeting_repo.list_headers(store)
    meeting_repo.meeting_of_item(store, meeting.items[1].id)
    meeting_repo.secret_items(store, {item.id for item in meeting.items})
    item_texts_repo.with_tjansteskrivelse(store, {item.id for item in meeting.items})
    meeting_repo.publication_marks(store, {item.id for item in meeting.items})
    meeting_repo.every_secret_title(store)
    meeting_repo.count(store)
    meeting_repo.count_items(store)
    before = meeting_repo.get_fields(store, meeting.id, ["place"])
    meeting_repo.update_fields(store, meeting.id, {"place": before["place"] + "!"})
    organ_repo.list_all(store)
    organ_repo.find_by_name(store, organ.name)
    organ_repo.count(store)
    organ_repo.delete_if_unused(store, organ.id)  # in use: kept
    organ_repo.written_dnrs(store, organ.id)
    organ_repo.never_synced(store)
    organ_repo.holds_anything(store, organ.id)
    organ_repo.take_uuid(store, organ.id, organ.uuid)  # the same: nothing changes

    return meeting, organ


def _protokoll(store, meeting, organ) -> None:
    day = meeting.date
    protokoll = protokoll_service.start_protokoll(store, meeting.id)
    paragraf = protokoll.paragrafer[0]
    paragraf.beslut += " Beslutet ändrat."
    protokoll_repo.save(store, paragraf)
    protokoll_repo.find(store, organ.id, day, paragraf.nr)
    protokoll_repo.get(store, paragraf.id)
    protokoll_repo.list_for_year(store, organ.id, day.year)
    protokoll_repo.list_for_meeting(store, meeting.id)
    protokoll_repo.numbers_in_year(store, organ.id, day.year, meeting.id)
    protokoll_repo.orphans(store, organ.id, day)
    protokoll_repo.set_number(store, paragraf.id, paragraf.nr)
    protokoll_repo.count(store)
    justering = protokoll_repo.get_justering(store, meeting.id)
    protokoll_repo.justeringar(store)
    justering.place = "Stadshuset"
    protokoll_repo.save_justering(store, meeting.id, justering)
    protokoll_repo.replace_for_meeting(
        store, meeting.id, protokoll_repo.list_for_meeting(store, meeting.id)
    )
    people = upprop_repo.list_for_meeting(store, meeting.id)
    upprop_repo.replace_all(store, meeting.id, people[1:])
    protokoll_repo.delete_justering(store, meeting.id)
    last = protokoll_repo.list_for_meeting(store, meeting.id)[-1]
    protokoll_repo.delete(store, last.id)

    decision = Decision("maskera", "Sekreteraren", "2020-12-08T10:00:00")
    redaction_repo.add(
        store,
        meeting.id,
        hit_key="pnr:1",
        kind="personnummer",
        source="x",
        shown="",
        decision=decision,
    )
    redaction_repo.current(store, meeting.id)
    redaction_repo.log(store, meeting.id)
    redaction_repo.kept_everywhere(store, "sekretess")
    redaction_repo.own_phrases(store, meeting.id, "egen:")
    redaction_repo.count(store)


def _budget(store) -> None:
    sheets = budget_repo.list_sheets(store)
    sheet = budget_repo.get(store, sheets[0][0])
    sheet.rows[-1].cells[-1] = None
    sheet.rows.insert(1, sheet.rows[0].__class__("data", [None] * len(sheet.columns)))
    budget_repo.save(store, sheet)
    budget_repo.find(store, sheet.title)
    budget_repo.find_by_key(store, sheet.key)
    budget_repo.position(store, sheet.id)
    budget_repo.keys(store)
    budget_repo.count(store)
    budget_repo.delete(store, sheets[-1][0])


def _delegation(store, meeting) -> None:
    day = meeting.date
    versions = delegation_repo.list_versions(store)
    version = delegation_repo.get(store, versions[-1][0])
    version.chapters[0].points.append(Point("99", "Nytt ärende", delegat=["Kommundirektör"]))
    version.chapters[1].points.pop()
    version.revisions.pop()
    delegation_repo.save(store, version)
    point = version.chapters[0].points[0]
    point.arende += "."
    delegation_repo.update_point(store, version.id, point)
    delegation_repo.save_header(store, version.id, version.header)
    delegation_repo.status_of(store, version.id)
    delegation_repo.find(store, version.key)
    delegation_repo.in_force_id(store, day)
    delegation_repo.newest_id(store)
    delegation_repo.count_points(store, version.id)
    delegation_repo.count_points(store)
    delegation_role_repo.roles(store)
    delegation_role_repo.add_roles(store, ["Ny roll"])
    roles = delegation_role_repo.role_list(store)
    role = Role("Extra roll")
    delegation_role_repo.save_role(store, role)
    delegation_role_repo.delete_role(store, role.id)
    delegation_role_repo.replace_roles(store, roles)
    delegation_repo.delete(store, versions[0][0])


def _registers(store, meeting) -> None:
    day = meeting.date
    beslut = Delegationsbeslut("KS 2021/1", day, title="Avskrivning")
    delegationsbeslut_repo.save(store, beslut)
    delegationsbeslut_repo.exists(store, beslut.id)
    delegationsbeslut_repo.list_all(store)
    delegationsbeslut_repo.get(store, beslut.id)
    delegationsbeslut_repo.list_unreported(store)
    delegationsbeslut_repo.set_reported(store, [beslut.id], meeting.id)
    delegationsbeslut_repo.list_reported(store, meeting.id)
    delegationsbeslut_repo.reported_at(store, [meeting.id])
    delegationsbeslut_repo.set_reported(store, [beslut.id], None)
    delegationsbeslut_repo.unreported_organs(store)
    delegationsbeslut_repo.unreported_of(store, [""], day)
    delegationsbeslut_repo.find_by_dnr(store, beslut.dnr)
    delegationsbeslut_repo.with_same_dnr_key(store, beslut.dnr)
    delegationsbeslut_repo.meetings_with_bilaga(store, f"delegationsbeslut:{beslut.dnr}")
    delegationsbeslut_repo.count(store)
    delegationsbeslut_repo.delete(store, beslut.id)

    keys = document_repo.keys(store)
    document = document_repo.find(store, keys[0])
    document.blocks.pop()
    document_repo.save(store, document)
    document_repo.titles(store)

    delegation_sources.meeting_sources(store, [meeting.id])
    delegation_sources.protokoll_sources(store, [meeting.id])
    delegation_sources.protokoll_sources(store, None)
    delegation_sources.document_sources(store)
    delegation_sources.paragraf_facts(store, {164, 216})
    delegation_sources.organ_shorts(store)
    found = FoundIn(("2021-03-02", 0), [Citation("ärende 1", None, day, 164, "2019-08-20 § 164")])
    assert citation_cache_repo.keep(store, {meeting.id: MeetingCitations(1, [found], [])})
    assert citation_cache_repo.stored(store, [meeting.id])[meeting.id].agenda == [found]
    citation_cache_repo.unsearched(store)
    citation_cache_repo.loose_stamp(store)

    for kind in aggregate_repo.UNITS:
        aggregate_repo.versions(store, kind)
    aggregate_repo.version_of(store, "meeting", meeting.uuid)
    aggregate_repo.stamp(store, "meeting", "organ", "document")
    aggregate_repo.tombstones(store)
    identity_repo.get(store)
    identity_repo.set_identity(store, identity_repo.get(store))
    identity_repo.read(store.path)  # through a connection of its own: nothing to trace


def _follow_up(store, meeting) -> None:
    """The registers of the follow-up (step m1401) and the search index."""
    from ksdesk.core.arendegang import Foljd
    from ksdesk.core.expediering import Utskick
    from ksdesk.core.forvaltningsbesvar import Forvaltningsbesvar
    from ksdesk.core.motion import Motion
    from ksdesk.core.overklagande import Overklagande
    from ksdesk.core.search import Filters, parse_query
    from ksdesk.core.skyddad_person import SkyddadPerson
    from ksdesk.core.uppdrag import Uppdrag
    from ksdesk.db import (
        arende_repo,
        besvar_repo,
        expediering_repo,
        forhinder_repo,
        motion_repo,
        overklagande_repo,
        protokoll_version_repo,
        search_repo,
        skyddad_repo,
        uppdrag_repo,
    )

    day, organ_id = meeting.date, meeting.organ_id
    paragraf = protokoll_repo.list_for_meeting(store, meeting.id)[0]
    arende_repo.save(store, Foljd(paragraf.id, utfall="återremiss"))
    arende_repo.get(store, paragraf.id)
    arende_repo.all_by_paragraf(store)
    arende_repo.meeting_txns(store)
    arende_repo.paragraf_rows(store, [meeting.id])
    arende_repo.loose_paragraf_rows(store)
    arende_repo.agenda_rows(store, [meeting.id])
    arende_repo.not_appealed_item_ids(store)
    arende_repo.follow_stamp(store)
    appeal = Overklagande(paragraf.id, day, "Förvaltningsrätten", "1-21")
    overklagande_repo.save(store, appeal)
    overklagande_repo.get(store, paragraf.id)
    overklagande_repo.all_by_paragraf(store)
    overklagande_repo.remove(store, paragraf.id)
    besvar_repo.save(store, Forvaltningsbesvar(paragraf.id, day, True, day))
    besvar_repo.get(store, paragraf.id)
    besvar_repo.all_by_paragraf(store)
    besvar_repo.remove(store, paragraf.id)
    utskick = Utskick("Akten", [paragraf.nr], day, meeting_id=meeting.id, meeting_date=day)
    expediering_repo.add(store, organ_id, utskick)
    expediering_repo.for_meeting(store, meeting.id)
    expediering_repo.all_meetings(store)
    forhinder_repo.replace_all(store, meeting.id, [forhinder_repo.Forhinder("Åsa Bergkvist")])
    forhinder_repo.list_for_meeting(store, meeting.id)
    motion = motion_repo.save(store, Motion("motion", "Om cykelvägar", day))
    motion_repo.get(store, motion.id)
    motion_repo.list_all(store)
    motion_repo.delete(store, motion.id)
    person = skyddad_repo.save(store, SkyddadPerson("Kalle Karlsson", "Storgatan 12"))
    skyddad_repo.get(store, person.id)
    skyddad_repo.list_all(store)
    skyddad_repo.delete(store, person.id)
    skyddad_repo.set_marks(store, meeting.id, '{"anna": {"namn": "Anna Ek", "traffar": 1}}')
    skyddad_repo.marks_of(store, meeting.id)
    version = protokoll_version_repo.add_version(store, meeting.id, organ_id, day, "a1", "x")
    protokoll_version_repo.add_file(store, version, "f1", "t1", 3)
    protokoll_version_repo.find_version(store, "a1")
    protokoll_version_repo.versions_for(store, meeting.id)
    protokoll_version_repo.files_by(store, "fil_sha256", "f1")
    protokoll_version_repo.text_fingerprints(store)
    uppdrag = uppdrag_repo.save(store, Uppdrag("Utred", organ_id=organ_id, paragraf_id=paragraf.id))
    uppdrag_repo.get(store, uppdrag.id)
    uppdrag_repo.list_all(store)
    uppdrag_repo.for_paragraf(store, paragraf.id)
    uppdrag_repo.delete(store, uppdrag.id)
    search_repo.refresh(store)
    search_repo.search(store, parse_query("budget"), Filters(), 10)
    search_repo.search(store, parse_query("budget"), Filters("Kommunstyrelsen", 2020, "arende"), 10)
    search_repo.target(store, "arende", meeting.items[0].uuid)
    search_repo.organ_name(store, "KS")
    search_repo.organ_names(store)
    shas = search_repo.unread_files(store)
    search_repo.has_text(store, "0" * 64)
    search_repo.file_content(store, shas[0] if shas else "0" * 64)
    search_repo.file_holders(store, shas[0] if shas else "0" * 64)
    search_repo.unread_files(store, queue="file_reread")  # step m1806's queue
    search_repo.put_texts(store, [("0" * 64, "text")])
    search_repo.put_texts(store, [("0" * 64, "text")])  # read again to the same text
    # A file's new text indexed a share of its bilagor at a time (the window's reading).
    sha = shas[0] if shas else "0" * 64
    stale = search_holders_repo.stale_holders(store, sha, "ny text", 8)
    search_holders_repo.index_holders(store, stale, "ny text")
    search_holders_repo.drop_current(store, sha, "ny text")


def _team(store, meeting) -> None:
    """Team mode's bookkeeping (step m1801): the link, the units, digests, pushes, conflicts."""
    from ksdesk.core.identity import new_uuid
    from ksdesk.core.team import Link
    from ksdesk.core.team_wire import PushRecord, StoredConflict, UnitRow, UnitState
    from ksdesk.db import restore_room, shadow_repo, team_repo

    team_repo.link(store)
    team_repo.save_link(store, Link("postgresql://server/ks", "anna", "Anna Ek"))
    team_repo.hold_write_lock(store)
    team_repo.set_last_seq(store, team_repo.last_seq(store) + 3)
    team_repo.seen_seq(store)
    team_repo.note_seen(store, 5)
    team_repo.set_synced(store, "2024-01-01T10:00:00Z")
    uuid = meeting.uuid
    team_repo.save_unit_state(store, UnitState(uuid, "meeting", 4, 7))
    team_repo.unit_state(store, uuid)
    team_repo.unit_states(store)
    team_repo.pending(store)
    team_repo.pending_count(store)
    team_repo.set_digests(store, uuid, {"agenda_item:x": ["agenda_item", "d1", None]})
    team_repo.digests(store, uuid)
    team_repo.set_digests(store, uuid, {"x": ["forvaltningsbesvar", "-d2", None]})
    shadow_repo.marked(store)  # rows an older ksdesk could not store (step m1803)
    team_repo.clear_digests(store, uuid)
    team_repo.save_push(store, PushRecord(uuid, "meeting", "p1", 4, 7, {}))
    team_repo.pushes(store)
    team_repo.drop_push(store, uuid)
    conflict = StoredConflict(uuid, "meeting", "Sammanträdet", "båda ändrade")
    team_repo.save_conflict(store, conflict)
    team_repo.in_conflict(store, uuid)
    team_repo.conflicts(store)
    team_repo.conflict(store, uuid)
    team_repo.conflict_count(store)
    team_repo.keep_side(store, conflict, "server", [], "Anna Ek")
    team_repo.drop_conflict(store, uuid)
    team_repo.forget_unit(store, uuid)
    team_repo.reset_last_seq(store)
    # An ärende brought back from the server makes room among the meeting's (team_deleted).
    back = UnitRow(new_uuid(), "agenda_item", uuid, {"meeting_id": uuid, "position": 2})
    restore_room.make_room(store, "meeting", back)
    item = meeting.items[1]  # its § keeps its link: nothing to take back
    restore_room.relink_paragraf(store, UnitRow(item.uuid, "agenda_item", meeting.uuid, {}))


def _child_tables(store) -> set[str]:
    return {
        table
        for table in store.db.table_names()
        if store.db.execute(f"PRAGMA foreign_key_list([{table}])").fetchall()
    }


@pytest.fixture(scope="module")
def recorded(tmp_path_factory, demo_template):
    import shutil

    from ksdesk.db.connection import open_store

    path = tmp_path_factory.mktemp("plans") / "filled.sqlite"
    shutil.copy(demo_template, path)
    store = open_store(path)
    with Recorder(store) as recorder:
        _workload(store)
    yield store, recorder
    store.close()


def test_every_query_of_db_is_run_by_the_workload(recorded) -> None:
    _store, recorder = recorded
    missing = [
        f"{module}.{name}"
        for module, names in _sql_functions().items()
        for name in sorted(names)
        if (module, name) not in recorder.called
    ]
    assert missing == [], "add a call to _workload for each"


def test_no_query_scans_a_child_table(recorded) -> None:
    store, recorder = recorded
    children = _child_tables(store)
    scans = []
    for sql, function in recorder.statements.items():
        if not sql.lstrip().upper().startswith(("SELECT", "UPDATE", "DELETE", "INSERT")):
            continue
        if function in WHOLE_TABLE or function == "?":  # "?": sqlite-utils probing itself
            continue
        try:
            plan = store.db.execute(f"EXPLAIN QUERY PLAN {sql}").fetchall()
        except sqlite3.OperationalError:  # sqlite-utils probing with a table it dropped
            continue
        for row in plan:
            detail = row[-1]
            words = detail.split()
            if words[:1] == ["SCAN"] and words[1] in children:
                scans.append(f"{function}: {detail}\n    {sql[:200]}")
    assert not scans, "\n".join(scans)


def test_every_foreign_key_has_an_index(recorded) -> None:
    """Deleting a parent finds the rows its ON DELETE rules reach through an index."""
    store, _recorder = recorded
    missing = []
    for table in _child_tables(store):
        firsts = set()
        for index in store.db.execute(f"PRAGMA index_list([{table}])").fetchall():
            columns = store.db.execute(f"PRAGMA index_info([{index[1]}])").fetchall()
            if columns:
                firsts.add(columns[0][2])
        keys = [c for c in store.db.execute(f"PRAGMA table_info([{table}])") if c[5]]
        if len(keys) == 1 and keys[0][2].upper() == "INTEGER":
            firsts.add(keys[0][1])  # an INTEGER PRIMARY KEY is the table's own b-tree key
        for fk in store.db.execute(f"PRAGMA foreign_key_list([{table}])").fetchall():
            if fk[3] not in firsts:
                missing.append(f"{table}.{fk[3]}")
    assert not missing, missing


def _queries(store, action) -> int:
    return len(statements_of(store, action))


def test_loading_a_meeting_takes_the_same_queries_whatever_its_size(store) -> None:
    from datetime import time

    from ksdesk.core.meeting import Arende, Bilaga, Forslag, Section, Tjansteskrivelse

    def meeting_of(size: int, day: date) -> int:
        items = [
            Arende(
                f"Ärende {n}",
                tjansteskrivelse=Tjansteskrivelse(
                    "T", forslag=[Forslag("att")] * 2, sections=[Section("B", "text")] * 3
                ),
                bilagor=[Bilaga(f"Bilaga {n}", ref="doc:x")] * 2,
            )
            for n in range(size)
        ]
        meeting, _created = meeting_service.create_meeting(store, "KS", day, time(9))
        meeting.items = items
        meeting_service.save_meeting(store, meeting)
        return meeting.id

    small, large = meeting_of(1, date(2021, 1, 4)), meeting_of(30, date(2021, 2, 1))
    counts = {_queries(store, lambda m=m: meeting_repo.get(store, m)) for m in (small, large)}
    assert counts == {6}  # the meeting, its items, tjänsteskrivelser, att-satser, sections, bilagor
