"""Keyboard and screen-reader fittings for every tab and dialog, applied where they are built
or shown, so a widget added later cannot miss them:

- Tab leaves a table (Ctrl+Tab/arrow keys move between cells), instead of cycling through
  its cells for ever;
- a label beside a field is its buddy: the screen reader names the field after it and
  Alt+letter moves there;
- every interactive widget has an accessible name: its text, else its label, else its
  tooltip or placeholder, else the box or page it sits in (a symbol such as ▲ is no name);
- every button, and every buddied label, has a mnemonic, unique among what is shown at the
  same time and clear of the main menu's letters (the same rule KDE's accelerator manager
  follows; ui/mnemonics.py)."""

from __future__ import annotations

import itertools
import re

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QBoxLayout,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from ksdesk.ui.mnemonics import assign_mnemonics
from ksdesk.ui.widget_tree import INTERACTIVE, inside_compound, is_name, page_of, plain
from ksdesk.ui.widgets.flow_layout import FlowLayout


def fit_out(root: QWidget, reserved: str = "") -> None:
    """All the fittings on `root` and what it holds; safe to repeat (only what is missing
    is added), so a tab or dialog that grows widgets gets them on its next showing."""
    for view in root.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)
    buddy_labels(root)
    name_widgets(root)
    assign_mnemonics(root, reserved)


def interactive_widgets(root: QWidget) -> list[QWidget]:
    """The widgets a user can operate in `root`, without the parts of compound widgets
    (a combo box's line edit, a tab bar's scroll buttons, a spin box's editor)."""
    found = [root] if isinstance(root, INTERACTIVE) else []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, INTERACTIVE) and not inside_compound(widget):
            found.append(widget)
    return found


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader says for `widget` (Qt's own rules: accessibleName, text,
    buddy label)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


# -- labels ----------------------------------------------------------------------------------


def buddy_labels(root: QWidget) -> None:
    for layout in [root.layout(), *(w.layout() for w in root.findChildren(QWidget))]:
        if layout is not None:
            _buddy_in(layout)


def _buddy_in(layout: QLayout) -> None:
    for index in range(layout.count()):
        inner = layout.itemAt(index).layout()
        if inner is not None:
            _buddy_in(inner)
    if isinstance(layout, QFormLayout):
        for row in range(layout.rowCount()):
            label = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is not None and field is not None:
                _buddy(label.widget(), _first_field(field))
        return
    if isinstance(layout, QGridLayout):
        for index in range(layout.count()):
            row, column, _rs, _cs = layout.getItemPosition(index)
            neighbour = layout.itemAtPosition(row, column + 1)
            label = layout.itemAt(index).widget()
            # A grid's label column: a label with a field to its right is that field's.
            if neighbour is not None and isinstance(label, QLabel):
                _buddy(label, _first_field(neighbour))
        return
    if isinstance(layout, QBoxLayout | FlowLayout):  # a row, wrapping or not
        items = [layout.itemAt(i) for i in range(layout.count())]
        for item, following in itertools.pairwise(items):
            if _is_caption(item.widget()):
                _buddy(item.widget(), _first_field(following))


def _is_caption(widget: QWidget | None) -> bool:
    """A label that introduces what follows it: "Sök:", "Delegat:"."""
    return isinstance(widget, QLabel) and widget.text().rstrip().endswith(":")


def _first_field(item) -> QWidget | None:
    widget = item.widget()
    if widget is not None:
        return widget if isinstance(widget, INTERACTIVE) else None
    inner = item.layout()
    if inner is None:
        return None
    for i in range(inner.count()):
        found = _first_field(inner.itemAt(i))
        if found is not None:
            return found
    return None


def _buddy(label: QWidget | None, field: QWidget | None) -> None:
    # A button names itself: a label before it captions a group ("Rad:"), not a field.
    if (
        isinstance(label, QLabel)
        and field is not None
        and label.buddy() is None
        and not isinstance(field, QAbstractButton)
    ):
        label.setBuddy(field)


# -- names -----------------------------------------------------------------------------------


def name_widgets(root: QWidget) -> None:
    for widget in interactive_widgets(root):
        if is_name(accessible_name(widget)):
            continue
        name = _name_from_surroundings(widget, root)
        if name:
            widget.setAccessibleName(name)
    tell_apart_namesakes(root)


def tell_apart_namesakes(root: QWidget) -> None:
    """Buttons shown together with the same text (three "Ta bort" on one page) are named
    with the box they sit in ("Ta bort – Reservationer"), else their tooltip, so a screen
    reader's list of buttons says which is which."""
    shown_together: dict[tuple[QWidget, str], list[QAbstractButton]] = {}
    for button in root.findChildren(QAbstractButton):
        if not inside_compound(button) and not button.accessibleName():
            key = (page_of(button, root), plain(button.text()))
            shown_together.setdefault(key, []).append(button)
    for (_page, text), buttons in shown_together.items():
        if len(buttons) < 2 or not is_name(text):
            continue
        for button in buttons:
            context = _container_title(button, root) if _in_group_box(button) else ""
            tip = plain(button.toolTip()).split("\n")[0].split(" (")[0]
            if not context and tip.startswith(text):
                button.setAccessibleName(tip)  # "Ta bort den markerade raden"
            elif context or tip:
                button.setAccessibleName(f"{text} – {context or tip}")


def _in_group_box(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QStackedWidget):
        if isinstance(parent, QGroupBox):
            return True
        parent = parent.parentWidget()
    return False


def _name_from_surroundings(widget: QWidget, root: QWidget) -> str:
    for text in (widget.toolTip(), getattr(widget, "placeholderText", lambda: "")()):
        text = plain(text)
        if is_name(text):
            return text.split("\n")[0].split(" (")[0].strip()
    return _container_title(widget, root)


def _container_title(widget: QWidget, root: QWidget) -> str:
    """The title of the box, or of the tab page, the widget sits in (within `root`)."""
    child, parent = widget, widget.parentWidget()
    while parent is not None and child is not root:
        if isinstance(parent, QGroupBox) and is_name(parent.title()):
            return plain(parent.title())
        if isinstance(parent, QStackedWidget) and isinstance(parent.parentWidget(), QTabWidget):
            tabs = parent.parentWidget()
            title = re.sub(r"\s*\(\d+\)$", "", plain(tabs.tabText(tabs.indexOf(child))))
            if is_name(title):
                return title
        child, parent = parent, parent.parentWidget()
    return ""


# -- dialogs ---------------------------------------------------------------------------------


class DialogFittings(QObject):
    """The fittings on every dialog as it comes up (message boxes, Qt's own dialogs and
    ours alike): when the keyboard focus enters its window. Not an event filter on the
    application: that had Qt hand every event of every object to Python, which took a
    fifth of start-up (wrapping Qt's internal objects loads every class PySide has) and
    a toll on each event after."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        app.focusChanged.connect(self._focus_moved)

    def _focus_moved(self, old: QWidget | None, now: QWidget | None) -> None:
        if now is None:
            return
        window = now.window()
        if old is not None and old.window() is window:
            return  # within one window: fitted when the focus came in
        if isinstance(window, QDialog) and not isinstance(window, QFileDialog):
            fit_out(window)  # Qt's own file dialog is native on Windows
        if isinstance(window, QMessageBox):
            from ksdesk.ui.plain_boxes import keep_plain, without_turns_shown

            without_turns_shown(window)  # a file name with U+202E is not shown backwards
            keep_plain(window)  # a refusal quoting "<b>5" shows it as typed
