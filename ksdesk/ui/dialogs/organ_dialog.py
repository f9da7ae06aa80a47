"""An organ's settings for the kallelse: its name, kommun, place, how many days before the
meeting the kallelse goes out, the secretary, and the standing items of a new meeting; and
how ersättare are called in: the inkallelseordning between parties ("S: V, MP", as
fullmäktige decided) and the ersättare in the order they are called, each with the ledamot
they are personal ersättare for."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QInputDialog, QLabel, QMessageBox, QWidget

from ksdesk.core.errors import InvalidInput
from ksdesk.core.ersattare import order_problem, order_text, parse_order
from ksdesk.core.import_report import count
from ksdesk.core.organ import Organ, organ_name_as_printed
from ksdesk.core.pasted_text import MEMBERS, nothing_to_read
from ksdesk.services.meetings import check_organ
from ksdesk.services.organ_members import members_from_text
from ksdesk.services.own_kommun import checked_kommun
from ksdesk.ui.clipboard_text import held, only_paths, pasted_text
from ksdesk.ui.dialogs.import_report_dialog import confirm_import
from ksdesk.ui.forms.ui_organ_dialog import Ui_OrganDialog
from ksdesk.ui.help_topics import set_topic
from ksdesk.ui.models.forhinder_models import ErsattareModel
from ksdesk.ui.widgets.delegates import ComboDelegate
from ksdesk.ui.widgets.screen_fit import resize_within_screen
from ksdesk.ui.widgets.tables import setup_table

_PASTE_TITLE = "Klistra in ledamöter och ersättare"
_PASTE_LABEL = (
    "Klistra in nämndens lista: från kommunens webbsida, valberedningens förslag eller "
    "protokollets första sida (Beslutande, ersättare, övriga närvarande).\nEn person per rad, "
    "tabellen som den är eller sidan som den kopieras ur PDF-filen. Du ser vad som lästes "
    "innan något sparas."
)


def ask_list_text(parent: QWidget) -> str | None:
    """The pasted list, or None for Avbryt. A window that shows a nämnd's twenty names at
    once (QInputDialog's own shows ten), so the secretary sees what was pasted."""
    dialog = QInputDialog(parent)
    dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
    dialog.setWindowTitle(_PASTE_TITLE)
    dialog.setLabelText(_PASTE_LABEL)
    if label := dialog.findChild(QLabel):
        label.setWordWrap(True)  # else the long hint sets the window's width past a laptop's
    resize_within_screen(dialog, 640, 560)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.textValue()


def pasted_members(text: str) -> str:
    """The list as pasted, once it may be one; InvalidInput saying why not. An empty box
    says what the clipboard holds: a table copied as HTML only, or a picture, pastes as
    nothing into the box, and a file copied in the file manager as its path."""
    clipboard = QGuiApplication.clipboard().mimeData()
    if clipboard is not None and text.strip() and only_paths(clipboard, text):
        raise InvalidInput(nothing_to_read(MEMBERS, held(clipboard)))
    if not text.strip():
        copied = clipboard is not None and clipboard.hasText() and clipboard.text().strip()
        why = MEMBERS.copy_again() if copied else nothing_to_read(MEMBERS, held(clipboard))
        raise InvalidInput(f"Rutan är tom: inget klistrades in. {why}")
    return pasted_text(MEMBERS, text)


class OrganDialog(QDialog):
    def __init__(self, organ: Organ, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OrganDialog()
        self.ui.setupUi(self)
        set_topic(self, "kallelse.md#sammanträden")
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
        ui.inkallelse_edit.setPlainText(order_text(organ.inkallelseordning))
        self._setup_ersattare(organ)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)

    def _setup_ersattare(self, organ: Organ) -> None:
        ui = self.ui
        self.ersattare_model = ErsattareModel(organ.members)
        ui.ersattare_table.setModel(self.ersattare_model)
        setup_table(ui.ersattare_table, stretch_column=ErsattareModel.PERSONLIG)
        ui.ersattare_table.setItemDelegateForColumn(
            ErsattareModel.PERSONLIG, ComboDelegate(self.ersattare_model.choices, self)
        )
        ui.ersattare_table.setMinimumHeight(120)
        ui.ersattare_up_button.clicked.connect(lambda: self._move_ersattare(-1))
        ui.ersattare_down_button.clicked.connect(lambda: self._move_ersattare(1))
        ui.paste_members_button.clicked.connect(self._paste_members)
        self._show_summary()

    def _show_summary(self) -> None:
        model = self.ersattare_model
        self.ui.members_summary.setText(
            f"Registret: {count(len(model.ledamoter), 'ledamot', 'ledamöter')} och "
            f"{count(len(model.ersattare), 'ersättare', 'ersättare')}."
        )

    def _paste_members(self) -> None:
        """The nämnd's list pasted from the kommun's web page or a närvarolista becomes the
        register, once the secretary has read what was made of it."""
        text = ask_list_text(self)
        if text is None:
            return
        try:
            read = members_from_text(pasted_members(text), self.ersattare_model.result())
        except InvalidInput as error:
            QMessageBox.warning(self, _PASTE_TITLE, str(error))
            return
        if confirm_import(self, read.report):
            self.ersattare_model.replace_register(read.members)
            self._show_summary()

    def _move_ersattare(self, step: int) -> None:
        view = self.ui.ersattare_table
        row = view.currentIndex().row()
        if row >= 0:
            view.selectRow(self.ersattare_model.move(row, step))

    def accept(self) -> None:
        problem = order_problem(self.ui.inkallelse_edit.toPlainText())
        if problem:
            QMessageBox.warning(self, "Inkallelseordning", problem)
            return
        kommun = self.ui.kommun_edit.text()
        # Only a name the secretary changes here: a stored one never stops an unrelated edit.
        if kommun.strip() != self.organ.kommun.strip():
            try:
                # "ludvika kommun" is saved as the kommun writes itself: "Ludvika kommun".
                self.ui.kommun_edit.setText(checked_kommun(kommun))
            except InvalidInput as error:
                self.ui.pages.setCurrentWidget(self.ui.kallelse_page)
                self.ui.kommun_edit.setFocus()
                QMessageBox.warning(self, "Kommun", str(error))
                return
        try:  # the save's own rule, here: refused after closing, everything typed was lost
            check_organ(self.result_organ())
        except InvalidInput as error:
            self.ui.pages.setCurrentWidget(self.ui.kallelse_page)
            self.ui.name_edit.setFocus()
            QMessageBox.warning(self, "Nämndens namn", str(error))
            return
        super().accept()

    def result_organ(self) -> Organ:
        ui = self.ui
        items = [line.strip() for line in ui.standard_items_edit.toPlainText().splitlines()]
        return replace(
            self.organ,
            name=organ_name_as_printed(ui.name_edit.text()),
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
            inkallelseordning=parse_order(ui.inkallelse_edit.toPlainText()),
            members=self.ersattare_model.result(),
        )
