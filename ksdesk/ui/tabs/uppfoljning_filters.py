"""What the Uppföljning tab's pages show for a day and a nämnd, read on the GUI thread or,
when the secretary changes the day or the nämnd in a file of many meetings, on a worker.
At ten years the laga kraft rows alone are some 220 meetings' justeringar read and judged
by the day: 27 ms of the GUI thread at each click of the date (bench/after_meeting.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ksdesk import applog
from ksdesk.core.motion import Motion
from ksdesk.core.uppdrag import Uppdrag
from ksdesk.services import motioner, uppdrag, uppfoljning
from ksdesk.services.store import Store

if TYPE_CHECKING:
    from ksdesk.ui.worker import BackgroundRunner

# Meetings in the file (the tab's meeting list) up to which a filter is read on the GUI
# thread: a few ms there, and a worker's start and handing back cost about as much.
READ_ON_GUI_THREAD = 25


@dataclass(frozen=True)
class PagesRead:
    """What the pages other than the open matters and the expediering show."""

    overview: uppfoljning.Oversikt
    uppdrag: list[Uppdrag]
    motioner: list[Motion]

    def titles(self) -> list[str]:
        """The titles of the pages after the open matters, each with how many of its rows
        call for something (late, past the year, to gain laga kraft, never anmälda)."""
        o = self.overview
        counts = (
            sum(1 for u in o.uppdrag if u.late(o.today)),
            sum(1 for m in o.motioner if m.over_ett_ar(o.today)),
            len(o.laga_kraft),
            len(o.ej_anmalda),
        )
        titles = ("Uppdrag", "Motioner", "Laga kraft", "Ej anmälda")
        return [f"{t} ({n})" if n else t for t, n in zip(titles, counts, strict=True)]


def read_pages(store: Store, today: date, organ_id: int | None) -> PagesRead:
    return PagesRead(
        uppfoljning.overview(store, today, organ_id, open_matters=False),
        uppdrag.list_uppdrag(store, organ_id),
        motioner.list_motioner(store),
    )


class FilterRead(QObject):
    """Reads the pages for a day and a nämnd on a worker through a connection of its own;
    `show(PagesRead)` runs on the GUI thread with the last asked for; `again()` when the
    worker failed (the pages are then read on the GUI thread, as before). A reading on the
    GUI thread meanwhile (after an edit) makes the worker's older snapshot not worth showing
    (`forget`)."""

    def __init__(
        self,
        store: Store,
        show: Callable[[PagesRead], None],
        again: Callable[[], None],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.store, self._show, self._again = store, show, again
        self.runner: BackgroundRunner | None = None

    @property
    def busy(self) -> bool:
        return self.runner is not None and self.runner.busy

    def start(self, today: date, organ_id: int | None, meetings: int) -> bool:
        """Start reading on the worker; False when it is to be read on the GUI thread (a
        small file, or one in memory, which has no second connection)."""
        store = self.store
        if meetings <= READ_ON_GUI_THREAD or store.path is None or store.closed:
            return False
        if self.runner is None:
            from ksdesk.ui.worker import BackgroundRunner

            self.runner = BackgroundRunner(self)
            self.runner.finished.connect(self._read)
            self.runner.failed.connect(self._failed)
        # one running: only the last asked for is shown
        self.runner.start_reading(store, lambda reader: read_pages(reader, today, organ_id))
        return True

    def forget(self) -> None:
        if self.runner is not None:
            self.runner.cancel()

    def stop(self) -> None:
        """The window closes or opens another file: wait, so nothing reads it afterwards."""
        if self.runner is not None:
            self.runner.cancel()
            self.runner.wait()

    def _read(self, result: object) -> None:
        if not self.store.closed:
            self._show(result)  # type: ignore[arg-type]

    def _failed(self, error: object) -> None:
        # Logged, never a dialog: the pages are read on the GUI thread as before.
        applog.logger.warning("Uppföljningens filter lästes inte i bakgrunden: %s", error)
        if not self.store.closed:
            self._again()
