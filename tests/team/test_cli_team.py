"""The team commands as a secretary and a DBA type them."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from ksdesk.cli import main
from tests.team.conftest import PASSWORDS


def _run(capsys, *args: str, stdin: str = "") -> tuple[int, str, str]:
    capsys.readouterr()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("sys.stdin", io.StringIO(stdin))
        code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _link(capsys, server, db: Path, login: str = "anna") -> None:
    code, out, err = _run(
        capsys,
        "koppla", "--db", str(db), "--server", server.url, "--anvandare", login,
        "--namn", "Anna Ek",
        stdin=PASSWORDS[login] + "\n",
    )  # fmt: skip
    assert code == 0, err
    assert "kopplad till servern (Ludvika kommun) som Anna Ek" in out


def test_server_init_makes_and_then_keeps_the_schema(pg, capsys) -> None:
    pg.create_database("init_prov")
    url = pg.superuser_url("init_prov")
    code, out, _err = _run(capsys, "server", "init", "--url", url, "--kommun", "Ludvika kommun")
    assert code == 0 and "nya steg: s1801_team" in out
    code, out, _err = _run(capsys, "server", "init", "--url", url, "--kommun", "Ludvika kommun")
    assert code == 0 and "redan aktuell" in out
    code, _out, err = _run(capsys, "server", "init", "--url", url, "--kommun", "Falu kommun")
    assert code == 1 and "redan förberedd för Ludvika kommun" in err


def test_link_sync_and_the_json_shape(server, capsys, tmp_path: Path) -> None:
    db = tmp_path / "anna.sqlite"
    assert main(["demo", "--db", str(db)]) == 0
    _link(capsys, server, db)
    code, out, _err = _run(capsys, "sync", "--db", str(db), "--json")
    assert code == 0
    result = json.loads(out)
    assert list(result) == ["skickade", "hamtade", "konflikter"]
    assert result["skickade"] > 40 and result["hamtade"] == 0 and result["konflikter"] == []
    code, out, _err = _run(capsys, "sync", "--db", str(db), "--json")
    assert json.loads(out) == {"skickade": 0, "hamtade": 0, "konflikter": []}
    # The password is in the keyring, never in the file.
    for path in tmp_path.iterdir():
        assert PASSWORDS["anna"].encode() not in path.read_bytes()


def test_check_out_and_in_from_the_terminal(server, capsys, tmp_path: Path) -> None:
    db = tmp_path / "anna.sqlite"
    assert main(["demo", "--db", str(db)]) == 0
    _link(capsys, server, db)
    _run(capsys, "sync", "--db", str(db))
    code, out, err = _run(capsys, "checka-ut", "--db", str(db), "--meeting", "2020-12-07")
    assert code == 0, err
    assert out.startswith("Sammanträdet är utcheckat av Anna Ek sedan ")
    code, out, _err = _run(capsys, "checka-in", "--db", str(db), "--meeting", "2020-12-07")
    assert code == 0 and "incheckat" in out
    code, _out, err = _run(capsys, "checka-in", "--db", str(db), "--meeting", "2020-12-07")
    assert code == 1 and "inte utcheckat av dig" in err


def test_refusals_are_swedish_sentences(pg, server, capsys, tmp_path: Path) -> None:
    db = tmp_path / "anna.sqlite"
    with_password = server.url.replace("postgresql://", "postgresql://anna:hemligt@")
    code, _out, err = _run(
        capsys, "koppla", "--db", str(db), "--server", with_password, "--anvandare", "anna"
    )
    assert code == 1 and "Lösenordet hör inte hemma i adressen" in err
    code, _out, err = _run(
        capsys, "koppla", "--db", str(db), "--server", server.url, "--anvandare", "anna",
        stdin="fel lösenord\n",
    )  # fmt: skip
    assert code == 1 and "Inloggningen på servern" in err and "misslyckades för anna" in err
    assert not db.exists()  # nothing made for a login that failed
    _link(capsys, server, db)
    # The server goes away: the laptop is told, and keeps its work.
    gone = tmp_path / "ingen-server"
    gone.mkdir()
    from ksdesk.core.team import Link
    from ksdesk.db import team_repo
    from ksdesk.db.connection import open_store

    store = open_store(db)
    team_repo.save_link(store, Link(pg.url("borta").replace(str(pg.base), str(gone)), "anna"))
    store.close()
    code, _out, err = _run(capsys, "sync", "--db", str(db))
    assert code == 1 and "svarar inte" in err and "Traceback" not in err
    assert "Ludvika" not in err  # no password or internals, just the sentence


def test_a_login_outside_the_group_is_told_so(server, capsys, tmp_path: Path) -> None:
    with server.dba() as dba:
        dba.execute(
            "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dora') THEN "
            "CREATE ROLE dora LOGIN PASSWORD 'dora-lösen'; END IF; END $$"
        )
    db = tmp_path / "dora.sqlite"
    code, _out, err = _run(
        capsys, "koppla", "--db", str(db), "--server", server.url, "--anvandare", "dora",
        stdin="dora-lösen\n",
    )  # fmt: skip
    assert code == 1 and "inte behörighet" in err and "ksdesk_sekreterare" in err
    assert "Traceback" not in err and "permission denied" not in err


def test_words_on_passwords_say_where_they_are(server, capsys, tmp_path: Path, monkeypatch):
    """walk35 #7: a password libpq read from ~/.pgpass is not claimed to be in the keyring;
    #8: the owner's refused login points to ~/.pgpass or the URL, not the laptops' koppla."""
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"*:*:*:anna:{PASSWORDS['anna']}\n", encoding="utf-8")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    db = tmp_path / "anna.sqlite"
    code, out, err = _run(
        capsys, "koppla", "--db", str(db), "--server", server.url, "--anvandare", "anna"
    )
    assert code == 0, err
    assert "nyckelring" not in out and "ksdesk läser det ur ~/.pgpass" in out
    wrong = server.url.replace("postgresql://", "postgresql://anna:fel@")
    code, _out, err = _run(capsys, "server", "init", "--url", wrong, "--kommun", "Ludvika kommun")
    assert code == 1 and "misslyckades för databasens ägare" in err
    assert "~/.pgpass" in err and "ksdesk koppla" not in err


def test_conflicts_and_restored_rows_are_said_in_swedish(ks_pair, capsys) -> None:
    """walk35 #11: the kind in Swedish, not "meeting …"; #12: "(1 rad)", not "(1 rader)"."""
    from ksdesk.core.team_deleted import rows_words
    from ksdesk.services import team
    from tests.team.helpers import set_place

    anna, cecilia = ks_pair
    set_place(anna, "Stora salen")
    team.sync(anna)
    set_place(cecilia, "Lilla salen")
    team.sync(cecilia)
    cecilia.close()  # the terminal's ksdesk opens it
    code, out, _err = _run(capsys, "konflikter", "--db", str(cecilia.path))
    assert code == 0, _err
    assert "  Sammanträdet Kommunstyrelsen " in out and "meeting" not in out
    assert (rows_words(1), rows_words(4)) == ("1 rad", "4 rader")
