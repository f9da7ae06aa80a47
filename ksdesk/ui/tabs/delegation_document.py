"""The Delegation tab's pages for the parts of the document around the points: the header
fields here, and the base of the pages over a list (revisions, introduction, abbreviations:
delegation_list_pages.py). Chosen in the outline on the left; shown where the points are.

Every change is saved at once through services/delegation_document.py and goes onto the
window's undo stack through the tab's `edit` (the part's value before and after). An
adopted version is shown read-only: changes belong in a new draft."""

from __future__ import annotations

import copy
import unicodedata
from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ksdesk.core.delegation import HEADER_FIELDS, Version
from ksdesk.core.findings import Finding
from ksdesk.core.topics import Topic
from ksdesk.services import delegation_document as document
from ksdesk.services.store import Store
from ksdesk.ui.models.delegation_document_models import FieldListModel
from ksdesk.ui.widgets.colors import SEVERITY_COLORS, warning_html
from ksdesk.ui.widgets.tables import setup_table

Edit = Callable[..., bool]  # DelegationTab.edit (BaseTab.edit)
READ_ONLY_NOTE = "Antagen version: den ändras inte. Skapa ett nytt utkast för ändringar."


def object_name(label: str) -> str:
    """ "Bör revideras" → "bor_revideras": snake_case object names for the header fields."""
    ascii_text = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    return "_".join(ascii_text.lower().split())


