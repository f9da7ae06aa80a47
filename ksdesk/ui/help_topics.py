"""Which page of the handbook (F1) is about what: each tab, page and dialog names its topic in
a `help_topic` property ("sammantrade.md#upprop"), the nearest one up the widget tree wins,
and F1 anywhere opens the handbook there. The handbook's window (dialogs/help_window.py, a
text browser and its Markdown) is built on the first F1, not at start-up."""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QStackedWidget, QTabWidget, QWidget

from ksdesk import paths

TOPIC_PROPERTY = "help_topic"
HOME = "index.md"
HELP_WINDOW_NAME = "ksdesk_handbok"
_HAS_F1 = "ksdesk_f1"  # a window's property: its F1 shortcut is made


def open_help(topic: str, owner: QWidget) -> QWidget:
    """Show the handbook at `topic` (dialogs.help_window.open_help)."""
    from ksdesk.ui.dialogs.help_window import open_help as open_window

    return open_window(topic, owner)


def anchor(heading: str) -> str:
    """The fragment a link uses for a heading: lower case, words joined by '-', as GitHub
    does ("Var finns säkerhetskopiorna?" → "var-finns-säkerhetskopiorna")."""
    words = re.sub(r"[^\w\s-]", "", heading.lower()).split()
    return "-".join(words)


def topic_for(widget: QWidget | None) -> str:
    """The handbook topic of `widget`: its own or its nearest ancestor's `help_topic`. Inside
    a page of a tab widget (Sammanträde › Upprop), the section of that page whose heading is
    the tab's title, when the topic's page has one ("sammantrade.md#upprop")."""
    section = ""
    while widget is not None:
        topic = widget.property(TOPIC_PROPERTY)
        if topic:
            topic = str(topic)
            if section and "#" not in topic and _has_heading(topic, section):
                return f"{topic}#{section}"
            return topic
        section = section or _tab_section(widget)
        widget = widget.parentWidget()
    return HOME


def _tab_section(widget: QWidget) -> str:
    """The anchor of the tab `widget` is the page of, if it is one ("Tidsfrister (1 att
    åtgärda)" → "tidsfrister")."""
    stack = widget.parentWidget()
    tabs = stack.parentWidget() if isinstance(stack, QStackedWidget) else None
    if not isinstance(tabs, QTabWidget):
        return ""
    index = tabs.indexOf(widget)
    return anchor(tabs.tabText(index).split("(")[0].replace("&", "")) if index >= 0 else ""


def _has_heading(page: str, section: str) -> bool:
    path = paths.help_dir() / page
    if not path.is_file():
        return False
    lines = path.read_text(encoding="utf-8").splitlines()
    return any(line.startswith("#") and anchor(line.lstrip("#")) == section for line in lines)


def set_topic(widget: QWidget, topic: str) -> None:
    widget.setProperty(TOPIC_PROPERTY, topic)


class HelpKey(QObject):
    """F1 anywhere in ksdesk, dialogs included: the handbook at the topic of what has focus.
    Each window gets its own F1 shortcut when the keyboard focus first enters it (as the
    dialogs get their fittings, ui/access.py). Not an event filter on the application: that
    had Qt hand every event of every object to Python, some 20 ms of each start and a toll
    on every event after. A modal dialog blocks other windows, so its handbook window is its
    own child."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        app.focusChanged.connect(self._focus_moved)

    def _focus_moved(self, _old: QWidget | None, now: QWidget | None) -> None:
        window = now.window() if now is not None else None
        if window is None or window.property(_HAS_F1) or window.objectName() == HELP_WINDOW_NAME:
            return  # the handbook's own window: F1 there is the text browser's
        window.setProperty(_HAS_F1, True)
        if hasattr(window, "show_help"):
            return  # the main window: Hjälp → Handbok has F1, and knows its tabs' topics
        key = QShortcut(QKeySequence(Qt.Key.Key_F1), window)
        key.setContext(Qt.ShortcutContext.WindowShortcut)
        key.activated.connect(lambda: open_help(topic_for(self.app.focusWidget()), window))


def install_help_key(app: QApplication) -> HelpKey:
    """One HelpKey for the application, however often asked (a second would give each window
    a second F1, and two shortcuts on one key make Qt run neither)."""
    # Positional: a keyword argument makes PySide parse the method's signatures, which
    # builds QStyle's enums, 5 ms of every start.
    key = app.findChild(HelpKey, "", Qt.FindChildOption.FindDirectChildrenOnly)
    return key if key is not None else HelpKey(app)
