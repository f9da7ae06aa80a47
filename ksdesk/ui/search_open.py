"""Opening what the main window's search found: the tab and the row it belongs to."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

if TYPE_CHECKING:
    from ksdesk.core.search import Hit
    from ksdesk.ui.main_window import MainWindow


def search(window: MainWindow, text: str) -> list[Hit]:
    from ksdesk.services import search as search_service  # on first use, not at start-up
    from ksdesk.ui.widgets.search_box import LIMIT

    return search_service.search(window.store, text, limit=LIMIT)


def open_hit(window: MainWindow, hit: Hit) -> None:
    from ksdesk.services import search as search_service

    target = search_service.target(window.store, hit)
    if target is None:
        window.ui.status_bar.showMessage(f"”{hit.rubrik}” finns inte längre.", 8000)
        return
    if target.typ in ("arende", "bilaga") and target.meeting_id is not None:
        tab = window.tab("Kallelse")
        tab.show_found(target.meeting_id, target.item_id, target.bilaga_id)
    elif target.typ == "paragraf" and target.meeting_id is not None:
        window.tab("Sammanträde").show_found(target.meeting_id, target.paragraf_id)
    elif target.typ == "punkt" and target.version_id is not None:
        window.tab("Delegation").show_found(target.version_id, target.point_uid or "")
    elif target.typ == "delegationsbeslut" and target.beslut_id is not None:
        window.tab("Delegation").show_beslut(target.beslut_id)
    else:  # a § whose meeting is not in this file: shown as found
        QMessageBox.information(
            window,
            hit.rubrik,
            f"<b>{escape(hit.rubrik)}</b> ({escape(hit.organ)} {escape(hit.datum)})<br><br>"
            f"{escape(hit.utdrag.replace('**', ''))}<br><br>Sammanträdet finns inte i den "
            "här filen.",
        )
