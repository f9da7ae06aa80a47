"""The Delegation tab's version bar: which version is shown (and its status), the search
and delegat filters, the version to compare with, and the version-wide actions: a new draft,
import and adoption (each undoable through the tab's `edit`), export, printing, the
Förteckning med revideringar, and the role and delegationsbeslut dialogs (which put their
changes on the tab's undo stack). The tab is told by `version_chosen`, `filters_changed`,
`renumber_requested` and `refused`."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from ksdesk.core.delegation import Version, VersionStatus
from ksdesk.core.errors import KsdeskError
from ksdesk.core.format import format_date
from ksdesk.core.topics import Topic
from ksdesk.services import delegation as delegation_service
from ksdesk.services import delegation_edit
from ksdesk.services.store import Store
from ksdesk.ui.dialogs import import_report_dialog
from ksdesk.ui.forms.ui_delegation_versions import Ui_VersionBar
from ksdesk.ui.tabs.base_tab import READ_ONLY_MESSAGE
from ksdesk.ui.undo import UndoStack
from ksdesk.ui.widgets.flow_layout import wrap_row

# The file dialog's choices, and the ending each adds to a name typed without one.
EXPORT_FILTERS = {
    "Word (*.docx)": ".docx",
    "Excel (*.xlsx)": ".xlsx",
    "CSV, semikolonavgränsad (*.csv)": ".csv",
}

ALL_DELEGATES = "Alla"

# The tab's undoable edit: (undo text, apply, before, after) -> False when refused.
Edit = Callable[[str, Callable[..., Topic], object, object], bool]


class VersionBar(QWidget):
    version_chosen = Signal()  # another version in the version list
    filters_changed = Signal()  # the search text or the delegat
    renumber_requested = Signal()
    refused = Signal(str)  # why an action could not be done

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_VersionBar()
        self.ui.setupUi(self)
        wrap_row(self.ui.version_row)
        wrap_row(self.ui.filter_row)
        wrap_row(self.ui.compare_row)
        self.store: Store | None = None
        self.edit: Edit | None = None
        self.undo_stack: UndoStack | None = None
        self._read_only: Callable[[], bool] = lambda: False
        self.version: Version | None = None
        self.errors = 0  # the shown version's errors, told to the adoption dialog
        ui = self.ui
        ui.version_combo.currentIndexChanged.connect(lambda _i: self.version_chosen.emit())
        ui.search_edit.textChanged.connect(lambda _t: self.filters_changed.emit())
        ui.delegat_combo.currentIndexChanged.connect(lambda _i: self.filters_changed.emit())
        ui.renumber_button.clicked.connect(self.renumber_requested.emit)
        ui.new_draft_button.clicked.connect(self._new_draft)
        ui.import_button.clicked.connect(lambda: self.import_file())
        ui.adopt_button.clicked.connect(self._adopt)
        ui.print_button.clicked.connect(self._print)
        ui.export_button.clicked.connect(lambda: self.export())
        ui.forteckning_button.clicked.connect(self._forteckning)
        ui.roles_button.clicked.connect(self._roles)
        ui.beslut_button.clicked.connect(lambda: self.show_beslut())

    def bind(
        self, store: Store, edit: Edit, undo_stack: UndoStack, read_only: Callable[[], bool]
    ) -> None:
        """The database, the tab's undoable edit and undo stack, and whether the file is
        open read-only."""
        self.store, self.edit, self.undo_stack = store, edit, undo_stack
        self._read_only = read_only

    # Shown ------------------------------------------------------------------------------

    def show_versions(self, keep: int | None) -> None:
        """Every version in the list, `keep` chosen (else the one in force), quietly."""
        assert self.store is not None
        versions = delegation_service.list_versions(self.store)
        combo = self.ui.version_combo
        combo.blockSignals(True)
        combo.clear()
        for version_id, _key, name, status in versions:
            combo.addItem(f"{name} ({status.label.lower()})", version_id)
        index = combo.findData(keep) if keep is not None else -1
        if index < 0 and versions:
            newest = delegation_service.resolve(self.store, None).id
            index = combo.findData(newest)
        combo.setCurrentIndex(index)
        combo.blockSignals(False)

    def chosen_id(self) -> int | None:
        return self.ui.version_combo.currentData()

    def choose(self, version_id: int) -> bool:
        """Show another version (told by `version_chosen`)."""
        index = self.ui.version_combo.findData(version_id)
        if index >= 0:
            self.ui.version_combo.setCurrentIndex(index)
        return index >= 0

    def show_version(self, version: Version | None, errors: int, draft: bool) -> None:
        """The status of `version`, the versions to compare it with, its delegates in the
        filter, and the actions it allows."""
        self.version, self.errors = version, errors
        self._status_text()
        self._fill_compare()
        self._fill_delegates()
        self.enable(draft)

    def _status_text(self) -> None:
        v = self.version
        if v is None:
            # A new kommun's first look: the two buttons that make one, by their names.
            self.ui.version_status.setText("<i>Ingen ännu: Importera… eller Nytt utkast…</i>")
        elif v.status == VersionStatus.ANTAGEN and v.adopted_date:
            self.ui.version_status.setText(
                f"Antagen {format_date(v.adopted_date)} § {v.adopted_paragraf}"
            )
        else:
            self.ui.version_status.setText("Utkast – ändringar sparas direkt")

    def _fill_compare(self) -> None:
        assert self.store is not None
        combo = self.ui.compare_combo
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("(ingen)", None)
        for _id, key, name, _status in delegation_service.list_versions(self.store):
            if self.version is None or key != self.version.key:
                combo.addItem(name, key)
        wanted = keep or (self.version.based_on if self.version else None)
        combo.setCurrentIndex(max(0, combo.findData(wanted)))
        combo.blockSignals(False)

    def _fill_delegates(self) -> None:
        combo = self.ui.delegat_combo
        keep = combo.currentText()
        points = self.version.all_points() if self.version else []
        roles = sorted({r for _, p in points for r in p.delegat})
        combo.blockSignals(True)
        combo.clear()
        combo.addItems([ALL_DELEGATES, *roles])
        combo.setCurrentIndex(max(0, combo.findText(keep)))
        combo.blockSignals(False)

    def enable(self, draft: bool) -> None:
        shown = self.version is not None
        self.ui.export_button.setEnabled(shown)
        self.ui.print_button.setEnabled(shown)
        self.ui.renumber_button.setEnabled(draft)
        self.ui.adopt_button.setEnabled(draft)
        self.ui.forteckning_button.setEnabled(self.ui.compare_combo.count() > 1)

    # Filters ----------------------------------------------------------------------------

    def filters(self) -> tuple[str, str]:
        """The search text and the delegat ("" for every delegat)."""
        role = self.ui.delegat_combo.currentText()
        return self.ui.search_edit.text(), "" if role == ALL_DELEGATES else role

    def show_matches(self, text: str) -> None:
        self.ui.match_label.setText(text)

    def clear_filters(self) -> None:
        self.ui.search_edit.clear()
        self.ui.delegat_combo.setCurrentIndex(0)

    def show_error(self, message: str) -> None:
        self.refused.emit(message)

    # Actions ----------------------------------------------------------------------------

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

    def import_file(self, path: Path | None = None) -> bool:
        """A Word, Excel or CSV file as a new draft: read, the report shown with a name to
        give it, and saved only on Spara. Undo removes the draft again."""
        if self._read_only():
            self.show_error(READ_ONLY_MESSAGE)
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
        # The Word and Excel readers (36 ms of imports) load at the first import, not when
        # ksdesk starts on this tab.
        from ksdesk.services import delegation_import

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
        dialog = AdoptDialog(self.version, self.errors, self)
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

    def export(self, path: Path | None = None) -> Path | None:
        """Word, Excel or CSV, by the file name's ending."""
        from ksdesk.services import delegation_export  # as the readers: loaded when used

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

    def show_beslut(self, beslut_id: int | None = None) -> None:
        """The register of delegationsbeslut (with the one a search found selected)."""
        from ksdesk.ui.dialogs.delegationsbeslut_dialog import DelegationsbeslutDialog

        dialog = DelegationsbeslutDialog(self.store, self, self.undo_stack)
        if beslut_id is not None:
            dialog.select(beslut_id)
        dialog.exec()
        dialog.deleteLater()
