"""The foot of every page, "Justerandes signatur" with a box per signer, is the same on the
protokoll and on the utdrag and expediering taken from it. With one justerare, as Marks
kommun's barn- och utbildningsnämnd chose (Urban Jernberg, protokoll 2016-12-15,
http://docplayer.se/43222569-Sammantradesprotokoll-sida-1-23-barn-och-utbildningsnamnden.html),
the utdrag drew a third box nobody signs, and the e-signing page spoke of "justerarna"."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader
from reportlab.lib.units import mm

from ksdesk.reports.protokoll_common import MARGIN
from ksdesk.services import expediering
from ksdesk.services import protokoll as service
from ksdesk.services.protokoll_print import protokoll_document, utdrag_document
from tests.reports.test_protokoll_pdf import held_demo

BOX = 22 * mm  # one signer's box, as protokoll_common draws it


def _utdragsbestyrkande_x(pdf: bytes, page: int = 0) -> float:
    """Where the foot's "Utdragsbestyrkande" label starts: after the signers' boxes."""
    found: list[float] = []

    def visit(text, _cm, tm, _font, _size) -> None:
        if text.strip() == "Utdragsbestyrkande" and tm[5] < 40 * mm:
            found.append(tm[4])

    PdfReader(io.BytesIO(pdf)).pages[page].extract_text(visitor_text=visit)
    assert len(found) == 1
    return found[0]


def _boxes(x: float) -> int:
    return round((x - MARGIN - 8 * mm) / BOX)


def test_one_justerare_two_boxes_on_protokoll_utdrag_and_expediering(demo_store, tmp_path):
    meeting_id = held_demo(demo_store)
    protokoll = service.get_protokoll(demo_store, meeting_id)
    protokoll.justering.justerare = ["Roland Johansson"]
    service.save_justering(demo_store, meeting_id, protokoll.justering)

    protokoll_x = _utdragsbestyrkande_x(protokoll_document(demo_store, meeting_id))
    assert _boxes(protokoll_x) == 2  # ordförande and the one justerare
    utdrag = utdrag_document(demo_store, meeting_id, 222, date(2020, 12, 11))
    assert _utdragsbestyrkande_x(utdrag) == protokoll_x
    sent = expediering.expediera(demo_store, meeting_id, tmp_path, day=date(2020, 12, 14))
    assert sent
    for utskick in sent:
        with open(utskick.fil, "rb") as file:
            assert _utdragsbestyrkande_x(file.read()) == protokoll_x, utskick.mottagare


def test_no_justerare_yet_two_blank_boxes_for_them(demo_store) -> None:
    meeting_id = held_demo(demo_store)
    protokoll = service.get_protokoll(demo_store, meeting_id)
    protokoll.justering.justerare = []
    service.save_justering(demo_store, meeting_id, protokoll.justering)
    utdrag = utdrag_document(demo_store, meeting_id, 222, date(2020, 12, 11))
    assert _boxes(_utdragsbestyrkande_x(utdrag)) == 3


def _signing_text(store, meeting_id: int) -> str:
    from ksdesk.services.arkiv import arkiv_document

    reader = PdfReader(io.BytesIO(arkiv_document(store, meeting_id).pdf))
    return " ".join(reader.pages[-1].extract_text().split())


def test_the_signature_page_speaks_of_one_justerare_as_one(demo_store) -> None:
    """ "… av ordföranden och justerarna" was printed for a nämnd with one justerare."""
    meeting_id = held_demo(demo_store)
    protokoll = service.get_protokoll(demo_store, meeting_id)
    protokoll.justering.justerare = ["Roland Johansson"]
    service.save_justering(demo_store, meeting_id, protokoll.justering)
    text = _signing_text(demo_store, meeting_id)
    assert "Protokollet, §§ 217–223, justeras genom underskrift av ordföranden och justeraren." in (
        text
    )
    protokoll.justering.justerare = ["Roland Johansson", "Åsa Bergkvist"]
    service.save_justering(demo_store, meeting_id, protokoll.justering)
    assert "av ordföranden och justerarna." in _signing_text(demo_store, meeting_id)
