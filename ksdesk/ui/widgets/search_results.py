"""The hits of the main window's search, laid over the window under the search field: a
table (type, date, organ, rubrik, and the excerpt with the matching words in bold). Loaded
on the first search, not at start-up."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt
from PySide6.QtGui import QPalette, QTextDocument
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ksdesk.core.format import format_date
from ksdesk.core.search import KINDS, MARK, Hit
from ksdesk.ui.models.base_model import ColumnSpec, ObjectTableModel
from ksdesk.ui.widgets.tables import setup_table


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


class Results(QFrame):
    """The list of hits, laid over the window under the search field."""

    def __init__(self, window: QWidget, box) -> None:
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
