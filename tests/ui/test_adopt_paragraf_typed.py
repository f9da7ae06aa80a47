"""The § typed when the board's adoption is recorded: a number in any of the ways it is
written is taken ("231", "§ 231", "231 §"); anything else is refused in the dialog itself,
where what was typed stays (it was refused after the dialog had closed, and the date, § and
Dnr had to be typed again). Only the digits 0-9: "²³" passed str.isdigit()."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from ksdesk.core.delegation import Version
from ksdesk.core.errors import InvalidInput
from ksdesk.services.delegation_edit import paragraf_number
from ksdesk.ui.app import create_application
from ksdesk.ui.dialogs.adopt_dialog import AdoptDialog


@pytest.fixture
def dialog(qtbot) -> AdoptDialog:
    create_application()
    shown = AdoptDialog(Version(key="u", name="<i>Utkast 2021"), 0)
    qtbot.addWidget(shown)
    shown.show()
    return shown


@pytest.mark.parametrize(("typed", "number"), [("231", "231"), ("§ 231", "231"), ("231 §", "231")])
def test_a_paragraf_written_any_usual_way_is_taken(typed: str, number: str) -> None:
    assert paragraf_number(typed) == number


@pytest.mark.parametrize("typed", ["", "abc", "²³", "٢٣١", "12a", "1 2", "1" * 6])
def test_anything_else_is_refused_in_swedish(typed: str) -> None:
    with pytest.raises(InvalidInput, match=r"är inget paragrafnummer\. Skriv till exempel 231\."):
        paragraf_number(typed)


def test_the_dialog_refuses_a_bad_paragraf_and_keeps_what_was_typed(dialog) -> None:
    dialog.paragraf_edit.setText("²³")
    dialog.dnr_edit.setText("KS 2020/501")
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert "inget paragrafnummer" in dialog.message.text()
    QApplication.processEvents()  # the layout takes the new line in
    intro = dialog.findChildren(type(dialog.message))[0]
    assert intro.height() >= intro.heightForWidth(intro.width())  # not cut by the new line
    assert dialog.dnr() == "KS 2020/501"
    dialog.paragraf_edit.setText("§ 231")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_the_version_name_is_shown_as_written(dialog) -> None:
    intro = dialog.findChildren(type(dialog.message))[0]
    assert "&lt;i&gt;Utkast 2021" in intro.text()
