"""A file from an older ksdesk is brought to this version when it is opened: a copy of it is
set aside, then the schema steps it lacks are applied. For a file of many years that takes
seconds (step m1805 builds the search index anew: some 10–20 s at ten years), and on the GUI
thread it froze the window, or, at start, showed nothing at all, so that a secretary could
take ksdesk for hung and start it again. The upgrade runs on a thread of its own (it opens
the file there, with its own connection and the writer's lock, and closes it again) while a
message says what is happening; the window then opens the file at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from ksdesk.services import store as store_service
from ksdesk.ui.worker import BackgroundRunner

SHOW_AFTER_MS = 300  # a small file is done before the message would flash by

MESSAGE = (
    "Filen {name} uppdateras till den här versionen av ksdesk.\n"
    "En kopia av filen sparas först. För en stor fil kan det ta en stund: stäng inte ksdesk."
)


def upgrade_if_needed(path: Path, parent: QWidget | None = None) -> None:
    """Bring the file at `path` to this version, if it needs it, off the GUI thread; raises
    what opening the file raises (StoreLocked, StoreDamaged …), for the caller's answers."""
    if not store_service.upgrade_pending(path):
        return
    runner = BackgroundRunner()
    loop = QEventLoop()
    outcome: list[BaseException] = []
    runner.finished.connect(lambda _result: loop.quit())
    runner.failed.connect(lambda error: (outcome.append(error), loop.quit()))
    message = QProgressDialog(MESSAGE.format(name=path.name), "", 0, 0, parent)
    message.setWindowTitle("Uppdaterar filen")
    message.setCancelButton(None)  # a step half done is undone by SQLite, but not on request
    message.setWindowModality(Qt.WindowModality.ApplicationModal)
    message.setMinimumDuration(0)
    message.reset()  # QProgressDialog shows itself by its own timer otherwise
    timer = QTimer(singleShot=True, interval=SHOW_AFTER_MS)
    timer.timeout.connect(message.show)
    runner.start(lambda _progress: store_service.upgrade_file(path))
    timer.start()
    loop.exec()
    timer.stop()
    message.close()
    runner.wait()
    if outcome:
        raise outcome[0]
