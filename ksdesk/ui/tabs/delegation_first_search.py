"""The first delegation check in a file, searched off the GUI thread.

The check compares the delegationsordning with every text of the file that cites a §. The
citations found are kept in the file meeting by meeting (services.citing_texts), so a check
searches only the meetings changed since; but the very first check in a file (one made before
the citations were kept, or after ksdesk's rules for finding them changed) searches every
meeting: 200–300 ms of CPU at ten years, 0.8 s with a cold disk cache, which froze the window
when the tab was first shown. Here that search runs on a worker with a connection of its own
(services.delegation_check.search_beside); the tab says so in its findings' line meanwhile and
checks once the citations are kept (`ready`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal

from ksdesk.services import delegation_check
from ksdesk.ui.tabs.first_on_worker import FirstOnWorker, Progress

if TYPE_CHECKING:
    from ksdesk.services.store import Store
    from ksdesk.ui.worker import BackgroundRunner


class FirstSearch(FirstOnWorker):
    progressed = Signal(int, int)  # meetings searched, of how many
    failed_words = "Delegationskontrollens sökning i bakgrunden misslyckades"

    def needed(self, store: Store) -> bool:
        return delegation_check.searches_many(store)

    def work(self, store: Store, progress: Progress) -> object:
        return delegation_check.search_beside(store, lambda done, total: progress(done, total, ""))

    def runner_made(self, runner: BackgroundRunner) -> None:
        runner.progressed.connect(lambda done, total, _what: self.progressed.emit(done, total))

    def keep(self, result: object) -> None:
        delegation_check.adopt(self.store, result)
