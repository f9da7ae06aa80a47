"""One job at a time on the house worker for a dialog that talks to the server or reads a
file in the background (Konflikter, Borttaget på servern): each job with its own done and
failed handlers, and the form's busy line (busy_progress, busy_label) shown while it runs.
The dialog sets its own buttons in `_busy_changed`."""

from __future__ import annotations

from collections.abc import Callable

from ksdesk.ui.worker import BackgroundRunner, Work


class BusyJobs:
    """Mixed into a QDialog (before it) whose form has busy_progress and busy_label; the
    dialog calls `_start_jobs()` in its __init__, after setupUi."""

    ui: object
    runner: BackgroundRunner

    def _start_jobs(self) -> None:
        self._on_done: Callable[[object], None] = lambda _result: None
        self._on_failed: Callable[[object], None] = lambda _error: None
        self.runner = BackgroundRunner(self)  # type: ignore[arg-type]  # the dialog
        self.runner.finished.connect(lambda result: self._on_done(result))
        self.runner.failed.connect(lambda error: self._on_failed(error))

    def _run(
        self,
        doing: str,
        work: Work,
        on_done: Callable[[object], None],
        on_failed: Callable[[object], None],
    ) -> None:
        self._on_done, self._on_failed = on_done, on_failed
        self.runner.start(work)
        self._show_busy(doing)

    def _show_busy(self, doing: str | None) -> None:
        """`doing` said beside a moving bar, or (None) the busy line hidden."""
        ui = self.ui
        ui.busy_progress.setVisible(doing is not None)  # type: ignore[attr-defined]
        ui.busy_label.setVisible(doing is not None)  # type: ignore[attr-defined]
        ui.busy_label.setText(doing or "")  # type: ignore[attr-defined]
        self._busy_changed(doing)

    def _busy_changed(self, doing: str | None) -> None:
        """The dialog's buttons while a job runs (`doing`) and after (None)."""

    def wait(self, msecs: int = 60_000) -> bool:
        """Block until the running job has reported (tests)."""
        return self.runner.wait_reported(msecs)