class DocumentPage(QWidget):
    """A page of one part: its heading, a note when read-only, and `show_version`."""

    title = ""

    def __init__(self, store: Store, edit: Edit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.edit = edit
        self.version: Version | None = None
        self.editable = False
        self.findings: list[Finding] = []
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(f"<b>{self.title}</b>", self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.found = QLabel(self)  # what the checks say about this part
        self.found.setObjectName("part_findings")
        self.found.setWordWrap(True)
        self.layout_.addWidget(self.heading)
        self.layout_.addWidget(self.note)
        self.layout_.addWidget(self.found)
        # Empty until a version is shown, and then shown only when they say something: an
        # empty label still takes a line, and the stack of pages is as tall as its tallest
        # page, shown or not (a laptop at 150 % has no line to spare).
        self.note.hide()
        self.found.hide()

    def show_version(self, version: Version, editable: bool, findings: list[Finding]) -> None:
        self.flush()  # what was typed belongs to the version shown until now
        self.version, self.editable, self.findings = version, editable, findings
        self.note.setText("" if editable else f"<i>{READ_ONLY_NOTE}</i>")
        self.note.setVisible(not editable)
        mine = [f for f in findings if f.chapter == self.title and not f.uids]
        lines = [
            f"<span style='color:{SEVERITY_COLORS[f.severity]}'>● {escape(f.message)}</span>"
            for f in mine
        ]
        self.found.setText("<br>".join(lines))
        self.found.setVisible(bool(lines))
        self.fill()

    def fill(self) -> None:
        raise NotImplementedError

    def flush(self) -> None:
        """Save anything typed but not yet saved (only the introduction's text waits)."""


# The header --------------------------------------------------------------------------------


class HeaderPage(DocumentPage):
    title = "Dokumenthuvud"

    def __init__(self, store: Store, edit: Edit, parent: QWidget | None = None) -> None:
        super().__init__(store, edit, parent)
        self.fields: dict[str, QLineEdit] = {}
        self.warnings: dict[str, QLabel] = {}
        self.form_widget = QWidget(self)
        self.form_widget.setMaximumWidth(760)  # short values: no line across a wide screen
        self.form = QFormLayout(self.form_widget)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_widget)
        self.layout_.addWidget(scroll, 1)
        for name in HEADER_FIELDS:
            self._add_field(name)

    def _add_field(self, name: str) -> None:
        line = QLineEdit(self.form_widget)
        line.setObjectName(f"header_{object_name(name)}")
        warning = QLabel(self.form_widget)
        warning.setWordWrap(True)
        warning.hide()
        self.form.addRow(f"{name}:", line)
        self.form.addRow("", warning)
        line.editingFinished.connect(lambda: self._commit(name))
        line.textChanged.connect(lambda text: self._warn(name, text))
        self.fields[name], self.warnings[name] = line, warning

    def fill(self) -> None:
        assert self.version is not None
        for name in self.version.header:
            if name not in self.fields:
                self._add_field(name)  # a field of an imported document beyond the eleven
        for name, line in self.fields.items():
            value = self.version.header.get(name, "")
            if line.text() != value:
                line.setText(value)
            line.setReadOnly(not self.editable)

    def _warn(self, name: str, text: str) -> None:
        warnings = document.header_warnings(name, text)
        label = self.warnings[name]
        label.setText(warning_html(" ".join(warnings)))
        label.setVisible(bool(warnings))

    def _commit(self, name: str) -> None:
        if self.version is None or not self.editable:
            return
        before = self.version.header.get(name, "")
        after = " ".join(self.fields[name].text().split())
        if after == before:
            return
        version_id = self.version.id

        def apply(value: str) -> Topic:
            return document.set_header_field(self.store, version_id, name, value)

        if not self.edit(
            f"Ändra {name.lower()}",
            apply,
            before,
            after,
            merge_key=(version_id, "header", name),
        ):
            self.fields[name].setText(before)


# Pages over a list (revisions, introduction, abbreviations) ---------------------------------


class ListPage(DocumentPage):
    columns: tuple[tuple[str, str], ...] = ()
    noun = ""  # "revideringsrad": names the edit in the Redigera menu
    add_label = "Ny rad"
    stretch = -1  # the column that takes the width left (default: the last)
    insert_after_current = False  # a new row goes last (revisions are chronological)

    def __init__(self, store: Store, edit: Edit, parent: QWidget | None = None) -> None:
        super().__init__(store, edit, parent)
        self.model = FieldListModel(self.columns)
        self.model.on_edit = self._cell_edited
        self.table = QTableView(self)
        self.table.setAccessibleName(self.title)
        self.table.setModel(self.model)
        self._setup_table()
        self.add_button = QPushButton(self.add_label, self)
        self.remove_button = QPushButton("Ta bort", self)
        self.up_button = QPushButton("Flytta upp", self)
        self.down_button = QPushButton("Flytta ned", self)
        self.buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            self.buttons.addWidget(button)
        self.buttons.addStretch(1)
        self.layout_.addLayout(self.buttons)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected())

    def _setup_table(self) -> None:
        setup_table(self.table, stretch_column=self.stretch % len(self.columns))
        self.layout_.addWidget(self.table, 1)

    # What each page says about its list
    def items(self) -> list:
        raise NotImplementedError

    def save(self, version_id: int, items: list) -> None:
        raise NotImplementedError

    def new_item(self) -> Any | None:
        raise NotImplementedError

    def first_to_type(self, _item: Any) -> int:
        """The column a new row opens for typing."""
        return 0

    def fill(self) -> None:
        row = self.current_row()
        self.model.set_rows(self.items(), self.editable)
        if self.model.rowCount():
            self.select_row(min(row or 0, self.model.rowCount() - 1))
        self._selected()

    def current_row(self) -> int | None:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else None

    def select_row(self, row: int) -> None:
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _selected(self) -> None:
        row = self.current_row()
        count = self.model.rowCount()
        self.add_button.setEnabled(self.editable)
        self.remove_button.setEnabled(self.editable and row is not None)
        self.up_button.setEnabled(self.editable and row is not None and row > 0)
        self.down_button.setEnabled(self.editable and row is not None and row < count - 1)

    def replace(self, text: str, after: list, merge_key: object | None = None) -> bool:
        """Save the whole list as `after`, undoable (the list before it goes on the stack)."""
        assert self.version is not None
        version_id = self.version.id

        def apply(value: list) -> Topic:
            return self.save_to(self.store, version_id, value)

        before = copy.deepcopy(self.items())
        return self.edit(text, apply, before, after, merge_key=merge_key)

    def save_to(self, store, version_id: int, items: list) -> Topic:
        raise NotImplementedError

    def _cell_edited(self, row: int, attribute: str, value: str) -> bool:
        after = copy.deepcopy(self.items())
        setattr(after[row], attribute, value.strip())
        merge = (self.version.id if self.version else None, self.noun, row, attribute)
        return self.replace(f"Ändra {self.noun}", after, merge)

    def _add(self) -> None:
        item = self.new_item()
        if item is None:
            return
        row = self.current_row()
        at = row + 1 if self.insert_after_current and row is not None else len(self.items())
        after = copy.deepcopy(self.items())
        after.insert(at, item)
        if self.replace(f"Ny {self.noun}", after):
            self.select_row(at)
            self.table.edit(self.model.index(at, self.first_to_type(item)))

    def _remove(self) -> None:
        row = self.current_row()
        if row is None:
            return
        after = copy.deepcopy(self.items())
        del after[row]
        self.replace(f"Ta bort {self.noun}", after)

    def _move(self, delta: int) -> None:
        row = self.current_row()
        if row is None or not 0 <= row + delta < self.model.rowCount():
            return
        after = copy.deepcopy(self.items())
        after[row], after[row + delta] = after[row + delta], after[row]
        if self.replace(f"Flytta {self.noun}", after):
            self.select_row(row + delta)
