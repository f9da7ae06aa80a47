"""Rarely used controls of a bar offered in a "Mer" menu when the bar is narrow. A bar of
wrapping rows (flow_layout.wrap_row) never runs off the window, but each line it wraps onto
is taken from the list below it: on a 1366 × 768 laptop at 150 % the Delegation tab's bar took
four lines and left its points table some 95 pixels. Here, while every row of the bar fits on
one line as the form lays it out, nothing changes; when one does not, the controls named rare
(a button, or a choice such as "Jämför med") are hidden and the "Mer" button shows them in
its menu instead: each button as an entry that clicks it (its text, tooltip, whether it may
be clicked and, for a check box, whether it is ticked taken from the button when the menu
opens), each choice as a submenu of its items. Nothing is lost: the menu holds what the bar
no longer shows."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLayout,
    QMenu,
    QPushButton,
    QWidget,
)

# A rare control: a button, a choice with its label (or, for a choice the bar shows without
# one, the submenu's title), or None for a separator in the menu.
Rare = QAbstractButton | tuple[QLabel | str, QComboBox] | None


class OverflowMenu(QObject):
    """Watches `bar`: narrower than its widest row of `rows` (as every widget asks, on one
    line), it is compact: the `rare` controls are hidden (those in `kept` excepted) and `more`
    is shown with them in its menu. `reserve` gives a label the width of a text it may come
    to show (a count of matches while searching), so that typing does not switch the bar;
    `titles` names a button in the menu where its text on the bar leans on the row's label
    ("Flytta upp" beside "Rad:"); `short` gives a button that stays in sight a shorter text
    while compact (its tooltip still says it all)."""

    def __init__(
        self,
        bar: QWidget,
        rows: Sequence[QLayout],
        more: QPushButton,
        rare: Sequence[Rare],
        reserve: dict[QLabel, str] | None = None,
        titles: dict[QAbstractButton, str] | None = None,
        short: dict[QAbstractButton, str] | None = None,
    ) -> None:
        super().__init__(bar)
        self.bar, self.rows, self.more, self.rare = bar, list(rows), more, list(rare)
        self.reserve = dict(reserve or {})
        self.titles = dict(titles or {})
        self.short = {button: (text, button.text()) for button, text in (short or {}).items()}
        self.kept: set[QWidget] = set()  # rare controls shown even when compact
        self.compact = False
        self.menu = QMenu(more)
        self.menu.setToolTipsVisible(True)
        self.menu.aboutToShow.connect(self._fill_menu)
        more.setMenu(self.menu)
        more.hide()
        bar.installEventFilter(self)

    def _widgets(self) -> list[QWidget]:
        widgets: list[QWidget] = []
        for entry in self.rare:
            if isinstance(entry, tuple):
                widgets.extend(part for part in entry if isinstance(part, QWidget))
            elif entry is not None:
                widgets.append(entry)
        return widgets

    def full_width(self) -> int:
        """The width of the widest row with every control shown on one line."""
        return max((self._row_width(row) for row in self.rows), default=0)

    def _row_width(self, row: QLayout) -> int:
        widths = []
        for index in range(row.count()):
            widget = row.itemAt(index).widget()
            if widget is None or widget is self.more:
                continue  # a stretch asks for nothing
            width = widget.sizeHint().width()
            if widget in self.reserve:
                text_width = widget.fontMetrics().horizontalAdvance(self.reserve[widget])
                width = max(width, text_width)
            widths.append(width)
        spacing = row.spacing() if row.spacing() >= 0 else 6
        margins = row.contentsMargins()
        return sum(widths) + spacing * max(len(widths) - 1, 0) + margins.left() + margins.right()

    def refit(self) -> None:
        """Compact or not, by the bar's width now (and `kept` as it is now)."""
        room = self.bar.contentsRect().width()
        self.compact = room > 0 and self.full_width() > room
        for widget in self._widgets():
            widget.setVisible(not self.compact or widget in self.kept)
        self.more.setVisible(self.compact and self._offered() != [])
        for button, (short, full) in self.short.items():
            button.setText(short if self.compact else full)

    def _offered(self) -> list[Rare]:
        """The rare controls the menu holds now (those hidden), separators kept between."""
        offered: list[Rare] = []
        for entry in self.rare:
            widget = entry[1] if isinstance(entry, tuple) else entry
            if widget is None:
                if offered and offered[-1] is not None:
                    offered.append(None)
            elif widget not in self.kept:
                offered.append(entry)
        return offered[:-1] if offered and offered[-1] is None else offered

    def _fill_menu(self) -> None:
        self.menu.clear()
        for entry in self._offered():
            if entry is None:
                self.menu.addSeparator()
            elif isinstance(entry, tuple):
                self._add_choice(*entry)
            else:
                action = self.menu.addAction(self.titles.get(entry, entry.text()))
                action.setToolTip(entry.toolTip())
                action.setEnabled(entry.isEnabled())
                action.setCheckable(entry.isCheckable())
                action.setChecked(entry.isChecked())
                action.triggered.connect(lambda _checked, button=entry: button.click())

    def _add_choice(self, label: QLabel | str, combo: QComboBox) -> None:
        """The choice as a submenu: its items, the one chosen checked. Choosing one is the
        user's choice, as on the bar: the combo's `activated` is sent too."""
        title = label if isinstance(label, str) else label.text()
        submenu = self.menu.addMenu(title.rstrip(":").replace("&", ""))
        submenu.setEnabled(combo.isEnabled() and combo.count() > 0)
        group = QActionGroup(submenu)
        for index in range(combo.count()):
            action = submenu.addAction(combo.itemText(index))
            action.setCheckable(True)
            action.setChecked(index == combo.currentIndex())
            action.setActionGroup(group)
            action.triggered.connect(lambda _checked, i=index: _choose(combo, i))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.bar and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.refit()
        return False


def _choose(combo: QComboBox, index: int) -> None:
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
