"""The search index reads a PDF bilaga with ksdesk's own reader, as its pages are seen: a word
Acrobat's PDFMaker draws in pieces is found whole (pypdf read "Me dlem" for "Medlem" in the
real form of tests/interchange/word_pdfs), each word is kept once, pypdf is still asked where
the own reader cannot read a font, and step m1806 has a file from an older ksdesk read again."""

from __future__ import annotations

import io
import re
import shutil
from collections import Counter
from datetime import date, time
from pathlib import Path

import pikepdf
import pytest

from ksdesk.core.meeting import Arende
from ksdesk.core.search import MARK
from ksdesk.db import search_repo
from ksdesk.db.connection import open_store
from ksdesk.interchange import pdf_text
from ksdesk.services import meetings as meeting_service
from ksdesk.services import search
from tests.interchange.word_pdf_files import BATPLATS, KALLELSE, STADGAR
from tests.pdf_helpers import make_pdf

DAY = date(2022, 6, 13)
FIXTURE = Path(__file__).parents[1] / "db" / "fixtures" / "schema-m1805-pdf-text.sqlite"


def _words(text: str | None) -> Counter:
    return Counter(re.findall(r"\w+", text or ""))


def _attach(store, data: bytes, filename: str) -> None:
    meeting, _ = meeting_service.create_meeting(store, "Kommunstyrelsen", DAY, time(14))
    # Titled as its file: what the search names here is the file's title, whatever page 1 says.
    bilaga = meeting_service.pdf_bilaga(data, filename, filename.removesuffix(".pdf"))
    meeting.items.append(Arende("Båtplatser vid Skarpö", bilagor=[bilaga]))
    meeting_service.save_meeting(store, meeting)


def test_a_word_pdfmaker_draws_in_pieces_is_found_whole(store) -> None:
    _attach(store, BATPLATS.read_bytes(), "ansokan_batplats.pdf")
    for word, shown in (("medlem", "Medlem"), ("bredd", "Bredd")):
        hits = search.search(store, word)
        assert [(h.typ, h.rubrik) for h in hits] == [("bilaga", "ansokan_batplats")]
        assert f"{MARK}{shown}{MARK}" in hits[0].utdrag
    # Its check boxes are U+0000 in the font's map: spaces, never a box in the excerpt.
    assert "\x00" not in search.search(store, "fastighetsägareföreningen")[0].utdrag


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
    assert _words(text) == _words(pdf_text.pypdf_text(data)) and "Me dlem" in text


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (b"%PDF-1.4\n% nothing but a header\n", "damaged"),
        (make_pdf(1, "Kvarteret Sparven")[:400], "cut short"),
    ],
)
def test_a_pdf_nobody_can_read_has_unknown_text(data: bytes, why: str) -> None:
    assert pdf_text.bilaga_text("trasig.pdf", data) is None, why


def test_step_m1806_has_an_older_files_pdf_read_again(tmp_path: Path) -> None:
    """The fixture was made by the ksdesk before this step: its index holds pypdf's text."""
    path = tmp_path / FIXTURE.name
    shutil.copy(FIXTURE, path)
    store = open_store(path)  # migrated to head
    try:
        # `ksdesk sok` does not wait for it (nothing is unread: it opens the file read-only),
        # and until the file is read again the index holds what it held: no hit is lost.
        assert search.index_complete(store) and search.unread_files(store) == []
        assert len(search.files_to_read(store)) == 1
        assert [h.rubrik for h in search.search(store, "dlem")] == ["ansokan_batplats"]
        assert search.search(store, "medlem") == []
        # The window's way, in the background through a connection of its own.
        stored = search.store_unread_beside(store, files=20, bilagor=40)
        # Its one bilaga had a text: read again, another one, not a text new to the index.
        assert (len(stored.shas), stored.new, stored.changed) == (1, 0, 1)
        assert search.files_to_read(store) == []
        assert [h.rubrik for h in search.search(store, "medlem")] == ["ansokan_batplats"]
        assert search.search(store, "dlem") == []
    finally:
        store.close()


def _pdf_sha(store) -> str:
    return store.db.execute("SELECT sha256 FROM bilaga WHERE filename = 'karta.pdf'").fetchone()[0]


def test_step_m1806_leaves_text_files_and_runs_twice(store) -> None:
    from ksdesk.db.migrations.m1806_pdf_text_reread import m1806_pdf_text_reread

    _attach(store, make_pdf(1, "Kvarteret Gulsparven"), "karta.pdf")
    with store.atomic():  # a text file stored by another tool, its text read as it is
        store.db.execute(
            "INSERT INTO bilaga (item_id, title, nr, filename, content, sha256, position) "
            "SELECT item_id, 'lista', nr, 'lista.txt', CAST('Talgoxen' AS BLOB), 'abc', 1 "
            "FROM bilaga"
        )
        store.db.execute("INSERT INTO file_text VALUES ('abc', 'Talgoxen')")
    with store.atomic():
        m1806_pdf_text_reread(store.db)
        m1806_pdf_text_reread(store.db)
    assert search.files_to_read(store) == [_pdf_sha(store)]
    with store.atomic():  # the last bilaga holding it goes: nothing left to read again
        store.db.execute("DELETE FROM bilaga WHERE filename = 'karta.pdf'")
    assert search.files_to_read(store) == []
    assert [h.rubrik for h in search.search(store, "talgoxen")] == ["lista"]


def test_a_file_read_again_to_the_same_text_is_not_indexed_again(store) -> None:
    """ReportLab's files (the history bench's 300) read the same by both readers: their
    bilagor, twenty-odd each at ten years, are not indexed again for nothing."""
    from ksdesk.db.migrations.m1806_pdf_text_reread import m1806_pdf_text_reread

    _attach(store, make_pdf(1, "Kvarteret Gulsparven"), "karta.pdf")
    sha = _pdf_sha(store)
    with store.atomic():
        m1806_pdf_text_reread(store.db)
    (same,) = search.read_files(store, [sha])
    with store.atomic():
        search_repo.put_texts(store, [same])
        assert not search_repo.pending(store)  # nothing queued for the index
    assert search.files_to_read(store) == []
    with store.atomic():
        m1806_pdf_text_reread(store.db)
        search_repo.put_texts(store, [(sha, "Kvarteret Talgoxen")])
        assert search_repo.pending(store)  # a text that differs is indexed
    assert search.files_to_read(store) == []
    assert [h.rubrik for h in search.search(store, "talgoxen")] == ["karta"]


def test_a_file_read_again_to_the_same_text_is_no_text_changed_for_the_status_line(store) -> None:
    """What the window says when its queue is empty (ui/bilaga_texts.py) counts the bilagor
    whose file gave a text new to the index: one read again to the text it held is none."""
    from ksdesk.db.migrations.m1806_pdf_text_reread import m1806_pdf_text_reread

    _attach(store, make_pdf(1, "Kvarteret Gulsparven"), "karta.pdf")
    with store.atomic():
        m1806_pdf_text_reread(store.db)
    stored = search.store_unread_beside(store, files=20, bilagor=40)
    assert (stored.shas, stored.new, stored.changed) == ([_pdf_sha(store)], 0, 0)
