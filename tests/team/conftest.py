"""A throw-away PostgreSQL for the team-mode tests: one cluster per test session (started and
stopped here, see tests/pg_cluster.py), one fresh database per test made from a template that
`ksdesk server init` prepared, and three secretaries with logins of their own:

- anna: secretary of Kommunstyrelsen (and its administrator),
- bertil: secretary of Socialnämnden,
- cecilia: a second secretary of Kommunstyrelsen.

Passwords go through a keyring kept in memory (the OS keyring is not touched)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import time
from pathlib import Path

import pytest

from tests.pg_cluster import Cluster, find_bindir
from tests.ui.conftest import said  # noqa: F401  (message boxes answer at once)

TEMPLATE = "ksdesk_template"
PASSWORDS = {"anna": "anna-lösen", "bertil": "bertil-lösen", "cecilia": "cecilia-lösen"}
NAMES = {"anna": "Anna Ek", "bertil": "Bertil Berg", "cecilia": "Cecilia Dahl"}
_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def pg() -> Iterator[Cluster]:
    if find_bindir() is None:
        pytest.skip("PostgreSQL saknas (installer/system-deps.sh installerar det som root)")
    cluster = Cluster().start()
    try:
        _prepare_template(cluster)
        yield cluster
    finally:
        cluster.stop()


def _prepare_template(cluster: Cluster) -> None:
    import psycopg

    from ksdesk.db.server import schema

    cluster.create_database(TEMPLATE)
    with psycopg.connect(cluster.superuser_url(TEMPLATE)) as conn:
        schema.init(conn, "Ludvika kommun")
        for login, password in PASSWORDS.items():
            conn.execute(
                f"CREATE ROLE {login} LOGIN PASSWORD '{password}' IN ROLE ksdesk_sekreterare"
            )
        conn.commit()


@dataclass
class Server:
    cluster: Cluster
    database: str

    @property
    def url(self) -> str:
        return self.cluster.url(self.database)

    @property
    def dba_url(self) -> str:
        return self.cluster.superuser_url(self.database)

    def dba(self):
        import psycopg

        return psycopg.connect(self.dba_url, autocommit=True)

    def connect(self, login: str):
        from ksdesk.db.server.connection import connect

        return connect(self.url, login, PASSWORDS[login], autocommit=True)


@pytest.fixture
def server(pg: Cluster) -> Iterator[Server]:
    import psycopg

    name = f"ksdesk_{next(_numbers)}"
    with psycopg.connect(pg.superuser_url(), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE {TEMPLATE}')
    yield Server(pg, name)
    with psycopg.connect(pg.superuser_url(), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


@pytest.fixture(autouse=True)
def _memory_keyring() -> Iterator[None]:
    import keyring

    from tests.team.memory_keyring import MemoryKeyring

    before = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield
    keyring.set_keyring(before)


@pytest.fixture(scope="session")
def small_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Kommunstyrelsen with three members and its meeting of 2020-12-07: three ärenden, one
    with a tjänsteskrivelse (two att-satser) and a PDF bilaga. Built once; tests get copies."""
    from ksdesk.core.meeting import Arende, Forslag, Tjansteskrivelse
    from ksdesk.core.organ import Fortroendevald
    from ksdesk.db.connection import open_store
    from ksdesk.services import meetings
    from tests.team.helpers import KS_DAY, a_pdf

    path = tmp_path_factory.mktemp("small") / "small.sqlite"
    store = open_store(path, create=True)
    meeting, _created = meetings.create_meeting(
        store, "Kommunstyrelsen", KS_DAY, time(14, 0), "Kommunhuset"
    )
    organ = meetings.get_organ(store, meeting.organ_id)
    organ.members = [
        Fortroendevald("Leif Pettersson", "S", "ordförande"),
        Fortroendevald("Eva Lind", "M"),
    ]
    meetings.save_organ(store, organ)
    ts = Tjansteskrivelse(
        "Budget 2021", forslag=[Forslag("Budgeten fastställs.", "1"), Forslag("Klart.", "2")]
    )
    meeting.items += [
        Arende("Budget 2021", dnr="KS 2020/1", tjansteskrivelse=ts,
                   bilagor=[meetings.pdf_bilaga(a_pdf(2), "budget.pdf", "Budget")]),
        Arende("Delegationsordning", dnr="KS 2020/2"),
        Arende("Information"),
    ]  # fmt: skip
    meetings.save_meeting(store, meeting)
    store.close()
    return path


@pytest.fixture
def laptop(
    server: Server,
    tmp_path: Path,
    small_template: Path,
    demo_template: Path,
    empty_template: Path,
):
    """laptop("anna") -> a linked, empty file of Anna's (a Store: a copy of the new file
    migrated once, empty_template); start="small" starts from Kommunstyrelsen's meeting
    (small_template), start="demo" from the demo database. Closed at the end of the test."""
    import shutil

    from ksdesk.db.connection import open_store
    from ksdesk.services import team

    opened = []
    templates = {"": empty_template, "small": small_template, "demo": demo_template}

    def make(login: str, *, start: str = "", name: str | None = None):
        path = tmp_path / f"{name or login}.sqlite"
        shutil.copy(templates[start], path)
        store = open_store(path)
        team.koppla(store, server.url, login, PASSWORDS[login], NAMES[login])
        opened.append(store)
        return store

    yield make
    for store in opened:
        store.close()


@pytest.fixture
def ks_pair(laptop, server: Server):
    """Anna's demo file synced to the server, Anna administrator of Kommunstyrelsen, Cecilia
    its second secretary with a synced file of her own: (anna, cecilia)."""
    from ksdesk.services import team, team_server

    anna = laptop("anna", start="small")
    team.sync(anna)
    team_server.grant(server.dba_url, "Kommunstyrelsen", "anna", "Anna Ek", administrator=True)
    team_server.grant(server.dba_url, "Kommunstyrelsen", "cecilia", "Cecilia Dahl")
    cecilia = laptop("cecilia")
    team.sync(cecilia)
    return anna, cecilia


@pytest.fixture
def window(qtbot):
    """window(store) -> the main window on `store`, its first sync ended (synced=False: not
    waited for). The team bar is stopped at the end."""
    from ksdesk.ui.main_window import MainWindow

    made = []

    def make(store, *, synced: bool = True):
        shown = MainWindow(store)
        qtbot.addWidget(shown)
        made.append(shown)
        shown.tab("Kallelse")
        if synced:
            qtbot.waitUntil(lambda: shown.team.label.text().startswith("Synkad "), timeout=20_000)
        return shown

    yield make
    for shown in made:
        shown.team.stop()
