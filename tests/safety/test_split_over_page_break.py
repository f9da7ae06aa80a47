"""A name or personnummer that a page break or a column break splits ("… lämnades av Kalle" at
the foot of page 1, "Karlsson den 6 maj …" at the head of page 2; "811218-" / "9876") is one
name or number to a reader turning the page. Before, every page was read on its own, and the
review, the masking and the last check all let it through; a page set in two columns that
the file draws row by row hid it the same way inside one page.

The PDFs are made here with ReportLab as a case system prints them: a running header and a
footer with the page number on every page (they stand between the two parts on paper). The
texts without personnummer that must stay without a finding when read across every break
are tests/core/personnummer_real_numbers.py's real public texts (each with its address)."""

from __future__ import annotations

import hashlib
import io
import textwrap

import pikepdf
import pytest
from reportlab.pdfgen import canvas

from ksdesk.core.personnummer import find_personnummer
from ksdesk.core.withheld_words import WithheldWords
from ksdesk.interchange.pdf_audit import audit_pdf
from ksdesk.interchange.pdf_content_text import page_text
from ksdesk.services import public_gate, public_pdf
from tests.core.personnummer_real_numbers import REAL_NUMBER_TEXTS

NUMBER = "198112189876"  # 811218-9876: made up, with a valid check digit
CITIZEN = "Kalle Karlsson"  # made up
WITHHELD = WithheldWords(names=((CITIZEN,),))
FILL = "Ärendet gäller en bollkorg vid skolan i Ludvika."
SPLITS = {"namn": ("Kalle", "Karlsson"), "personnummer": ("811218-", "9876")}


def _pages(pages: list[list[str]], *, furniture: bool = True) -> bytes:
    """One page for each list of lines, with a running header and a footer "Sida n av m"."""
    out = io.BytesIO()
    page = canvas.Canvas(out)
    for number, lines in enumerate(pages, start=1):
        page.setFont("Helvetica", 10)
        if furniture:
            page.drawString(72, 800, "Kommunstyrelsen · Sammanträde 2020-12-07")
            page.drawString(440, 40, f"Sida {number} av {len(pages)}")
        for row, line in enumerate(lines):
            page.drawString(72, 760 - 14 * row, line)
        page.showPage()
    page.save()
    return out.getvalue()


def _split_over_pages(first: str, rest: str, *, furniture: bool = True) -> bytes:
    return _pages(
        [
            [FILL] * 4 + [f"Förslaget lämnades in av {first}"],
            [f"{rest} den 6 maj 2019 och gäller en bollkorg.", FILL],
        ],
        furniture=furniture,
    )


def _columns_drawn_by_rows(first: str, rest: str) -> bytes:
    """One page in two columns, drawn row by row: the left column ends with `first`, the
    right one begins with `rest`."""
    left = [FILL[:30]] * 5 + [f"Förslaget lämnades av {first}"]
    right = [f"{rest} den 6 maj 2019."] + [FILL[:30]] * 5
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.setFont("Helvetica", 10)
    for row, (one, other) in enumerate(zip(left, right, strict=True)):
        page.drawString(72, 760 - 14 * row, one)
        page.drawString(320, 760 - 14 * row, other)
    page.showPage()
    page.save()
    return out.getvalue()


CASES = {
    f"{kind}, {shape}": make(*parts)
    for kind, parts in SPLITS.items()
    for shape, make in (
        ("över sidbrytning", _split_over_pages),
        ("över sidbrytning utan sidhuvud", lambda a, b: _split_over_pages(a, b, furniture=False)),
        ("över spaltbrytning", _columns_drawn_by_rows),
    )
}


def _kind(case: str) -> str:
    return "namn" if case.startswith("namn") else NUMBER


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_last_check_reads_across_the_break_and_names_the_page(case: str) -> None:
    pdf = CASES[case]
    found = [f for f in audit_pdf(pdf, withheld=WITHHELD).findings if f.normalized == _kind(case)]
    assert found, case
    with pytest.raises(public_gate.PublicOutputRefused) as refused:
        public_gate.checked(pdf, "Bilagan", withheld=WITHHELD)
    # The page the name or number begins on: where the secretary looks for it.
    assert "i sida 1 " in str(refused.value)
    if "sidbrytning" in case:
        assert found[0].where == "sida 1 (texten som fortsätter på sida 2)"


@pytest.mark.parametrize("case", sorted(c for c in CASES if c.startswith("personnummer")))
def test_the_review_finds_the_number_and_masking_takes_it_out_of_both_pages(case: str) -> None:
    pdf = CASES[case]
    sha = hashlib.sha256(pdf).hexdigest()
    scanned = public_pdf.sources(sha, pdf)
    assert NUMBER in {h.normalized for s in scanned for h in find_personnummer(s.text or "")}
    published = public_pdf.public_content(sha, pdf, frozenset({NUMBER}))
    assert audit_pdf(published).findings == []
    with pikepdf.open(io.BytesIO(published)) as opened:
        printed = "\n".join(page_text(page).text for page in opened.pages)
    assert "9876" not in printed and "811218" not in printed
    assert "den 6 maj 2019" in printed  # the rest of the text is published


@pytest.mark.parametrize("case", sorted(c for c in CASES if c.startswith("namn")))
def test_the_review_finds_the_name(case: str) -> None:
    pdf = CASES[case]
    (whole, *_rest) = public_pdf.sources(hashlib.sha256(pdf).hexdigest(), pdf)
    assert WITHHELD.found_in(whole.text or "")


def _real_text_pages(text: str, lines_per_page: int) -> list[list[str]]:
    lines = textwrap.wrap(text, 60)
    return [lines[i : i + lines_per_page] for i in range(0, len(lines), lines_per_page)]


@pytest.mark.parametrize("name", sorted(REAL_NUMBER_TEXTS))
def test_real_texts_full_of_numbers_give_no_finding_across_breaks(name: str) -> None:
    """Every line of a real text next to a page break, read across it, with the footer's
    page number and the header between: nothing is taken for a personnummer."""
    _url, text = REAL_NUMBER_TEXTS[name]
    for per_page in (2, 3, 5):
        pdf = _pages(_real_text_pages(text, per_page))
        assert audit_pdf(pdf).findings == [], per_page
        sources = public_pdf.sources(hashlib.sha256(pdf).hexdigest(), pdf)
        assert not any(find_personnummer(s.text or "") for s in sources), per_page


def test_what_one_page_holds_whole_is_that_pages_alone() -> None:
    """A number split over the last two lines of page 1 is page 1's, not one read with the
    diarienummer that opens page 2 ("811218-" and "2020/437" pass as a number); a name
    whole at the head of page 2 is page 2's: a finding on the wrong page would pass where
    the number was kept on its own page, and leave out a page that names nobody."""
    pdf = _pages(
        [
            [FILL, "Sökandens nummer är 811218-", "9876 enligt ansökan."],
            [f"2020/437 {CITIZEN} har lämnat förslaget.", FILL],
        ]
    )
    found = {(f.where, f.normalized) for f in audit_pdf(pdf, withheld=WITHHELD).findings}
    assert found == {("sida 1 (text)", NUMBER), ("sida 2 (text)", "namn")}
    pages = public_pdf.pdf_public.read_pages_text(pdf)
    assert pages[0].seam == "" or not find_personnummer(pages[0].seam)
    assert not WITHHELD.found_in(pages[0].seam)
