"""Finding a person among 92 in the upprop table: the search field shows only the rows that
fit what is typed (core.upprop_search), Enter goes to the first of them, Esc clears it, and
typing a name in the table jumps to it from whichever column the cursor is in."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit, QTableView

from ksdesk.core.protokoll import Deltagare
from ksdesk.core.upprop_search import matches


class PersonFinder(QObject):
    """Ties `find_edit` to `table`, whose rows are `people()` in order."""

    def __init__(
        self,
        table: QTableView,
        find_edit: QLineEdit,
        people: Callable[[], list[Deltagare]],
        *,
        column: int,
    ) -> None:
        super().__init__(table)
        self.table, self.find_edit, self.people = table, find_edit, people
        self.column = column  # where Enter puts the cursor: the space bar ticks there
        find_edit.textChanged.connect(self.show_matching)
        find_edit.returnPressed.connect(self.go_to_first_shown)
        clear = QShortcut(QKeySequence("Esc"), find_edit, find_edit.clear)
        clear.setContext(Qt.ShortcutContext.WidgetShortcut)
        table.model().modelReset.connect(lambda: self.show_matching(find_edit.text()))
        table.installEventFilter(self)

    def show_matching(self, text: str) -> None:
        """Only the rows whose name holds each word typed, or whose party or role it is
        ("s", "ersättare"); every row when nothing is typed."""
        for row, person in enumerate(self.people()):
            self.table.setRowHidden(row, not matches(person, text))

    def go_to_first_shown(self) -> None:
        """Enter in the search field: to the tick column on the first row shown, where the
        space bar ticks the person in or out."""
        model = self.table.model()
        shown = [r for r in range(model.rowCount()) if not self.table.isRowHidden(r)]
        if shown:
            self.table.setCurrentIndex(model.index(shown[0], self.column))
            self.table.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Typing a name in the table jumps to it (Qt's keyboard search), from whichever
        column the cursor is in: Qt searches the current column, and after a tick in
        Närvarande that column holds no text."""
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.text()[:1].isalpha()
            and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        ):
            current = self.table.currentIndex()
            if current.isValid() and current.column() != 0:
                selection = self.table.selectionModel()
                selection.setCurrentIndex(
                    current.siblingAtColumn(0), selection.SelectionFlag.NoUpdate
                )
        return super().eventFilter(watched, event)
