"""The paper protokoll's pages that hold a secret §, and every page of its protokollsutdrag,
carry the sekretessmarkering (OSL 5 kap. 5 §), as the paper packet's pages of a secret
ärende do; no other page does (the public editions: tests/services/test_protokoll_public.py
and test_utdrag_public.py)."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

from pypdf import PdfReader

from ksdesk.core.meeting import Arende
from ksdesk.core.protokoll_contents import CONTENTS_FROM
from ksdesk.reports.protokoll_pdf import protokoll_pdf
from ksdesk.reports.utdrag_pdf import utdrag_till_pdf
from ksdesk.reports.web.model import Para
from ksdesk.reports.web.paragraf import paragraf_blocks
from ksdesk.services import protokoll as service
from ksdesk.services.protokoll_print import protokoll_document, utdrag_document
from tests.reports.test_protokoll_contents import MEETING, ORGAN, _protokoll
from tests.services.test_protokoll_public import recorded

MARK = "SEKRETESS enligt 21 kap. 1 § OSL"
# Invented: a description long enough to take § 222 over a second page.
LONG = "\n\n".join(
    f"Avsnitt {n}. Föreningens ekonomi och avtalets villkor redovisas i detalj för styrelsen, "
    "med uppgifter om enskilda medlemmars åtaganden som omfattas av sekretess." * 3
    for n in range(1, 12)
)


def pages(pdf: bytes) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def secret_over_two_pages(store) -> int:
    meeting_id = recorded(store)
    secret = service.get_protokoll(store, meeting_id).paragraf(222)
    secret.beskrivning = LONG
    service.save_paragraf(store, secret)
    return meeting_id


def test_the_pages_holding_a_secret_paragraf_are_marked(demo_built) -> None:
    store, meeting_id = demo_built(secret_over_two_pages)
    text = pages(protokoll_document(store, meeting_id))
    held = [i for i, page in enumerate(text) if "Avsnitt" in page or "§ 222 Dnr" in page]
    assert len(held) == 2  # the § runs over a second page, which says so too
    assert [i for i, page in enumerate(text) if MARK in page] == held
    utdrag = pages(utdrag_document(store, meeting_id, 222, date(2020, 12, 11)))
    assert len(utdrag) == 2 and all(MARK in page for page in utdrag)
    assert not any("SEKRETESS" in page for page in pages(utdrag_document(store, meeting_id, 221)))


def test_the_utdrag_sent_marks_only_the_secret_paragraf(demo_built) -> None:
    """One recipient's utdrag (expediering) of a § in the open and a secret one."""
    store, meeting_id = demo_built(recorded)
    meeting, organ = service.meeting_and_organ(store, meeting_id)
    protokoll = service.get_protokoll(store, meeting_id)
    sent = [protokoll.paragraf(221), protokoll.paragraf(222)]
    data = utdrag_till_pdf(organ, meeting, protokoll, sent, "Kansliet", {}, date(2020, 12, 11))
    text = pages(data)
    first = next(i for i, page in enumerate(text) if "Till: Kansliet § 222" in page)
    assert first > 0  # § 221 on its own pages before it, unmarked; § 222's pages marked
    assert [MARK in page for page in text] == [i >= first for i in range(len(text))]


def test_a_reference_saved_without_its_law_prints_with_it_and_the_contents_are_marked() -> None:
    """A long protokoll's Innehåll names the secret § by its own title: marked too, on
    paper. A reference saved before the dialogs completed one ("26 kap. 1 §") prints with
    its law in every edition; the public ones carry no marking (the § is withheld)."""
    protokoll = _protokoll(CONTENTS_FROM)
    protokoll.paragrafer[2].item_id = 7  # § 103, more than a page
    secret = Arende("Ärende 103", secret=True, secrecy_ref="26 kap. 1 §", id=7)
    meeting = replace(MEETING, items=[secret])
    text = pages(protokoll_pdf(ORGAN, meeting, protokoll))
    marked = [i for i, page in enumerate(text) if "SEKRETESS enligt 26 kap. 1 § OSL" in page]
    begins = next(i for i, page in enumerate(text) if "§ 103 Dnr" in page)
    ends = next(i for i, page in enumerate(text) if "§ 104 Dnr" in page)
    contents = next(i for i, page in enumerate(text) if "Innehåll" in page)
    assert ends - begins == 3 and marked == [contents, *range(begins, ends)]
    line = "Sekretess enligt 26 kap. 1 § OSL"
    assert f"Ärende 103 {line} Beslut" in text[begins]
    public = " ".join(pages(protokoll_pdf(ORGAN, meeting, protokoll, public=True)))
    assert f"Ärende 103 {line} Ärendet" in public and "SEKRETESS" not in public
    web = paragraf_blocks(protokoll.paragrafer[2], protokoll, ORGAN, meeting, public=True)
    assert Para(line, "label") in web
