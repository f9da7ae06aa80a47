"""The Sammanträde tab's paper: the protokoll and the protokollsutdrag, each also as the
public version. A public print the safety check refuses opens Granska offentlig kopia for the
meeting (as the Kallelse tab does); once every hit there has a decision the print goes on.
The preview of a public version also offers Spara för webben….

The printing modules (ReportLab, pypdf, Typst's) load with the first print, not with the tab:
opening the Sammanträde tab took 100 ms more for them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

from ksdesk.core.errors import KsdeskError
from ksdesk.core.file_names import meeting_pdf_name
from ksdesk.core.meeting import Sammantrade
from ksdesk.core.protokoll import Paragraf
from ksdesk.services.store import Store

if TYPE_CHECKING:
    from ksdesk.ui.widgets.web_save import Make


def print_protokoll(parent: QWidget, store: Store, meeting: Sammantrade, public: bool) -> None:
    """The protokoll (or its public version) in the preview."""
    from ksdesk.services import protokoll_print, web_edition

    data = _build(
        parent,
        store,
        meeting.id,
        lambda: protokoll_print.protokoll_document(store, meeting.id, public=public),
        "Kan inte skriva protokollet",
        public,
    )
    if data is not None:
        title = "Protokoll, offentlig version" if public else "Protokoll"
        meeting_id = meeting.id
        web = _web(lambda r: web_edition.protokoll_web(r, meeting_id)) if public else None
        name = meeting_pdf_name("protokoll", meeting.date, public=public)
        refused = _not_for_the_web(store, meeting_id) if public else ""
        _show(parent, store, data, title, name, web, refused)


def print_utdrag(
    parent: QWidget,
    store: Store,
    meeting: Sammantrade,
    paragrafer: list[Paragraf],
    current: int | None,
    number: int | None = None,
    public: bool | None = None,
) -> None:
    """The utdrag of one §; asks which (the one on screen, `current`, first) and whether
    public unless told."""
    from ksdesk.services import protokoll_print, web_edition
    from ksdesk.ui.dialogs.utdrag_dialog import UtdragDialog

    if not paragrafer:
        return
    if not number:
        dialog = UtdragDialog(paragrafer, current, parent)
        dialog.public_check.setChecked(bool(public))
        if not dialog.exec():
            return
        number, public = dialog.number, dialog.public
    public = bool(public)
    data = _build(
        parent,
        store,
        meeting.id,
        lambda: protokoll_print.utdrag_document(store, meeting.id, number, public=public),
        "Kan inte skriva protokollsutdraget",
        public,
    )
    if data is not None:
        name = meeting_pdf_name("utdrag", meeting.date, "paragraf", str(number), public=public)
        title = f"Protokollsutdrag § {number}" + (", offentlig version" if public else "")
        meeting_id = meeting.id
        web = _web(lambda r: web_edition.utdrag_web(r, meeting_id, number)) if public else None
        refused = _not_for_the_web(store, meeting_id, number) if public else ""
        _show(parent, store, data, title, name, web, refused)


def _build(
    parent: QWidget,
    store: Store,
    meeting_id: int,
    make: Callable[[], bytes],
    title: str,
    public: bool,
) -> bytes | None:
    """The PDF, or None after telling why not. A blocked public print opens the review
    and tries once more when the secretary has decided every hit."""
    # The public copy's rules (and the personnummer reader behind them, 11 ms of imports)
    # load when something is printed, not with the Sammanträde tab.
    from ksdesk.core.public_copy import PublicCopyBlocked
    from ksdesk.ui.dialogs.public_check_dialog import review_blocked

    for reviewed in (False, True):
        try:
            return make()
        except PublicCopyBlocked as error:
            if reviewed or not public:
                QMessageBox.warning(parent, title, str(error))
                return None
            if not review_blocked(parent, store, meeting_id, error):
                return None  # closed with hits open: the dialog said what is left
        except KsdeskError as error:
            QMessageBox.warning(parent, title, str(error))
            return None
    return None


def _show(
    parent: QWidget,
    store: Store,
    data: bytes,
    title: str,
    name: str,
    web: Make | None,
    web_refused: str,
) -> None:
    """The preview; `web` (a public document) also offers Spara för webben…, disabled with
    `web_refused` as its tooltip while the protokoll is not justerat."""
    from ksdesk.ui.dialogs.pdf_dialog import PdfDialog

    offered = (store, web) if web is not None else None
    PdfDialog(data, title, name, parent, web=offered, web_refused=web_refused).exec()


def _not_for_the_web(store: Store, meeting_id: int, number: int | None = None) -> str:
    """Why the protokoll (the utdrag of § `number`) is not for the web yet, "" once it is."""
    from ksdesk.services import protokoll as protokoll_service
    from ksdesk.services.web_edition import not_for_the_web

    protokoll = protokoll_service.get_protokoll(store, meeting_id)
    paragraf = next((p for p in protokoll.paragrafer if p.nr == number), None)
    return not_for_the_web(protokoll, paragraf) if number is None or paragraf else ""


def _web(make: Callable[[Store], bytes]) -> Make:
    """A single web PDF as the saver takes it (no bilaga files beside it)."""
    from ksdesk.services.web_packet import WebPacket

    return lambda reader, _stem: WebPacket(make(reader))
