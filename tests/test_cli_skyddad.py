"""`ksdesk skyddad add|list|remove` and what the public review does with a registered person,
from a terminal: the hit is masked always, and `public decide --keep` is refused in
Swedish."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from ksdesk.cli import main
from ksdesk.db.connection import open_store
from ksdesk.services import meeting_lookup


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_register_from_a_terminal(demo_path: Path, capsys) -> None:
    db = str(demo_path)
    code, out, _ = run(
        capsys, "skyddad", "add", "--db", db, "--namn", "Lisa Andersson",
        "--personnummer", "811218-9876", "--telefon", "+46 240 866 56", "--by", "Anna",
    )  # fmt: skip
    assert code == 0 and "maskeras alltid" in out
    code, _out, err = run(capsys, "skyddad", "add", "--db", db, "--namn", "Lisa")
    assert code == 1 and "både förnamn och efternamn" in err and "Traceback" not in err
    code, _out, err = run(
        capsys, "skyddad", "add", "--db", db, "--namn", "Per Persson", "--telefon", "ring mig"
    )
    assert code == 1 and "svenskt telefonnummer" in err and "Traceback" not in err
    code, out, _ = run(capsys, "skyddad", "list", "--db", db, "--json")
    (row,) = json.loads(out)
    assert (row["namn"], row["personnummer"], row["telefon"], row["inlagd_av"]) == (
        "Lisa Andersson",
        "19811218-9876",
        "+46 240 866 56",
        "Anna",
    )
    code, out, _ = run(capsys, "skyddad", "remove", "--db", db, "--id", str(row["id"]))
    assert code == 0 and "inte längre" in out
    code, out, _ = run(capsys, "skyddad", "list", "--db", db)
    assert "tomt" in out


def test_a_protected_hit_cannot_be_kept_from_a_terminal(demo_path: Path, capsys) -> None:
    db = str(demo_path)
    # The demo's kallelse names its secretary; registered, she is masked always.
    _, out, _ = run(capsys, "public", "scan", "--db", db, "--meeting", "2020-12-07", "--json")
    assert json.loads(out) == []
    store = open_store(demo_path)
    meeting = meeting_lookup.find_meeting(store, date(2020, 12, 7))
    name = meeting.secretary_name
    assert len(name.split()) >= 2
    store.close()
    run(capsys, "skyddad", "add", "--db", db, "--namn", name)
    code, out, _ = run(capsys, "public", "scan", "--db", db, "--meeting", "2020-12-07", "--json")
    hits = json.loads(out)
    assert code == 0 and hits and all(h["alltid_maskerad"] for h in hits)
    assert all(h["beslut"] == "maskera" for h in hits)
    assert not any(name in h["sammanhang"] for h in hits)
    code, _out, err = run(
        capsys, "public", "decide", "--db", db, "--meeting", "2020-12-07", "--keep",
        hits[0]["nyckel"],
    )  # fmt: skip
    assert code == 1 and "kan inte behållas" in err
