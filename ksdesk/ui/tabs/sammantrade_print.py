"""The Sammanträde tab's paper: the protokoll and the protokollsutdrag, each also as the
public version. A public print the safety check refuses opens Granska offentlig kopia for the
meeting (as the Kallelse tab does); once every hit there has a decision the print goes on.
The preview of a public version also offers Spara för webben….

The printing modules (ReportLab, pypdf, Typst's) load with the first print, not with the tab:
opening the Sammanträde tab took 100 ms more for them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ksdesk.core.file_names import meeting_pdf_name
from ksdesk.core.meeting import Sammantrade
from ksdesk.core.protokoll import Paragraf
from ksdesk.services.store import Store

if TYPE_CHECKING:
    from ksdesk.core.public_copy import PublicCopyBlocked
    from ksdesk.ui.widgets.web_save import Make


def print_protokoll(parent: QWidget, store: Store, meeting: Sammantrade, public: bool) -> None:
    """The protokoll (or its public version) in the preview, built off the GUI thread."""
    meeting_id = meeting.id
    title = "Protokoll, offentlig version" if public else "Protokoll"

    def make(reader: Store) -> bytes:
        from ksdesk.services import protokoll_print  # ReportLab and pypdf: on the worker

        return protokoll_print.protokoll_document(reader, meeting_id, public=public)

    def show(data: bytes) -> None:
        from ksdesk.services import web_edition

        web = _web(lambda r: web_edition.protokoll_web(r, meeting_id)) if public else None
        name = meeting_pdf_name("protokoll", meeting.date, public=public)
        refused = _not_for_the_web(store, meeting_id) if public else ""
        _show(parent, store, data, title, name, web, refused)

    _build(parent, store, meeting_id, title, make, show)


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
    from ksdesk.ui.dialogs.utdrag_dialog import UtdragDialog

    if not paragrafer:
        return
    if not number:
        dialog = UtdragDialog(paragrafer, current, parent)
        dialog.public_check.setChecked(bool(public))
        if not dialog.exec():
            return
        number, public = dialog.number, dialog.public
    public, meeting_id = bool(public), meeting.id
    title = f"Protokollsutdrag § {number}" + (", offentlig version" if public else "")

    def make(reader: Store) -> bytes:
        from ksdesk.services import protokoll_print  # ReportLab and pypdf: on the worker

        return protokoll_print.utdrag_document(reader, meeting_id, number, public=public)

    def show(data: bytes) -> None:
        from ksdesk.services import web_edition

        name = meeting_pdf_name("utdrag", meeting.date, "paragraf", str(number), public=public)
        web = _web(lambda r: web_edition.utdrag_web(r, meeting_id, number)) if public else None
        refused = _not_for_the_web(store, meeting_id, number) if public else ""
        _show(parent, store, data, title, name, web, refused)

    _build(parent, store, meeting_id, title, make, show)


def _build(
    parent: QWidget,
    store: Store,
    meeting_id: int,
    title: str,
    make: Callable[[Store], bytes],
    show: Callable[[bytes], None],
) -> None:
    """Build the PDF off the GUI thread, then `show` it; a refusal is told. A blocked public
    print opens the review and is built once more when the secretary has decided every hit."""
    from ksdesk.ui.pdf_builds import build_pdf

    def review(blocked: PublicCopyBlocked) -> bool:
        # The public copy's rules (and the personnummer reader behind them, 11 ms of
        # imports) load when something is printed, not with the Sammanträde tab.
        from ksdesk.ui.dialogs.public_check_dialog import review_blocked

        return review_blocked(parent, store, meeting_id, blocked)

    build_pdf(parent, store, title, make, show, review)


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
