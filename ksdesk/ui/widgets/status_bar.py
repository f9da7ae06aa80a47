"""The main window's status bar: a passing message too long for the room left of the
permanent labels (the team's "Inloggningen till servern misslyckades", the file's
location) ends in "…" and the whole text is its tooltip. QStatusBar cuts it where the
labels start, mid-word, so it read as one line with the label (rewalk36 N4, at 1366 px).

The text is fitted when painted: a label's text set just before showMessage moves the label
only once the layout has run, and a narrower window must fit the message again."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QMainWindow, QStatusBar, QStyle, QStyleOption, QWidget

# As QStatusBar's own message rectangle (qstatusbar.cpp, messageRect): 6 px in from the
# left, 12 from the right (the size grip) or 2 before the first permanent widget shown.
_LEFT, _RIGHT, _BEFORE_WIDGET = 6, 12, 2


class FittingStatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._permanent: list[QWidget] = []
        self.messageChanged.connect(self.setToolTip)  # the whole message, "" when it goes

    def addPermanentWidget(self, widget: QWidget, stretch: int = 0) -> None:
        self._permanent.append(widget)  # QStatusBar does not say which widgets are permanent
        super().addPermanentWidget(widget, stretch)

    def shown_message(self) -> str:
        """The passing message as painted: whole, or cut at a word's end with "…"."""
        return self._fitted(self.currentMessage(), self._message_rect().width())

    def _message_rect(self) -> QRect:
        right = self.width() - _RIGHT
        shown = [w.x() - _BEFORE_WIDGET for w in self._permanent if w.isVisible()]
        return QRect(_LEFT, 0, max(0, min([right, *shown]) - _LEFT), self.height())

    def _fitted(self, text: str, width: int) -> str:
        metrics = self.fontMetrics()
        if metrics.horizontalAdvance(text) <= width:
            return text
        cut = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        # At a word's end when one is near: "… eller rätta …", not "… eller rätta lösen…".
        head = cut.removesuffix("…")
        words = head.rstrip().rsplit(" ", 1)[0]
        if len(words) >= len(head) * 2 // 3:
            head = words
        return head.rstrip(" ,.:;") + "…" if head.strip() else cut

    def paintEvent(self, event: QPaintEvent) -> None:
        text = self.currentMessage()
        rect = self._message_rect()
        fitted = self._fitted(text, rect.width())
        if fitted == text:
            super().paintEvent(event)
            return
        # What QStatusBar paints with a message shown, with the fitted text.
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        style = self.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelStatusBar, option, painter, self)
        for widget in self._permanent:
            if widget.isVisible():
                frame = QStyleOption()
                frame.rect = widget.geometry().adjusted(-1, -1, 1, 1)
                frame.palette = self.palette()
                frame.state = QStyle.StateFlag.State_None
                style.drawPrimitive(
                    QStyle.PrimitiveElement.PE_FrameStatusBarItem, frame, painter, widget
                )
        painter.setPen(self.palette().windowText().color())
        flags = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(rect, flags | Qt.TextFlag.TextSingleLine, fitted)
        painter.end()


def install(window: QMainWindow) -> FittingStatusBar:
    """The window's status bar replaced by a fitting one, under the form's name."""
    bar = FittingStatusBar(window)
    bar.setObjectName("status_bar")
    window.setStatusBar(bar)
    return bar
