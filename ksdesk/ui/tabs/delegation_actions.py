"""The Delegation tab's version-wide actions: a new draft and adoption (both undoable),
export, printing, the Förteckning med revideringar, and the role and delegationsbeslut
dialogs (which put their changes on the tab's undo stack). A mixin of
DelegationTab (it uses the tab's store, version, widgets and refresh)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog

from ksdesk.core.delegation import Version, VersionStatus
from ksdesk.core.errors import KsdeskError
from ksdesk.core.findings import Finding
from ksdesk.core.format import format_date
from ksdesk.core.topics import Topic
from ksdesk.services import delegation as delegation_service
from ksdesk.services import delegation_edit, delegation_export, delegation_import
from ksdesk.services.store import Store
from ksdesk.ui.dialogs import import_report_dialog
from ksdesk.ui.forms.ui_delegation_tab import Ui_DelegationTab
from ksdesk.ui.undo import UndoStack

# The file dialog's choices, and the ending each adds to a name typed without one.
EXPORT_FILTERS = {
    "Word (*.docx)": ".docx",
    "Excel (*.xlsx)": ".xlsx",
    "CSV, semikolonavgränsad (*.csv)": ".csv",
}


class DelegationActions:
    # Provided by DelegationTab (and BaseTab): declared here for the reader and type checker.
    store: Store
    version: Version | None
    ui: Ui_DelegationTab
    findings: list[Finding]
    undo_stack: UndoStack

    def _new_draft(self) -> None:
        """A new draft from the version in force (or the adopted version shown). Undo
        removes it again; no confirmation, the name asked for is enough."""
        source = (
            self.version.key
            if self.version and self.version.status == VersionStatus.ANTAGEN
            else None
        )
        name, ok = QInputDialog.getText(
            self, "Nytt utkast", "Namn på utkastet:", text=f"Utkast {format_date(date.today())}"
        )
        if not ok:
            return
        try:
            draft = delegation_edit.new_draft(self.store, source, name)
            snapshot = delegation_edit.snapshot(self.store, draft.id)
        except KsdeskError as error:
            self.show_error(str(error))
            return
        draft_id = draft.id

        def apply(value: Version | None) -> Topic:
            return delegation_edit.put_draft(self.store, draft_id, value)

        if self.edit(f"Nytt utkast {draft.name}", apply, None, snapshot):
            self.ui.version_combo.setCurrentIndex(self.ui.version_combo.findData(draft_id))

    def _import(self, path: Path | None = None) -> bool:
        """A Word, Excel or CSV file as a new draft: read, the report shown with a name to
        give it, and saved only on Spara. Undo removes the draft again."""
        if self.read_only:
            self.show_error("Filen är öppnad skrivskyddad: ändringar kan inte sparas.")
            return False
        if path is None:
            name, _chosen = QFileDialog.getOpenFileName(
                self,
                "Importera delegationsordning",
                "",
                "Delegationsordningar (*.docx *.xlsx *.csv);;Alla filer (*)",
            )
            if not name:
                return False
            path = Path(name)
        try:
            version, report = delegation_import.read_file(path)
        except KsdeskError as error:
            self.show_error(str(error))
            return False
        name = import_report_dialog.confirm_named_import(self, report, path.stem)
        if name is None:
            return False
        try:
            draft = delegation_import.save_draft(self.store, version, name, report)
            snapshot = delegation_edit.snapshot(self.store, draft.id)
        except KsdeskError as error:
            self.show_error(str(error))
            return False
        draft_id = draft.id

        def apply(value: Version | None) -> Topic:
            return delegation_edit.put_draft(self.store, draft_id, value)

        # As for a new draft: saved, then recorded (None before it) so that undo removes it.
        if self.edit(f"Importera {path.name}", apply, None, snapshot):
            self.ui.version_combo.setCurrentIndex(self.ui.version_combo.findData(draft_id))
        return True

    def _adopt(self) -> None:
        """Record the board's adoption. Undo makes the version a draft again, its revision
        row with the "XX" exactly as before. The dialog is the confirmation."""
        from ksdesk.ui.dialogs.adopt_dialog import AdoptDialog

        if self.version is None:
            return
        errors = sum(f.is_error for f in self.findings)
        dialog = AdoptDialog(self.version, errors, self)
        if not dialog.exec():
            return
        version_id = self.version.id
        try:
            before = delegation_edit.snapshot(self.store, version_id)
            delegation_edit.adopt(
                self.store, version_id, dialog.adopted_on(), dialog.paragraf(), dialog.dnr()
            )
            after = delegation_edit.snapshot(self.store, version_id)
        except KsdeskError as error:
            self.show_error(str(error))
            return

        def apply(value: Version) -> Topic:
            return delegation_edit.restore_adoption(self.store, value)

        self.edit(f"Anta {before.name}", apply, before, after)

    def _export(self, path: Path | None = None) -> Path | None:
        """Word, Excel or CSV, by the file name's ending."""
        if self.version is None:
            return None
        if path is None:
            name, chosen = QFileDialog.getSaveFileName(
                self,
                "Exportera delegationsordningen",
                f"{self.version.key}.docx",
                ";;".join(EXPORT_FILTERS),
            )
            if not name:
                return None
            path = Path(name)
            if path.suffix.lower() not in delegation_export.FORMATS:
                path = path.with_name(path.name + EXPORT_FILTERS.get(chosen, ".docx"))
        try:
            delegation_export.export_file(self.store, self.version.id, path)
        except KsdeskError as error:
            self.show_error(str(error))
            return None
        self.status_message(f"{self.version.name} sparades i {path}.")
        return path

    def status_message(self, text: str) -> None:
        bar = getattr(getattr(self.window(), "ui", None), "status_bar", None)
        if bar is not None:
            bar.showMessage(text, 10_000)

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

        dialog = RolesDialog(self.store, self, self.undo_stack)
        dialog.exec()
        dialog.deleteLater()

    def _beslut(self, beslut_id: int | None = None) -> None:
        from ksdesk.ui.dialogs.delegationsbeslut_dialog import DelegationsbeslutDialog

        dialog = DelegationsbeslutDialog(self.store, self, self.undo_stack)
        if beslut_id is not None:
            dialog.select(beslut_id)
        dialog.exec()
        dialog.deleteLater()

    def show_beslut(self, beslut_id: int) -> None:
        """The register of delegationsbeslut, with the one a search found selected."""
        self._beslut(beslut_id)
