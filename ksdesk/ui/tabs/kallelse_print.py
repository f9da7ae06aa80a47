"""The Utskrift page of the Kallelse tab: the kallelse or the whole packet (optionally the public
version) in the one preview widget, printed through the Swedish print dialog or saved as PDF.
The preview is built when the page is shown and rebuilt after an edit; the packet service's
cache makes a rebuild after a change to one ärende lay out only that ärende."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ksdesk.core.errors import KsdeskError
from ksdesk.core.format import format_date

if TYPE_CHECKING:
    from ksdesk.ui.tabs.kallelse_tab import KallelseTab
    from ksdesk.ui.widgets.pdf_preview import PdfPreview

PACKET = 1


class PrintPanel:
    def __init__(self, tab: KallelseTab) -> None:
        self.tab = tab
        self.ui = tab.ui
        self.preview: PdfPreview | None = None
        self.stale = True
        self.ui.detail_tabs.currentChanged.connect(self._page_changed)
        self.ui.refresh_preview_button.clicked.connect(self.rebuild)
        self.ui.print_kind_combo.currentIndexChanged.connect(lambda _i: self.rebuild())
        self.ui.public_check.toggled.connect(lambda _on: self.rebuild())
        self.ui.proposals_check.toggled.connect(self._proposals_toggled)

    def visible(self) -> bool:
        return self.ui.detail_tabs.currentWidget() is self.ui.print_page

    def meeting_changed(self) -> None:
        meeting = self.tab.meeting
        self.ui.proposals_check.blockSignals(True)
        self.ui.proposals_check.setChecked(bool(meeting and meeting.show_proposals))
        self.ui.proposals_check.blockSignals(False)
        self.stale = True
        if self.visible():
            self.rebuild()

    def _page_changed(self, _index: int) -> None:
        if self.visible() and self.stale:
            self.rebuild()

    def _proposals_toggled(self, on: bool) -> None:
        from dataclasses import replace

        meeting = self.tab.meeting
        if meeting is not None and meeting.show_proposals != on:
            self.tab.commit("Förslag till beslut i kallelsen", replace(meeting, show_proposals=on))

    def _ensure_preview(self) -> PdfPreview:
        if self.preview is None:
            from ksdesk.ui.widgets.pdf_preview import PdfPreview

            self.preview = PdfPreview(self.ui.preview_host)
            self.ui.preview_layout.addWidget(self.preview)
        return self.preview

    def rebuild(self) -> None:
        """Build the chosen document now and show it (a busy cursor for the packet)."""
        meeting = self.tab.meeting
        preview = self._ensure_preview()
        if meeting is None:
            preview.set_pdf(b"")
            self.ui.print_status.setText("Inget sammanträde valt.")
            return
        public = self.ui.public_check.isChecked()
        packet = self.ui.print_kind_combo.currentIndex() == PACKET
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            data, status = self._build(meeting.id, packet, public)
        except KsdeskError as error:
            self.ui.print_status.setText(f"<span style='color:#a00'>{error}</span>")
            return
        finally:
            QApplication.restoreOverrideCursor()
        what = "paket" if packet else "kallelse"
        version = "-offentlig" if public else ""
        preview.set_pdf(data, f"{what}-{format_date(meeting.date)}{version}.pdf")
        self.ui.print_status.setText(status)
        self.stale = False

    def _build(self, meeting_id: int, packet: bool, public: bool) -> tuple[bytes, str]:
        from ksdesk.services import kallelse
        from ksdesk.services import packet as packet_service

        if not packet:
            return kallelse.kallelse_pdf(self.tab.store, meeting_id, public=public), ""
        result = packet_service.build_packet(self.tab.store, meeting_id, public=public)
        lines = [f"{result.pages} sidor, {result.bookmarks} bokmärken."]
        lines += [f"⚠ {problem}" for problem in result.problems]
        return result.pdf, "<br>".join(lines)
