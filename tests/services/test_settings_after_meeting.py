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
