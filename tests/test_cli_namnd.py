"""`ksdesk namnd visa|andra|ledamoter`: the nämnd's settings from a terminal. A secretary
working from the command line (walk34, Kungsbacka's byggnadsnämnd) could not set the
sekreterare or the ledamöter, and every kallelse and protokoll left their lines empty."""

from __future__ import annotations

from pathlib import Path

from ksdesk.cli import main
from ksdesk.db.connection import open_store
from ksdesk.services.organ_settings import organ_for_command


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_settings_and_members_from_a_terminal(tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "k.db")
    run(capsys, "init", "--db", db, "--kommun", "Kungsbacka kommun", "--organ", "Byggnadsnämnden")
    code, out, _ = run(
        capsys, "namnd", "andra", "--db", db, "--sekreterare", "Sofie Axelsson",
        "--sekreterare-titel", "nämndsekreterare", "--staende", "Anmälan av delegationsbeslut",
    )  # fmt: skip
    assert code == 0
    assert "sekreterare, sekreterarens titel, stående ärenden" in out
    code, _out, err = run(capsys, "namnd", "andra", "--db", db, "--dagar-fore", "99")
    assert code == 1 and "mellan 0 och 60" in err and "Traceback" not in err
    members = tmp_path / "ledamoter.txt"
    members.write_text("Thure Sandén (M), ordförande\nPer Lind (SD)\nErsättare\nEva Ek (L)\n")
    code, out, err = run(capsys, "namnd", "ledamoter", "--db", db, str(members))
    assert code == 0 and "3 ledamöter och ersättare" in out and "Eva Ek (L), ersättare" in err
    code, out, _ = run(capsys, "namnd", "visa", "--db", db)
    assert "Sekreterare: Sofie Axelsson" in out and "Ordförande: Thure Sandén (M)" in out
    store = open_store(Path(db))
    try:
        organ = organ_for_command(store, None)
        assert organ.standard_items == ["Anmälan av delegationsbeslut"]
        assert organ.kallelse_days_before == 7  # the refused change saved nothing
    finally:
        store.close()
