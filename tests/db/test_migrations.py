"""Opening, migrating and refusing database files."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from ksdesk.core.backup import is_identity
from ksdesk.core.errors import StoreError
from ksdesk.db import identity_repo, meeting_repo
from ksdesk.db.connection import open_store, schema_version
from ksdesk.db.migrations import known_names

FIXTURES = Path(__file__).parent / "fixtures"


def test_migrate_from_empty_gives_every_step(tmp_path: Path) -> None:
    store = open_store(tmp_path / "new.sqlite", create=True)
    assert set(schema_version(store)) == known_names()
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    store.close()


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema-*.sqlite")), ids=lambda p: p.stem)
def test_each_old_schema_upgrades_to_head_and_keeps_data(fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / fixture.name
    shutil.copy(fixture, path)
    store = open_store(path)
    assert set(schema_version(store)) == known_names()
    assert meeting_repo.count(store) == 1
    identity = identity_repo.get(store)  # m0402 gave the old file an identity of its own
    assert identity is not None and is_identity(identity)
    store.close()
    assert identity_repo.read(path) == identity  # and it stays


def test_rerunning_the_identity_step_keeps_the_identity(store) -> None:
    from ksdesk.db.migrations.m0402_database_identity import m0402_database_identity

    identity = identity_repo.get(store)
    m0402_database_identity(store.db.full)
    assert identity_repo.get(store) == identity


def test_migration_copies_the_file_aside_first(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    store = open_store(path, create=True)
    # Pretend the newest step is not applied yet: it must run, after a copy is set aside.
    last = sorted(known_names())[-1]
    store.db.execute("DELETE FROM _sqlite_migrations WHERE name = ?", [last])
    store.db.conn.commit()
    if last == "m0001_initial":
        store.close()
        pytest.skip("only one step: nothing to upgrade in place")
    store.close()
    open_store(path).close()
    assert list(tmp_path.glob("old.sqlite.fore-migrering-*"))


def test_newer_schema_is_refused_with_swedish_message(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    open_store(path, create=True).close()
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('ksdesk', 'm9999_future', '2030-01-01')"
        )
    with pytest.raises(StoreError, match="nyare version av ksdesk"):
        open_store(path)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"hello, this is text", "inte en SQLite-databas"),
        (b"SQLite format 3\x00" + b"\x00" * 50, "skadad"),
    ],
)
def test_foreign_or_damaged_files_are_refused(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.sqlite"
    path.write_bytes(content)
    with pytest.raises(StoreError, match=message):
        open_store(path)
    assert path.read_bytes() == content  # never overwritten


def test_other_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    with pytest.raises(StoreError, match="ingen ksdesk-databas"):
        open_store(path)


def test_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="finns inte"):
        open_store(tmp_path / "nej.sqlite")


def test_every_step_registers_under_its_own_name_in_order() -> None:
    from ksdesk.db.migrations import STEPS, load

    assert [m.name for m in load()._migrations] == list(STEPS)


def test_reading_does_not_import_sqlite_utils(demo_path: Path) -> None:
    import subprocess
    import sys

    code = (
        "import sys; from ksdesk.services.info import open_database, counts; "
        f"s = open_database(r'{demo_path}'); counts(s); "
        "print('sqlite_utils' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr


def test_m0502_turns_one_arrival_and_departure_into_stretches(tmp_path: Path) -> None:
    """The m0501 upprop (present, from_paragraf, to_paragraf) becomes stretches of presence:
    Roland arrived before § 219 and left after § 222, Åsa left after § 220, Karin Ek was
    called but absent."""
    from ksdesk.core.protokoll import Narvaro
    from ksdesk.db import upprop_repo

    path = tmp_path / "m0501.sqlite"
    shutil.copy(FIXTURES / "schema-m0501-upprop.sqlite", path)
    store = open_store(path)
    meeting = meeting_repo.find_by_date(store, date(2020, 12, 7))
    people = {a.name: a.narvaro for a in upprop_repo.list_for_meeting(store, meeting.id)}
    assert people == {
        "Leif Pettersson": [Narvaro()],
        "Roland Johansson": [Narvaro(219, 222)],
        "Åsa Bergkvist": [Narvaro(None, 220)],
        "Karin Ek": [],
        "Maria Östgren": [Narvaro()],
    }
    columns = {c[1] for c in store.db.execute("PRAGMA table_info(attendance)").fetchall()}
    assert not columns & {"present", "from_paragraf", "to_paragraf"}
    store.close()


def test_m1205_gives_an_old_justering_no_ajourneringar_and_keeps_the_rest(tmp_path: Path) -> None:
    """A justering written before m1205 keeps its times and place, has no ajourneringar,
    and takes one afterwards."""
    from datetime import time

    from ksdesk.core.protokoll import Ajournering
    from ksdesk.db import protokoll_repo

    path = tmp_path / "m1205.sqlite"
    shutil.copy(FIXTURES / "schema-m1205-justering.sqlite", path)
    store = open_store(path)
    meeting = meeting_repo.find_by_date(store, date(2024, 3, 4))
    justering = protokoll_repo.get_justering(store, meeting.id)
    assert (justering.opened, justering.closed) == (time(14), time(16, 30))
    assert (justering.place, justering.forvaringsplats) == ("Kommunhuset", "Kansliet")
    assert justering.justerare == ["Bo Lind"] and justering.ajourneringar == []
    justering.ajourneringar = [Ajournering(time(15), time(15, 15))]
    protokoll_repo.save_justering(store, meeting.id, justering)
    again = protokoll_repo.get_justering(store, meeting.id)
    assert again.ajourneringar == [Ajournering(time(15), time(15, 15))]
    store.close()


def test_m1206_gives_old_chapters_no_part_and_keeps_their_titles(tmp_path: Path) -> None:
    """Chapters written before m1206 keep their titles, sub-titles and points, belong to no
    part, and take one afterwards ("Del A Kommunstyrelsen")."""
    from ksdesk.db import delegation_repo

    path = tmp_path / "m1205.sqlite"
    shutil.copy(FIXTURES / "schema-m1205-delegation.sqlite", path)
    store = open_store(path)
    version = delegation_repo.find(store, "2024")
    assert [(c.title, c.subtitle, c.part) for c in version.chapters] == [
        ("1 Allmänna ärenden", "Kommunövergripande", ""),
        ("2 Ekonomi", "", ""),
    ]
    assert [p.nr for _, p in version.all_points()] == ["1.1", "2.1"]
    for chapter in version.chapters:
        chapter.part = "Del A Kommunstyrelsen"
    delegation_repo.save(store, version)
    again = delegation_repo.find(store, "2024")
    assert [c.part for c in again.chapters] == ["Del A Kommunstyrelsen"] * 2
    store.close()


def test_m1207_gives_old_chapters_no_note_and_keeps_one_written_after(tmp_path: Path) -> None:
    """Chapters written before m1207 have no text under their table; one set afterwards
    ("Anställning upp till 6 månader är verkställighet.") is kept."""
    from ksdesk.db import delegation_repo

    path = tmp_path / "m1205.sqlite"
    shutil.copy(FIXTURES / "schema-m1205-delegation.sqlite", path)
    store = open_store(path)
    version = delegation_repo.find(store, "2024")
    assert [(c.title, c.note) for c in version.chapters] == [
        ("1 Allmänna ärenden", ""),
        ("2 Ekonomi", ""),
    ]
    version.chapters[0].note = "Anställning upp till 6 månader är verkställighet."
    delegation_repo.save(store, version)
    again = delegation_repo.find(store, "2024")
    assert [c.note for c in again.chapters] == [
        "Anställning upp till 6 månader är verkställighet.",
        "",
    ]
    store.close()


def test_m1808_gives_registered_persons_no_phone_and_keeps_them(tmp_path: Path) -> None:
    """A register written before m1808 (the column taken off a file at head, as m1807 left
    it) keeps its rows, each without a phone number; one entered afterwards keeps its own."""
    from ksdesk.core.skyddad_person import SkyddadPerson
    from ksdesk.db import skyddad_repo
    from ksdesk.db.migrations import MIGRATIONS_TABLE

    path = tmp_path / "m1807.sqlite"
    open_store(path, create=True).close()
    with sqlite3.connect(path) as old:
        old.execute("ALTER TABLE skyddad_person DROP COLUMN telefon")
        old.execute("INSERT INTO skyddad_person (uuid, namn) VALUES ('u1', 'Kalle Karlsson')")
        old.execute(f"DELETE FROM {MIGRATIONS_TABLE} WHERE name = 'm1808_skyddad_telefon'")
        old.execute("PRAGMA user_version = 0")
    old.close()
    store = open_store(path)
    assert set(schema_version(store)) == known_names()
    (kept,) = skyddad_repo.list_all(store)
    assert (kept.namn, kept.telefon, kept.uuid) == ("Kalle Karlsson", "", "u1")
    skyddad_repo.save(store, SkyddadPerson("Åsa Öberg", telefon="0240-866 56"))
    assert [p.telefon for p in skyddad_repo.list_all(store)] == ["", "0240-866 56"]
    store.close()


def test_m1809_gives_meetings_of_an_old_file_no_mark_and_takes_one(tmp_path: Path) -> None:
    """A file from before m1809 (the fixture of m1805) upgrades: its meeting carries no mark
    of a colleague's register (services.skyddade_mark), and a mark written sticks."""
    from ksdesk.core.skyddad_mark import Mark, dump, parse
    from ksdesk.db import meeting_repo, skyddad_repo

    path = tmp_path / "m1805.sqlite"
    shutil.copy(FIXTURES / "schema-m1805-pdf-text.sqlite", path)
    store = open_store(path)
    assert set(schema_version(store)) == known_names()
    (meeting,) = meeting_repo.list_headers(store)
    assert skyddad_repo.marks_of(store, meeting.id) == ""
    mark = Mark("anna", "Anna Ek", "2026-12-06T10:00:00Z", 2)
    skyddad_repo.set_marks(store, meeting.id, dump({"anna": mark}))
    assert parse(skyddad_repo.marks_of(store, meeting.id)) == {"anna": mark}
    store.close()


