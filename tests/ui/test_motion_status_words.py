"""A medborgarförslag's status in its noun's gender: ett förslag is besvarat, not besvarad."""

from __future__ import annotations

from datetime import date

from ksdesk.core.motion import Motion, MotionStatus, MotionTyp, status_word
from ksdesk.ui.dialogs.uppfoljning_dialogs import MotionDialog
from ksdesk.ui.models.uppfoljning_models import MotionModel


def test_a_medborgarforslag_is_besvarat_and_a_motion_besvarad() -> None:
    citizen = MotionTyp.MEDBORGARFORSLAG
    assert [status_word(s, citizen) for s in MotionStatus] == [
        "väckt",
        "remitterat",
        "återremitterat",
        "besvarat",
        "avskrivet",
        "återtaget",
    ]
    motion = MotionTyp.MOTION
    assert [status_word(s, motion) for s in MotionStatus] == [str(s) for s in MotionStatus]


def test_the_register_table_says_it_in_the_row_s_gender(qtbot) -> None:
    rows = [
        Motion("medborgarforslag", "Lekplats", date(2022, 2, 1), status="besvarad"),
        Motion("motion", "Solceller", date(2021, 3, 22), status="avskriven"),
    ]
    model = MotionModel(rows)
    status = [c.header for c in model.columns].index("Status")
    assert [model.index(r, status).data() for r in range(2)] == ["Besvarat", "Avskriven"]


def test_the_dialog_s_statuses_follow_the_chosen_noun(qtbot) -> None:
    dialog = MotionDialog(Motion("motion", "Solceller", date(2021, 3, 22), status="besvarad"))
    qtbot.addWidget(dialog)
    assert dialog.status.currentText() == "Besvarad"
    dialog.typ.setCurrentIndex(dialog.typ.findData("medborgarforslag"))
    assert dialog.status.currentText() == "Besvarat"
    assert dialog.status.currentData() == "besvarad"  # the stored word stays the register's
