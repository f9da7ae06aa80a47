"""A PDF from someone else, merged into the packet as it is, says on each printed page which
ärende and bilaga it is. Found walking a packet through for Kiruna kommun's miljö- och
byggnadsnämnd (the real ärendelista of Tyresö byggnadsnämnd 2011-11-24 in
tests/interchange/real_agendas_third.py, with an A3 situationsplan, a scanned yttrande and
a rotated ritning attached): the packet's own pages have the running header "Ärende 5 ·
Dnr … · Bilaga 1", the stored bilagor had nothing, and a ledamot with the paper packet could
not tell which ärende a loose page of a map belonged to."""

from __future__ import annotations

import io
import re
import subprocess
from datetime import date, time
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.pagesizes import A3, landscape
from reportlab.pdfgen.canvas import Canvas

from ksdesk.core.meeting import Arende
from ksdesk.services import bilaga_attach, meetings
from ksdesk.services.own_kommun import new_database
from ksdesk.services.packet import PartCache, build_packet
from tests.pdf_helpers import make_pdf

_WORD = re.compile(
    r'<page width="([\d.]+)" height="([\d.]+)">|'
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
)


def _pages(pdf: bytes) -> list[tuple[float, float, list[tuple[float, float, float, str]]]]:
    """Each page's width and height as it is shown, and its words (xMin, yMin from the top,
    xMax, text). pdftotext places the words on the page as shown but gives the size of the
    page as stored: a page turned by /Rotate 90 has its two sides swapped back here."""
    done = subprocess.run(
        ["pdftotext", "-bbox", "-", "-"], input=pdf, capture_output=True, check=True
    )
    turned = [page.rotation % 180 == 90 for page in PdfReader(io.BytesIO(pdf)).pages]
    pages: list = []
    for match in _WORD.finditer(done.stdout.decode()):
        if match[1]:
            size = (float(match[1]), float(match[2]))
            pages.append((*(size[::-1] if turned[len(pages)] else size), []))
        else:
            pages[-1][2].append((float(match[3]), float(match[4]), float(match[5]), match[7]))
    return pages


def _a3_map() -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=landscape(A3))
    canvas.drawString(80, 700, "Situationsplan Kumla 3:1264")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _packet(folder: Path) -> bytes:
    store = new_database(folder / "mbn.sqlite", "Kiruna kommun", "Miljö- och byggnadsnämnden")
    created, _ = meetings.create_meeting(
        store, "Miljö- och byggnadsnämnden", date(2026, 12, 10), time(9, 0), "Luossa"
    )
    meeting = meetings.get_meeting(store, created.id)
    meeting.items = [
        Arende("Kumla 3:1264 - Nybyggnad av flagpole med tillhörande teknikskåp", "2011BN0615"),
        Arende("X - Bygglov i efterhand för uppfört plank", "2011BN0512"),
    ]
    meetings.save_meeting(store, meeting)
    situationsplan = _a3_map()
    for number, name, data in (
        (1, "situationsplan.pdf", situationsplan),
        (1, "ritning.pdf", make_pdf(1, "Ritning", rotate=90)),
        (2, "situationsplan.pdf", situationsplan),  # the same file, for another ärende
    ):
        (folder / name).write_bytes(data)
        bilaga_attach.add_pdf(store, created.id, number, folder / name)
    try:
        return build_packet(store, created.id, cache=PartCache()).pdf
    finally:
        store.close()


def _top_line(page) -> tuple[str, float, float]:
    """The words in the page's top 15 mm: their text, the lowest bottom and the right end."""
    width, _height, words = page
    top = [w for w in words if w[1] < 15 / 25.4 * 72]
    return (
        " ".join(w[3] for w in top),
        max((w[1] for w in top), default=0),
        width - max((w[2] for w in top), default=0),
    )


def test_each_page_of_a_stored_bilaga_names_its_arende_and_bilaga(tmp_path: Path) -> None:
    pages = _pages(_packet(tmp_path))
    stored = [p for p in pages if any("Situationsplan" in w[3] or "Ritning" in w[3] for w in p[2])]
    labels = [_top_line(page) for page in stored]
    assert [text for text, _bottom, _right in labels] == [
        "Ärende 1 · Dnr 2011BN0615 · Bilaga 1",
        "Ärende 1 · Dnr 2011BN0615 · Bilaga 2",
        "Ärende 2 · Dnr 2011BN0512 · Bilaga 1",
    ]
    for page, (_text, _bottom, right) in zip(stored, labels, strict=True):
        # Flush right at the margin (20 mm) of the page as it is shown: an A3 landscape
        # map and a portrait page shown turned alike.
        assert abs(right - 20 / 25.4 * 72) < 2, (page[0], right)
    assert stored[0][0] > stored[0][1]  # the A3 map is shown landscape
    assert stored[1][0] < stored[1][1]  # the turned page is shown portrait
