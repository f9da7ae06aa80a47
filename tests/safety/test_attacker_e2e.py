"""The attacker's test, through the CLI: a distinct valid personnummer in every printed field
of the meeting, its protokoll and its organ, PDF bilagor hiding numbers in a form field, a
FreeText annotation, a link, an attached file, a split line, digit boxes, a soft hyphen,
the metadata and a scanned ID card; `public decide --mask --all`; then every public output
is built, and the independent reader finds no number in any of them (text, annotations,
forms, outlines, metadata, attachments), nor does Tesseract in their images."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pikepdf
import pytest

from ksdesk.core.personnummer import find_personnummer
from ksdesk.core.protokoll import Protokollsanteckning, Reservation, Votering, Yrkande
from ksdesk.interchange import ocr
from ksdesk.interchange.pdf_audit import audit_pdf
from ksdesk.services import budget, delegationsbeslut, meeting_lookup, meetings
from ksdesk.services import protokoll as protokoll_service
from ksdesk.services.store import open_database
from tests import attack_pdfs
from tests.safety.planted_numbers import fill_texts

DAY = "2020-12-07"
pytestmark = pytest.mark.skipif(
    ocr.shutil.which("tesseract") is None, reason="tesseract-ocr is installed by system-deps"
)


def ksdesk(*args: str, db: Path) -> subprocess.CompletedProcess:
    run = subprocess.run(
        [sys.executable, "-m", "ksdesk", *args, "--db", str(db)],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    return run


def _poison(obj, numbers, planted: list[str], skip=frozenset()):
    """`obj` with a distinct number added to every text field the printed dataclass has."""

    def add(source: str, text: str) -> str:
        if any(source.endswith(f"/{name}") for name in skip):
            return text
        number = next(numbers)
        planted.append(number)
        return f"{text} {attack_pdfs.dashed(number)}".strip()

    return fill_texts(obj, "", add)


# Fields whose value is checked against a format before it is stored: a time slot, or the
# names that must match the upprop; the protokoll's § texts carry numbers of their own.
_FORMATTED = {"time_slot", "chair_name", "justerare", "name", "names", "replaces", "ersattare"}
_FORMATTED |= {"value"}  # a vote is ja, nej or avstår


def _plant_everywhere(db: Path) -> list[str]:
    numbers = attack_pdfs.personnummer(400)
    planted: list[str] = []
    store = open_database(db)
    try:
        meeting = meeting_lookup.find_meeting(store, date(2020, 12, 7))
        meeting = _poison(meeting, numbers, planted, _FORMATTED)
        meetings.save_meeting(store, meeting)
        organ = meetings.get_organ(store, meeting.organ_id)
        meetings.save_organ(store, _poison(organ, numbers, planted, {"name", "kommun"}))
        protokoll = protokoll_service.get_protokoll(store, meeting.id)
        for paragraf in protokoll.paragrafer:
            paragraf.yrkanden = [Yrkande("Roland Johansson", "yrkar bifall", "SD")]
            paragraf.votering = Votering("bifall", "avslag", {})
            paragraf.reservationer = [Reservation(["Roland Johansson"], "egen", True, "text")]
            paragraf.anteckningar = [Protokollsanteckning(["Roland Johansson"], "anteckning")]
            poisoned = _poison(paragraf, numbers, planted, _FORMATTED)
            protokoll_service.save_paragraf(store, poisoned)
        justering = _poison(protokoll.justering, numbers, planted, _FORMATTED)
        justering.justerat = date(2020, 12, 10)  # the web protokoll is published once justerat
        protokoll_service.save_justering(store, meeting.id, justering)
        _plant_in_referenced(store, numbers, planted)
    finally:
        store.close()
    return planted


def _plant_in_referenced(store, numbers, planted: list[str]) -> None:
    """What referenced bilagor print: a budget sheet's row labels, a delegationsbeslut in
    the register."""
    sheet = budget.find_sheet(store, "bilaga2")
    for row in sheet.rows:
        if row.cells and isinstance(row.cells[0], str) and row.cells[0].strip():
            planted.append(next(numbers))
            row.cells[0] = f"{row.cells[0]} {attack_pdfs.dashed(planted[-1])}"
    budget.apply(store, sheet)
    beslut = next(b for b in delegationsbeslut.list_all(store) if b.dnr == "SBN 2020/877")
    poisoned = _poison(beslut, numbers, planted, {"dnr", "status", "organ", "delegat"})
    delegationsbeslut.put(store, beslut.id, poisoned)


def _attach_attacks(db: Path, tmp_path: Path) -> list[str]:
    numbers = attack_pdfs.personnummer(800)
    planted = []
    for index, (name, make) in enumerate(sorted(attack_pdfs.ATTACKS.items())):
        number = next(numbers)
        planted.append(number)
        path = tmp_path / f"{name}.pdf"
        path.write_bytes(make(number))
        item = 3 + index % 4
        args = ("bilaga", "add", "--meeting", DAY, "--item", str(item), "--json", str(path))
        assert json.loads(ksdesk(*args, db=db).stdout)["nr"].isdigit()
    number = next(numbers)
    planted.append(number)
    path = tmp_path / "legitimation.pdf"
    path.write_bytes(attack_pdfs.scanned_image(number))
    ksdesk("bilaga", "add", "--meeting", DAY, "--item", "5", "--title", "Kopia", str(path), db=db)
    return planted


def _images_read(pdf: bytes) -> str:
    with pikepdf.open(io.BytesIO(pdf)) as document:
        return "\n".join(ocr.read_page(page).text for page in document.pages if ocr.images_of(page))


def _only_own_links(page: pikepdf.Page, files: list[str]) -> bool:
    """No annotation but the packet's own links: to a place in it, or to a file beside it
    (a bilaga's link, note, form field or attached file never comes through)."""
    for annot in page.obj.get("/Annots", []):
        if annot.get("/Subtype") != "/Link":
            return False
        action = annot.get("/A")
        if action is None:
            continue  # a /Dest: a place in the packet
        target = str(action.get("/URI", action.get("/F", "")))
        if action.get("/S") not in ("/GoTo", "/URI", "/Launch", "/GoToR"):
            return False
        if action.get("/S") != "/GoTo" and target.split("#")[0] not in files:
            return False
    return True


def test_nothing_leaks_from_any_public_output(demo_path: Path, tmp_path: Path) -> None:
    db = demo_path
    ksdesk("protokoll", "start", "--meeting", DAY, db=db)
    planted = _plant_everywhere(db) + _attach_attacks(db, tmp_path)
    assert len(set(planted)) == len(planted) > 150

    scan = subprocess.run(
        [sys.executable, "-m", "ksdesk", "public", "scan", "--db", str(db), "--meeting", DAY],
        capture_output=True,
        text=True,
    )
    # The review list shows each hit masked ("811218-XXXX"), never the number (the hex key
    # that starts each hit's line is random and may hold ten digits in a row: left out).
    listed = re.sub(r"(?m)^[0-9a-f]{16} ", "", scan.stdout)
    assert scan.returncode == 1 and find_personnummer(listed) == []
    assert all(attack_pdfs.dashed(n) not in scan.stdout for n in planted)
    ksdesk("public", "decide", "--meeting", DAY, "--mask", "--all", "--by", "Anna", db=db)

    outputs = {
        "kallelse.pdf": ("kallelse", "--meeting", DAY, "--public"),
        "paket.pdf": ("kallelse", "--meeting", DAY, "--public", "--packet"),
        "protokoll.pdf": ("protokoll", "--meeting", DAY, "--public"),
        "utdrag.pdf": ("utdrag", "--meeting", DAY, "--paragraf", "219", "--public"),
    }
    for name, args in outputs.items():
        ksdesk(args[0], *args[1:], "--out", str(tmp_path / name), db=db)
    # The web packet publishes PDF bilagor from others beside it, as files of their own.
    beside = sorted(p.name for p in tmp_path.glob("paket-bilaga-*.pdf"))
    assert beside, "the attack PDFs that could be masked are published beside the packet"
    for name in [*outputs, *beside]:
        pdf = (tmp_path / name).read_bytes()
        audit = audit_pdf(pdf)
        assert audit.findings == [], (name, audit.findings)
        with pikepdf.open(io.BytesIO(pdf)) as document:
            assert "/AcroForm" not in document.Root and not document.attachments
            for page in document.pages:
                assert _only_own_links(page, beside if name == "paket.pdf" else []), name
            author = str(document.docinfo.get("/Author", ""))
            assert not find_personnummer(author) and "Anna" not in author
        assert not find_personnummer(_images_read(pdf)), name
    ksdesk("ics", "--meeting", DAY, "--out", str(tmp_path / "m.ics"), db=db)
    calendar = (tmp_path / "m.ics").read_text(encoding="utf-8").replace("\r\n ", "")
    assert find_personnummer(calendar.replace("\\n", "\n")) == []
    assert all(attack_pdfs.dashed(n) not in calendar for n in planted)
