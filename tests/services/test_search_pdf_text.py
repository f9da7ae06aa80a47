"""The search index reads a PDF bilaga with ksdesk's own reader, as its pages are seen: a word
Acrobat's PDFMaker draws in pieces is found whole (pypdf read "Me dlem" for "Medlem" in the
real form of tests/interchange/word_pdfs), each word is kept once, and pypdf is still asked
where the own reader cannot read a font."""

from __future__ import annotations

import io
import re
from collections import Counter
from datetime import date, time
from pathlib import Path

import pikepdf
import pytest

from ksdesk.core.meeting import Arende
from ksdesk.core.search import MARK
from ksdesk.interchange import pdf_text
from ksdesk.services import meetings as meeting_service
from ksdesk.services import search
from tests.interchange.word_pdf_files import BATPLATS, KALLELSE, STADGAR
from tests.pdf_helpers import make_pdf

DAY = date(2022, 6, 13)


def _words(text: str | None) -> Counter:
    return Counter(re.findall(r"\w+", text or ""))


def _attach(store, data: bytes, filename: str) -> None:
    meeting, _ = meeting_service.create_meeting(store, "Kommunstyrelsen", DAY, time(14))
    bilaga = meeting_service.pdf_bilaga(data, filename)
    meeting.items.append(Arende("Båtplatser vid Skarpö", bilagor=[bilaga]))
    meeting_service.save_meeting(store, meeting)


def test_a_word_pdfmaker_draws_in_pieces_is_found_whole(store) -> None:
    _attach(store, BATPLATS.read_bytes(), "ansokan_batplats.pdf")
    for word, shown in (("medlem", "Medlem"), ("bredd", "Bredd")):
        hits = search.search(store, word)
        assert [(h.typ, h.rubrik) for h in hits] == [("bilaga", "ansokan_batplats")]
        assert f"{MARK}{shown}{MARK}" in hits[0].utdrag


def test_each_word_of_a_word_pdf_is_kept_once() -> None:
    """pypdf reads the PDFMaker kallelse and Word's own stadgar right: the index keeps the
    same words, as many times. The form's two columns are not read a second time (the public
    check does that), and its three words pypdf split are whole."""
    for path in (KALLELSE, STADGAR):
        data = path.read_bytes()
        assert _words(pdf_text.bilaga_text(path.name, data)) == _words(pdf_text.pypdf_text(data))
    data = BATPLATS.read_bytes()
    split = Counter({"Me": 1, "dlem": 1, "B": 2, "redd": 2})
    expected = _words(pdf_text.pypdf_text(data)) - split + Counter({"Medlem": 1, "Bredd": 2})
    assert _words(pdf_text.bilaga_text(BATPLATS.name, data)) == expected


def _without_to_unicode(path: Path) -> bytes:
    """The file with its composite fonts' ToUnicode maps taken away: ksdesk's reader cannot
    say what those strings are."""
    with pikepdf.open(path) as pdf:
        for page in pdf.pages:
            for font in page.Resources.Font.values():
                if font.get("/Subtype") == "/Type0":
                    del font["/ToUnicode"]
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


def test_a_font_the_own_reader_cannot_read_leaves_the_text_to_pypdf() -> None:
    data = _without_to_unicode(BATPLATS)
    text = pdf_text.bilaga_text("form.pdf", data)
    assert text == pdf_text.pypdf_text(data) and "Fastighetsbeteckning" in text


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (b"%PDF-1.4\n% nothing but a header\n", "damaged"),
        (make_pdf(1, "Kvarteret Sparven")[:400], "cut short"),
    ],
)
def test_a_pdf_nobody_can_read_has_unknown_text(data: bytes, why: str) -> None:
    assert pdf_text.bilaga_text("trasig.pdf", data) is None, why
