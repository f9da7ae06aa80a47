"""A personnummer drawn as outlines (filled paths traced from a font: "Rita text som kurvor",
a vectorising scanner, an EPS figure) has no text for any extractor to read. The lines of
such text are found in the page's paths and read by Tesseract: the number is a hit of the
page, "maskera" blacks it out (the paths under the box taken out, the rest of the page
published), and the last reader finds it in the file as it came. A chart, a logo and a
table's rules are not taken for text. Without Tesseract the page is said to be unreadable,
in Swedish, and is not published unread."""

from __future__ import annotations

import hashlib
import io
import random
import re
from dataclasses import replace
from datetime import date

import pikepdf
import pytest

from ksdesk.core.personnummer import find_personnummer
from ksdesk.interchange import ocr, outline_ocr, pdf_outlines, pdf_public
from ksdesk.interchange.pdf_audit import audit_pdf
from ksdesk.interchange.pdf_paths import page_shapes
from ksdesk.services import meeting_lookup, meetings, public_copy, public_edition, public_pdf
from tests import attack_outlines, attack_pdfs, attack_pdfs_more

NUMBERS = attack_pdfs.personnummer(1700)
OUTLINED = attack_outlines.OUTLINED
needs_tesseract = pytest.mark.skipif(
    ocr.shutil.which("tesseract") is None, reason="tesseract-ocr is installed by system-deps"
)


