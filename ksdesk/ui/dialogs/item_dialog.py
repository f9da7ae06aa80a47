"""Editing one row of the ärendelista: title, Dnr (checked as typed, a warning never a block),
kind, föredragande, time slot, förslag till beslut, how the public versions show it (in full,
not in full with a sentence instead of its texts, or under sekretess with its OSL paragraph)
and an optional public title. A section row ("Beslutsärenden") has a title only."""

from __future__ import annotations

from dataclasses import replace
from html import escape

from PySide6.QtWidgets import QDialog, QWidget

from ksdesk.core.dnr import parse_dnr
from ksdesk.core.errors import KsdeskError
from ksdesk.core.kallelse import PUBLIC_SECRET_TITLE
from ksdesk.core.meeting import ITEM_KIND_LABELS, ITEM_KINDS, Arende
from ksdesk.core.meeting_agenda import normalise_time_slot
from ksdesk.core.not_in_full import DEFAULT_NOTE
from ksdesk.core.secrecy_ref import checked_secrecy_ref
from ksdesk.ui.forms.ui_item_dialog import Ui_ItemDialog
from ksdesk.ui.widgets.colors import error_html, warning_html


class ItemDialog(QDialog):
    def __init__(
        self,
        item: Arende | None = None,
        section: bool = False,
        parent: QWidget | None = None,
        gang: list[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ItemDialog()
        self.ui.setupUi(self)
        self.item = item or Arende(title="", is_section=section)
        self.section = self.item.is_section
        new = item is None
        if self.section:
            self.setWindowTitle("Ny rubrik" if new else "Ändra rubrik")
        else:
            self.setWindowTitle("Nytt ärende" if new else "Ändra ärende")
        for kind in ITEM_KINDS:
            self.ui.kind_combo.addItem(ITEM_KIND_LABELS[kind], kind)
        self.ui.dnr_edit.textChanged.connect(self._check_dnr)
        self.ui.secret_radio.toggled.connect(self.ui.secrecy_ref_edit.setEnabled)
        self.ui.not_in_full_radio.toggled.connect(self.ui.not_in_full_edit.setEnabled)
        self.ui.not_in_full_edit.setPlaceholderText(DEFAULT_NOTE)
        self._asked_ref = False  # a secret ärende without OSL paragraph: asked once, not refused
        self.ui.button_box.accepted.connect(self._accept)
        self.ui.button_box.rejected.connect(self.reject)
        self._fill(self.item)
        self._hint = self.ui.public_title_edit.placeholderText()
        # Connected after filling: opening a secret ärende is no choice of Sekretess.
        self.ui.secret_radio.toggled.connect(self._offer_public_title)
        self._show_gang(gang or [])
        if self.section:
            self._hide_item_fields()

    def _show_gang(self, gang: list[str]) -> None:
        """The ärende's earlier §§ (återremitterat, bordlagt) and where it comes back: the
        link from this agenda item back to the § it takes up."""
        self.ui.history_label.setText("<br>".join(escape(line) for line in gang))
        self.ui.form.setRowVisible(self.ui.history_label, bool(gang))

    def _fill(self, item: Arende) -> None:
        self.ui.title_edit.setText(item.title)
        self.ui.title_edit.setCursorPosition(0)  # show the start of a long title
        self.ui.dnr_edit.setText(item.dnr)
        self.ui.kind_combo.setCurrentIndex(ITEM_KINDS.index(item.kind))
        self.ui.presenter_edit.setText(item.presenter)
        self.ui.time_slot_edit.setText(item.time_slot)
        self.ui.proposal_edit.setPlainText(item.proposal)
        state = self.ui.secret_radio if item.secret else self.ui.open_radio
        if item.not_in_full and not item.secret:
            state = self.ui.not_in_full_radio
        state.setChecked(True)
        self.ui.secrecy_ref_edit.setText(item.secrecy_ref)
        self.ui.secrecy_ref_edit.setEnabled(item.secret)
        self.ui.not_in_full_edit.setText(item.not_in_full_note)
        self.ui.not_in_full_edit.setEnabled(state is self.ui.not_in_full_radio)
        self.ui.public_title_edit.setText(item.public_title)
        self.ui.standard_check.setChecked(item.is_standard)
        self._check_dnr(item.dnr)

    def _offer_public_title(self, secret: bool) -> None:
        """Choosing Sekretess asks at once for a neutral public title (walk37's finding 8: a
        client's name in the title went unnoticed): the field is focused, and until one is
        written it shows what the public versions print instead; the field is focused next."""
        edit = self.ui.public_title_edit
        edit.setPlaceholderText(f"Annars: {PUBLIC_SECRET_TITLE}" if secret else self._hint)
        if not secret or edit.text().strip():
            return
        self.ui.message_label.setText(
            warning_html(
                "⚠ Rubriken visas aldrig offentligt. Skriv gärna en neutral offentlig rubrik "
                "utan namn, personnummer eller adress, t.ex. ”Ansökan om vård enligt LVU”."
            )
        )
        # The OSL paragraph comes first when it is still empty: the public title next.
        empty_ref = not self.ui.secrecy_ref_edit.text().strip()
        (self.ui.secrecy_ref_edit if empty_ref else edit).setFocus()

    def _hide_item_fields(self) -> None:
        # A section row is a heading: every form row after the title goes.
        for row in range(1, self.ui.form.rowCount()):
            self.ui.form.setRowVisible(row, False)
        self.adjustSize()

    def _check_dnr(self, text: str) -> None:
        warnings = parse_dnr(text).warnings if text.strip() else ()
        self.ui.dnr_warning.setText(warning_html("⚠ " + " ".join(warnings)) if warnings else "")

    def _accept(self) -> None:
        if not self.ui.title_edit.text().strip():
            self._refuse("Ärendet måste ha en rubrik.")
            return
        try:
            normalise_time_slot(self.ui.time_slot_edit.text())
        except KsdeskError as error:
            self._refuse(str(error))
            return
        if self._ask_for_ref() or self._complete_ref():
            return
        self.accept()

    def _complete_ref(self) -> bool:
        """A secret ärende's reference written without its law is completed with "OSL" and
        said so before it is saved (walk37's finding 5: "26 kap. 1 §" reached the public
        protokoll); one naming another law is refused. True when the dialog stays open."""
        if not self.ui.secret_radio.isChecked():
            return False
        try:
            checked = checked_secrecy_ref(self.ui.secrecy_ref_edit.text())
        except KsdeskError as error:
            self._refuse(str(error))
            self.ui.secrecy_ref_edit.setFocus()
            return True
        if not checked.note:
            return False
        self.ui.secrecy_ref_edit.setText(checked.ref)
        self.ui.message_label.setText(
            warning_html(f"⚠ {checked.note} Tryck OK igen för att spara.")
        )
        return True

    def _ask_for_ref(self) -> bool:
        """A secret ärende with no OSL paragraph is asked about once (the check before the
        kallelse is sent names it too); a second OK saves it as it is."""
        missing = self.ui.secret_radio.isChecked() and not self.ui.secrecy_ref_edit.text().strip()
        if not missing or self._asked_ref:
            return False
        self._asked_ref = True
        self.ui.message_label.setText(
            warning_html(
                "⚠ Ärendet är markerat med sekretess men saknar paragraf i OSL. Fyll i "
                "paragrafen, eller tryck OK igen för att spara ändå: kontrollen före utskick "
                "påminner om den."
            )
        )
        self.ui.secrecy_ref_edit.setFocus()
        return True

    def _refuse(self, message: str) -> None:
        self.ui.message_label.setText(error_html(message))

    def result_item(self) -> Arende:
        """A copy of the item with the dialog's values (tjänsteskrivelse and bilagor kept)."""
        if self.section:
            return replace(self.item, title=" ".join(self.ui.title_edit.text().split()))
        return replace(
            self.item,
            title=" ".join(self.ui.title_edit.text().split()),
            dnr=self.ui.dnr_edit.text().strip(),
            kind=self.ui.kind_combo.currentData(),
            presenter=self.ui.presenter_edit.text().strip(),
            time_slot=normalise_time_slot(self.ui.time_slot_edit.text()),
            proposal=self.ui.proposal_edit.toPlainText().strip(),
            secret=self.ui.secret_radio.isChecked(),
            secrecy_ref=self.ui.secrecy_ref_edit.text().strip(),
            not_in_full=self.ui.not_in_full_radio.isChecked(),
            not_in_full_note=" ".join(self.ui.not_in_full_edit.text().split()),
            public_title=" ".join(self.ui.public_title_edit.text().split()),
            is_standard=self.ui.standard_check.isChecked(),
        )
