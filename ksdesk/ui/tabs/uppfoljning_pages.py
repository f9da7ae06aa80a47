"""One page of the Uppföljning tab: a heading line, a table over one model and a row of
buttons. A page knows nothing of the tab: it shows the rows it is given and says, by signal,
which button was pressed for which row."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from ksdesk.ui.models.base_model import ObjectTableModel
from ksdesk.ui.widgets.tables import setup_table


class ListPage(QWidget):
    """`action(name, row object or None)` when a button is pressed; buttons that need a row
    are enabled only while one is selected."""

    action = Signal(str, object)

    def __init__(
        self,
        model: ObjectTableModel,
        hint: str,
        buttons: Sequence[tuple[str, str, bool]] = (),
        *,
        stretch_column: int = 1,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self._shown: tuple[list[Any], object] | None = None  # the rows and their day
        self._given: tuple[list[Any], object] | None = None  # what to show when in front
        self.hint = QLabel(hint)
        self.hint.setWordWrap(True)
        self.busy = QLabel()  # what is still being read for the table (set_busy)
        self.busy.setObjectName("busy_label")
        self.busy.hide()
        self.table = QTableView()
        self.table.setModel(model)
        setup_table(self.table, stretch_column=stretch_column)
        self.table.setSortingEnabled(False)
        self.buttons: dict[str, QPushButton] = {}
        self._needs_row: set[str] = set()
        row = QHBoxLayout()
        for name, text, needs_row in buttons:
            button = QPushButton(text)
            button.setObjectName(f"{name}_button")
            button.clicked.connect(lambda _checked=False, n=name: self._pressed(n))
            self.buttons[name] = button
            if needs_row:
                self._needs_row.add(name)
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.busy)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._enable())
        self.table.doubleClicked.connect(lambda _i: self._double_clicked())
        self._enable()

    def set_rows(self, rows: Sequence[Any], shown_for: object = None) -> None:
        """Show `rows`, as of `shown_for` (the day a row is judged late by). The rows shown
        already, for the same day, are left as they are: a reload after an edit on another
        page measures no column and no row of this one again (at ten years, fitting the
        pages' tables at every reload was half of it), and the selection stays. A page
        behind another takes its rows when it is brought to the front: a tab opens with
        only its first page's table filled and measured."""
        self._given = (list(rows), shown_for)
        if not self.isHidden():
            self._show_given()

    def set_busy(self, text: str) -> None:
        """A line above the table saying what is still being read ("": none). Meanwhile
        the table keeps room for its scroll bar: one appearing as the rows come would
        narrow the wrapping column, and the rows measured would be measured again (at ten
        years 55 rows of open matters, 28 ms)."""
        self.busy.setText(text)
        self.busy.setVisible(bool(text))
        bar = Qt.ScrollBarPolicy.ScrollBarAlwaysOn if text else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        self.table.setVerticalScrollBarPolicy(bar)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShowToParent:  # brought to the front of the pages
            self._show_given()
        return super().event(event)

    def _show_given(self) -> None:
        if self._given is None or self._given == self._shown:
            return
        self._shown = self._given
        self.model.set_rows(self._shown[0])
        self._enable()

    def current(self) -> Any | None:
        index = self.table.currentIndex()
        return self.model.row_object(index.row()) if index.isValid() else None

    def _enable(self) -> None:
        has_row = self.current() is not None
        for name in self._needs_row:
            self.buttons[name].setEnabled(has_row)

    def _pressed(self, name: str) -> None:
        self.action.emit(name, self.current())

    def _double_clicked(self) -> None:
        # The first button that works on a row opens it ("Ändra…", "Ärendets gång…").
        first = next((n for n in self.buttons if n in self._needs_row), None)
        if first is not None and self.current() is not None:
            self._pressed(first)
