"""The main window: one tab per part of the secretary's work, built when first shown."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QVBoxLayout, QWidget

from ksdesk import __version__
from ksdesk.core.errors import KsdeskError
from ksdesk.services.store import Store, flush
from ksdesk.ui import safety, undo
from ksdesk.ui.forms.ui_main_window import Ui_MainWindow
from ksdesk.ui.tabs.base_tab import BaseTab


def _kallelse(store: Store) -> BaseTab:
    from ksdesk.ui.tabs.kallelse_tab import KallelseTab

    return KallelseTab(store)


def _budget(store: Store) -> BaseTab:
    from ksdesk.ui.tabs.budget_tab import BudgetTab

    return BudgetTab(store)


def _delegation(store: Store) -> BaseTab:
    from ksdesk.ui.tabs.delegation_tab import DelegationTab

    return DelegationTab(store)


def _sammantrade(store: Store) -> BaseTab:
    from ksdesk.ui.tabs.sammantrade_tab import SammantradeTab

    return SammantradeTab(store)


TABS: tuple[tuple[str, Callable[[Store], BaseTab]], ...] = (
    ("Kallelse", _kallelse),
    ("Budget", _budget),
    ("Delegation", _delegation),
    ("Sammanträde", _sammantrade),
)


class MainWindow(QMainWindow):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.store = store
        self.undo_stack = undo.UndoStack(self)
        undo.bind(store, self.undo_stack)
        self.action_undo, self.action_redo = undo.install_actions(
            self.undo_stack, self.ui.menu_redigera, self
        )
        self._hosts: list[QWidget] = []
        self.tabs: dict[str, BaseTab] = {}
        for title, _factory in TABS:
            host = QWidget()
            QVBoxLayout(host).setContentsMargins(0, 0, 0, 0)
            self._hosts.append(host)
            self.ui.tabs.addTab(host, title)
        self.ui.tabs.currentChanged.connect(self._ensure_tab)
        self.ui.action_new.triggered.connect(self._new_database)
        self.ui.action_open.triggered.connect(self._open_other)
        self.ui.action_quit.triggered.connect(self.close)
        self.ui.action_about.triggered.connect(self._about)
        self.safety = safety.SafetyFittings(self)
        self._show_store()

    def _show_store(self) -> None:
        name = self.store.path.name if self.store.path else "(i minnet)"
        self.setWindowTitle(f"{name}{safety.title_mark(self.store)} – ksdesk")
        self.ui.status_bar.showMessage(f"Databas: {self.store.path}")
        self._ensure_tab(self.ui.tabs.currentIndex())

    def _ensure_tab(self, index: int) -> None:
        """Build a tab the first time it is shown: start-up pays only for the first one."""
        if index < 0:
            return
        title, factory = TABS[index]
        if title not in self.tabs:
            tab = factory(self.store)
            self._hosts[index].layout().addWidget(tab)
            self.tabs[title] = tab

    def tab(self, title: str) -> BaseTab:
        self.ui.tabs.setCurrentIndex([t for t, _ in TABS].index(title))
        return self.tabs[title]

    def _new_database(self) -> None:
        from ksdesk.ui.dialogs.open_problems import create_interactively

        folder = str(self.store.path.parent) if self.store.path else ""
        self._switch_to(create_interactively(self, folder))

    def _open_other(self) -> None:
        from pathlib import Path

        from ksdesk.ui.dialogs.open_problems import DATABASE_FILTER, open_interactively

        path, _filter = QFileDialog.getOpenFileName(self, "Öppna databas", "", DATABASE_FILTER)
        if path:
            self._switch_to(open_interactively(Path(path), self))

    def _switch_to(self, store: Store | None) -> None:
        """Show `store` instead of the open database (None: the secretary changed her mind)."""
        if store is None:
            return
        self._close_store()
        self.store = store
        undo.bind(store, self.undo_stack)
        self.safety.store_changed()
        for title in list(self.tabs):
            self.tabs.pop(title).deleteLater()
        self._show_store()

    def _close_store(self) -> None:
        """Every edit is already committed; fold the WAL into the file, then let it go."""
        self._flush_tabs()
        self.undo_stack.clear()
        try:
            flush(self.store)
        except KsdeskError as error:
            QMessageBox.warning(self, "ksdesk", str(error))
        self.store.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        # The store is closed by whoever opened it (ui.app.run); here it is only flushed, so
        # nothing committed is left behind in the -wal file alone.
        # A failed checkpoint loses nothing: the edits stay in the -wal file beside it.
        self._flush_tabs()
        with contextlib.suppress(KsdeskError):
            flush(self.store)
        super().closeEvent(event)

    def _flush_tabs(self) -> None:
        """Text typed but waiting for its pause-in-typing save is saved now, and background
        work stops (a reader mid-snapshot would hold up the checkpoint that follows)."""
        for tab in self.tabs.values():
            tab.flush_pending()
            tab.stop_work()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            "Om ksdesk",
            f"<b>ksdesk {__version__}</b><br>Kallelse, budget och delegation för "
            "nämndsekreteraren – allt i en lokal fil.",
        )
