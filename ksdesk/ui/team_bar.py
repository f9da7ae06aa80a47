"""Team mode in the window: the status bar says "Synkad 10.42" or "Offline: 3 ändringar
väntar"; the window syncs by itself (every few minutes, soon after an edit, at once when a
colleague's change is heard by NOTIFY) whenever the server answers; Arkiv → Team holds sync,
check-out, check-in, breaking a colleague's check-out, conflicts, what was deleted on the
server, and linking.

Nothing here runs for a file without a link: the label stays hidden, no timer ticks. The sync
runs on a worker thread with a connection of its own to the file (services.team.sync_beside),
and so do check-out and check-in (ui/team_lease.py); the NOTIFY listener on a plain thread of
its own, with its own server connection. The dialogs that write what a sync would push
(Konflikter, Borttaget på servern) open when no sync runs, and pause the syncing while open."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow, QMenu

from ksdesk.core import team_no_answer
from ksdesk.core.errors import KsdeskError, ServerLoginFailed, ServerNeedsNewer, ServerUnavailable
from ksdesk.core.team import Link, SyncResult
from ksdesk.services import team
from ksdesk.ui.team_lease import LeaseActions
from ksdesk.ui.undo import announce_once
from ksdesk.ui.worker import BackgroundRunner

SYNC_MINUTES = 5  # a timed sync, besides those after an edit and after a NOTIFY
SOON_MS = 3000  # after an edit or a colleague's change: a pause, then one sync for a burst
RETRY_LISTEN_S = 30


class TeamBar(QObject):
    heard = Signal()  # a colleague changed something (from the listener thread)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.online = False
        self.trouble = ""  # the server answers but will not sync: what the label says then
        self._announcing = False
        self.label = QLabel()
        self.label.setObjectName("team_status")
        window.ui.status_bar.addPermanentWidget(self.label)
        self.runner = BackgroundRunner(self)
        self.runner.finished.connect(self._synced)
        self.runner.failed.connect(self._failed)
        self.timer = QTimer(self)
        self.timer.setInterval(SYNC_MINUTES * 60 * 1000)
        self.timer.timeout.connect(self.sync_now)
        self.soon = QTimer(self)
        self.soon.setSingleShot(True)
        self.soon.setInterval(SOON_MS)
        self.soon.timeout.connect(self.sync_now)
        self.heard.connect(self.soon.start)
        self._stop_listening = threading.Event()
        self._listener: threading.Thread | None = None
        self._after_sync: Callable[[], None] | None = None  # waits for the running sync
        self.menu = self._install_menu()
        self.lease = LeaseActions(self)
        signal = getattr(QApplication.instance(), "data_changed", None)
        if signal is not None:
            signal.connect(self._data_changed)
        self.store_changed()

    # The open file ---------------------------------------------------------------------

    @property
    def store(self):
        return self.window.store

    def link(self) -> Link | None:
        store = self.store
        return None if store.read_only else team.link_of(store)

    def store_changed(self) -> None:
        self.stop()
        link = self.link()
        self.label.setVisible(link is not None)
        self.enable_actions(not self.lease.busy)
        if link is None:
            return
        self.online, self.trouble = False, ""
        self.show_status()
        self.timer.start()
        self.soon.start(300)
        self._listen(link)

    def enable_actions(self, on: bool) -> None:
        """Arkiv → Team's actions on (those a linked file may use), or all off while a
        check-out or check-in runs."""
        linked = self.link() is not None
        for action in self.menu.actions():
            name = action.objectName()
            action.setEnabled(on and (linked or name == "action_team_link"))

    def show_status(self, text: str = "") -> None:
        if self.link() is not None:
            self.label.setText(text or self.trouble or team.status(self.store, self.online))

    def _data_changed(self, _topic: object) -> None:
        if self._announcing:
            return  # the sync's own pull, not an edit
        if self.link() is not None and not self.runner.busy and not self.lease.busy:
            self.show_status()
            self.soon.start()

    # Syncing --------------------------------------------------------------------------

    def sync_now(self) -> None:
        if self.link() is None or self.runner.busy or self.lease.busy:
            return
        store = self.store
        self.show_status("Synkar …")
        self.runner.start(lambda _progress: team.sync_beside(store))

    def when_idle(self, action: Callable[[], None], then: str = "fönstret öppnas") -> None:
        """`action` now, or, while the window's sync runs, as soon as it has ended: the
        window answers meanwhile (stop() would wait for it on the GUI thread). `then` says
        in the status bar what waits ("Synkar … (fönstret öppnas när synkningen är klar)")."""
        self.timer.stop()
        self.soon.stop()
        if not self.runner.busy:
            action()
            return
        self.show_status(f"Synkar … ({then} när synkningen är klar)")
        self._after_sync = action

    def _run_after_sync(self) -> None:
        action, self._after_sync = self._after_sync, None
        if action is not None:  # from the event loop, not inside the runner's signal
            QTimer.singleShot(0, action)

    def _synced(self, result: SyncResult) -> None:
        self.online, self.trouble = True, ""
        self._announcing = True
        try:
            # Once: a pulled meeting is three topics, and the Kallelse tab read it twice.
            announce_once(team.topics_for(result))
        finally:
            self._announcing = False
        self.show_status()
        if result.konflikter:
            self.window.ui.status_bar.showMessage(
                f"{len(result.konflikter)} att lösa mot servern: Arkiv → Team → Konflikter.",
                15_000,
            )
        self._run_after_sync()

    def _failed(self, error: object) -> None:
        self.online, self.trouble = False, ""
        said = f"Synkningen misslyckades: {error}"
        if isinstance(error, ServerLoginFailed):
            self.trouble = team_no_answer.LOGIN_FAILED
            said = team_no_answer.login_failed_in_window(error.server, error.user)
        elif isinstance(error, ServerNeedsNewer):
            self.trouble, said = team_no_answer.NEEDS_NEWER, str(error)
        self.show_status()
        self._run_after_sync()
        if isinstance(error, KsdeskError) and not isinstance(error, ServerUnavailable):
            self.window.ui.status_bar.showMessage(said, 15_000)
        elif not isinstance(error, KsdeskError):
            raise error  # type: ignore[misc]  # a bug: the window's error handler shows it

    # Hearing colleagues' changes -----------------------------------------------------

    def _listen(self, link: Link) -> None:
        self._stop_listening = threading.Event()
        stop = self._stop_listening
        thread = threading.Thread(target=self._listen_loop, args=(link, stop), daemon=True)
        thread.start()
        self._listener = thread

    def _listen_loop(self, link: Link, stop: threading.Event) -> None:
        while not stop.is_set():
            try:
                listener = team.ChangeListener(link)
            except KsdeskError:  # offline: try again later
                stop.wait(RETRY_LISTEN_S)
                continue
            try:
                while not stop.is_set():
                    if listener.wait(1.0):
                        self.heard.emit()
            except Exception:  # the connection dropped: listen again
                stop.wait(1.0)
            finally:
                listener.close()

    def stop(self) -> None:
        """Timers off, listener told to stop, a running sync waited for (closing, switching)."""
        self.timer.stop()
        self.soon.stop()
        self._after_sync = None  # a dialog waiting for the sync is not opened on another file
        self.lease.forget()
        self._stop_listening.set()
        self.runner.wait(30_000)
        self.lease.runner.wait(30_000)  # a check-in half done is finished, not dropped

    # Arkiv → Team ---------------------------------------------------------------------

    def _install_menu(self) -> QMenu:
        menu = QMenu("&Team", self.window)
        menu.setObjectName("menu_team")
        entries = (
            ("action_team_sync", "&Synka nu", self.sync_now),
            ("action_team_checkout", "Checka &ut sammanträdet …", self.check_out),
            ("action_team_checkin", "Checka &in sammanträdet", self.check_in),
            ("action_team_break", "Br&yt utcheckning …", self.break_lease),
            ("action_team_conflicts", "&Konflikter …", self.show_conflicts),
            ("action_team_deleted", "&Borttaget på servern …", self.show_deleted),
            ("action_team_link", "&Koppla till server …", self.link_file),
        )
        for name, text, slot in entries:
            action = QAction(text, self.window)
            action.setObjectName(name)
            action.triggered.connect(slot)
            menu.addAction(action)
        self.window.ui.menu_arkiv.insertMenu(self.window.ui.action_quit, menu)
        return menu

    def selected_meeting(self):
        tab = self.window.tabs.get("Kallelse") or self.window.tabs.get("Sammanträde")
        return getattr(tab, "meeting", None)

    def check_out(self) -> None:
        self.lease.ask(checkout=True)

    def check_in(self) -> None:
        self.lease.ask(checkout=False)

    def break_lease(self) -> None:
        """A colleague's check-out of the chosen meeting broken (the organ's administrator):
        asked first, then run on the worker as a check-out is (ui/team_lease.py)."""
        self.lease.ask_break()

    def show_conflicts(self) -> None:
        """Conflicts to resolve: the window's own syncing waits while the dialog is open (a
        resolve writes the unit the sync would push), opened once a sync running now ended."""
        self.when_idle(self._open_conflicts)

    def _open_conflicts(self) -> None:
        from ksdesk.ui.dialogs.conflict_dialog import ConflictDialog

        self._exec_with_sync_paused(ConflictDialog)

    def show_deleted(self) -> None:
        """What was deleted on the server, to bring back: the window's own syncing waits
        while the dialog syncs the file (opened once a sync running now has ended)."""
        self.when_idle(self._open_deleted)

    def _open_deleted(self) -> None:
        from ksdesk.ui.dialogs.deleted_dialog import DeletedDialog

        self._exec_with_sync_paused(DeletedDialog)

    def _exec_with_sync_paused(self, dialog_class: Callable[..., QDialog]) -> None:
        """`dialog_class(store, window)` shown with the window's syncing stopped, and the
        bar (and its syncing) started again whatever the dialog did."""
        self.stop()
        try:
            dialog_class(self.store, self.window).exec()
        finally:
            self.store_changed()

    def link_file(self) -> None:
        from ksdesk.ui.dialogs.link_dialog import LinkDialog

        if LinkDialog(self.store, self.window).exec():
            self.store_changed()
