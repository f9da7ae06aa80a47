"""`ksdesk budget …`: exact command lines and JSON shape as the README documents them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from ksdesk.cli import main


def _json(capsys: pytest.CaptureFixture) -> dict:
    return json.loads(capsys.readouterr().out)


def test_check_json_gives_the_seed_findings_and_exit_0(demo_path: Path, capsys) -> None:
    assert main(["budget", "check", "--db", str(demo_path), "--json"]) == 0
    findings = _json(capsys)["findings"]
    assert len(findings) == 11  # 8 rounding differences, 3 headers with a stray space
    headers = [f for f in findings if f["row"] == "Kolumnrubrik"]
    assert [(f["sheet"], f["severity"]) for f in headers] == [
        ("Volym", "varning"),
        ("Pris", "varning"),
        ("Kvalité", "varning"),
    ]
    findings = [f for f in findings if f not in headers]
    assert findings[0] == {
        "severity": "avrundning",
        "sheet": "Pris",
        "row": "SUMMA",
        "column": "Äskat",
        "stated": "3.2",
        "computed": "3.3",
        "message": findings[0]["message"],
    }
    assert {f["severity"] for f in findings} == {"avrundning"}
    bilaga = [f for f in findings if f["sheet"] == "Bilaga 2"]
    assert [(f["stated"], f["computed"]) for f in bilaga] == [("123951", "123950")]


def test_check_one_sheet_and_exit_1_on_fel(demo_path: Path, tmp_path: Path, capsys) -> None:
    # A warning (the header's stray space) is no fel: exit 0.
    assert main(["budget", "check", "--db", str(demo_path), "--sheet", "volym", "--json"]) == 0
    assert [f["row"] for f in _json(capsys)["findings"]] == ["Kolumnrubrik"]
    csv = tmp_path / "fel.csv"
    csv.write_text("Post;Belopp\nA;-1 179,0\nB;30,1\nSumma;-1 179,0\n", encoding="utf-8")
    # The file does not say its unit: never guessed (30,1 mnkr is not 30,1 tkr).
    assert main(["budget", "import", "--db", str(demo_path), str(csv)]) == 1
    assert "--unit tkr, --unit mnkr eller --unit kr" in capsys.readouterr().err
    assert main(["budget", "import", "--db", str(demo_path), str(csv), "--unit", "mnkr"]) == 0
    assert "Läste in budgetbladet" in capsys.readouterr().out
    assert main(["budget", "check", "--db", str(demo_path), "--sheet", "fel", "--json"]) == 1
    (finding,) = _json(capsys)["findings"]
    assert finding["severity"] == "fel"
    assert (finding["stated"], finding["computed"]) == ("-1179.0", "-1148.9")
    assert "30,1\u00a0mnkr" in finding["message"]


def test_import_defaults_to_the_file_name_and_replaces_in_place(demo_path, tmp_path, capsys):
    csv = tmp_path / "Nya blad.csv"
    csv.write_bytes("Enhet;Belopp, tkr\nÅtgärd;1 373\nSumma;1 373\n".encode("cp1252"))
    assert main(["budget", "import", "--db", str(demo_path), str(csv)]) == 0
    assert main(["budget", "import", "--db", str(demo_path), str(csv)]) == 0
    assert "Ersatte" in capsys.readouterr().out
    assert main(["budget", "list", "--db", str(demo_path), "--json"]) == 0
    sheets = _json(capsys)["sheets"]
    assert len(sheets) == 10
    assert sheets[-1]["key"] == "nya-blad" and sheets[-1]["title"] == "Nya blad"
    assert main(["budget", "import", "--db", str(demo_path), str(csv), "--sheet", "Extra"]) == 0
    assert main(["budget", "list", "--db", str(demo_path)]) == 0
    assert "extra" in capsys.readouterr().out


def test_bad_file_is_refused_and_writes_nothing(demo_path: Path, tmp_path: Path, capsys) -> None:
    bad = tmp_path / "x.xlsx"
    bad.write_bytes(b"nej")
    assert main(["budget", "import", "--db", str(demo_path), str(bad)]) == 1
    assert "ksdesk: " in capsys.readouterr().err
    assert main(["budget", "list", "--db", str(demo_path), "--json"]) == 0
    assert len(_json(capsys)["sheets"]) == 9


def test_pdf_of_bilaga_2(demo_path: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "bilaga2.pdf"
    args = ["budget", "pdf", "--db", str(demo_path), "--sheet", "Bilaga 2", "--out", str(out)]
    assert main(args) == 0
    text = PdfReader(out).pages[0].extract_text()
    assert "Förvaltningens" in text and "Avrundning" in text
    missing = ["budget", "pdf", "--db", str(demo_path), "--sheet", "Bilaga 9", "--out", str(out)]
    assert main(missing) == 1
    assert "inget budgetblad" in capsys.readouterr().err


def test_import_of_a_table_copied_out_of_a_pdf(demo_path: Path, tmp_path: Path, capsys) -> None:
    from tests.interchange.real_budget_third import LUND_RESULTATBUDGET_2023, write_paste

    path = write_paste(LUND_RESULTATBUDGET_2023, tmp_path / "lund", "lines")
    args = ["budget", "import", "--db", str(demo_path), str(path), "--json"]
    assert main(args) == 0
    report = _json(capsys)
    assert report["saved"] and any("PDF" in line for line in report["read"])
    assert main(["budget", "check", "--db", str(demo_path), "--sheet", "lund", "--json"]) == 0
    findings = _json(capsys)["findings"]
    assert {f["severity"] for f in findings} == {"avrundning"}  # the real figures: no fel


def test_the_name_given_at_import_finds_the_sheet_again(tmp_path: Path, capsys) -> None:
    # A new file's secretary reads in Sjöbo kommun's driftbudget 2025 (real figures, source
    # in the Table) naming it "Driftbudget 2025"; the file's own title line is "Driftbudget
    # per nämnd". That name then found nothing ("Det finns inget budgetblad som heter …"),
    # and reading the corrected file in again made a second sheet of the same title.
    from tests.interchange.real_budget_drift import SJOBO_DRIFTBUDGET_2025
    from tests.interchange.real_budget_files import write_xlsx

    db = str(tmp_path / "sjobo.sqlite")
    main(["init", "--db", db, "--kommun", "Sjöbo kommun", "--organ", "Kommunstyrelsen"])
    sheet = str(write_xlsx(SJOBO_DRIFTBUDGET_2025, tmp_path / "drift.xlsx"))
    assert main(["budget", "import", "--db", db, sheet, "--sheet", "Driftbudget 2025"]) == 0
    assert main(["budget", "import", "--db", db, sheet, "--sheet", "Driftbudget 2025"]) == 0
    assert "Ersatte budgetbladet ”Driftbudget per nämnd”" in capsys.readouterr().out
    assert main(["budget", "list", "--db", db]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1
    out = tmp_path / "drift.pdf"
    pdf = ["budget", "pdf", "--db", db, "--sheet", "Driftbudget 2025", "--out", str(out)]
    assert main(pdf) == 0
    assert "Räddningstjänst" in PdfReader(out).pages[0].extract_text()