def test_a_step_imported_before_the_others_still_runs_in_its_place() -> None:
    """bench/bilaga_reread imports one step's function; a test importing that bench first
    registered the step first, and every file made after it failed on 'no such table'."""
    script = (
        "import ksdesk.db.migrations.m1806_pdf_text_reread\n"
        "from ksdesk.db.migrations import STEPS, load\n"
        "print([step.name for step in load()._migrations] == list(STEPS))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.stdout.strip() == "True", done.stderr


def test_m1810_gives_each_tjansteskrivelse_an_empty_title_and_keeps_the_handlaggare(
    tmp_path: Path,
) -> None:
    """A file from before m1810 (the demo of m0502, four tjänsteskrivelser) upgrades: each
    keeps its handläggare and has no title; a title written sticks."""
    path = tmp_path / "m0502.sqlite"
    shutil.copy(FIXTURES / "schema-m0502-demo.sqlite", path)
    store = open_store(path)
    assert set(schema_version(store)) == known_names()
    meetings = [meeting_repo.get(store, header.id) for header in meeting_repo.list_headers(store)]
    written = [i for m in meetings for i in m.items if i.tjansteskrivelse is not None]
    assert len(written) == 4
    assert "Jessica Hedlund" in {i.tjansteskrivelse.handlaggare for i in written}
    assert {i.tjansteskrivelse.handlaggare_titel for i in written} == {""}
    meeting = next(m for m in meetings if any(i.tjansteskrivelse for i in m.items))
    item = next(i for i in meeting.items if i.tjansteskrivelse is not None)
    item.tjansteskrivelse.handlaggare_titel = "Nämndsekreterare"
    with store.atomic():
        meeting_repo.save(store, meeting)
    again = meeting_repo.get(store, meeting.id)
    titles = [i.tjansteskrivelse.handlaggare_titel for i in again.items if i.tjansteskrivelse]
    assert "Nämndsekreterare" in titles
    store.close()
