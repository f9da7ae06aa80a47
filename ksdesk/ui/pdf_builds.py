"""A document the secretary asked to see (the protokoll, an utdrag, the uppföljning of
beslut, a delegationsordning, the anmälan of delegationsbeslut), built off the GUI thread on a
read-only connection of its own (services.store.reading, as the Kallelse tab's packet is)
and shown when it is ready. Built on the GUI thread, the public protokoll held the window
still for 0.9 s while its bilagor were read for the safety check, a delegationsordning of
ten years for 0.2 s at every preview, and the first uppföljning for 0.5 s.

Meanwhile the window answers: the cursor says it is busy, the status bar says what is being
made, and asking for the same document again does not build it twice. A public version the
safety check blocks opens Granska offentlig kopia on the GUI thread (`blocked`), and is built
once more when every hit there has a decision. An in-memory file (no file to read beside
it) is built where it is asked for.

A public text is made the same way: the anslag text is read from the public edition, whose
safety check read a ten-year file's bilagor for 7 s on the GUI thread (bench/after_meeting.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ksdesk.core.errors import KsdeskError
from ksdesk.services.store import Store
from ksdesk.ui.failures import failure_sentence
from ksdesk.ui.worker import BackgroundRunner, WorkingSign

if TYPE_CHECKING:
    from ksdesk.core.public_copy import PublicCopyBlocked

Make = Callable[[Store], "bytes | str"]  # make(reader) -> the PDF (or a public text)
Then = Callable[[Any], None]  # what to do with it, on the GUI thread
Blocked = Callable[["PublicCopyBlocked"], bool]  # True: decided, build it again


class Request(NamedTuple):
    store: Store
    title: str
    make: Make
    then: Then
    blocked: Blocked | None  # None: not reviewed again (the review was had)


class PdfBuild(QObject):
    """The documents asked for by its widget, made one at a time; ask through `build_pdf`."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.widget = parent
        self.sign = WorkingSign(parent)  # the cursor and the status bar while it is made
        self.runner = BackgroundRunner(self)
        self.runner.finished.connect(self._built)
        self.runner.failed.connect(self._failed)
        self.runner.cancelled.connect(self.sign.clear)
        self.current: Request | None = None  # the one being made
        self._asked: list[Request] = []  # asked for while another is made: made after it

    @property
    def busy(self) -> bool:
        return self.runner.busy

    def ask(self, request: Request) -> None:
        """Made now, or after the one being made; the same document asked for again while
        it is made or waits is not made twice."""
        if not self.busy:
            self._start(request)
        elif request.title not in {r.title for r in (self.current, *self._asked) if r}:
            self._asked.append(request)

    def _start(self, request: Request) -> None:
        self.current = request
        if request.store.path is not None:  # made on the worker: say so meanwhile
            self.sign.show(f"Gör {request.title[0].lower()}{request.title[1:]}…")
        self.runner.start_reading(request.store, request.make)

    def _next(self) -> None:
        if self._asked and not self.busy:
            self._start(self._asked.pop(0))

    def stop(self) -> None:
        """The window closes: the build stops and nothing is shown."""
        self._asked.clear()
        self.current = None
        self.runner.cancel()
        self.runner.wait()
        self.sign.clear()

    def _built(self, data: object) -> None:
        self.sign.clear()
        done, self.current = self.current, None
        self._next()  # begun before this one's preview, which may wait for its Stäng
        if done is not None and isinstance(data, bytes | str):
            done.then(data)

    def _failed(self, error: object) -> None:
        self.sign.clear()
        done, self.current = self.current, None
        if done is None:  # stopped: the window is closing
            return
        from ksdesk.core.public_copy import PublicCopyBlocked  # the scan's model: on use

        if isinstance(error, PublicCopyBlocked) and done.blocked is not None:
            if done.blocked(error):  # decided: made once more, before anything asked since
                self._asked.insert(0, done._replace(blocked=None))
            self._next()
            return
        self._next()
        if isinstance(error, KsdeskError):
            message = str(error)
        else:
            message = failure_sentence(f"{done.title} kunde inte göras", error)
        QMessageBox.warning(self.widget, done.title, message)


def build_pdf(
    widget: QWidget,
    store: Store,
    title: str,
    make: Make,
    then: Then,
    blocked: Blocked | None = None,
) -> PdfBuild:
    """Build `make(reader)` off the GUI thread, then `then(pdf)`, one document at a time for
    the widget; the same document asked for again while it waits is made once."""
    build = widget.findChild(PdfBuild, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if build is None:
        build = PdfBuild(widget)
    build.ask(Request(store, title, make, then, blocked))
    return build


def stop_builds(window: QWidget) -> None:
    """Every build under the window stops (it is closing, or its file is)."""
    for build in window.findChildren(PdfBuild):
        build.stop()
