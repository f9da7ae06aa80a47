"""The scan of Granska offentlig kopia (ui.dialogs.public_check_dialog), run off the GUI
thread (ui.worker): the hits, and what the status under them notes beside the hits."""

from __future__ import annotations

from ksdesk.core.public_copy import PublicHit
from ksdesk.core.tillsyn_hint import tillsyn_hints
from ksdesk.services import meetings as meeting_service
from ksdesk.services import public_copy
from ksdesk.services.store import Store

Scanned = tuple[list[PublicHit], list[str], list[str], list[str]]


def scan(store: Store, meeting_id: int, progress) -> Scanned:
    """In the worker thread: the scan, on a read-only connection opened there, the PDF
    bilagor without tags (they may be published, but are not tillgänglighetsanpassade),
    the pages with pictures in which OCR found no text (published; worth a look) and the
    ärenden that look like tillsyn (core.tillsyn_hint: a suggestion, blocking nothing)."""
    from ksdesk.services import web_packet
    from ksdesk.services.store import reading

    with reading(store) as reader:
        hits = public_copy.scan_public(reader, meeting_id, progress)
        untagged = web_packet.untagged_bilagor(reader, meeting_id)
        hints = tillsyn_hints(meeting_service.get_meeting(reader, meeting_id))
        return hits, untagged, public_copy.silent_pictures(reader, meeting_id), hints
