"""A new meeting's dialog shows the chosen nämnd's place, ordförande and sekreterare before
OK: they were filled in only on saving, so the secretary never saw what would print
(walk31's finding 8). What she types herself is kept when she changes the nämnd."""

from __future__ import annotations

from ksdesk.core.organ import Organ
from ksdesk.ui.app import create_application
from ksdesk.ui.dialogs.meeting_dialog import MeetingDialog


def test_the_chosen_organs_defaults_are_shown_and_typed_text_stays(qtbot) -> None:
    create_application()
    organs = [
        Organ(
            name="Nämnden för Vård & Omsorg",
            id=1,
            default_place="Kommunfullmäktigesalen",
            secretary_name="Vera Lagerström",
            secretary_title="nämndsekreterare",
        ),
        Organ(
            name="Nämnden för Teknik",
            id=2,
            default_place="Sessionssalen",
            secretary_name="Olle Berg",
        ),
    ]
    dialog = MeetingDialog(organs)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.place_edit.text() == "Kommunfullmäktigesalen"
    assert (ui.secretary_name_edit.text(), ui.secretary_title_edit.text()) == (
        "Vera Lagerström",
        "nämndsekreterare",
    )
    ui.secretary_name_edit.setText("Karin Ek")  # typed by her
    ui.organ_combo.setCurrentIndex(1)
    assert ui.place_edit.text() == "Sessionssalen"  # the other nämnd's
    assert ui.secretary_name_edit.text() == "Karin Ek"  # hers stays
