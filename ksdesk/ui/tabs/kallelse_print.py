"""The Utskrift page of the Kallelse tab: the kallelse or the whole packet (optionally the public
version) in the one preview widget, printed through the Swedish print dialog or saved as PDF.

The document is built off the GUI thread (ui/worker.py) through a read-only connection of its
own (services.store.reading: WAL lets it read beside the window's connection), with progress
and Avbryt under the options; the preview keeps the previous document until the new one is
ready. It is built when the page is shown and rebuilt after an edit; the packet service's cache
makes a rebuild after a change to one ärende lay out only that ärende. A public version that
the safety check blocks opens Granska offentlig kopia right here, and goes on once every hit
has a decision."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget

from ksdesk.core.errors import KsdeskError
from ksdesk.core.file_names import meeting_pdf_name
from ksdesk.core.format import format_count
from ksdesk.core.meeting import Sammantrade
from ksdesk.services.store import Store
from ksdesk.ui.failures import failure_sentence
from ksdesk.ui.forms.ui_print_page import Ui_PrintPage
from ksdesk.ui.widgets.colors import ERROR_COLOR
from ksdesk.ui.widgets.flow_layout import wrap_row
from ksdesk.ui.worker import BackgroundRunner

if TYPE_CHECKING:  # the preview (QtPdf) is imported when the page is first shown
    from ksdesk.core.public_copy import PublicCopyBlocked
    from ksdesk.ui.widgets.pdf_preview import PdfPreview

PACKET = 1
# The line under the options shows this many lines at most and scrolls the rest: a packet of
# thirty ärenden with a note each would otherwise push the preview off the page and the
# window past the screen's edge.
STATUS_LINES = 4


@dataclass(frozen=True)
class Request:
    meeting_id: int
    packet: bool
    public: bool
    review: bool  # the secretary asked for this print: a blocked public copy opens the review


@dataclass(frozen=True)
class Built:
    pdf: bytes
    status: str


def build_document(store: Store, request: Request, progress) -> Built:
    """Runs on the worker thread: its own read-only connection, one snapshot."""
    from ksdesk.services import kallelse
    from ksdesk.services import packet as packet_service
    from ksdesk.services.store import reading

    with reading(store) as reader:
        if not request.packet:
            progress(0, 1, "Kallelsen")
            pdf, notes = kallelse.kallelse_print(reader, request.meeting_id, public=request.public)
            return Built(pdf, _status([], notes))
        result = packet_service.build_packet(
            reader, request.meeting_id, public=request.public, progress=progress
        )
    # The page count is the preview's own (beside its buttons): said once.
    bookmarks = f"{format_count(result.bookmarks, 'bokmärke', 'bokmärken')}."
    return Built(result.pdf, _status([bookmarks], result.problems))


def _status(lines: list[str], problems: list[str]) -> str:
    """The line under the preview: what the document holds, then each warning."""
    return "<br>".join([*lines, *(f"⚠ {escape(problem)}" for problem in problems)])


def _same_document(shown: Request | None, wanted: Request) -> bool:
    """The same document, perhaps before the latest edit (the same meeting and version)."""
    return shown is not None and (shown.meeting_id, shown.packet, shown.public) == (
        wanted.meeting_id,
        wanted.packet,
        wanted.public,
    )


class PrintPage(QWidget):
    # The "Förslag till beslut" box was ticked or unticked: a setting of the meeting.
    proposals_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PrintPage()
        self.ui.setupUi(self)
        wrap_row(self.ui.print_options)
        self.store: Store | None = None
        self.meeting: Sammantrade | None = None
        self.current = False  # the page is the one shown in the tab
        self.preview: PdfPreview | None = None
        self.stale = True
        self.request: Request | None = None
        self.shown: Request | None = None  # what the preview shows
        self.runner = BackgroundRunner(self)
        self.runner.progressed.connect(self._progressed)
        self.runner.finished.connect(self._built)
        self.runner.failed.connect(self._failed)
        self.runner.cancelled.connect(self._cancelled)
        self.ui.refresh_preview_button.clicked.connect(lambda: self.rebuild(review=True))
        self.ui.print_kind_combo.currentIndexChanged.connect(lambda _i: self.rebuild(review=True))
        self.ui.public_check.toggled.connect(lambda on: self.rebuild(review=on))
        self.ui.proposals_check.toggled.connect(self._proposals_toggled)
        self.ui.cancel_build_button.clicked.connect(self.runner.cancel)
        self.ui.review_button.clicked.connect(lambda: self.review_public_copy())
        self.web_saver = None  # made when first used (ui/widgets/web_save.py)
        self.ui.web_button.clicked.connect(self.save_for_web)
        self.ui.print_status_area.installEventFilter(self)
        self.ui.print_status_area.viewport().setAutoFillBackground(False)  # the page's colour
        self.ui.print_status_contents.setAutoFillBackground(False)
        self._fit_status()

    def _say(self, text: str) -> None:
        """The status under the options: as many lines as it has, up to STATUS_LINES."""
        self.ui.print_status.setText(text)
        self._fit_status()

    def _fit_status(self) -> None:
        area, label = self.ui.print_status_area, self.ui.print_status
        cap = label.fontMetrics().lineSpacing() * STATUS_LINES
        needed = label.heightForWidth(area.viewport().width()) if label.text() else 0
        area.setFixedHeight(min(max(needed, label.fontMetrics().lineSpacing()), cap))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.print_status_area and event.type() == QEvent.Type.Resize:
            self._fit_status()  # narrower, the notes wrap onto more lines
        return super().eventFilter(watched, event)

    def bind(self, store: Store) -> None:
        self.store = store

    def set_current(self, current: bool) -> None:
        """The tab shows this page (or not): a stale preview is built when it is shown."""
        self.current = current
        if current and self.stale:
            self.rebuild()

    def show_meeting(self, meeting: Sammantrade | None) -> None:
        self.meeting = meeting
        self.ui.proposals_check.blockSignals(True)
        self.ui.proposals_check.setChecked(bool(meeting and meeting.show_proposals))
        self.ui.proposals_check.blockSignals(False)
        self.stale = True
        if self.current:
            self.rebuild()

    def _proposals_toggled(self, on: bool) -> None:
        if self.meeting is not None and self.meeting.show_proposals != on:
            self.proposals_toggled.emit(on)

    def _ensure_preview(self) -> PdfPreview:
        if self.preview is None:
            from ksdesk.ui.widgets.pdf_preview import PdfPreview

            self.preview = PdfPreview(self.ui.preview_host)
            self.ui.preview_layout.addWidget(self.preview)
        return self.preview

    # Building -----------------------------------------------------------------------------------

    def rebuild(self, review: bool = False) -> None:
        """Start building the chosen document; the preview shows it when it is ready.
        `review`: the secretary asked for this print, so a public copy the safety check
        blocks opens Granska offentlig kopia at once."""
        meeting = self.meeting
        preview = self._ensure_preview()
        self.ui.review_button.setVisible(False)
        self.ui.web_button.setEnabled(False)  # until the public version is built
        if meeting is None:
            self.runner.cancel()
            preview.set_pdf(b"")
            self._say("Inget sammanträde valt.")
            return
        packet = self.ui.print_kind_combo.currentIndex() == PACKET
        self.request = request = Request(
            meeting.id, packet, self.ui.public_check.isChecked(), review
        )
        if not _same_document(self.shown, request):
            # Never leave the internal packet on show (printable) under "Offentlig version".
            preview.set_pdf(b"")
            self.shown = None
        store = self.store
        self._show_busy(True, "Bygger paketet…" if packet else "Bygger kallelsen…")
        self.runner.start(lambda progress: build_document(store, request, progress))

    def stop(self) -> None:
        """Cancel the build (it stops at its next step) and wait for it."""
        self.runner.cancel()
        self.runner.wait()

    def _show_busy(self, busy: bool, text: str = "") -> None:
        self.ui.build_progress.setVisible(busy)
        self.ui.cancel_build_button.setVisible(busy)
        if self.preview is not None:
            self.preview.hold(busy)
        if busy:
            self.ui.build_progress.setRange(0, 0)  # until the first step says how many
            self.ui.build_progress.setFormat(text)
            self._say(text)

    def _progressed(self, done: int, total: int, what: str) -> None:
        self.ui.build_progress.setRange(0, total)
        self.ui.build_progress.setValue(done)
        self.ui.build_progress.setFormat(f"{what} – steg {done + 1} av {total}")

    def _built(self, built: Built) -> None:
        self._show_busy(False)
        request = self.request
        if request is None or self.preview is None:
            return
        # The public version passed the check: it may go on the web as well.
        self.ui.web_button.setEnabled(request.public)
        meeting = self.meeting
        what = "paket" if request.packet else "kallelse"
        day = meeting.date if meeting is not None else None
        self.preview.set_pdf(built.pdf, meeting_pdf_name(what, day, public=request.public))
        self.shown = request
        self._say(built.status)
        self.stale = False

    def _cancelled(self) -> None:
        self._show_busy(False)
        self._say(
            "Förhandsvisningen avbröts: den som visas kan vara inaktuell. Tryck Uppdatera "
            "för att bygga den på nytt."
        )

    def _failed(self, error: BaseException) -> None:
        self._show_busy(False)
        if self.preview is not None:  # what it showed is not what was asked for
            self.preview.set_pdf(b"")
            self.shown = None
        from ksdesk.core.public_copy import PublicCopyBlocked  # the scan's model: on use

        if isinstance(error, PublicCopyBlocked):
            self._blocked(error)
            return
        if isinstance(error, KsdeskError):  # a refusal: its own Swedish sentence says it all
            message = str(error)
        else:
            message = failure_sentence("Utskriften kunde inte göras", error)
        self._say(f"<span style='color:{ERROR_COLOR}'>{escape(message)}</span>")

    def save_for_web(self) -> None:
        """The public kallelse or packet as the kommun publishes it (PDF/UA-1, PDF/A-2a)."""
        from ksdesk.services import web_edition, web_packet
        from ksdesk.ui.widgets.web_save import WebSaver

        meeting = self.meeting
        if meeting is None:
            return
        if self.web_saver is None:
            self.web_saver = WebSaver(self)
        meeting_id = meeting.id
        packet = self.ui.print_kind_combo.currentIndex() == PACKET
        what = "paket" if packet else "kallelse"
        name = meeting_pdf_name(what, meeting.date, "webb", public=True)
        if packet:
            self.web_saver.save(
                self.store, name, lambda r, stem: web_packet.packet_web(r, meeting_id, stem)
            )
        else:
            self.web_saver.save(
                self.store,
                name,
                lambda r, _stem: web_packet.WebPacket(web_edition.kallelse_web(r, meeting_id)),
            )

    # The public copy's review -------------------------------------------------------------------

    def _blocked(self, error: PublicCopyBlocked) -> None:
        text = escape(str(error))
        self._say(f"<span style='color:{ERROR_COLOR}'>{text}</span>")
        self.ui.review_button.setVisible(True)
        if self.request is not None and self.request.review:
            self.review_public_copy(error)

    def review_public_copy(self, blocked: PublicCopyBlocked | None = None) -> None:
        """Granska offentlig kopia for this meeting; once every hit has a decision, the public
        print goes on."""
        from ksdesk.ui.dialogs.public_check_dialog import review_blocked

        if self.meeting is None:
            return
        reviewed = review_blocked(self, self.store, self.meeting.id, blocked)
        if reviewed and self.ui.public_check.isChecked():
            self.rebuild()
