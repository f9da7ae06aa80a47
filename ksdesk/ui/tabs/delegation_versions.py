"""The Delegation tab's version bar: which version is shown (and its status), the search
and delegat filters, the version to compare with, and the version-wide actions: a new draft,
import and adoption (each undoable through the tab's `edit`), export, printing, the
Förteckning med revideringar (the drafts made in delegation_drafts.py, what is written and
printed in delegation_output.py), and the role and
delegationsbeslut dialogs (which put their changes on the tab's undo stack). The tab is told
by `version_chosen`, `filters_changed`, `renumber_requested` and `refused`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ksdesk.core.delegation import Version, VersionStatus
from ksdesk.core.errors import KsdeskError
from ksdesk.core.format import format_date
from ksdesk.core.topics import Topic
from ksdesk.services import delegation as delegation_service
from ksdesk.services.store import Store
from ksdesk.ui.forms.ui_delegation_versions import Ui_VersionBar
from ksdesk.ui.tabs import delegation_drafts, delegation_output
from ksdesk.ui.tabs.base_tab import READ_ONLY_MESSAGE
from ksdesk.ui.undo import UndoStack
from ksdesk.ui.widgets.flow_layout import wrap_row
from ksdesk.ui.widgets.overflow_menu import OverflowMenu

ALL_DELEGATES = "Alla"

# The tab's undoable edit: (undo text, apply, before, after) -> False when refused.
Edit = Callable[[str, Callable[..., Topic], object, object], bool]


class VersionBar(QWidget):
    version_chosen = Signal()  # another version in the version list
    filters_changed = Signal()  # the search text or the delegat
    renumber_requested = Signal()
    refused = Signal(str)  # why an action could not be done
    not_read = Signal(str)  # why a chosen file could not be read: nothing was being saved

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_VersionBar()
        self.ui.setupUi(self)
        rows = [wrap_row(self.ui.version_row), wrap_row(self.ui.filter_row)]
        rows.append(wrap_row(self.ui.compare_row))
        ui = self.ui
        # On a narrow window (a laptop at 150 %) what a secretary does once a revision is
        # in the "Mer" menu: the bar keeps two lines and the points table the height.
        self.overflow = OverflowMenu(
            self,
            rows,
            ui.more_button,
            [
                *(ui.new_draft_button, ui.import_button, ui.adopt_button, ui.renumber_button),
                None,
                (ui.compare_label, ui.compare_combo),
                ui.forteckning_button,
                ui.export_button,
                None,
                ui.roles_button,
            ],
            reserve={ui.match_label: "999 av 999 punkter"},
        )
        self.store: Store | None = None
        self.edit: Edit | None = None
        self.undo_stack: UndoStack | None = None
        self._read_only: Callable[[], bool] = lambda: False
        self.version: Version | None = None
        self.errors = 0  # the shown version's errors, told to the adoption dialog
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
        # A new file's first look: no version to choose, so the empty list gives its room to
        # what to do, the two buttons beside it by their names (squeezed beside the list, it
        # wrapped to three lines at 150 %).
        self.ui.version_combo.setVisible(v is not None)
        if v is None:
            self.ui.version_status.setText(
                "<i>Ingen delegationsordning ännu: börja på en med Nytt utkast… eller läs in "
                "den som gäller med Importera…</i>"
            )
        elif v.status == VersionStatus.ANTAGEN and v.adopted_date:
            self.ui.version_status.setText(
                f"Antagen {format_date(v.adopted_date)} § {v.adopted_paragraf}"
            )
        else:
            self.ui.version_status.setText("Utkast – ändringar sparas direkt")
        # The two ways a first ordning comes in stay in sight, as the status names them.
        first = {self.ui.import_button, self.ui.new_draft_button} if v is None else set()
        self.overflow.kept = first
        self.overflow.refit()

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

    def _record(self, change: delegation_drafts.VersionChange | None) -> None:
        """Write `change` as one undoable edit, then show the version it made."""
        if change is None:
            return
        done = self.edit(change.text, change.apply, change.before, change.after)
        if done and change.shown_id is not None:
            self.ui.version_combo.setCurrentIndex(self.ui.version_combo.findData(change.shown_id))

    def _new_draft(self) -> None:
        """A new draft from the version in force (or the adopted version shown). Undo
        removes it again; no confirmation, the name asked for is enough."""
        try:
            self._record(delegation_drafts.new_draft(self, self.store, self.version))
        except KsdeskError as error:
            self.show_error(str(error))

    def import_file(self, path: Path | None = None) -> bool:
        """A Word, Excel or CSV file as a new draft: read, the report shown with a name to
        give it, and saved only on Spara. Undo removes the draft again."""
        if self._read_only():
            self.show_error(READ_ONLY_MESSAGE)
            return False
        try:
            change = delegation_drafts.imported_draft(self, self.store, path)
        except KsdeskError as error:
            self.not_read.emit(str(error))
            return False
        if change is None:
            return False
        self._record(change)
        return True

    def _adopt(self) -> None:
        """Record the board's adoption. Undo makes the version a draft again, its revision
        row with the "XX" exactly as before. The dialog is the confirmation."""
        if self.version is None:
            return
        try:
            self._record(delegation_drafts.adoption(self, self.store, self.version, self.errors))
        except KsdeskError as error:
            self.show_error(str(error))

    def export(self, path: Path | None = None) -> Path | None:
        """Word, Excel or CSV, by the file name's ending (asked for when `path` is None)."""
        if self.version is None:
            return None
        try:
            path = delegation_output.export_version(self, self.store, self.version, path)
        except KsdeskError as error:
            self.show_error(str(error))
            return None
        if path is not None:
            self.status_message(f"{self.version.name} sparades i {path}.")
        return path

    def status_message(self, text: str) -> None:
        bar = getattr(getattr(self.window(), "ui", None), "status_bar", None)
        if bar is not None:
            bar.showMessage(text, 10_000)

    def _print(self) -> None:
        if self.version is not None:
            compare = self.ui.compare_combo.currentData()
            delegation_output.preview_version(self, self.store, self.version, compare)

    def _forteckning(self) -> None:
        compare = self.ui.compare_combo.currentData()
        if self.version is not None and compare is not None:
            delegation_output.preview_forteckning(self, self.store, self.version, compare)

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
