"""Arkiv → Skyddade personuppgifter keeps the register (a refusal said in Swedish, nothing
stored), and Granska offentlig kopia offers no "Behåll medvetet" for a protected person's
hit: the button is off while one is chosen, its tooltip and the status say why."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QMessageBox

from ksdesk.core.skyddad_person import SkyddadPerson
from ksdesk.services import meeting_lookup, skyddade
from ksdesk.ui.dialogs.public_check_dialog import PublicCheckDialog
from ksdesk.ui.dialogs.skyddade_dialog import SkyddadeDialog


def test_the_register_dialog_adds_edits_and_refuses(qtbot, store, monkeypatch) -> None:
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    dialog = SkyddadeDialog(store)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.namn_edit.setText("Kalle")
    assert not dialog.save()
    assert "förnamn och efternamn" in warned[0] and skyddade.list_people(store) == []
    ui.namn_edit.setText("Kalle Karlsson")
    ui.adress_edit.setText("Storgatan 12, 771 30 Ludvika")
    ui.personnummer_edit.setText("811218-9876")
    ui.telefon_edit.setText("0240-866 56")
    assert dialog.save()
    (saved,) = skyddade.list_people(store)
    assert saved.adress == "Storgatan 12, 771 30 Ludvika" and saved.inlagd_av
    assert dialog.model.rowCount() == 1
    index = dialog.model.index(0, 2)
    assert dialog.model.data(index) == "19811218-XXXX"  # the list on screen: birth date only
    assert dialog.model.data(dialog.model.index(0, 3)) == "0240-8XX XX"
    assert saved.telefon == "0240-866 56"
    assert ui.adress_edit.text() == "Storgatan 12, 771 30 Ludvika"
    ui.anteckning_edit.setText("Sekretessmarkering till 2027")
    assert dialog.save()
    (edited,) = skyddade.list_people(store)
    assert (edited.id, edited.anteckning) == (saved.id, "Sekretessmarkering till 2027")
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    assert dialog.delete_chosen()
    assert skyddade.list_people(store) == []


def test_keep_is_not_offered_for_a_protected_hit(qtbot, demo_store) -> None:
    meeting = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7))
    skyddade.save(demo_store, SkyddadPerson(meeting.secretary_name), by="Anna")
    dialog = PublicCheckDialog(demo_store, meeting.id)
    qtbot.addWidget(dialog)
    assert dialog.wait_for_scan()
    assert dialog.hits and all(h.always_masked for h in dialog.hits)
    assert dialog.open_count == 0  # masked already: the copy may be made
    assert "maskeras alltid, utan val" in dialog.ui.status_label.text()
    assert dialog.model.data(dialog.model.index(0, 4)) == "Maskeras alltid"
    dialog.ui.hit_table.selectRow(0)
    assert dialog.ui.mask_button.isEnabled()
    assert not dialog.ui.keep_button.isEnabled()
    assert "skyddade personuppgifter" in dialog.ui.keep_button.toolTip()


def test_in_team_mode_the_review_says_whose_register_it_checked(qtbot, demo_store) -> None:
    """The register is this file's alone (no sync unit): in team mode the review says so,
    with how many persons it checked against, where the secretary decides the copy."""
    from ksdesk.core.team import Link
    from ksdesk.db import team_repo

    meeting = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7))
    alone = PublicCheckDialog(demo_store, meeting.id)
    qtbot.addWidget(alone)
    assert alone.wait_for_scan() and "Teamläge" not in alone.ui.status_label.text()
    team_repo.save_link(demo_store, Link("postgresql://kansli.example/ksdesk", "anna"))
    empty = PublicCheckDialog(demo_store, meeting.id)
    qtbot.addWidget(empty)
    assert empty.wait_for_scan()
    assert "mot ett tomt register" in empty.ui.status_label.text()
    skyddade.save(demo_store, SkyddadPerson("Kalle Karlsson"), by="Anna")
    skyddade.save(demo_store, SkyddadPerson("Lisa Svensson"), by="Anna")
    dialog = PublicCheckDialog(demo_store, meeting.id)
    qtbot.addWidget(dialog)
    assert dialog.wait_for_scan()
    status = dialog.ui.status_label.text()
    assert "Teamläge: registret över skyddade personuppgifter delas inte" in status
    assert "bara mot de 2 personer som finns i den här filens register" in status


def test_in_team_mode_the_review_says_the_refusal_of_a_colleagues_mark(qtbot, demo_store) -> None:
    """Anna's register names someone in the meeting: her review marks it (step m1809, no
    name in the mark). On Cecilia's file, with that mark synced, the review says the refusal
    every public output meets there, instead of the notice of team mode."""
    from ksdesk.core.skyddad_mark import Mark, dump
    from ksdesk.core.team import Link
    from ksdesk.db import skyddad_repo, team_repo

    meeting = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7))
    team_repo.save_link(demo_store, Link("postgresql://kansli.example/ksdesk", "anna", "Anna Ek"))
    skyddade.save(demo_store, SkyddadPerson(meeting.secretary_name), by="Anna")
    own = PublicCheckDialog(demo_store, meeting.id)
    qtbot.addWidget(own)
    assert own.wait_for_scan()
    stored = skyddad_repo.marks_of(demo_store, meeting.id)
    assert '"anna"' in stored and meeting.secretary_name not in stored
    assert own.marked == "" and "Teamläge" in own.ui.status_label.text()  # not blocked
    team_repo.save_link(demo_store, Link("postgresql://kansli.example/ksdesk", "cecilia"))
    for person in skyddade.list_people(demo_store):
        skyddade.delete(demo_store, person.id)
    with demo_store.atomic():
        mark = Mark("anna", "Anna Ek", "2026-12-06T10:00:00Z", 2)
        skyddad_repo.set_marks(demo_store, meeting.id, dump({"anna": mark}))
    dialog = PublicCheckDialog(demo_store, meeting.id)
    qtbot.addWidget(dialog)
    assert dialog.wait_for_scan()
    status = dialog.ui.status_label.text()
    assert "Sammanträdet nämner en person i Anna Eks register" in status
    assert "Gör den offentliga kopian på Anna Eks dator" in status
    assert "Teamläge: registret" not in status