def _lines(data: bytes) -> list[pdf_outlines.Line]:
    """The lines Tesseract is given: across the page, up it (or down, the same lines seen
    the other way), each seen as straight as the page's skew allows."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pictures = outline_ocr._pictures(page_shapes(pdf.pages[0]))
    return [line for picture in pictures if picture.way != 3 for line in picture.lines]


@pytest.mark.parametrize("attack", sorted(OUTLINED))
def test_no_text_reading_sees_it_but_its_line_is_found(attack: str) -> None:
    number = next(NUMBERS)
    data = OUTLINED[attack](number)
    (page,) = pdf_public.read_pages_text(pdf_public.strip(data))
    assert attack_outlines.SHOWN in page.text  # the page has text of its own ...
    assert not find_personnummer(page.readings, ocr=True)  # ... and the number is not in it
    lines = _lines(data)
    assert len(lines) == (2 if attack == "broken_at_the_dash" else 1)
    assert sum(len(line.glyphs) for line in lines) >= 10


def test_a_number_of_straight_digits_only_is_found() -> None:
    """1 and 4 have no curves in most fonts (nor 7 in Arial and Helvetica): a line is found
    by letters that are not upright rectangles, not by curves alone."""
    drawn = attack_outlines.outline_ops("441114-1114", 72, 690, 11)  # valid, test-only
    straight = re.sub(rb"(?:\S+ \S+ ){2}(\S+ \S+) c\n", rb"\1 l\n", drawn)  # curves as lines
    (line,) = _lines(attack_outlines._with_content(straight))
    assert b" c\n" not in straight and len(line.glyphs) == 10


def test_bitmap_digits_in_boxes_of_one_size_are_a_line() -> None:
    """A bitmap font's 7 and 1 can have boxes of the same size: letters are told apart by
    what they look like, not by size alone (a row of markers is still no line)."""
    (line,) = _lines(attack_outlines.type3_bitmaps("7711171111"))  # valid, test-only
    assert len(line.glyphs) == 10
    sizes = {(round(g.box[2] - g.box[0], 3), round(g.box[3] - g.box[1], 3)) for g in line.glyphs}
    assert len(sizes) == 1


def test_digits_spaced_apart_as_on_a_form_are_one_line() -> None:
    number = next(NUMBERS)
    drawn = b"".join(
        attack_outlines.outline_ops(digit, 72 + 16 * place, 690, 10)
        for place, digit in enumerate(number)
    )
    (line,) = _lines(attack_outlines._with_content(drawn))  # a digit every 2 heights
    assert len(line.glyphs) == 10


def test_a_paragraph_in_outlines_is_read_across_only() -> None:
    """Seen turned, the letters of lines under each other make columns that look like lines:
    only letters no line across has taken are looked at that way."""
    prose = ["Kommunstyrelsen beslutar att anta förslaget till ny delegationsordning."] * 12
    drawn = b"".join(
        attack_outlines.outline_ops(t, 72, 700 - 14 * i, 10) for i, t in enumerate(prose)
    )
    with pikepdf.open(io.BytesIO(attack_outlines._with_content(drawn))) as pdf:
        pictures = outline_ocr._pictures(page_shapes(pdf.pages[0]))
    assert [(p.way, len(p.lines)) for p in pictures] == [(0, 12)]


def test_a_chart_a_logo_and_a_tables_rules_are_no_text() -> None:
    assert _lines(attack_outlines.chart_page()) == []


@needs_tesseract
@pytest.mark.parametrize("attack", sorted(OUTLINED))
def test_the_scan_finds_it_and_the_last_reader_too(attack: str) -> None:
    number = next(NUMBERS)
    data = OUTLINED[attack](number)
    public_pdf.clear_caches()
    found = {
        (s.where, h.normalized[2:])
        for s in public_pdf.sources(hashlib.sha256(data).hexdigest(), data)
        for h in find_personnummer(s.text or "", ocr=s.ocr)
    }
    assert found == {(", sida 1 (text ritad som kurvor)", number)}
    public_pdf.clear_caches()  # the last reader reads the outlines itself
    findings = audit_pdf(data).findings
    assert [(f.where, f.normalized[2:]) for f in findings] == [
        ("sida 1 (text ritad som kurvor)", number)
    ]


def test_a_page_of_too_many_shapes_to_search_needs_a_person() -> None:
    """A plan or a map that paints more shapes than are walked: a number in outlines could
    be among those not walked, so the page is said to be unsearched, never passed."""
    dots = b"0 g " + b"".join(
        f"{n % 500} {n // 500} m 1 0 l 1 1 l f\n".encode() for n in range(20_001)
    )
    data = attack_outlines._with_content(dots)
    public_pdf.clear_caches()
    (found,) = [s for s in public_pdf.sources("", data) if s.suffix == ":kurvor:1"]
    assert found.text is None
    assert found.shown == f"sidan 1: {outline_ocr.TOO_MANY}"
    assert "fler än 20\xa0000 former" in found.shown


def test_a_page_dense_with_small_shapes_is_not_drawn_line_by_line() -> None:
    """A map's symbols (here 16 000 small curved shapes strewn over the page) would make
    hundreds of lines to draw and read, a minute of work; the page is said to be unsearched
    instead, at once."""
    strewn, parts = random.Random(7), []
    for _ in range(16_000):
        x, y, w = strewn.uniform(0, 590), strewn.uniform(0, 830), strewn.uniform(3, 7)
        parts.append(f"{x:.1f} {y:.1f} m {x + w / 2:.1f} {y + 8:.1f} {x + w:.1f} {y - 2:.1f} ")
        parts.append(f"{x + w:.1f} {y + 6:.1f} c {x + 1:.1f} {y + 7:.1f} l f\n")
    with pikepdf.open(io.BytesIO(attack_outlines._with_content("".join(parts).encode()))) as pdf:
        (reading,) = outline_ocr.read_pages([pdf.pages[0]])
    assert reading is not None and not reading.vouched and reading.reason == outline_ocr.TOO_MANY


def test_damaged_text_operands_show_nothing_and_the_outlines_are_still_found() -> None:
    """A Tj given a number and a TJ given no array (a damaged or hostile file) drew nothing
    and stopped the reading of the page with a TypeError."""
    number = next(NUMBERS)
    damaged = b"BT /F1 11 Tf 72 600 Td 5 Tj 3 TJ (Ok) Tj ET\n"
    data = attack_outlines._with_content(damaged + attack_outlines.outline_ops(number, 72, 500, 11))
    (page,) = pdf_public.read_pages_text(data)
    assert page.text.rstrip().endswith("Ok")
    (line,) = _lines(data)
    assert len(line.glyphs) == 10


def test_content_pikepdf_refuses_is_damaged_not_a_crash(monkeypatch) -> None:
    """pikepdf refuses some damaged content with a TypeError, not its PdfError."""

    def refused(_holder, *_operators):
        raise TypeError("Only scalar types, arrays, and dictionaries are allowed")

    data = attack_outlines.outlined_line(next(NUMBERS))
    monkeypatch.setattr(pikepdf, "parse_content_stream", refused)
    (page,) = pdf_public.read_pages_text(data)
    assert page.text == ""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert page_shapes(pdf.pages[0]) == []
    assert audit_pdf(data).unreadable  # the page is said to be unreadable


def test_a_letterhead_form_on_every_page_is_walked_once_and_found_on_each() -> None:
    number = next(NUMBERS)
    data = attack_outlines.outlined_figure(number)
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pdf.pages.append(pdf.pages[0])  # the same figure on a second page
        forms: dict = {}
        first, second = (page_shapes(page, forms) for page in pdf.pages)
        assert len(forms) == 1  # walked once
        assert (
            [s.box for s in first]
            == [s.box for s in second]
            == [s.box for s in page_shapes(pdf.pages[1])]
        )
        both = outline_ocr.read_pages(list(pdf.pages))
    assert all(r is not None and r.lines for r in both)


@needs_tesseract
def test_more_pages_than_the_cache_holds_are_all_read(monkeypatch) -> None:
    """A long bilaga with text in outlines on every page: readings the cache had already let
    go of (it holds 512) were returned as "no outlines" for the first pages."""
    monkeypatch.setattr(outline_ocr, "_CACHE_SIZE", 1)
    outline_ocr.clear_cache()
    numbers = [next(NUMBERS), next(NUMBERS)]
    with pikepdf.open(io.BytesIO(attack_outlines.outlined_line(numbers[0]))) as pdf:
        with pikepdf.open(io.BytesIO(attack_outlines.outlined_line(numbers[1]))) as other:
            pdf.pages.append(other.pages[0])
        readings = outline_ocr.read_pages(list(pdf.pages))
    found = [[h.normalized[2:] for h in find_personnummer(r.text, ocr=True)] for r in readings]
    assert found == [[numbers[0]], [numbers[1]]]


@needs_tesseract
def test_the_same_line_on_two_pages_is_blacked_out_where_each_page_draws_it() -> None:
    """The same line drawn on two pages makes the same picture: the reading kept for it said
    where the other page drew it, and the box was painted in the wrong place."""
    number = next(NUMBERS)
    outline_ocr.clear_cache()
    pdf = pikepdf.new()
    for y in (690, 300):
        drawn = attack_outlines.outline_ops(f"Sökande: {attack_pdfs.dashed(number)}", 72, y, 11)
        pdf.add_blank_page(page_size=(595, 842))
        pdf.pages[-1].obj.Contents = pdf.make_stream(drawn)
    readings = outline_ocr.read_pages(list(pdf.pages))
    found = [r.boxes(frozenset({f"19{number}", f"20{number}"})) for r in readings]
    assert [len(boxes) for boxes in found] == [1, 1]
    assert found[0][0][1] < 690 < found[0][0][3]
    assert found[1][0][1] < 300 < found[1][0][3]


def test_outlines_in_forms_nested_too_deep_to_walk_need_a_person() -> None:
    """Forms inside forms deeper than the walk goes were left out without a word: a viewer
    draws them, and a number in outlines there was published unread."""
    number = next(NUMBERS)
    drawn = attack_outlines.outline_ops(f"Sökande: {attack_pdfs.dashed(number)}", 72, 500, 11)
    data = attack_outlines.nested_forms(drawn, 10)
    with pikepdf.open(io.BytesIO(data)) as pdf:
        (reading,) = outline_ocr.read_pages(list(pdf.pages))
    assert reading is not None and not reading.vouched and "figurer i figurer" in reading.reason
    assert audit_pdf(data).unreadable


def test_text_in_forms_nested_too_deep_to_read_needs_a_person() -> None:
    number = next(NUMBERS)
    shown = f"BT /F1 11 Tf 72 500 Td (Sokande {attack_pdfs.dashed(number)}) Tj ET".encode()
    data = attack_outlines.nested_forms(shown, 14)
    assert audit_pdf(data).unreadable
    (page,) = pdf_public.read_pages(data)
    assert page.unreadable


@needs_tesseract
def test_a_number_up_one_margin_and_another_down_the_other_are_both_read() -> None:
    """The lines up and down the page were read one way for the whole page, the surer: the
    number running the other way was read upside down, and the page vouched for."""
    up, down = next(NUMBERS), next(NUMBERS)
    outline_ocr.clear_cache()
    with pikepdf.open(io.BytesIO(attack_outlines.margins_both_ways(up, down))) as pdf:
        (reading,) = outline_ocr.read_pages(list(pdf.pages))
    found = sorted(hit.normalized[2:] for hit in find_personnummer(reading.text, ocr=True))
    assert found == sorted([up, down])
    boxes = [reading.boxes(frozenset({f"19{n}", f"20{n}"})) for n in (up, down)]
    assert [len(b) for b in boxes] == [1, 1]
    assert boxes[0][0][0] > 500 and boxes[1][0][2] < 60  # each in its own margin


def test_a_pattern_the_page_paints_is_walked_again_in_a_form_for_the_next_page() -> None:
    """The page paints a pattern, then a form paints it too: the form's walk, kept for the
    next page, skipped the pattern as already walked, and that page lost its number."""
    number = next(NUMBERS)
    pdf = pikepdf.new()
    drawn = attack_outlines.outline_ops(f"Sökande: {attack_pdfs.dashed(number)}", 2, 4, 11)
    tile = attack_pdfs_more.tiling(
        pdf, drawn, pikepdf.Dictionary(), 200, 16, Matrix=[1, 0, 0, 1, 72, 600]
    )
    patterns = pikepdf.Dictionary({"/P9": tile})
    form = pdf.make_stream(
        b"/Pattern cs /P9 scn 72 600 200 16 re f",
        Type=pikepdf.Name.XObject,
        Subtype=pikepdf.Name.Form,
        BBox=[0, 0, 595, 842],
        Resources=pikepdf.Dictionary({"/Pattern": patterns}),
    )
    painted, in_form = b"/Pattern cs /P9 scn 72 600 200 16 re f", b"1 0 0 1 0 -300 cm /Fx Do"
    for content in (b"q " + painted + b" Q q " + in_form + b" Q", b"q " + in_form + b" Q"):
        page = pdf.add_blank_page(page_size=(595, 842))
        xobjects = pikepdf.Dictionary({"/Fx": form})
        page.obj.Resources = pikepdf.Dictionary({"/Pattern": patterns, "/XObject": xobjects})
        page.obj.Contents = pdf.make_stream(content)
    forms: dict = {}
    first, second = (page_shapes(page, forms) for page in pdf.pages)
    assert len(first) == 40  # the line at 600 and at 300, and the two rectangles filled
    assert len(second) == 20  # the line at 300 and the rectangle


def _tsv(words: list[tuple[str, float]]) -> str:
    head = "level\tpage\tblock\tpar\tline\tword\tleft\ttop\twidth\theight\tconf\ttext"
    rows = [
        f"5\t1\t1\t1\t1\t{n}\t{30 + 80 * n}\t30\t70\t40\t{c}\t{w}" for n, (w, c) in enumerate(words)
    ]
    return "\n".join([head, *rows])


def test_an_unsure_reading_needs_a_person_only_when_it_may_hide_a_number() -> None:
    line = pdf_outlines.Line((72.0, 690.0, 200.0, 700.0), ())
    where = [(24, 24, 640, 72)]
    logo = outline_ocr._reading(_tsv([("Lvdvika", 40), ("kornmun", 35)]), [line], where)
    assert logo.vouched  # an ornament read as unsure letters stops nothing
    number = outline_ocr._reading(_tsv([("8II0Z2-7OI7", 40)]), [line], where)
    assert not number.vouched and "osäkert" in number.reason


DAY = date(2020, 12, 7)


def _inside(inner, outer) -> bool:
    return (
        outer[0] <= inner[0]
        and outer[1] <= inner[1]
        and inner[2] <= outer[2]
        and inner[3] <= outer[3]
    )


def attach_and_scan(store, data: bytes):
    """The PDF attached to ärende 3 of the demo meeting as bilaga 9, and the scan's hits in
    bilagor."""
    meeting = meeting_lookup.find_meeting(store, DAY)
    bilaga = replace(meetings.pdf_bilaga(data, "bilaga.pdf", "Bilaga"), nr="9")
    meeting.items[2].bilagor.append(bilaga)
    meetings.save_meeting(store, meeting)
    return meeting, [h for h in public_copy.scan_public(store, meeting.id) if h.bilaga_id]


@needs_tesseract
@pytest.mark.parametrize("attack", sorted(OUTLINED))
def test_maskera_blacks_it_out_and_publishes_the_rest(demo_store, attack: str) -> None:
    number = next(NUMBERS)
    public_pdf.clear_caches()
    meeting, hits = attach_and_scan(demo_store, OUTLINED[attack](number))
    (hit,) = hits
    assert hit.kind == "personnummer" and hit.normalized[2:] == number
    assert number[6:] not in hit.context  # shown masked in the review list
    public_copy.decide(demo_store, meeting.id, [hit.key], "maskera", by="Anna")
    edition = public_edition.public_edition(demo_store, meeting.id)
    shown = next(b for b in edition.meeting.items[2].bilagor if b.nr == "9")
    assert shown.withheld == ""  # the page is published ...
    published = edition.bilaga_pdf(shown)
    public_pdf.clear_caches()
    assert audit_pdf(published).clean  # ... without the number, read again by Tesseract
    (page,) = pdf_public.read_pages_text(published)
    assert attack_outlines.SHOWN in page.text
    with pikepdf.open(io.BytesIO(published)) as pdf:
        shapes = page_shapes(pdf.pages[0])
    # Drawn last, over the number (a box on each line it stands on), as long as ten digits.
    boxes = [pdf_outlines.box_around(polygon) for polygon in shapes[-1].polygons]
    long = sum(max(box[2] - box[0], box[3] - box[1]) for box in boxes)
    assert shapes[-1].filled and not shapes[-1].curved and 45 < long < 100
    glyphs = pdf_outlines.glyphs_of(shapes[:-1])
    under = [g for g in glyphs for box in boxes if _inside(g.box, box)]
    assert under == []  # the number's paths are taken out, not only covered


def test_without_tesseract_the_page_is_unreadable_and_left_out(demo_store, monkeypatch) -> None:
    number = next(NUMBERS)
    monkeypatch.setattr(outline_ocr.shutil, "which", lambda name: None)
    public_pdf.clear_caches()
    meeting, hits = attach_and_scan(demo_store, attack_outlines.outlined_line(number))
    (hit,) = hits
    assert hit.kind == "oläslig" and hit.where.endswith("sida 1 (text ritad som kurvor)")
    assert "kurvor" in hit.shown and "Tesseract" in hit.shown and "installerat" in hit.shown
    public_copy.decide(demo_store, meeting.id, [hit.key], "maskera", by="Anna")
    edition = public_edition.public_edition(demo_store, meeting.id)
    shown = next(b for b in edition.meeting.items[2].bilagor if b.nr == "9")
    assert shown.withheld == "oläslig"  # its one page left out: the bilaga is not published
    public_pdf.clear_caches()
