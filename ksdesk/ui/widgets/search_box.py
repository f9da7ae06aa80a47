"""The search field of the main window (Ctrl+F or Ctrl+K): search every year as you type,
the hits in a list under the field, Enter or a double click opens the one chosen.

Arrow down moves from the field into the list, Escape closes it. The search itself runs on
the GUI thread: a query takes a few milliseconds even on ten years (bench/search.py)."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, QTimer
from PySide6.QtGui import QKeySequence, QPalette, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ksdesk.core.errors import InvalidInput
from ksdesk.core.format import format_date
from ksdesk.core.search import KINDS, MARK, Hit
from ksdesk.ui.models.base_model import ColumnSpec, ObjectTableModel
from ksdesk.ui.widgets.tables import setup_table

TYPING_PAUSE_MS = 250
LIMIT = 30


def _plain(utdrag: str) -> str:
    return " ".join(utdrag.replace(MARK, "").split())


def _datum(hit: Hit) -> str:
    from datetime import date

    return format_date(date.fromisoformat(hit.datum)) if hit.datum else ""


def _marked_html(utdrag: str) -> str:
    """The excerpt with the words that matched in bold (MARK pairs → <b>)."""
    parts = escape(" ".join(utdrag.split())).split(MARK)
    return "".join(f"<b>{p}</b>" if i % 2 else p for i, p in enumerate(parts))


class HitModel(ObjectTableModel[Hit]):
    columns = (
        ColumnSpec("Typ", lambda h: KINDS[h.typ]),
        ColumnSpec("Datum", _datum, sort=lambda h: h.datum),
        ColumnSpec("Nämnd", lambda h: h.organ),
        ColumnSpec("Rubrik", lambda h: h.rubrik, tooltip=lambda h: h.rubrik),
        ColumnSpec("Utdrag", lambda h: _plain(h.utdrag), tooltip=lambda h: _plain(h.utdrag)),
    )
    UTDRAG = 4


class _MarkedDelegate(QStyledItemDelegate):
    """Paints the excerpt with the matching words in bold."""

    def _document(self, option: QStyleOptionViewItem, hit: Hit) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(_marked_html(hit.utdrag))
        document.setTextWidth(option.rect.width())
        return document

    def paint(self, painter, option, index) -> None:
        hit = index.model().row_object(index.row())
        self.initStyleOption(option, index)
        option.text = ""
        option.widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter)
        document = self._document(option, hit)
        selected = option.state & QStyle.StateFlag.State_Selected
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        document.setDefaultStyleSheet(f"body {{ color: {option.palette.color(role).name()} }}")
        document.setHtml(f"<body>{_marked_html(hit.utdrag)}</body>")
        painter.save()
        painter.translate(option.rect.topLeft())
        document.drawContents(painter)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        hit = index.model().row_object(index.row())
        self.initStyleOption(option, index)
        document = self._document(option, hit)
        return QSize(int(document.idealWidth()), int(document.size().height()))


def in_corner(box: QLineEdit, parent: QWidget) -> QWidget:
    """The field with a margin, for the right corner of the menu bar."""
    holder = QWidget(parent)
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 2, 10, 2)
    layout.addWidget(box)
    return holder


class SearchBox(QLineEdit):
    """`search(text)` returns the hits (or raises InvalidInput); `open_hit(hit)` opens one."""

    def __init__(
        self,
        window: QWidget,
        search: Callable[[str], list[Hit]],
        open_hit: Callable[[Hit], None],
    ) -> None:
        super().__init__(window)
        self.setObjectName("global_search_edit")
        self.setPlaceholderText("Sök i alla år (Ctrl+K)")
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(260)
        self.setToolTip(
            "Sök i ärenden, paragrafer, delegationsbeslut, delegationspunkter och bilagor. "
            "Varje ord räcker som början på ett ord; ”citattecken” ger en fras."
        )
        self.search, self.open_hit, self.window_ = search, open_hit, window
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(TYPING_PAUSE_MS)
        self.timer.timeout.connect(self.run)
        self.textEdited.connect(lambda _t: self.timer.start())
        self.returnPressed.connect(self._enter)
        self.results = _Results(window, self)
        for keys in ("Ctrl+K", "Ctrl+F"):
            shortcut = QShortcut(QKeySequence(keys), window, self.take_focus)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)

    def take_focus(self) -> None:
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()
        if self.results.model.rowCount():
            self.results.show_below(self)

    def run(self) -> None:
        self.timer.stop()
        try:
            hits = self.search(self.text())
        except InvalidInput as error:
            if not self.text().strip():
                self.results.hide()
                return
            hits, message = [], str(error)
        else:
            message = f"{len(hits)} träffar" if len(hits) < LIMIT else f"De {LIMIT} bästa träffarna"
        self.results.show_hits(hits, message or "Inga träffar.")
        self.results.show_below(self)

    def _enter(self) -> None:
        if self.timer.isActive() or not self.results.isVisible():
            self.run()
        if self.results.model.rowCount():
            self.results.open_row(max(0, self.results.table.currentIndex().row()))

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Down and self.results.model.rowCount():
            self.results.show_below(self)
            self.results.table.setFocus()
            self.results.table.selectRow(0)
            return
        if event.key() == Qt.Key.Key_Escape:
            self.results.hide()
            return
        super().keyPressEvent(event)


class _Results(QFrame):
    """The list of hits, laid over the window under the search field."""

    def __init__(self, window: QWidget, box: SearchBox) -> None:
        super().__init__(window)
        self.setObjectName("search_results")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.box = box
        self.label = QLabel(self)
        self.model = HitModel()
        self.table = QTableView(self)
        self.table.setObjectName("search_results_table")
        self.table.setModel(self.model)
        setup_table(self.table, stretch_column=HitModel.UTDRAG, widths={3: 260})
        self.table.setItemDelegateForColumn(HitModel.UTDRAG, _MarkedDelegate(self.table))
        self.table.activated.connect(lambda index: self.open_row(index.row()))
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.table.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.label)
        layout.addWidget(self.table)
        self.hide()

    def show_hits(self, hits: list[Hit], message: str) -> None:
        self.label.setText(f"<b>{escape(message)}</b> – Enter öppnar, Esc stänger")
        self.model.set_rows(hits)

    def show_below(self, box: QWidget) -> None:
        window = self.parentWidget()
        width = min(920, window.width() - 16)
        corner = box.mapTo(window, QPoint(box.width(), box.height()))
        left = max(8, min(corner.x() - width, window.width() - width - 8))
        height = min(460, window.height() - corner.y() - 16)
        self.setGeometry(left, corner.y() + 2, width, max(120, height))
        self.raise_()
        self.show()

    def open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            hit = self.model.row_object(row)
            self.hide()
            self.box.open_hit(hit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape:
                self.hide()
                self.box.setFocus()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_row(self.table.currentIndex().row())
                return True
        return super().eventFilter(watched, event)
