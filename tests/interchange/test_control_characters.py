"""Control characters (C0 other than tab and newline): removed at import with a line in the
report, and never a crash in an export (delegation XLSX, DOCX, CSV; calendar file)."""

from __future__ import annotations

from datetime import date, time

import pytest

from ksdesk.core.import_report import ImportReport, cleaned_cell, scrubbed
from ksdesk.core.meeting import Arende, Sammantrade
from ksdesk.core.organ import Organ
from ksdesk.db import delegation_repo
from ksdesk.services import delegation_export

DIRTY = "Beslut\x00 om\x07 attest\x1b[31m\x0b\x0c\x7f"


def test_import_cleans_and_reports() -> None:
    report = ImportReport("delegationsordning", "x.csv")
    assert cleaned_cell(DIRTY, report, "Rad 3") == "Beslut om attest[31m"
    assert cleaned_cell("rad ett\r\nrad\ttvå", report, "Rad 4") == "rad ett\nrad\ttvå"
    assert [line.where for line in report.changed] == ["Rad 3"]
    assert "6 styrtecken" in report.changed[0].text


@pytest.mark.parametrize("suffix", [".xlsx", ".docx", ".csv"])
def test_delegation_exports_do_not_crash_on_control_characters(demo_store, tmp_path, suffix):
    version = delegation_repo.find(demo_store, "reviderad-2020-11-26")
    point = version.chapters[0].points[0]
    point.arende, point.delegat = DIRTY, [DIRTY]
    point.extra = {"Not\x01e": DIRTY}
    version.header["Dokumentnamn"] = DIRTY
    data = delegation_export.export_bytes(demo_store, version, suffix)
    if suffix == ".csv":
        assert b"\x07" not in data and b"Beslut om attest" in data
    else:
        path = tmp_path / f"ut{suffix}"
        path.write_bytes(data)
        from ksdesk.services.delegation_import import read_file

        back, _ = read_file(path)
        assert back.all_points()[0][1].arende == "Beslut om attest[31m"
    assert point.arende == DIRTY  # the stored version itself is left as it is


def test_calendar_file_leaves_control_characters_out() -> None:
    from ksdesk.interchange.ics import meeting_ics

    organ = Organ(name="Kommun\x07styrelsen", id=1)
    meeting = Sammantrade(organ_id=1, date=date(2024, 3, 4), time=time(14), place="Sal\x1b A")
    meeting.items = [Arende(title="Budget\x00 2025")]
    text = meeting_ics(meeting, organ).decode("utf-8")
    assert not any(ord(ch) < 32 and ch not in "\r\n\t" for ch in text)
    assert "Sal A" in text


def test_scrubbed_copies_nested_dataclasses() -> None:
    item = Arende(title="a\x07b", bilagor=[])
    clean = scrubbed(item)
    assert clean.title == "ab" and item.title == "a\x07b"
