"""The kallelse's "Val av justerare" carried to the meeting's justerare (walk37 #11): the
secretary no longer types the name again. Rows shortened from Kungsbacka's Individ &
Familjeomsorg 2025-04-17, moggleif/kommunhandlingar data/kungsbacka/ifo/2025/2025-04-17/
kallelse.md (its nämnd from the protokoll's first page)."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from ksdesk.core.organ import Fortroendevald
from ksdesk.db import organ_repo
from ksdesk.services import agenda_imports, meetings
from ksdesk.services import justerare as justerare_service
from ksdesk.services import protokoll as protokoll_service
from tests.services.test_agenda_kungsbacka_whole_list import kallelse_docx

_NAMND = "Nämnden för Individ & Familjeomsorg"
_FORSLAG = "Förslag till beslut\nNämnden för Individ & Familjeomsorg "
ROWS = (
    ("", "Ärende", "Beteckning", "Förslag"),
    ("", "Val av justerare", "", "Marianne Pleijel (M)"),
    ("1.", "Godkännande av dagordningen", "IF-2023-\n00055", _FORSLAG + "godkänner dagordningen."),
    ("2.", "Information om hälsa 55\nJulia Wilholm, personalchef", "IF-2020-\n00101",
     _FORSLAG + "noterar informationen till protokollet."),
)  # fmt: skip


def _meeting(store, tmp_path: Path) -> tuple[int, Path]:
    meeting, _ = meetings.create_meeting(store, _NAMND, date(2025, 4, 17), time(15, 30))
    organ = organ_repo.get(store, meeting.organ_id)
    organ.members = [
        Fortroendevald("Tommy Rydfeldt", "L", "ordförande"),
        Fortroendevald("Marianne Pleijel", "M", "1:e vice ordförande"),
        Fortroendevald("Lars Blom", "M"),
    ]
    organ_repo.save(store, organ)
    return meeting.id, kallelse_docx(tmp_path, ROWS)


def test_the_kallelses_justerare_become_the_meetings(store, tmp_path: Path) -> None:
    """… the ledamot's name (the combo at the first § offers the upprop's names), said in
    one line; undone with the import; kept when the protokoll's start is undone."""
    meeting_id, path = _meeting(store, tmp_path)
    shown = meetings.get_meeting(store, meeting_id)
    result = agenda_imports.plan_agenda_import(store, meeting_id, path)
    said = [line.sentence() for line in result.report.changed if "enligt kallelsen" in line.text]
    assert said == [
        "Tabell 1, rad 2: Justerare enligt kallelsen: Marianne Pleijel (M) (blir sammanträdets "
        "justerare på protokollets första sida; byts under Sammanträde, Paragrafer)"
    ]
    before, after = agenda_imports.states(store, result, shown)
    agenda_imports.write_state(store, after)
    assert justerare_service.chosen(store, meeting_id) == ["Marianne Pleijel"]
    agenda_imports.write_state(store, before)  # Ctrl+Z
    assert justerare_service.chosen(store, meeting_id) == []
    agenda_imports.apply_agenda_import(store, result)

    empty = protokoll_service.get_protokoll(store, meeting_id)
    started = protokoll_service.start_protokoll(store, meeting_id)
    assert started.justering.justerare == ["Marianne Pleijel"]
    assert "Marianne Pleijel" in [a.name for a in started.upprop if a.present]
    protokoll_service.restore_protokoll(store, meeting_id, empty)  # the start undone
    assert justerare_service.chosen(store, meeting_id) == ["Marianne Pleijel"]


def test_justerare_the_secretary_chose_stay(store, tmp_path: Path) -> None:
    meeting_id, path = _meeting(store, tmp_path)
    justerare_service.set_justerare(store, meeting_id, ["Lars Blom"])
    result = agenda_imports.import_agenda(store, meeting_id, path)
    assert justerare_service.chosen(store, meeting_id) == ["Lars Blom"]
    assert [w.text for w in result.report.warnings] == [
        "Justerare enligt kallelsen: Marianne Pleijel (M)"
    ]
    assert "Lars Blom (M) står redan som justerare" in result.report.warnings[0].why
