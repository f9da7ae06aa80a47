"""The delegation points of the Delegation tab: the table of one chapter's points (or every
chapter's), filtered by the tab's search and delegat, edited in place in a draft (each edit
saved at once and undoable), and the point tools: a new point, removing one, moving one to
another chapter. Changes of the whole draft go through the tab's `version_edit`; what the
tab must follow is told by signals."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox, QWidget

from ksdesk.core.delegation import Point, Version
from ksdesk.core.delegation_diff import FIELD_LABELS
from ksdesk.core.findings import Finding
from ksdesk.core.topics import Topic
from ksdesk.services import delegation_document, delegation_edit
from ksdesk.services.store import Store
from ksdesk.ui.forms.ui_delegation_points import Ui_PointsPanel
from ksdesk.ui.models.delegation_models import (
    POINT_FIELDS,
    ROLE_FIELDS,
    PointFilterProxy,
    PointTableModel,
)
from ksdesk.ui.models.delegation_outline_model import ALL_CHAPTERS
from ksdesk.ui.tabs.base_tab import Record
from ksdesk.ui.tabs.delegation_outline import VersionEdit
from ksdesk.ui.tabs.delegation_point_columns import VIDARE, PointColumns
from ksdesk.ui.widgets.tables import setup_table


class PointsPanel(QWidget):
    selection_changed = Signal()  # another point (or none) is selected
    # A point was added (its uid) or moved to another chapter (its uid, the chapter's
    # index): the tab shows where it is now and selects it.
    added = Signal(str)
    moved = Signal(str, int)
    refused = Signal(str)  # why a change could not be made, in Swedish

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PointsPanel()
        self.ui.setupUi(self)
        self.store: Store | None = None
        self._record: Record | None = None
        self._version_edit: VersionEdit | None = None
        self.version: Version | None = None
        self.chapter_index = ALL_CHAPTERS
        self.model = PointTableModel()
        self.model.on_edit = self.edit_point
        self.proxy = PointFilterProxy()
        self.proxy.setSourceModel(self.model)
        table = self.ui.point_table
        table.setModel(self.proxy)
        setup_table(table, owner_fits_columns=True)
        table.setSortingEnabled(False)
        self.columns = PointColumns(table, self.model, self.proxy)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._point_menu)
        table.selectionModel().currentRowChanged.connect(lambda *_: self.selection_changed.emit())
        self.ui.add_point_button.clicked.connect(self.add_point)
        self.ui.delete_point_button.clicked.connect(self.delete_point)
        self.move_menu = QMenu(self)
        self.move_menu.aboutToShow.connect(self._fill_move_menu)
        self.ui.move_point_button.setMenu(self.move_menu)

    def bind(self, store: Store, record: Record, version_edit: VersionEdit) -> None:
        """The database; how an edit of one field, and a change of the whole draft, are
        written and put on the undo stack."""
        self.store, self._record, self._version_edit = store, record, version_edit

    def show_points(
        self,
        version: Version | None,
        chapter_index: int,
        findings: list[Finding],
        editable: bool,
    ) -> None:
        """The points of chapter `chapter_index` of `version` (ALL_CHAPTERS: all)."""
        self.version, self.chapter_index = version, chapter_index
        title = ""
        if version is None:
            rows: list[tuple[str, Point]] = []
        elif chapter_index == ALL_CHAPTERS:
            rows = [(c.title, p) for c, p in version.all_points()]
        else:
            chapter = version.chapters[chapter_index]
            rows, title = [(chapter.title, p) for p in chapter.points], f" – {chapter.title}"
        headings = version.column_headings if version is not None else {}
        self.model.set_rows(rows, findings, editable, headings)
        self.ui.points_label.setText(f"<b>Delegationspunkter{escape(title)}</b>")
        # Most kommuner have no "Med rätt att vidaredelegera" column: show it only when used.
        self.columns.set_unused(set() if any(p.vidaredelegation for _, p in rows) else {VIDARE})

    def set_filters(self, text: str, role: str) -> str:
        """Show only the points that match; returns "7 av 97 punkter" ("" when all shown)."""
        self.proxy.set_filters(text, role)
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        return f"{shown} av {total} punkter" if shown != total else ""

    def enable(self, editable: bool) -> None:
        has_point = self.selected_point() is not None
        self.ui.add_point_button.setEnabled(editable)
        self.ui.delete_point_button.setEnabled(editable and has_point)
        self.ui.move_point_button.setEnabled(editable and has_point)

    def selected_point(self) -> Point | None:
        index = self.ui.point_table.currentIndex()
        if not index.isValid():
            return None
        return self.model.point(self.proxy.mapToSource(index).row())

    def shows(self, uid: str) -> bool:
        """The point is among those listed and not hidden by the filters."""
        row = self.model.row_of(uid)
        return row is not None and self.proxy.mapFromSource(self.model.index(row, 1)).isValid()

    def select(self, uid: str) -> bool:
        """Select the point (shown by the filters), scrolled into view."""
        row = self.model.row_of(uid)
        index = self.proxy.mapFromSource(self.model.index(row, 1)) if row is not None else None
        if index is None or not index.isValid():
            return False
        table = self.ui.point_table
        table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        table.scrollTo(index)
        return True

    def edit_arende(self) -> None:
        """Start typing the Ärende of the selected point (a new point)."""
        table = self.ui.point_table
        table.edit(table.currentIndex().siblingAtColumn(2))

    # Edits ----------------------------------------------------------------------------------------

    def edit_point(self, point: Point, field: str, value: Any) -> bool:
        """One field of one point, typed in the table: saved now, undoable (typing on in the
        same field merges into one undo step)."""
        assert self.version is not None
        store, version_id, uid = self.store, self.version.id, point.uid
        before = list(getattr(point, field)) if field in ROLE_FIELDS else getattr(point, field)
        after = delegation_edit.split_roles(value) if field in ROLE_FIELDS else str(value)

        def apply(v: Any) -> Topic:
            return delegation_edit.update_point(store, version_id, uid, field, v)

        label = FIELD_LABELS[field].lower()
        return self._record(
            f"Ändra {label} i punkt {point.nr}",
            apply,
            before,
            after,
            merge_key=(version_id, uid, field),
        )

    def _point_menu(self, pos: QPoint) -> None:
        table = self.ui.point_table
        menu = self.folded_menu(table.indexAt(pos))
        if menu is not None:
            menu.exec(table.viewport().mapToGlobal(pos))

    def folded_menu(self, index: QModelIndex) -> QMenu | None:
        """Lagrum and Anmärkning folded under the Ärende (a narrow window) have no cell to
        type in: the row's menu changes them. None when nothing is folded."""
        if not index.isValid() or not self.model.folded or not self.model.editable:
            return None
        point = self.model.point(self.proxy.mapToSource(index).row())
        menu = QMenu(self)
        for column in self.model.folded:
            heading = self.model.headerData(column, Qt.Orientation.Horizontal)
            action = menu.addAction(f"Ändra {heading.lower()} i punkt {point.nr}…")
            action.triggered.connect(lambda _c=False, c=column: self.edit_folded(point, c))
        return menu

    def edit_folded(self, point: Point, column: int) -> bool:
        """One field shown folded under the Ärende, typed in a dialog; saved as a cell's."""
        field = POINT_FIELDS[column - 1][0]
        heading = self.model.headerData(column, Qt.Orientation.Horizontal)
        text, ok = QInputDialog.getMultiLineText(
            self,
            f"Ändra {heading.lower()}",
            f"{heading} i punkt {point.nr}:",
            getattr(point, field),
        )
        if not ok or text == getattr(point, field):
            return False
        return self.edit_point(point, field, text)

    def add_point(self) -> None:
        if self.version is None:
            return
        if not self.version.chapters:
            self.refused.emit("Versionen har inga kapitel: lägg först till ett kapitel.")
            return
        chapter_index, after_uid = self._place_for_new_point(self.selected_point())
        store, version_id = self.store, self.version.id
        point = self._version_edit(
            "Ny punkt",
            lambda: delegation_edit.add_point(store, version_id, chapter_index, after_uid),
        )
        if isinstance(point, Point):
            self.added.emit(point.uid)

    def _place_for_new_point(self, selected: Point | None) -> tuple[int, str | None]:
        """After the selected point, else last in the chapter shown (the first, for all)."""
        assert self.version is not None
        if selected is not None:
            for i, chapter in enumerate(self.version.chapters):
                if selected in chapter.points:
                    return i, selected.uid
        index = max(0, self.chapter_index)
        chapter = self.version.chapters[index]
        return index, chapter.points[-1].uid if chapter.points else None

    def delete_point(self) -> None:
        point = self.selected_point()
        if point is None or self.version is None:
            return
        answer = QMessageBox.question(
            self, "Ta bort punkt", f"Ta bort punkt {point.nr}, {point.arende[:80]}?"
        )
        if answer == QMessageBox.StandardButton.Yes:
            store, version_id, uid = self.store, self.version.id, point.uid
            self._version_edit(
                f"Ta bort punkt {point.nr}",
                lambda: delegation_edit.delete_point(store, version_id, uid),
            )

    def _fill_move_menu(self) -> None:
        self.move_menu.clear()
        point = self.selected_point()
        if point is None or self.version is None:
            return
        current = next((i for i, c in enumerate(self.version.chapters) if point in c.points), None)
        for i, chapter in enumerate(self.version.chapters):
            action = QAction(chapter.title, self.move_menu)
            action.setEnabled(i != current)
            action.triggered.connect(lambda _c=False, i=i: self.move_point_to(point, i))
            self.move_menu.addAction(action)

    def move_point_to(self, point: Point, chapter_index: int) -> bool:
        """Move the point to another chapter (its number and identity go with it)."""
        if self.version is None:
            return False
        store, version_id, uid = self.store, self.version.id, point.uid
        title = self.version.chapters[chapter_index].title
        done = self._version_edit(
            f"Flytta punkt {point.nr} till {title}",
            lambda: delegation_document.move_point(store, version_id, uid, chapter_index) or True,
        )
        if done:
            self.moved.emit(uid, chapter_index)
        return done is not None
