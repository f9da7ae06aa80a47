"""What every tab shares: the open store, the window's undo stack, a refresh when data it
shows has changed, and one way to make an edit (saved at once, undoable, refused when the
file is open read-only)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ksdesk.core.errors import KsdeskError
from ksdesk.core.topics import Topic
from ksdesk.services.store import Store
from ksdesk.ui import undo

T = TypeVar("T")
# What an edit of a file opened read-only is told (the tab, its pages, the Sammanträde lock).
READ_ONLY_MESSAGE = "Filen är öppnad skrivskyddad: ändringar kan inte sparas."
# The title over a chosen file that could not be read: nothing was being saved yet.
NOT_READ = "Kan inte läsa in filen"


class Record(Protocol):
    """How a page writes an edit: `apply(after)` now, and put on the tab's undo stack so
    Ctrl+Z applies `before`; False (the user told why) when refused. A page is given this
    function, never the tab."""

    def __call__(
        self,
        text: str,
        apply: Callable[[Any], Topic],
        before: Any,
        after: Any,
        *,
        merge_key: object | None = None,
    ) -> bool: ...


class BaseTab(QWidget):
    # The topics of KsdeskApp.data_changed this tab shows.
    concerns: frozenset[Topic] = frozenset()

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self._in_sight = True  # the main window says when another tab covers this one
        self._missed: set[Topic] = set()  # changes made meanwhile
        # The main window binds its stack to the store before it builds a tab.
        self.undo_stack: undo.UndoStack = undo.stack_for(store)
        app = QApplication.instance()
        signal = getattr(app, "data_changed", None)
        if signal is not None:
            signal.connect(self._on_data_changed)

    @property
    def read_only(self) -> bool:
        """True when another ksdesk has the file: offer no edits (disable edit widgets)."""
        return bool(getattr(self.store, "read_only", False))

    def lease_reason(self, meeting: Any) -> str:
        """Team mode: why `meeting` may be read but not changed here ("" when it may, or
        when no meeting is shown)."""
        if meeting is None:
            return ""
        from ksdesk.services.team_locks import locked_reason

        return locked_reason(self.store, meeting.uuid)

    def own_lease(self, meeting: Any) -> str:
        """Team mode: "Utcheckat av dig sedan …" when this laptop has `meeting` checked out."""
        if meeting is None:
            return ""
        from ksdesk.services.team_locks import own_lease_note

        return own_lease_note(self.store, meeting.uuid)

    def _on_data_changed(self, topic: str) -> None:
        if getattr(self.store, "closed", False):
            return  # a tab of a window whose database has been closed (another opened)
        if topic in self.concerns or topic == Topic.ALL:
            if not self._in_sight:
                # Reloaded when it is shown again: an edit in the Kallelse tab does not wait
                # for the Uppföljning tab to reload ten years of paragraphs behind it.
                self._missed.add(Topic(topic))
                return
            self.refresh_for(Topic(topic))

    def set_in_sight(self, in_sight: bool) -> None:
        """The main window's word that this tab is shown (its page is the current one) or
        covered by another; shown again, it reloads once for what changed meanwhile."""
        self._in_sight = in_sight
        if in_sight and self._missed:
            missed, self._missed = self._missed, set()
            if len(missed) == 1 and Topic.ALL not in missed:
                self.refresh_for(missed.pop())
            else:
                self.refresh()

    def refresh_for(self, topic: Topic) -> None:
        """Reload what `topic` changed; a tab that can reload less than everything for
        some topic overrides this."""
        self.refresh()

    def flush_pending(self) -> None:
        """Save what is typed but not yet saved (a text saved after a pause in typing): the
        window calls this before it closes or switches database, so no edit is lost."""

    def refresh(self) -> None:
        """Reload what the tab shows from the store."""
        raise NotImplementedError

    def import_document(self) -> bool:
        """Ask for a document and import it, for a tab that reads documents (the welcome's
        Importera dokument); True once something was imported."""
        return False

    def stop_work(self) -> None:
        """Stop work this tab runs off the GUI thread (the window closes, or the database
        is about to be closed): wait for it, so nothing reads the file afterwards."""

    def edit(
        self,
        text: str,
        apply: Callable[[T], Topic],
        before: T,
        after: T,
        *,
        merge_key: object | None = None,
    ) -> bool:
        """Write `after` through `apply` now and push the edit on the undo stack; `apply`
        returns the Topic its service returns, announced after each write.

        `text` names the edit in Swedish for the Redigera menu ("Ändra plats"). Returns
        False (after telling the user why) when the edit was refused; nothing is then
        written and nothing pushed."""
        return self.run_edit(undo.SnapshotCommand(text, apply, before, after, merge_key=merge_key))

    def run_edit(self, command: undo.SnapshotCommand) -> bool:
        if self.read_only:
            self.show_error(READ_ONLY_MESSAGE)
            return False
        try:
            undo.push_edit(self.undo_stack, command)
        except KsdeskError as error:
            self.show_error(str(error))
            return False
        return True

    def show_error(self, message: str, title: str = "Kan inte spara") -> None:
        QMessageBox.warning(self, title, message)
