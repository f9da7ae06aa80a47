"""A kallelse imported without the diarium's prefix into an organ whose Dnr carry one
(walk29's finding 6): each Dnr written with it, each a line in the report. Dnr as
Kungsbacka writes them (moggleif/kommunhandlingar data/kungsbacka/ks/2025/); titles
invented."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from ksdesk.services import agenda_imports, meetings


def test_an_imported_dnr_gets_the_organs_prefix(store, tmp_path: Path) -> None:
    first, _ = meetings.create_meeting(store, "Kommunstyrelsen", date(2025, 1, 21), time(9))
    earlier = tmp_path / "januari.csv"
    earlier.write_text("Nr;Ärende;Dnr\n5;Taxor;KS-2023-00584\n", encoding="utf-8")
    agenda_imports.import_agenda(store, first.id, earlier)
    second, _ = meetings.create_meeting(store, "Kommunstyrelsen", date(2025, 2, 18), time(9))
    path = tmp_path / "februari.csv"
    path.write_text("Nr;Ärende;Dnr\n6;Årsredovisning 2024;2024-00365\n", encoding="utf-8")
    result = agenda_imports.import_agenda(store, second.id, path, dry_run=True)
    item = next(i for i in result.meeting.items if i.title == "Årsredovisning 2024")
    assert item.dnr == "KS-2024-00365"
    assert any("skrivs KS-2024-00365" in line.sentence() for line in result.report.changed)


def test_a_tjansteskrivelse_with_the_prefix_gives_it_to_the_list(store, tmp_path: Path) -> None:
    """walk29: the kallelse first (no Dnr with a prefix yet), then the ts of ärende 1."""
    import docx

    from ksdesk.core.meeting import MeetingStatus, numbered
    from ksdesk.services import tjansteskrivelse_import
    from tests.interchange.real_tjansteskrivelser import bold

    meeting, _ = meetings.create_meeting(store, "Kommunstyrelsen", date(2025, 2, 18), time(9))
    lista = tmp_path / "lista.csv"
    lista.write_text(
        "Nr;Ärende;Dnr\n1;Årsredovisning 2024;2024-00365\n2;Taxor;2020-00313\n", encoding="utf-8"
    )
    listed = agenda_imports.import_agenda(store, meeting.id, lista).meeting
    document = docx.Document()
    document.add_paragraph("Datum 2025-02-04")
    document.add_paragraph("Diarienummer KS-2024-00365")
    bold(document, "Årsredovisning 2024")
    bold(document, "Förslag till beslut")
    document.add_paragraph("Kommunstyrelsen godkänner årsredovisningen.")
    document.save(tmp_path / "ts.docx")
    number = next(n for n, i in numbered(listed.items) if i.title == "Årsredovisning 2024")
    planned = tjansteskrivelse_import.import_file(
        store, meeting.id, number, tmp_path / "ts.docx", dry_run=True
    )
    dnrs = {i.title: i.dnr for i in planned.meeting.items if i.dnr}
    assert dnrs == {"Årsredovisning 2024": "KS-2024-00365", "Taxor": "KS-2020-00313"}
    assert sum("skrivs KS-" in line.sentence() for line in planned.report.changed) == 2
    # Once the kallelse is sent, the others stand as they were sent (review30).
    sent = meetings.get_meeting(store, meeting.id)
    sent.status = MeetingStatus.UTSKICKAD
    meetings.save_meeting(store, sent)
    planned = tjansteskrivelse_import.import_file(
        store, meeting.id, number, tmp_path / "ts.docx", dry_run=True
    )
    dnrs = {i.title: i.dnr for i in planned.meeting.items if i.dnr}
    assert dnrs == {"Årsredovisning 2024": "KS-2024-00365", "Taxor": "2020-00313"}
    # walk29's whole kallelse (19 Dnr) is one line naming each: tests/core/test_dnr_prefix.py
