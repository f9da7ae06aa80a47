"""The § editor's "Överklagande och laga kraft": whether the § is appealed by förvaltningsbesvär
(a bygglov, to länsstyrelsen) rather than laglighetsprövning, the day the decision was delivered
and the day it was kungjort in Post- och Inrikes Tidningar, and what that makes of its laga
kraft (core.forvaltningsbesvar). Each change is one undoable edit."""

from __future__ import annotations

from copy import deepcopy
from datetime import date
from html import escape

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from ksdesk.core.besvar_hint import besvar_hint, state_text
from ksdesk.core.errors import KsdeskError
from ksdesk.core.format import format_date, parse_date
from ksdesk.core.forvaltningsbesvar import Forvaltningsbesvar
from ksdesk.core.protokoll import Paragraf
from ksdesk.core.topics import Topic
from ksdesk.services import forvaltningsbesvar
from ksdesk.services.store import Store
from ksdesk.ui.forms.ui_paragraf_page import Ui_ParagrafPage
from ksdesk.ui.tabs.base_tab import Record


class BesvarBox(QObject):
    def __init__(self, ui: Ui_ParagrafPage, parent: QWidget, store: Store, record: Record):
        super().__init__(parent)
        self.ui, self.store, self._record, self.parent_widget = ui, store, record, parent
        self.paragraf: Paragraf | None = None
        self.stored: Forvaltningsbesvar | None = None
        ui.besvar_check.toggled.connect(lambda _on: self._changed())
        ui.kungoras_check.toggled.connect(lambda _on: self._changed())
        ui.delgivet_edit.editingFinished.connect(self._changed)
        ui.kungjort_edit.editingFinished.connect(self._changed)

    def show(self, paragraf: Paragraf | None) -> None:
        self.paragraf = paragraf
        known = paragraf is not None and paragraf.id is not None
        self.stored = forvaltningsbesvar.get(self.store, paragraf.id) if known else None
        self._fill(self.stored)

    def _fill(self, besvar: Forvaltningsbesvar | None) -> None:
        ui = self.ui
        widgets = (ui.besvar_check, ui.kungoras_check, ui.delgivet_edit, ui.kungjort_edit)
        for widget in widgets:
            widget.blockSignals(True)
        ui.besvar_check.setChecked(besvar is not None)
        ui.kungoras_check.setChecked(bool(besvar and besvar.kungoras))
        ui.delgivet_edit.setText(format_date(besvar.delgivet) if besvar else "")
        ui.kungjort_edit.setText(format_date(besvar.kungjort) if besvar else "")
        for widget in widgets:
            widget.blockSignals(False)
        on = besvar is not None
        for widget in (ui.delgivet_label, ui.delgivet_edit, ui.kungoras_check):
            widget.setEnabled(on)
        ui.kungjort_label.setEnabled(bool(on and besvar.kungoras))
        ui.kungjort_edit.setEnabled(bool(on and besvar.kungoras))
        p = self.paragraf
        hint = besvar_hint(p.title, p.beslut, p.beslut_skickas_till) if p else None
        ui.besvar_label.setText(escape(state_text(besvar, date.today(), hint)))

    def _typed(self) -> Forvaltningsbesvar | None:
        """What the fields say (raises FormatError, in Swedish, for a date not read)."""
        ui = self.ui
        if not ui.besvar_check.isChecked():
            return None
        kungoras = ui.kungoras_check.isChecked()
        return Forvaltningsbesvar(
            self.paragraf.id,
            _day(ui.delgivet_edit.text()),
            kungoras,
            _day(ui.kungjort_edit.text()) if kungoras else None,
            id=self.stored.id if self.stored else None,
            uuid=self.stored.uuid if self.stored else "",
        )

    def _changed(self) -> None:
        p = self.paragraf
        if p is None or p.id is None:
            return
        try:
            after = self._typed()
        except KsdeskError as error:
            QMessageBox.warning(self.parent_widget, "Förvaltningsbesvär", str(error))
            self._fill(self.stored)
            return
        if after == self.stored:
            self._fill(after)
            return
        store, paragraf_id = self.store, p.id

        def apply(value: Forvaltningsbesvar | None) -> Topic:
            return forvaltningsbesvar.put(store, paragraf_id, deepcopy(value))

        if self._record(f"Förvaltningsbesvär {p.label}", apply, self.stored, after):
            self.stored = after
        self._fill(self.stored)


def _day(text: str) -> date | None:
    return parse_date(text) if text.strip() else None
