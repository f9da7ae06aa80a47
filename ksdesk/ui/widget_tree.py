"""Where a widget sits, for the keyboard and screen-reader fittings (ui/access.py,
ui/mnemonics.py): which widgets a user operates, which are parts of a compound widget,
which stacked page a widget is on, and what text counts as a name."""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QStackedWidget,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QAbstractSpinBox,
    QTextEdit,
    QPlainTextEdit,
    QAbstractItemView,
    QSlider,
)


def inside_compound(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QTabBar, QLineEdit)):
            return True
        if isinstance(parent, QAbstractItemView) and parent.viewport() is not widget:
            return True  # an editor open in a cell, or the view's own corner button
        parent = parent.parentWidget()
    return False


def is_name(text: str) -> bool:
    """A name a screen reader can say: it has a letter (▲, … or a lone digit is none)."""
    return any(ch.isalpha() for ch in text)


def page_of(widget: QWidget | None, root: QWidget) -> QWidget:
    """The page of a stack (or tab widget) that `widget` is on; `root` when none."""
    while widget is not None and widget is not root:
        parent = widget.parentWidget()
        if isinstance(parent, QStackedWidget):
            return widget
        widget = parent
    return root


def plain(text: str) -> str:
    text = re.sub(r"<[^>]+>", "", text or "")
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":")
