"""Choosing which of the titles in the drafts go into the register of roles: each is offered
ticked, with the number of points it stands in, so a misspelling used once stands out and
can be left out (the check then names it where it stands)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ksdesk.core.format import format_count
from ksdesk.ui.widgets.button_boxes import ok_cancel
from ksdesk.ui.widgets.screen_fit import resize_within_screen


class TitlePickDialog(QDialog):
    def __init__(self, titles: list[tuple[str, int]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Hämta titlar ur utkasten")
        resize_within_screen(self, 520, 480)
        intro = QLabel(
            f"{format_count(len(titles), 'titel', 'titlar')} står som delegat eller ersättare i "
            "utkasten men finns inte i registret. Bocka ur en titel som är felstavad: "
            "kontrollen visar då var den står."
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("title_list")
        self.list.setAccessibleName("Titlar att lägga till")
        for name, points in titles:
            item = QListWidgetItem(f"{name}   ({format_count(points, 'punkt', 'punkter')})")
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(ok_cancel(self, "Lägg till valda"))

    def chosen(self) -> list[str]:
        """The titles left ticked, in the order shown."""
        items = (self.list.item(row) for row in range(self.list.count()))
        return [
            item.data(Qt.ItemDataRole.UserRole)
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]
