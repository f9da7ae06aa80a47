"""The Sammanträde tab's paper: the protokoll and the protokollsutdrag, each also as the
public version. A public print the safety check refuses opens Granska offentlig kopia for the
meeting (as the kallelse tab does); once every hit there has a decision the print goes on."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox

from ksdesk.core.errors import KsdeskError
from ksdesk.core.file_names import meeting_pdf_name
from ksdesk.core.public_copy import PublicCopyBlocked
from ksdesk.services import protokoll_print, web_edition
from ksdesk.services.store import Store
from ksdesk.services.web_packet import WebPacket
from ksdesk.ui.widgets.web_save import Make


class SammantradePrint:
    def __init__(self, tab) -> None:
        self.tab = tab

    def _build(self, make: Callable[[], bytes], title: str, public: bool) -> bytes | None:
        """The PDF, or None after telling why not. A blocked public print opens the review
        and tries once more when the secretary has decided every hit."""
        for reviewed in (False, True):
            try:
                return make()
            except PublicCopyBlocked as error:
                if reviewed or not public:
                    QMessageBox.warning(self.tab, title, str(error))
                    return None
                if not self.review(error):
                    return None  # closed with hits open: the dialog said what is left
            except KsdeskError as error:
                QMessageBox.warning(self.tab, title, str(error))
                return None
        return None

    def review(self, error: PublicCopyBlocked) -> bool:
        """Granska offentlig kopia for the meeting; True once nothing is left open."""
        from ksdesk.ui.dialogs.public_check_dialog import review_blocked

        return review_blocked(self.tab, self.tab.store, self.tab.meeting.id, error)

    def _show(self, data: bytes, title: str, name: str, web: Make | None = None) -> None:
        """The preview; `web` (a public document) also offers Spara för webben…."""
        from ksdesk.ui.dialogs.pdf_dialog import PdfDialog

        offered = (self.tab.store, web) if web is not None else None
        PdfDialog(data, title, name, self.tab, web=offered).exec()

    def protokoll(self, public: bool = False) -> None:
        tab = self.tab
        tab.editor.save_text()
        if tab.meeting is None:
            return
        meeting_id, store = tab.meeting.id, tab.store
        data = self._build(
            lambda: protokoll_print.protokoll_document(store, meeting_id, public=public),
            "Kan inte skriva protokollet",
            public,
        )
        if data is not None:
            title = "Protokoll, offentlig version" if public else "Protokoll"
            web = _web(lambda r: web_edition.protokoll_web(r, meeting_id)) if public else None
            name = meeting_pdf_name("protokoll", tab.meeting.date, public=public)
            self._show(data, title, name, web)

    def utdrag(self, number: int | None = None, public: bool | None = None) -> None:
        """Asks which § (and whether public) unless told."""
        from ksdesk.ui.dialogs.utdrag_dialog import UtdragDialog

        tab = self.tab
        tab.editor.save_text()
        if tab.meeting is None or tab.protokoll is None or not tab.protokoll.paragrafer:
            return
        if not number:
            current = tab.editor.paragraf.nr if tab.editor.paragraf else None
            dialog = UtdragDialog(tab.protokoll.paragrafer, current, tab)
            dialog.public_check.setChecked(bool(public))
            if not dialog.exec():
                return
            number, public = dialog.number, dialog.public
        public = bool(public)
        meeting_id, store = tab.meeting.id, tab.store
        data = self._build(
            lambda: protokoll_print.utdrag_document(store, meeting_id, number, public=public),
            "Kan inte skriva protokollsutdraget",
            public,
        )
        if data is not None:
            day = tab.meeting.date
            name = meeting_pdf_name("utdrag", day, "paragraf", str(number), public=public)
            title = f"Protokollsutdrag § {number}" + (", offentlig version" if public else "")
            web = _web(lambda r: web_edition.utdrag_web(r, meeting_id, number)) if public else None
            self._show(data, title, name, web)


def _web(make: Callable[[Store], bytes]) -> Make:
    """A single web PDF as the saver takes it (no bilaga files beside it)."""
    return lambda reader, _stem: WebPacket(make(reader))
