"""The Delegation tab's version-wide actions: a new draft, adoption, printing, the
Förteckning med revideringar, and the role and delegationsbeslut dialogs. A mixin of
DelegationTab (it uses the tab's store, version, widgets and refresh)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QInputDialog

from ksdesk.core.delegation import Version
from ksdesk.core.delegation_checks import Finding
from ksdesk.core.errors import KsdeskError
from ksdesk.core.format import format_date
from ksdesk.services import delegation as delegation_service
from ksdesk.services import delegation_edit
from ksdesk.services.store import Store
from ksdesk.ui.forms.ui_delegation_tab import Ui_DelegationTab
from ksdesk.ui.undo import UndoStack


class DelegationActions:
    # Provided by DelegationTab (and BaseTab): declared here for the reader and type checker.
    store: Store
    version: Version | None
    ui: Ui_DelegationTab
    findings: list[Finding]
    undo_stack: UndoStack

    def _new_draft(self) -> None:
        source = self.version.key if self.version and self.version.status == "antagen" else None
        name, ok = QInputDialog.getText(
            self, "Nytt utkast", "Namn på utkastet:", text=f"Utkast {format_date(date.today())}"
        )
        if not ok:
            return
        try:
            draft = delegation_edit.new_draft(self.store, source, name)
        except KsdeskError as error:
            self.show_error(str(error))
            return
        self.version = None
        self.refresh()
        self.ui.version_combo.setCurrentIndex(self.ui.version_combo.findData(draft.id))

    def _adopt(self) -> None:
        from ksdesk.ui.dialogs.adopt_dialog import AdoptDialog

        if self.version is None:
            return
        errors = sum(f.is_error for f in self.findings)
        dialog = AdoptDialog(self.version, errors, self)
        if not dialog.exec():
            return
        try:
            delegation_edit.adopt(
                self.store, self.version.id, dialog.adopted_on(), dialog.paragraf(), dialog.dnr()
            )
        except KsdeskError as error:
            self.show_error(str(error))
            return
        self.undo_stack.clear()  # the draft's edits cannot be undone into an adopted version
        self.refresh()

    def _print(self) -> None:
        from ksdesk.ui.dialogs.pdf_dialog import show_pdf

        if self.version is None:
            return
        compare = self.ui.compare_combo.currentData()
        version = self.version
        show_pdf(
            self,
            f"{version.name} – förhandsgranskning",
            lambda: delegation_service.version_pdf(self.store, version.id, highlight_from=compare),
            f"{version.key}.pdf",
        )

    def _forteckning(self) -> None:
        from ksdesk.ui.dialogs.pdf_dialog import show_pdf

        compare = self.ui.compare_combo.currentData()
        if self.version is None or compare is None:
            return
        version = self.version
        show_pdf(
            self,
            "Förteckning med revideringar",
            lambda: delegation_service.forteckning_pdf(self.store, compare, version.id),
            f"forteckning-{version.key}.pdf",
        )

    def _roles(self) -> None:
        from ksdesk.ui.dialogs.roles_dialog import RolesDialog

        RolesDialog(self.store, self).exec()
        self.refresh()

    def _beslut(self) -> None:
        from ksdesk.ui.dialogs.delegationsbeslut_dialog import DelegationsbeslutDialog

        DelegationsbeslutDialog(self.store, self).exec()
