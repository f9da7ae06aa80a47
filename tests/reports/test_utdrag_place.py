"""The Utdragsbestyrkande's "Ort, datum" names the kommun's place, not the genitive of its
name: "Smedjebacken, 2020-12-11" for Smedjebackens kommun, on paper and on the web alike."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader

from ksdesk.reports.web.html import web_html
from ksdesk.reports.web.protokoll import utdrag_document as web_utdrag
from ksdesk.services import meetings
from ksdesk.services.protokoll_print import utdrag_document, utdrag_edition
from tests.reports.test_protokoll_pdf import held_demo

BESTYRKT = date(2020, 12, 11)


def _paper_words(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)


@pytest.mark.parametrize(
    ("kommun", "place"),
    [
        ("Smedjebackens kommun", "Smedjebacken"),
        ("Falu kommun", "Falun"),
        ("Region Gotland", "Gotland"),
        ("Göteborgs Stad", "Göteborg"),
        ("Bergslagens kommunalförbund", "Bergslagens kommunalförbund"),
    ],
)
def test_paper_and_web_name_the_place(demo_store, kommun: str, place: str) -> None:
    meeting_id = held_demo(demo_store)
    e, _ = utdrag_edition(demo_store, meeting_id, 222)
    meetings.save_organ(demo_store, replace(e.organ, kommun=kommun))

    paper = _paper_words(utdrag_document(demo_store, meeting_id, 222, BESTYRKT))
    assert f"{place}, 2020-12-11" in paper

    e, paragraf = utdrag_edition(demo_store, meeting_id, 222)
    web = web_html(web_utdrag(e.organ, e.meeting, e.protokoll, paragraf, BESTYRKT))
    assert f"{place}, 2020-12-11" in web
    cut = kommun.replace(" kommun", "")  # what was printed before: "Smedjebackens"
    if cut != place:
        assert f"{cut}, 2020-12-11" not in paper + web
