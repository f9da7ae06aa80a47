"""Kungsbacka's kallelse imported as it is (walk29's findings 4, 8 and 11): "Val av justerare"
without number over ärenden numbered from 1 is no ärende (the justerare are named on the
protokoll's first page, no §), so every ärende keeps the kallelse's number; the ärenden under
its "Information" heading are information; the meeting's empty standing items the kallelse
does not list are not added after it; and a förslag to kommunfullmäktige keeps its headings.
Rows shortened from Kungsbacka KS 2025-02-18, moggleif/kommunhandlingar
data/kungsbacka/ks/2025/2025-02-18/kallelse.md."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from ksdesk.core.meeting import numbered
from ksdesk.services import agenda_imports, laga_kraft, meetings
from ksdesk.services import protokoll as protokoll_service
from tests.interchange.real_agenda_groups import saved

_KS = "Förslag till beslut i kommunstyrelsen\n"
_KF = "Förslag till beslut i kommunfullmäktige\n"
JUSTERARE = "Ordinarie: Stefan Vilumsons (SD)\nErsättare: Axel Storckenfeldt (M)"
ROWS = (
    ("", "Ärende", "Beteckning", "Förslag"),
    ("", "Val av justerare", "", JUSTERARE),
    ("", "Beslutsärenden", "", ""),
    ("1.", "Årsredovisning 2024 för\nkommunstyrelsen", "2024-00365", _KS + "Kommunstyrelsen …"),
    ("", "Information", "", ""),
    ("2.", "Information om samråd och\nviktigare pågående ärende", "2025-00014", ""),
    ("", "Beslutsärenden", "", ""),
    ("3.", "Anmälan av delegeringsbeslut", "2025-00006", _KS + "Kommunstyrelsen godkänner …"),
    (
        "4.",
        "Fastställande av koncernbudget\n2025",
        "2023-00686",
        _KF + "Kommunfullmäktige fastställer koncernbudget 2025.\n"
        + _KS + "Kommunstyrelsen delegerar till ekonomichefen att uppta nya lån.",
    ),
)  # fmt: skip


def kallelse_docx(tmp_path: Path, rows: tuple[tuple[str, ...], ...] = ROWS) -> Path:
    """The rows as Kungsbacka's kallelse in Word: a table under its heading."""
    import docx

    document = docx.Document()
    document.add_paragraph("KALLELSE/UNDERRÄTTELSE")
    table = document.add_table(rows=0, cols=len(rows[0]))
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    path = tmp_path / "kallelse.docx"
    path.write_bytes(saved(document))
    return path


def test_the_kallelse_numbers_kinds_and_forslag_are_kept(store, tmp_path: Path) -> None:
    """… and in Uppföljning neither the information ärende nor the förslag to
    kommunfullmäktige gains laga kraft (walk29: both were listed as "Laga kraft")."""
    meeting, _ = meetings.create_meeting(store, "Kommunstyrelsen", date(2025, 2, 18), time(13))
    result = agenda_imports.import_agenda(store, meeting.id, kallelse_docx(tmp_path))
    items = [(n, i) for n, i in numbered(meetings.get_meeting(store, meeting.id).items)]
    assert [(n, i.title, i.kind) for n, i in items if n is not None] == [
        (1, "Årsredovisning 2024 för kommunstyrelsen", "beslut"),
        (2, "Information om samråd och viktigare pågående ärende", "information"),
        (3, "Anmälan av delegeringsbeslut", "anmalan"),  # the standing item, merged
        (4, "Fastställande av koncernbudget 2025", "beslut"),
    ]
    assert not result.report.warnings  # no "har nr 1 i filen men blir nr 2"
    # The row is no ärende: its justerare go to the protokoll's first page (walk37 #11).
    assert not [line for line in result.report.dropped if "justerare" in line.text]
    assert "Justerare enligt kallelsen: Stefan Vilumsons (SD)" in result.report.text()
    koncern = items[-1][1]
    assert koncern.proposal.splitlines() == [
        "Förslag till beslut i kommunfullmäktige",
        "Kommunfullmäktige fastställer koncernbudget 2025.",
        "Förslag till beslut i kommunstyrelsen",
        "Kommunstyrelsen delegerar till ekonomichefen att uppta nya lån.",
    ]
    protokoll = protokoll_service.start_protokoll(store, meeting.id, first=29)
    j = protokoll.justering
    j.date = j.justerat = date(2025, 2, 20)
    j.anslaget = date(2025, 2, 21)
    protokoll_service.save_justering(store, meeting.id, j)
    listed = [r.ref for r in laga_kraft.rows(store, date(2025, 3, 20)) if r.typ == "paragraf"]
    # § 30 is information, § 31 the standing item; § 32 is listed for its own part.
    assert listed == ["§ 29", "§ 32"]


def test_a_started_protokolls_standing_items_stay_and_the_justerare_are_in_the_report(
    store, tmp_path: Path
) -> None:
    """An item with a § is no empty standing item: taking it off the agenda left its §
    without ärende (item_id NULL). The dropped row's justerare are the meeting's, and its
    § "Val av justerare" says so; its ersättare is said in the report."""
    meeting, _ = meetings.create_meeting(store, "Kommunstyrelsen", date(2025, 2, 18), time(13))
    protokoll_service.start_protokoll(store, meeting.id)
    result = agenda_imports.import_agenda(store, meeting.id, kallelse_docx(tmp_path))
    titles = [i.title for i in meetings.get_meeting(store, meeting.id).items]
    assert "Val av justerare" in titles and "Information" in titles
    said = " ".join(line.sentence() for line in result.report.changed)
    assert "Stefan Vilumsons (SD)" in said and "Axel Storckenfeldt (M)" in said
    protokoll = protokoll_service.get_protokoll(store, meeting.id)
    assert protokoll.justering.justerare == ["Stefan Vilumsons (SD)"]  # no member: as written
    assert protokoll.paragrafer[0].beslut.startswith("Kommunstyrelsen utser Stefan Vilumsons")
