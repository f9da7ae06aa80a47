"""The bilaga dialog checks a secret bilaga's OSL reference as the ärende dialog does
(core.secrecy_ref): one without its law is completed and said so before it is saved, one
naming another law is refused in Swedish."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from ksdesk.core.meeting import Bilaga
from ksdesk.ui.app import create_application


def test_a_secret_bilaga_s_reference_is_checked_before_it_is_saved(qtbot) -> None:
    from ksdesk.ui.dialogs.bilaga_dialog import BilagaDialog

    create_application()
    dialog = BilagaDialog(Bilaga("Utredning enligt LVU", nr="1"))
    qtbot.addWidget(dialog)
    dialog.ui.secret_check.setChecked(True)
    dialog.ui.secrecy_ref_edit.setText("4 kap. 1 § SoL")
    dialog.ui.button_box.accepted.emit()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "gäller bara offentlighets- och sekretesslagen" in dialog.ui.secret_hint.text()
    dialog.ui.secrecy_ref_edit.setText("26 kap. 1 §")
    dialog.ui.button_box.accepted.emit()
    assert dialog.result() != QDialog.DialogCode.Accepted  # said before it is saved
    assert "läses som offentlighets- och sekretesslagen" in dialog.ui.secret_hint.text()
    assert dialog.ui.secrecy_ref_edit.text() == "26 kap. 1 § OSL"
    dialog.ui.button_box.accepted.emit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_bilaga().secrecy_ref == "26 kap. 1 § OSL"
