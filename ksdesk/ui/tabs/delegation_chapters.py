"""The Delegation tab's actions on the document's structure: a new chapter, renaming,
removing and moving one, a new point, removing one and moving it to another chapter. Each is
one undoable step (the draft before and after
it, through DelegationTab.version_edit). A mixin of DelegationTab; the same actions are on
the outline's context menu."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox

from ksdesk.core.delegation import Point, Version, VersionStatus
from ksdesk.core.format import format_count
from ksdesk.services import delegation_document, delegation_edit
from ksdesk.services.store import Store
from ksdesk.ui.forms.ui_delegation_tab import Ui_DelegationTab
from ksdesk.ui.models.delegation_models import ALL_CHAPTERS, POINTS


class ChapterActions:
    # Provided by DelegationTab: declared here for the reader and type checker.
    store: Store
    version: Version | None
    ui: Ui_DelegationTab
    chapter_index: int
    part: str

    def _connect_chapters(self) -> None:
        ui = self.ui
        ui.add_chapter_button.clicked.connect(self._add_chapter)
        ui.rename_chapter_button.clicked.connect(self._rename_chapter)
        ui.remove_chapter_button.clicked.connect(self._remove_chapter)
        ui.chapter_up_button.clicked.connect(lambda: self._move_chapter(-1))
        ui.chapter_down_button.clicked.connect(lambda: self._move_chapter(1))
        ui.chapter_tree.customContextMenuRequested.connect(self._tree_menu)
        ui.chapter_tree.doubleClicked.connect(lambda _i: self._rename_chapter())
        self.move_menu = QMenu(self)
        self.move_menu.aboutToShow.connect(self._fill_move_menu)
        ui.move_point_button.setMenu(self.move_menu)

    def chapter_selected(self) -> int | None:
        """The index of the chapter chosen in the outline, or None."""
        if self.version is None or self.part != POINTS or self.chapter_index == ALL_CHAPTERS:
            return None
        return self.chapter_index if self.chapter_index < len(self.version.chapters) else None

    def _chapter_buttons(self, draft: bool) -> None:
        index = self.chapter_selected()
        last = len(self.version.chapters) - 1 if self.version else -1
        ui = self.ui
        ui.add_chapter_button.setEnabled(draft)
        ui.rename_chapter_button.setEnabled(draft and index is not None)
        ui.remove_chapter_button.setEnabled(draft and index is not None)
        ui.chapter_up_button.setEnabled(draft and index is not None and index > 0)
        ui.chapter_down_button.setEnabled(draft and index is not None and index < last)
        ui.move_point_button.setEnabled(draft and self.selected_point() is not None)

    def _show_chapter(self, index: int) -> None:
        self.part, self.chapter_index = POINTS, index
        self._fill_tree()
        self._show_part()

    def _add_chapter(self) -> None:
        if self.version is None:
            return
        title, ok = QInputDialog.getText(self, "Nytt kapitel", "Kapitlets rubrik:")
        if not ok or not title.strip():
            return
        selected = self.chapter_selected()
        position = len(self.version.chapters) if selected is None else selected + 1
        version_id = self.version.id
        index = self.version_edit(
            f"Nytt kapitel {' '.join(title.split())}",
            lambda: delegation_document.add_chapter(self.store, version_id, title, position),
        )
        if isinstance(index, int):
            self._show_chapter(index)

    def _rename_chapter(self) -> None:
        index = self.chapter_selected()
        if index is None or self.version is None or self.version.status != VersionStatus.UTKAST:
            return
        old = self.version.chapters[index].title
        title, ok = QInputDialog.getText(self, "Byt namn på kapitlet", "Ny rubrik:", text=old)
        if not ok or " ".join(title.split()) == old:
            return
        version_id = self.version.id
        self.version_edit(
            f"Byt namn på kapitlet {old}",
            lambda: delegation_document.rename_chapter(self.store, version_id, index, title),
        )

    def _remove_chapter(self) -> None:
        index = self.chapter_selected()
        if index is None or self.version is None:
            return
        chapter = self.version.chapters[index]
        if chapter.points:  # a whole table of delegations: worth a question, even undoable
            answer = QMessageBox.question(
                self,
                "Ta bort kapitel",
                f"Ta bort kapitlet ”{chapter.title}” med dess "
                f"{format_count(len(chapter.points), 'punkt', 'punkter')}? "
                "(Det går att ångra.)",
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        version_id = self.version.id
        removed = self.version_edit(
            f"Ta bort kapitlet {chapter.title}",
            lambda: delegation_document.remove_chapter(self.store, version_id, index),
        )
        if removed is not None:
            self._show_chapter(ALL_CHAPTERS)

    def _move_chapter(self, delta: int) -> None:
        index = self.chapter_selected()
        if index is None or self.version is None:
            return
        version_id, title = self.version.id, self.version.chapters[index].title
        word = "upp" if delta < 0 else "ned"
        moved = self.version_edit(
            f"Flytta kapitlet {title} {word}",
            lambda: delegation_document.move_chapter(self.store, version_id, index, index + delta),
        )
        if isinstance(moved, int):
            self._show_chapter(moved)

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
        version_id, uid = self.version.id, point.uid
        title = self.version.chapters[chapter_index].title
        done = self.version_edit(
            f"Flytta punkt {point.nr} till {title}",
            lambda: (
                delegation_document.move_point(self.store, version_id, uid, chapter_index) or True
            ),
        )
        if done:
            self._show_chapter(chapter_index)
            self.select_point(uid)
        return done is not None

    def _add_point(self) -> None:
        if self.version is None:
            return
        if not self.version.chapters:
            self.show_error("Versionen har inga kapitel: lägg först till ett kapitel.")
            return
        selected = self.selected_point()
        chapter_index, after_uid = self._place_for_new_point(selected)
        version_id = self.version.id
        point = self.version_edit(
            "Ny punkt",
            lambda: delegation_edit.add_point(self.store, version_id, chapter_index, after_uid),
        )
        if isinstance(point, Point) and self.select_point(point.uid):
            self.ui.point_table.edit(self.ui.point_table.currentIndex().siblingAtColumn(2))

    def _place_for_new_point(self, selected: Point | None) -> tuple[int, str | None]:
        assert self.version is not None
        if selected is not None:
            for i, chapter in enumerate(self.version.chapters):
                if selected in chapter.points:
                    return i, selected.uid
        index = max(0, self.chapter_index)
        chapter = self.version.chapters[index]
        return index, chapter.points[-1].uid if chapter.points else None

    def _delete_point(self) -> None:
        point = self.selected_point()
        if point is None or self.version is None:
            return
        answer = QMessageBox.question(
            self, "Ta bort punkt", f"Ta bort punkt {point.nr}, {point.arende[:80]}?"
        )
        if answer == QMessageBox.StandardButton.Yes:
            version_id, uid = self.version.id, point.uid
            self.version_edit(
                f"Ta bort punkt {point.nr}",
                lambda: delegation_edit.delete_point(self.store, version_id, uid),
            )

    def _tree_menu(self, position: QPoint) -> None:
        index = self.ui.chapter_tree.indexAt(position)
        if index.isValid():
            self.ui.chapter_tree.setCurrentIndex(index)
        menu = QMenu(self)
        for button in (
            self.ui.add_chapter_button,
            self.ui.rename_chapter_button,
            self.ui.chapter_up_button,
            self.ui.chapter_down_button,
            self.ui.remove_chapter_button,
        ):
            action = menu.addAction(button.text().replace("Ta bort", "Ta bort kapitlet"))
            action.setEnabled(button.isEnabled())
            action.triggered.connect(button.click)
        menu.exec(self.ui.chapter_tree.viewport().mapToGlobal(position))
