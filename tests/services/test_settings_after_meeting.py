"""A secretary who starts a new file creates the first meeting (or imports its ärendelista)
and fills in the nämnd's settings afterwards. Found walking a new file through for Skövde
kommun's kommunfullmäktige (made-up ledamöter, the real ärendelista of 2017-05-22 in
tests/interchange/real_agendas_third.py): the kallelse printed no names under it, the
protokoll's signing lines for sekreterare and ordförande named nobody, and the upprop named
the secretary with the meeting's default title instead of the one in the settings."""

from __future__ import annotations

import subprocess
from datetime import date, time
from pathlib import Path

from ksdesk.core.organ import Fortroendevald
from ksdesk.core.protokoll import Justering
from ksdesk.services import kallelse, meetings, protokoll, protokoll_print
from ksdesk.services.own_kommun import new_database


def _text(pdf: bytes) -> str:
    done = subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True
    )
    return done.stdout.decode()


def _meeting_then_settings(folder: Path):
    store = new_database(folder / "kf.sqlite", "Skövde kommun", "Kommunfullmäktige")
    organ = meetings.list_organs(store)[0]
    created, _ = meetings.create_meeting(store, organ.name, date(2026, 11, 23), time(18, 0))
    organ = meetings.list_organs(store)[0]
    organ.members = [
        Fortroendevald("Anna Andersson-Ek", "S", "ordförande"),
        Fortroendevald("Petra Johansson", "M", "1:e vice ordförande"),
        Fortroendevald("Bo Holm", "SD"),
    ]
    organ.secretary_name = "Kerstin Lindqvist"
    organ.secretary_title = "kommunsekreterare"
    meetings.save_organ(store, organ)
    return store, created.id


def test_the_kallelse_names_who_the_settings_name(tmp_path: Path) -> None:
    store, meeting_id = _meeting_then_settings(tmp_path)
    text = _text(kallelse.kallelse_pdf(store, meeting_id))
    assert "Anna Andersson-Ek" in text
    assert "Kerstin Lindqvist" in text
    assert "kommunsekreterare" in text


def test_the_protokoll_signing_lines_and_upprop_name_the_secretary(tmp_path: Path) -> None:
    store, meeting_id = _meeting_then_settings(tmp_path)
    started = protokoll.start_protokoll(store, meeting_id)
    secretary = next(d for d in started.upprop if d.name == "Kerstin Lindqvist")
    assert secretary.title == "kommunsekreterare"
    protokoll.save_justering(store, meeting_id, Justering(justerare=["Bo Holm"]))
    first_page = _text(protokoll_print.protokoll_document(store, meeting_id)).split("\f")[0]
    signing = first_page[first_page.index("Underskrifter") : first_page.index("ANSLAG")]
    assert "Kerstin Lindqvist" in signing
    assert "Anna Andersson-Ek" in signing
    assert "Kerstin Lindqvist, kommunsekreterare" in first_page  # Övriga närvarande


def test_a_name_the_meeting_has_of_its_own_stays(tmp_path: Path) -> None:
    store, meeting_id = _meeting_then_settings(tmp_path)
    meetings.update_meeting_fields(store, meeting_id, {"secretary_name": "Lars Berg"})
    organ = meetings.list_organs(store)[0]
    organ.secretary_name = "Märta Ny"
    meetings.save_organ(store, organ)
    assert meetings.get_meeting(store, meeting_id).secretary_name == "Lars Berg"


def test_a_justerat_protokoll_keeps_its_names(tmp_path: Path) -> None:
    store = new_database(tmp_path / "kf.sqlite", "Skövde kommun", "Kommunfullmäktige")
    organ = meetings.list_organs(store)[0]
    created, _ = meetings.create_meeting(store, organ.name, date(2026, 11, 23), time(18, 0))
    protokoll.start_protokoll(store, created.id)
    protokoll.save_justering(store, created.id, Justering(justerat=date(2026, 11, 30)))
    organ = meetings.list_organs(store)[0]
    organ.secretary_name = "Kerstin Lindqvist"
    meetings.save_organ(store, organ)
    assert meetings.get_meeting(store, created.id).secretary_name == ""


def test_a_new_secretary_reaches_the_meetings_not_yet_sent(tmp_path: Path) -> None:
    """rewalk36 N1: `namnd andra --sekreterare` reached only meetings made afterwards, said
    nothing of those in the file. A draft whose secretary came from the old settings gets the
    new one, and its förhinder note the new phone; a sent kallelse keeps whom it named."""
    from ksdesk.core.meeting import MeetingStatus
    from ksdesk.services.organ_settings import change_settings, filled_text

    store = new_database(tmp_path / "bn.sqlite", "Kungsbacka kommun", "Byggnadsnämnden")
    change_settings(
        store, None, {"secretary_name": "Sofie Axelsson", "secretary_phone": "0300-83 40 00"}
    )
    days = [date(2025, 4, 24), date(2025, 5, 15), date(2025, 6, 12)]
    made = [meetings.create_meeting(store, "Byggnadsnämnden", d, time(13))[0].id for d in days]
    meetings.update_meeting_fields(store, made[0], {"status": MeetingStatus.UTSKICKAD})
    meetings.update_meeting_fields(store, made[2], {"secretary_name": "Lars Berg"})
    changes = {"secretary_name": "Maja Ny", "secretary_phone": "0300-83 45 67"}
    organ, changed, filled = change_settings(store, None, changes)
    assert changed == ["secretary_name", "secretary_phone"] and filled.given == [days[1]]
    assert filled_text(organ, filled) == [
        "Sekreteraren Maja Ny står nu också på 1 sammanträde som redan fanns (2025-05-15)."
    ]
    sent, draft, own = (meetings.get_meeting(store, m) for m in made)
    assert (sent.secretary_name, draft.secretary_name, own.secretary_name) == (
        "Sofie Axelsson", "Maja Ny", "Lars Berg",
    )  # fmt: skip
    assert "0300-83 45 67" in draft.absence_note and "0300-83 40 00" in sent.absence_note
