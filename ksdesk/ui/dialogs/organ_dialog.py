"""An organ's settings for the kallelse: its name, kommun, place, how many days before the
meeting the kallelse goes out, the secretary, and the standing items of a new meeting."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QDialog, QWidget

from ksdesk.core.organ import Organ
from ksdesk.ui.forms.ui_organ_dialog import Ui_OrganDialog


class OrganDialog(QDialog):
    def __init__(self, organ: Organ, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OrganDialog()
        self.ui.setupUi(self)
        self.organ = organ
        ui = self.ui
        ui.name_edit.setText(organ.name)
        ui.kommun_edit.setText(organ.kommun)
        ui.short_edit.setText(organ.short)
        ui.place_edit.setText(organ.default_place)
        ui.days_spin.setValue(organ.kallelse_days_before)
        ui.secretary_name_edit.setText(organ.secretary_name)
        ui.secretary_title_edit.setText(organ.secretary_title)
        ui.secretary_email_edit.setText(organ.secretary_email)
        ui.secretary_phone_edit.setText(organ.secretary_phone)
        ui.standard_items_edit.setPlainText("\n".join(organ.standard_items))
        ui.forvaringsplats_edit.setText(organ.forvaringsplats)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)

    def result_organ(self) -> Organ:
        ui = self.ui
        items = [line.strip() for line in ui.standard_items_edit.toPlainText().splitlines()]
        return replace(
            self.organ,
            name=ui.name_edit.text().strip(),
            kommun=ui.kommun_edit.text().strip(),
            short=ui.short_edit.text().strip(),
            default_place=ui.place_edit.text().strip(),
            kallelse_days_before=ui.days_spin.value(),
            secretary_name=ui.secretary_name_edit.text().strip(),
            secretary_title=ui.secretary_title_edit.text().strip(),
            secretary_email=ui.secretary_email_edit.text().strip(),
            secretary_phone=ui.secretary_phone_edit.text().strip(),
            standard_items=[line for line in items if line],
            forvaringsplats=ui.forvaringsplats_edit.text().strip(),
        )
