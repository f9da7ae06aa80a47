"""A finding is never told by colour alone: each severity has its own shape (a disc for fel,
a triangle for varning and avrundning, a square for påminnelse, a ring for info) drawn in
its colour, and its word for the screen reader and the tooltip. The shapes' colours are
those of widgets/colors.py, at least 3:1 against every background a finding is shown on
(tests/ui/test_contrast.py)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from ksdesk.core.findings import Severity
from ksdesk.ui.widgets.colors import SEVERITY_COLORS

ICON_SIZE = 32  # drawn large, scaled down by the view: sharp at 150 %


@cache
def severity_icon(severity: Severity) -> QIcon:
    pixmap = QPixmap(ICON_SIZE, ICON_SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    color = QColor(SEVERITY_COLORS[severity])
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    box = QRectF(3, 3, ICON_SIZE - 6, ICON_SIZE - 6)
    if severity is Severity.FEL:
        painter.drawEllipse(box)
        _cross(painter, box)
    elif severity in (Severity.VARNING, Severity.AVRUNDNING):
        painter.drawPolygon(
            QPolygonF([QPointF(box.center().x(), 2), box.bottomLeft(), box.bottomRight()])
        )
        _exclamation(painter, box)
    elif severity is Severity.PAMINNELSE:
        painter.drawRoundedRect(box, 4, 4)
    else:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(color, 4))
        painter.drawEllipse(box.adjusted(2, 2, -2, -2))
    painter.end()
    return QIcon(pixmap)


def _cross(painter: QPainter, box: QRectF) -> None:
    inset = box.adjusted(8, 8, -8, -8)
    pen = QPen(Qt.GlobalColor.white, 4)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.drawLine(inset.topLeft(), inset.bottomRight())
    painter.drawLine(inset.topRight(), inset.bottomLeft())


def _exclamation(painter: QPainter, box: QRectF) -> None:
    x = box.center().x()
    path = QPainterPath()
    path.addRoundedRect(QRectF(x - 2, box.top() + 8, 4, 10), 2, 2)
    path.addEllipse(QPointF(x, box.bottom() - 4), 2.2, 2.2)
    painter.fillPath(path, Qt.GlobalColor.white)


def severity_words(findings_by_severity: dict[Severity, int]) -> str:
    """ "2 fel, 1 varning": what the marks say in words (a chapter's line, a tooltip)."""
    return ", ".join(
        f"{count} {severity.value if count == 1 else severity.plural}"
        for severity, count in sorted(findings_by_severity.items(), key=lambda kv: kv[0].rank)
        if count
    )
