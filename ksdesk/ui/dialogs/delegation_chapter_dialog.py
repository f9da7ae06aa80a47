"""A chapter of the delegationsordning: its title, the part of the ordning it belongs to
("Del A Kommunstyrelsen", printed above the part's first chapter) and the text printed under
its table ("Anställning upp till 6 månader är verkställighet.")."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ksdesk.ui.widgets.button_boxes import ok_cancel

_PART_HINT = (
    "Ett kapitel i en del (”Del A Kommunstyrelsen” över kapitel 1–5) får delens rubrik "
    "utskriven över delens första kapitel. Lämna tomt om ordningen inte är indelad i delar."
)


class ChapterDialog(QDialog):
    def __init__(
        self,
        title: str,
        part: str,
        parts: list[str],
        parent: QWidget | None = None,
        note: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Ändra kapitel")
        layout = QFormLayout(self)
        self.title_edit = QLineEdit(title, self)
        self.title_edit.setObjectName("chapter_title")
        self.part_combo = QComboBox(self)
        self.part_combo.setObjectName("chapter_part")
        self.part_combo.setEditable(True)  # a new part is typed, an existing one chosen
        self.part_combo.addItems(["", *parts])
        self.part_combo.setCurrentText(part)
        self.part_combo.lineEdit().setPlaceholderText("ingen del")
        self.part_combo.setAccessibleName("Del")
        hint = QLabel(_PART_HINT, self)
        hint.setWordWrap(True)
        self.note_edit = QPlainTextEdit(note, self)
        self.note_edit.setObjectName("chapter_note")
        self.note_edit.setAccessibleName("Text under tabellen")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        layout.addRow("Rubrik:", self.title_edit)
        layout.addRow("Del:", self.part_combo)
        layout.addRow(hint)
        layout.addRow("Text under tabellen:", self.note_edit)
        layout.addRow(ok_cancel(self, "Spara"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def chapter_title(self) -> str:
        return self.title_edit.text()

    def part(self) -> str:
        return self.part_combo.currentText()

    def note(self) -> str:
        return self.note_edit.toPlainText()
