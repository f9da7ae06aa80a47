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
  follows)."""

from __future__ import annotations

import itertools
import re

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QBoxLayout,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from ksdesk.ui.widgets.flow_layout import FlowLayout

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
# Letters a mnemonic may take, best first within a word: Swedish letters last, as a
# keyboard without them (a remote session) could not type them.
MNEMONIC_LETTERS = "abcdefghijklmnopqrstuvwxyzåäö0123456789"
_MNEMONIC = re.compile(r"&([^&\s])")


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
        if isinstance(widget, INTERACTIVE) and not _inside_compound(widget):
            found.append(widget)
    return found


def _inside_compound(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QTabBar, QLineEdit)):
            return True
        if isinstance(parent, QAbstractItemView) and parent.viewport() is not widget:
            return True  # an editor open in a cell, or the view's own corner button
        parent = parent.parentWidget()
    return False


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader says for `widget` (Qt's own rules: accessibleName, text,
    buddy label)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def is_name(text: str) -> bool:
    """A name a screen reader can say: it has a letter (▲, … or a lone digit is none)."""
    return any(ch.isalpha() for ch in text)


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
        if not _inside_compound(button) and not button.accessibleName():
            key = (_page_of(button, root), _plain(button.text()))
            shown_together.setdefault(key, []).append(button)
    for (_page, text), buttons in shown_together.items():
        if len(buttons) < 2 or not is_name(text):
            continue
        for button in buttons:
            context = _container_title(button, root) if _in_group_box(button) else ""
            tip = _plain(button.toolTip()).split("\n")[0].split(" (")[0]
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
        text = _plain(text)
        if is_name(text):
            return text.split("\n")[0].split(" (")[0].strip()
    return _container_title(widget, root)


def _container_title(widget: QWidget, root: QWidget) -> str:
    """The title of the box, or of the tab page, the widget sits in (within `root`)."""
    child, parent = widget, widget.parentWidget()
    while parent is not None and child is not root:
        if isinstance(parent, QGroupBox) and is_name(parent.title()):
            return _plain(parent.title())
        if isinstance(parent, QStackedWidget) and isinstance(parent.parentWidget(), QTabWidget):
            tabs = parent.parentWidget()
            title = re.sub(r"\s*\(\d+\)$", "", _plain(tabs.tabText(tabs.indexOf(child))))
            if is_name(title):
                return title
        child, parent = parent, parent.parentWidget()
    return ""


def _plain(text: str) -> str:
    text = re.sub(r"<[^>]+>", "", text or "")
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":")


# -- mnemonics -------------------------------------------------------------------------------


def assign_mnemonics(root: QWidget, reserved: str = "") -> None:
    """Give each button and buddied label without a mnemonic a free letter of its text.
    Widgets on different pages of a stack (tabs) are never shown together and share
    letters; those shown together never do."""
    groups: dict[QWidget, list[QWidget]] = {}
    for widget in _mnemonic_candidates(root):
        groups.setdefault(_page_of(widget, root), []).append(widget)
    taken_by_page: dict[QWidget, set[str]] = {}
    for page in sorted(groups, key=lambda p: _depth(p, root)):
        taken = set(reserved.lower()) | _outer_taken(page, root, taken_by_page)
        taken |= {mnemonic_of(_text(w)) for w in groups[page]} - {""}
        taken_by_page[page] = taken
        for widget in groups[page]:
            if not mnemonic_of(_text(widget)):
                _give_mnemonic(widget, taken, reserved.lower())


def _outer_taken(page: QWidget, root: QWidget, taken_by_page: dict[QWidget, set[str]]) -> set:
    """The letters used by what is shown around `page` (the pages it sits on, and root)."""
    while page is not root:
        page = _page_of(page.parentWidget(), root)
        if page in taken_by_page:
            return taken_by_page[page]
    return set()


def _mnemonic_candidates(root: QWidget) -> list[QWidget]:
    found = [
        w
        for w in root.findChildren(QAbstractButton)
        if is_name(w.text()) and not _inside_compound(w)
    ]
    found += [w for w in root.findChildren(QLabel) if w.buddy() is not None and is_name(w.text())]
    return found


def _page_of(widget: QWidget | None, root: QWidget) -> QWidget:
    """The page of a stack (or tab widget) that `widget` is on; `root` when none."""
    while widget is not None and widget is not root:
        parent = widget.parentWidget()
        if isinstance(parent, QStackedWidget):
            return widget
        widget = parent
    return root


def _depth(widget: QWidget, root: QWidget) -> int:
    depth = 0
    while widget is not None and widget is not root:
        widget, depth = widget.parentWidget(), depth + 1
    return depth


def _text(widget: QWidget) -> str:
    return widget.text()  # type: ignore[attr-defined]


def mnemonic_of(text: str) -> str:
    match = _MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).lower() if match else ""


def _give_mnemonic(widget: QWidget, taken: set[str], reserved: str = "") -> None:
    text = _text(widget)
    if "&" in text.replace("&&", ""):
        return
    positions = _candidate_positions(text)
    free = [p for p in positions if text[p].lower() not in taken]
    # No letter left: share one. Qt then moves focus between the widgets with that letter
    # at each press (Space presses the button), rather than pressing one at once. Never a
    # menu's letter: Alt+A must open Arkiv ("Anslaget sattes upp" took it on the Justering
    # page once "Ajournering" took its "g").
    shareable = [p for p in positions if text[p].lower() not in reserved]
    chosen = free[0] if free else (shareable[0] if shareable else None)
    if chosen is None:
        return
    taken.add(text[chosen].lower())
    own_key = widget.shortcut() if isinstance(widget, QAbstractButton) else QKeySequence()
    widget.setText(text[:chosen] + "&" + text[chosen:])  # type: ignore[attr-defined]
    if not own_key.isEmpty():
        # A button's text with & replaces its key (Ctrl+N) with Alt+letter: keep both.
        kept = QShortcut(own_key, widget)
        kept.activated.connect(widget.animateClick)  # type: ignore[attr-defined]


def _candidate_positions(text: str) -> list[int]:
    """Where a mnemonic may go, best first: the first letter, other words' first letters,
    then any letter (Swedish letters after the rest)."""
    starts = [m.start() for m in re.finditer(r"\b\w", text)]
    rest = [i for i, ch in enumerate(text) if ch.isalnum() and i not in starts]

    def rank(i: int) -> int:
        ch = text[i].lower()
        return MNEMONIC_LETTERS.index(ch) // 26 if ch in MNEMONIC_LETTERS else 9

    ordered = [i for i in starts if text[i].lower() in MNEMONIC_LETTERS]
    ordered += sorted((i for i in rest if text[i].lower() in MNEMONIC_LETTERS), key=rank)
    return ordered


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
