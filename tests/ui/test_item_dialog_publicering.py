"""The ärende dialog's three states of publication (in full, not in full with its sentence,
sekretess with its OSL paragraph), the public title, and the question a secret ärende
without OSL paragraph gets: asked once, saved on the second OK, never refused."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from ksdesk.core.meeting import Arende
from ksdesk.ui.app import create_application


def test_the_dialog_offers_three_states_and_asks_once_for_a_missing_osl_paragraph(
    qtbot,
) -> None:
    from ksdesk.ui.dialogs.item_dialog import ItemDialog

    create_application()
    item = Arende("Föreläggande om avlopp", dnr="MH-2025-1", not_in_full=True)
    dialog = ItemDialog(item)
    qtbot.addWidget(dialog)
    assert dialog.ui.not_in_full_radio.isChecked() and dialog.ui.not_in_full_edit.isEnabled()
    assert not dialog.ui.secrecy_ref_edit.isEnabled()
    dialog.ui.public_title_edit.setText("Ärende om tillsyn")
    dialog.ui.button_box.accepted.emit()
    shown = dialog.result_item()
    assert (shown.not_in_full, shown.secret, shown.public_title) == (
        True,
        False,
        "Ärende om tillsyn",
    )
    again = ItemDialog(shown)
    qtbot.addWidget(again)
    again.ui.public_title_edit.clear()
    again.ui.secret_radio.setChecked(True)
    # walk37's finding 8: Sekretess asks at once for a neutral public title.
    assert "neutral offentlig rubrik" in again.ui.message_label.text()
    assert "Ärende som omfattas av sekretess" in again.ui.public_title_edit.placeholderText()
    again.ui.button_box.accepted.emit()
    assert again.result() != QDialog.DialogCode.Accepted  # asked, not saved yet
    assert "saknar paragraf i OSL" in again.ui.message_label.text()
    again.ui.button_box.accepted.emit()
    assert again.result() == QDialog.DialogCode.Accepted  # the second OK saves it
    secret = again.result_item()
    assert (secret.secret, secret.not_in_full, secret.secrecy_ref) == (True, False, "")
    # walk37's finding 5: a paragraph without its law is read as OSL and said so before it is
    # saved; another law is refused.
    osl = ItemDialog(secret)
    qtbot.addWidget(osl)
    osl.ui.secrecy_ref_edit.setText("4 kap. 1 § SoL")
    osl.ui.button_box.accepted.emit()
    assert osl.result() != QDialog.DialogCode.Accepted
    assert "gäller bara offentlighets- och sekretesslagen" in osl.ui.message_label.text()
    osl.ui.secrecy_ref_edit.setText("26 kap. 1 §")
    osl.ui.button_box.accepted.emit()
    assert osl.result() != QDialog.DialogCode.Accepted
    assert "läses som offentlighets- och sekretesslagen" in osl.ui.message_label.text()
    osl.ui.button_box.accepted.emit()
    assert osl.result_item().secrecy_ref == "26 kap. 1 § OSL"
    assert osl.result() == QDialog.DialogCode.Accepted
