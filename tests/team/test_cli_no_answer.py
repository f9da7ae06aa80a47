"""A server that accepts the connection and never answers, from the terminal: each team
command says, as the window does, what it did not do, what waits in the file and to try
again, naming the server; never the connection's "synkas när servern svarar igen", which
no terminal command does by itself."""

from __future__ import annotations

import socket

import pytest

from ksdesk.services import team
from tests.team.helpers import KS_DAY, meeting_on, set_place
from tests.team.test_cli_team import _run

AGAIN = "Försök igen när datorn når servern.\n"


@pytest.fixture
def silent(monkeypatch):
    """silent() -> the server's name in a sentence: from then on every connection to the
    server goes to a socket that listens and says nothing (the files keep their links and
    what they know of the server)."""
    from ksdesk.db.server import connection

    quiet = socket.create_server(("127.0.0.1", 0))
    url = f"postgresql://127.0.0.1:{quiet.getsockname()[1]}/ksdesk"
    real = connection.connect

    def hush() -> str:
        monkeypatch.setattr(connection, "CONNECT_TIMEOUT_S", 2)  # libpq's least
        monkeypatch.setattr(connection, "connect", lambda _url, *a, **kw: real(url, *a, **kw))
        return "ksdesk på 127.0.0.1"

    yield hush
    quiet.close()


def _closed(store) -> str:
    """The file closed for the command (one writer at a time), its path returned."""
    path = str(store.path)
    store.close()
    return path


def test_each_command_says_what_it_did_not_do(ks_pair, silent, capsys) -> None:
    from ksdesk.db.connection import open_store

    anna, cecilia = ks_pair
    team.checka_ut(cecilia, KS_DAY)
    set_place(cecilia, "Cecilias plats")
    team.sync(anna)  # Anna's file knows who has it checked out
    where = silent()
    annas, cecilias = _closed(anna), _closed(cecilia)
    day = KS_DAY.isoformat()
    said = {
        "sync": (
            annas,
            "ingenting är skickat eller hämtat: dina ändringar väntar i filen och skickas när "
            "du synkar nästa gång",
        ),
        "checka-ut": (annas, "sammanträdet är inte utcheckat"),
        "bryt-utcheckning": (
            annas,
            "utcheckningen är inte bruten: sammanträdet är fortfarande utcheckat av Cecilia Dahl",
        ),
        "checka-in": (
            cecilias,
            "sammanträdet är inte incheckat: det är fortfarande utcheckat av dig och "
            "ändringarna finns kvar i filen",
        ),
    }
    for command, (db, not_done) in said.items():
        meeting = [] if command == "sync" else ["--meeting", day]
        code, out, err = _run(capsys, command, "--db", db, *meeting)
        assert (code, out) == (1, ""), command
        assert err == f"ksdesk: Servern ({where}) svarar inte, så {not_done}. {AGAIN}"
    store = open_store(cecilias)  # nothing changed: the lease and the change wait
    try:
        assert team.my_lease(store, meeting_on(store).uuid) is not None
        assert meeting_on(store).place == "Cecilias plats"
    finally:
        store.close()


def test_linking_and_the_deleted_rows_say_it_too(laptop, server, silent, capsys, tmp_path) -> None:
    db = _closed(laptop("anna", start="small"))
    where = silent()
    new = tmp_path / "ny.sqlite"
    code, _out, err = _run(
        capsys, "koppla", "--db", str(new), "--server", server.url, "--anvandare", "anna",
        stdin="lösen\n",
    )  # fmt: skip
    assert code == 1 and not new.exists()
    assert err == (
        f"ksdesk: Servern ({where}) svarar inte, så filen är inte kopplad till servern och "
        f"ingenting är sparat. {AGAIN}"
    )
    code, _out, err = _run(capsys, "server", "raderat", "--db", db)
    assert code == 1
    assert err == (
        f"ksdesk: Servern ({where}) svarar inte, så listan över det som tagits bort kan inte "
        f"hämtas nu. {AGAIN}"
    )
    unit = "00000000-0000-4000-8000-000000000000"
    code, _out, err = _run(capsys, "server", "aterstall", "--db", db, "--enhet", unit)
    assert code == 1
    assert err == f"ksdesk: Servern ({where}) svarar inte, så ingenting är återställt. {AGAIN}"
