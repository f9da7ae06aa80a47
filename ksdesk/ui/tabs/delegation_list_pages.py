"""The Delegation tab's pages over a list: the revision table, the abbreviations and the
introduction (headings in a list, the selected section's text beside it, saved while typed).
Built on ListPage (delegation_document.py): every change saved at once and undoable."""

from __future__ import annotations

import copy

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from ksdesk.core.delegation import Abbreviation, IntroSection
from ksdesk.core.topics import Topic
from ksdesk.services import delegation_document as document
from ksdesk.services.store import Store
from ksdesk.ui.tabs.delegation_document import Edit, ListPage
from ksdesk.ui.widgets.colors import warning_html
from ksdesk.ui.widgets.tables import setup_table

TEXT_COMMIT_MS = 800  # the introduction's text is saved this long after the last keystroke


class RevisionsPage(ListPage):
    title = "Revideringar"
    columns = (
        ("beslut", "Revideringar"),
        ("text", "Vad revideringen avsett"),
        ("dnr", "Diarienummer vid revidering"),
    )
    noun = "revideringsrad"
    stretch = 1

    def items(self) -> list:
        return self.version.revisions if self.version else []

    def save_to(self, store, version_id: int, items: list) -> Topic:
        return document.set_revisions(store, version_id, items)

    def new_item(self):
        assert self.version is not None
        return document.blank_revision(self.version)


class AbbreviationsPage(ListPage):
    title = "Förkortningar"
    columns = (("short", "Förkortning"), ("long", "Betydelse"))
    noun = "förkortning"
    add_label = "Ny förkortning"

    def __init__(self, store: Store, edit: Edit, parent: QWidget | None = None) -> None:
        super().__init__(store, edit, parent)
        self.missing = QLabel(self)
        self.missing.setWordWrap(True)
        self.missing.hide()  # shown when there is something missing (fill)
        self.layout_.insertWidget(2, self.missing)
        self.sort_button = QPushButton("Sortera A–Ö", self)
        self.buttons.insertWidget(4, self.sort_button)
        self.sort_button.clicked.connect(self._sort)

    def items(self) -> list:
        return self.version.abbreviations if self.version else []

    def save_to(self, store, version_id: int, items: list) -> Topic:
        return document.set_abbreviations(store, version_id, items)

    def unlisted(self) -> list[str]:
        return [f.subject for f in self.findings if f.code == "okand-forkortning" and f.subject]

    def new_item(self):
        """The first abbreviation used but not listed, else one to type over."""
        unlisted = self.unlisted()
        taken = {a.short for a in self.items()}
        short = next((s for s in unlisted if s not in taken), "")
        if not short:
            n = 1
            while f"NY{n}" in taken:
                n += 1
            short = f"NY{n}"
        return Abbreviation(short, "")

    def first_to_type(self, item: Abbreviation) -> int:
        return 1 if item.short in self.unlisted() else 0  # LOU known: type what it means

    def fill(self) -> None:
        super().fill()
        unlisted = self.unlisted()
        self.missing.setText(
            warning_html(
                f"Används men saknas i listan: {', '.join(unlisted)}. ”Ny förkortning” lägger "
                "till dem en i taget."
            )
            if unlisted
            else ""
        )
        self.missing.setVisible(bool(unlisted))
        self.sort_button.setEnabled(self.editable)

    def _sort(self) -> None:
        after = sorted(copy.deepcopy(self.items()), key=lambda a: a.short.casefold())
        self.replace("Sortera förkortningarna", after)


class IntroPage(ListPage):
    title = "Inledning"
    columns = (("heading", "Rubrik"),)
    noun = "avsnitt"
    add_label = "Nytt avsnitt"
    insert_after_current = True

    def _setup_table(self) -> None:
        setup_table(self.table, stretch_column=0)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("intro_text")
        self.text_edit.setAccessibleName("Inledningens text")
        hint = QLabel(
            "<small>Tom rad mellan stycken. En rad som börjar med ”- ” blir en punkt i en "
            "lista. Texten sparas medan du skriver.</small>",
            self,
        )
        hint.setWordWrap(True)
        right = QVBoxLayout()
        right.addWidget(self.text_edit, 1)
        right.addWidget(hint)
        row = QHBoxLayout()
        row.addWidget(self.table, 1)
        row.addLayout(right, 3)
        self.layout_.addLayout(row, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(TEXT_COMMIT_MS)
        self.timer.timeout.connect(self._commit_text)
        self.text_edit.textChanged.connect(self._typed)
        self.text_edit.installEventFilter(self)
        self._shown_row: int | None = None

    def items(self) -> list:
        return self.version.intro if self.version else []

    def save_to(self, store, version_id: int, items: list) -> Topic:
        return document.set_intro(store, version_id, items)

    def new_item(self):
        return IntroSection("Nytt avsnitt", "")

    def _selected(self) -> None:
        super()._selected()
        if self.timer.isActive():
            self._commit_text()  # the text typed so far belongs to the section left
        row = self.current_row()
        items = self.items()
        text = items[row].text if row is not None and row < len(items) else ""
        self._shown_row = row
        self.text_edit.setReadOnly(not self.editable or row is None)
        if self.text_edit.toPlainText() != text:
            # Keep the cursor where it was (an undo while typing must not throw it to the top).
            position = self.text_edit.textCursor().position()
            self.text_edit.blockSignals(True)
            self.text_edit.setPlainText(text)
            self.text_edit.blockSignals(False)
            cursor = self.text_edit.textCursor()
            cursor.setPosition(min(position, len(text)))
            self.text_edit.setTextCursor(cursor)

    def _typed(self) -> None:
        if self.editable and self._shown_row is not None:
            self.timer.start()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.text_edit and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return super().eventFilter(watched, event)

    def hideEvent(self, event) -> None:
        self.flush()  # another part chosen in the outline, or another tab
        super().hideEvent(event)

    def flush(self) -> None:
        """Save what was typed now (leaving the page, the tab or the section)."""
        if self.timer.isActive():
            self._commit_text()

    def _commit_text(self) -> None:
        self.timer.stop()
        row = self._shown_row
        items = self.items()
        if row is None or row >= len(items) or not self.editable:
            return
        text = self.text_edit.toPlainText()  # as typed: a stripped copy would move the cursor
        if text == items[row].text:
            return
        after = copy.deepcopy(items)
        after[row].text = text
        merge = (self.version.id if self.version else None, "intro-text", row)
        self.replace(f"Ändra texten i {items[row].heading}", after, merge)
