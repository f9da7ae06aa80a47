"""The outline of the Delegation tab: the parts of the document (header, revisions,
introduction, abbreviations) and its chapters in a tree (grouped under the part of the ordning
they belong to, "Del A Kommunstyrelsen"), with the chapter tools (new, change title and part,
move, remove; the same on the tree's context menu). Each change of the chapters is one undoable
step of the draft, through the tab's `version_edit`; which part or chapter is chosen is told by
`chosen`, and the tab shows it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPoint, Signal
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox, QWidget

from ksdesk.core.delegation import Version, VersionStatus, part_titles
from ksdesk.core.findings import Finding
from ksdesk.core.format import format_count
from ksdesk.services import delegation_document
from ksdesk.services.store import Store
from ksdesk.ui.checked_dialog import exec_checked
from ksdesk.ui.forms.ui_delegation_outline import Ui_ChapterOutline
from ksdesk.ui.models.delegation_outline_model import (
    ALL_CHAPTERS,
    CHAPTER_ROLE,
    PART_ROLE,
    POINTS,
    chapter_item,
    chapter_tree,
)

# The tab's undoable operation on the whole draft: (undo text, operation) -> its result, or
# None when refused (the tab told why).
VersionEdit = Callable[[str, Callable[[], object]], object | None]


class ChapterOutline(QWidget):
    # The part chosen (POINTS: the delegation points) and the chapter of the points
    # (ALL_CHAPTERS: every chapter's).
    chosen = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ChapterOutline()
        self.ui.setupUi(self)
        self.store: Store | None = None
        self._version_edit: VersionEdit | None = None
        self.version: Version | None = None
        self.part = POINTS
        self.chapter_index = ALL_CHAPTERS
        self.editable = False
        self._filling = False
        ui = self.ui
        ui.add_chapter_button.clicked.connect(self.add_chapter)
        ui.rename_chapter_button.clicked.connect(self.rename_chapter)
        ui.remove_chapter_button.clicked.connect(self.remove_chapter)
        ui.chapter_up_button.clicked.connect(lambda: self.move_chapter(-1))
        ui.chapter_down_button.clicked.connect(lambda: self.move_chapter(1))
        ui.chapter_tree.customContextMenuRequested.connect(self._tree_menu)
        ui.chapter_tree.doubleClicked.connect(lambda _i: self.rename_chapter())

    def bind(self, store: Store, version_edit: VersionEdit) -> None:
        """The database, and how a change of the whole draft is made undoable."""
        self.store, self._version_edit = store, version_edit

    def show_outline(
        self,
        version: Version | None,
        findings: list[Finding],
        part: str,
        chapter_index: int,
        editable: bool,
    ) -> None:
        """The outline of `version` (chapters marked by their findings), `part` and
        `chapter_index` selected, quietly: the tab shows them itself."""
        self.version, self.part, self.chapter_index = version, part, chapter_index
        self.editable = editable
        model = chapter_tree(version, findings)
        tree = self.ui.chapter_tree
        tree.setModel(model)
        tree.expandAll()
        tree.selectionModel().currentChanged.connect(self._selected)
        self._select_current()
        self._enable()

    def _select_current(self) -> None:
        model = self.ui.chapter_tree.model()
        root = model.index(0, 0)
        index = self.chapter_index
        target = root if index == ALL_CHAPTERS else chapter_item(model, index)
        if self.part != POINTS:
            rows = (model.index(r, 0) for r in range(model.rowCount()))
            target = next((i for i in rows if i.data(PART_ROLE) == self.part), root)
        if target.isValid():
            self._filling = True
            try:
                self.ui.chapter_tree.setCurrentIndex(target)
            finally:
                self._filling = False

    def _selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or self._filling:
            return
        if current.data(PART_ROLE) is None:
            return  # a part's title over its chapters: a group, not a choice
        self.part = current.data(PART_ROLE) or POINTS
        if self.part == POINTS:
            self.chapter_index = current.data(CHAPTER_ROLE)
        self._enable()
        self.chosen.emit(self.part, self.chapter_index)

    def show_chapter(self, index: int) -> None:
        """Choose the points of chapter `index` (ALL_CHAPTERS: all of them)."""
        self.part, self.chapter_index = POINTS, index
        self._select_current()
        self._enable()
        self.chosen.emit(self.part, self.chapter_index)

    def chapter_selected(self) -> int | None:
        """The index of the chapter chosen in the outline, or None."""
        if self.version is None or self.part != POINTS or self.chapter_index == ALL_CHAPTERS:
            return None
        return self.chapter_index if self.chapter_index < len(self.version.chapters) else None

    def _enable(self) -> None:
        index = self.chapter_selected()
        last = len(self.version.chapters) - 1 if self.version else -1
        chosen = self.editable and index is not None
        ui = self.ui
        ui.add_chapter_button.setEnabled(self.editable)
        ui.rename_chapter_button.setEnabled(chosen)
        ui.remove_chapter_button.setEnabled(chosen)
        ui.chapter_up_button.setEnabled(chosen and index > 0)
        ui.chapter_down_button.setEnabled(chosen and index < last)

    # Changes of the chapters --------------------------------------------------------------------

    def add_chapter(self) -> None:
        if self.version is None:
            return
        title, ok = QInputDialog.getText(self, "Nytt kapitel", "Kapitlets rubrik:")
        if not ok or not title.strip():
            return
        selected = self.chapter_selected()
        position = len(self.version.chapters) if selected is None else selected + 1
        store, version_id = self.store, self.version.id
        index = self._version_edit(
            f"Nytt kapitel {' '.join(title.split())}",
            lambda: delegation_document.add_chapter(store, version_id, title, position),
        )
        if isinstance(index, int):
            self.show_chapter(index)

    def rename_chapter(self) -> None:
        """The chapter dialog: its title, its part and the text under its table, changed in
        one undoable step."""
        from ksdesk.ui.dialogs.delegation_chapter_dialog import ChapterDialog

        index = self.chapter_selected()
        if index is None or self.version is None or self.version.status != VersionStatus.UTKAST:
            return
        chapter = self.version.chapters[index]
        old, old_part = chapter.title, chapter.part
        parts = part_titles(self.version.chapters)
        dialog = ChapterDialog(old, old_part, parts, self, note=chapter.note)
        chapters = self.version.chapters
        title = exec_checked(
            dialog,
            lambda: delegation_document.chapter_title(dialog.chapter_title(), chapters, index),
            "Kapitlet",
        )
        if title is None:
            return
        part, note = dialog.part(), dialog.note()
        renamed = " ".join(title.split()) != old
        new_part = " ".join(part.split()) != old_part
        if not renamed and not new_part and note.strip() == chapter.note.strip():
            return
        what = "Ändra del för" if new_part else "Ändra texten under"
        store, version_id = self.store, self.version.id
        self._version_edit(
            f"Byt namn på kapitlet {old}" if renamed else f"{what} kapitlet {old}",
            lambda: delegation_document.edit_chapter(store, version_id, index, title, part, note),
        )

    def remove_chapter(self) -> None:
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
        store, version_id = self.store, self.version.id
        removed = self._version_edit(
            f"Ta bort kapitlet {chapter.title}",
            lambda: delegation_document.remove_chapter(store, version_id, index),
        )
        if removed is not None:
            self.show_chapter(ALL_CHAPTERS)

    def move_chapter(self, delta: int) -> None:
        index = self.chapter_selected()
        if index is None or self.version is None:
            return
        store, version_id = self.store, self.version.id
        title = self.version.chapters[index].title
        word = "upp" if delta < 0 else "ned"
        moved = self._version_edit(
            f"Flytta kapitlet {title} {word}",
            lambda: delegation_document.move_chapter(store, version_id, index, index + delta),
        )
        if isinstance(moved, int):
            self.show_chapter(moved)

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
