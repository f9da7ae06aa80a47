"""What the main window remembers between sessions (ui/settings.py's fonster.ini): its size
and place, which tab was open, and where every splitter of every tab was left."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QSplitter, QTabWidget, QWidget

from ksdesk.ui import settings

GEOMETRY_KEY = "fonster/geometri"
TAB_KEY = "fonster/flik"
SPLITTER_GROUP = "avdelare"


def restore_window(window: QMainWindow, tabs: QTabWidget) -> bool:
    """Size, place and tab as last left; False when there is nothing to restore (first
    start: the window keeps the size it was given)."""
    store = settings.settings()
    geometry = store.value(GEOMETRY_KEY)
    restored = bool(geometry) and window.restoreGeometry(geometry)
    index = store.value(TAB_KEY, 0, int)
    if 0 <= index < tabs.count():
        tabs.setCurrentIndex(index)
    return restored


def save_window(window: QMainWindow, tabs: QTabWidget) -> None:
    store = settings.settings()
    store.setValue(GEOMETRY_KEY, window.saveGeometry())
    store.setValue(TAB_KEY, tabs.currentIndex())


def restore_splitters(name: str, page: QWidget) -> None:
    """Each named splitter of `page` where it was left (a splitter that changed its number
    of parts since is left as the form made it)."""
    store = settings.settings()
    for splitter in page.findChildren(QSplitter):
        state = store.value(_key(name, splitter))
        if state:
            splitter.restoreState(state)


def save_splitters(name: str, page: QWidget) -> None:
    store = settings.settings()
    for splitter in page.findChildren(QSplitter):
        if splitter.objectName():
            store.setValue(_key(name, splitter), splitter.saveState())


def _key(name: str, splitter: QSplitter) -> str:
    return f"{SPLITTER_GROUP}/{name}/{splitter.objectName()}"
