"""The main window: one tab per part of the secretary's work, built when first shown."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QPaintEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ksdesk import __version__
from ksdesk.core.errors import KsdeskError
from ksdesk.services.store import Store, flush
from ksdesk.ui import access, mnemonics, safety, settings, undo, window_state
from ksdesk.ui.forms.ui_main_window import Ui_MainWindow
from ksdesk.ui.help_topics import HOME, open_help, set_topic, topic_for
from ksdesk.ui.tab_registry import TABS
from ksdesk.ui.tabs.base_tab import BaseTab
from ksdesk.ui.widgets import status_bar

if TYPE_CHECKING:
    from ksdesk.ui.background_reads import BackgroundReads
    from ksdesk.ui.team_bar import TeamBar


class MainWindow(QMainWindow):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.ui.status_bar = status_bar.install(self)  # a long message ends in "…"
        self.store = store
        self.undo_stack = undo.UndoStack(self)
        undo.bind(store, self.undo_stack)
        self.action_undo, self.action_redo = undo.install_actions(
            self.undo_stack, self.ui.menu_redigera, self
        )
        self._hosts: list[QWidget] = []
        self.tabs: dict[str, BaseTab] = {}
        for title, _factory, topic in TABS:
            host = QWidget()
            QVBoxLayout(host).setContentsMargins(0, 0, 0, 0)
            set_topic(host, topic)
            self._hosts.append(host)
            self.ui.tabs.addTab(host, title)
        self.ui.tabs.currentChanged.connect(self._ensure_tab)
        self._connect_menus()
        # The open file, always in the status bar: a passing message (a backup made) covers
        # it for a moment and it comes back after.
        self.database_label = QLabel()
        self.database_label.setObjectName("database_label")
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.ui.status_bar.addWidget(self.database_label, 1)
        self.safety = safety.SafetyFittings(self)
        self._add_search()
        self._team: TeamBar | None = None
        self._reads: BackgroundReads | None = None
        self._after_paint: list[Callable[[], object]] | None = [lambda: self.team]
        window_state.restore_window(self, self.ui.tabs)  # before a tab is built: only that one
        self._show_store()

    @property
    def team(self) -> TeamBar:
        """Team mode's status label, timers and Arkiv → Team menu. Built once the window is
        painted (see paintEvent): its modules and a sync's set-up are not what the first
        screen shows. Asked for earlier, it is built then."""
        if self._team is None:
            from ksdesk.ui.team_bar import TeamBar

            self._team = TeamBar(self)
        return self._team

    def after_first_paint(self, work: Callable[[], object]) -> None:
        """Run `work` once the window is on screen (at once when it is already): what the
        first screen does not show waits, so the window comes up sooner."""
        if self._after_paint is None:
            work()
        else:
            self._after_paint.append(work)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._after_paint is not None:
            waiting, self._after_paint = self._after_paint, None
            # Next time the event loop is idle: this first paint (children too) is done then.
            QTimer.singleShot(0, self, lambda: self._run_waiting(waiting))

    def _run_waiting(self, waiting: list[Callable[[], object]]) -> None:
        if self.store.closed:  # closed in the meantime: nothing of it is wanted now
            return
        for work in waiting:
            work()

    def _add_search(self) -> None:
        """The search field at the right of the menu bar (Ctrl+K, Ctrl+F)."""
        from ksdesk.ui import search_open
        from ksdesk.ui.widgets.search_box import SearchBox, in_corner

        self.search_box = SearchBox(
            self,
            lambda text: search_open.search(self, text),
            lambda hit: search_open.open_hit(self, hit),
        )
        self.ui.menu_bar.setCornerWidget(in_corner(self.search_box, self.ui.menu_bar))

    def _connect_menus(self) -> None:
        ui = self.ui
        ui.action_new.triggered.connect(self._new_database)
        ui.action_open.triggered.connect(self._open_other)
        ui.menu_recent.aboutToShow.connect(self._fill_recent)
        ui.action_quit.triggered.connect(self.close)
        # F1 is this action's shortcut (the form's); every other window gets its own F1 when
        # the focus first enters it (ui/help_topics.HelpKey). The menu shows it beside the entry.
        ui.action_help.setText("&Handbok\tF1")
        ui.action_help.triggered.connect(self.show_help)
        ui.action_where.triggered.connect(lambda: open_help("filer.md", self))
        ui.action_welcome.triggered.connect(self._welcome)
        ui.action_log.triggered.connect(self._show_log)
        ui.action_about.triggered.connect(self._about)

    def _show_store(self) -> None:
        name = self.store.path.name if self.store.path else "(i minnet)"
        self.setWindowTitle(f"{name}{safety.title_mark(self.store)} – ksdesk")
        self.database_label.setText(f"Databas: {self.store.path}")
        if self.store.path is not None:
            # Arkiv → Öppna senaste is written to disk once the window is up (3 ms of start-up).
            path = self.store.path
            self.after_first_paint(lambda: settings.remember_database(path))
        self.after_first_paint(self._read_in_background)
        self._ensure_tab(self.ui.tabs.currentIndex())

    def _read_in_background(self) -> None:
        """The search index's unread files and a long history's ärenden (ui.background_reads)."""
        if self._reads is None:
            from ksdesk.ui.background_reads import BackgroundReads

            self._reads = BackgroundReads(self)
        self._reads.start()

    def _ensure_tab(self, index: int) -> None:
        """Build a tab the first time it is shown: start-up pays only for the first one."""
        if index < 0:
            return
        title, factory, _topic = TABS[index]
        if title not in self.tabs:
            tab = factory(self.store)
            self._hosts[index].layout().addWidget(tab)
            self.tabs[title] = tab
            window_state.restore_splitters(title, tab)
        # The tabs behind reload when shown again, not at every edit in this one.
        for other, built in self.tabs.items():
            if other != title:
                built.set_in_sight(False)
        self.tabs[title].set_in_sight(True)
        # Again at each showing: a button made or renamed since gets its mnemonic too.
        access.fit_out(self.tabs[title], reserved=self._menu_letters())

    def _menu_letters(self) -> str:
        """Alt+A, Alt+R, Alt+H open the menus: a button's mnemonic never takes them."""
        titles = (action.text() for action in self.ui.menu_bar.actions())
        return "".join(mnemonics.mnemonic_of(title) for title in titles)

    def tab(self, title: str) -> BaseTab:
        self.ui.tabs.setCurrentIndex([t for t, _f, _p in TABS].index(title))
        return self.tabs[title]

    def _new_database(self) -> None:
        from ksdesk.ui.dialogs.open_problems import create_interactively

        folder = str(self.store.path.parent) if self.store.path else ""
        self.switch_to(create_interactively(self, folder))

    def _open_other(self) -> None:
        from ksdesk.ui.startup import choose_path

        path = choose_path(self)
        if path is not None:
            self.open_path(path)

    def open_path(self, path: Path) -> None:
        from ksdesk.ui.dialogs.open_problems import open_interactively

        if self.store.path is not None and path.resolve() == self.store.path.resolve():
            self.ui.status_bar.showMessage(f"{path.name} är redan öppen.", 5000)
            return
        self.switch_to(open_interactively(path, self))

    def _fill_recent(self) -> None:
        menu = self.ui.menu_recent
        menu.clear()
        current = self.store.path.resolve() if self.store.path else None
        recent = [p for p in settings.recent_databases() if p != current]
        for number, path in enumerate(recent, start=1):
            action = menu.addAction(f"&{number} {path.name}   ({path.parent})")
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        if not recent:
            menu.addAction("Inga andra databaser ännu").setEnabled(False)

    def _welcome(self) -> None:
        from ksdesk.ui.startup import welcome

        start = welcome(self, self.store.path)
        if start is not None:
            self.switch_to(start.store)
            if start.then:
                self.start_import(start.then)

    def start_import(self, kind: str) -> bool:
        """Bring in a document: "delegation" (a delegationsordning) or "budget" (a sheet),
        in its tab, with the import's own report before anything is saved."""
        title = {"delegation": "Delegation", "budget": "Budget"}[kind]
        return self.tab(title).import_document()

    def switch_to(self, store: Store | None) -> None:
        """Close the open database (everything is saved) and show `store` instead (None:
        the secretary changed her mind)."""
        if store is None:
            return
        self._close_store()
        self.store = store
        undo.bind(store, self.undo_stack)
        self.safety.store_changed()
        if self._team is not None:
            self._team.store_changed()
        self._save_splitters()
        for title in list(self.tabs):
            self.tabs.pop(title).deleteLater()
        self._show_store()

    def show_help(self) -> None:
        """The handbook at the page about what has focus (the current tab's, at least)."""
        topic = topic_for(self.focusWidget())
        if topic == HOME:
            topic = topic_for(self._hosts[self.ui.tabs.currentIndex()])
        open_help(topic, self)

    def _show_log(self) -> None:
        from ksdesk.ui.dialogs.log_dialog import LogDialog

        LogDialog(self).exec()

    def _close_store(self) -> None:
        """Every edit is already committed; fold the WAL into the file, then let it go."""
        if self._team is not None:
            self._team.stop()
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
        if self._team is not None:
            self._team.stop()
        self._flush_tabs()
        with contextlib.suppress(KsdeskError):
            flush(self.store)
        window_state.save_window(self, self.ui.tabs)
        self._save_splitters()
        super().closeEvent(event)

    def _save_splitters(self) -> None:
        for title, tab in self.tabs.items():
            window_state.save_splitters(title, tab)

    def _flush_tabs(self) -> None:
        """Text typed but waiting for its pause-in-typing save is saved now, and background
        work stops (a reader mid-snapshot would hold up the checkpoint that follows)."""
        for tab in self.tabs.values():
            tab.flush_pending()
            tab.stop_work()
        from ksdesk.ui.background_reads import BackgroundReads

        (self._reads or BackgroundReads(self)).stop()  # a tab may have started the reading
        from ksdesk.ui.pdf_builds import stop_builds

        stop_builds(self)  # a document still being made is not shown
        self.safety.stop()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            "Om ksdesk",
            f"<b>ksdesk {__version__}</b><br>Kallelse, budget och delegation för "
            "nämndsekreteraren – allt i en lokal fil.",
        )
