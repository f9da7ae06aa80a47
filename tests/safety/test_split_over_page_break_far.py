"""A personnummer a page break splits with several lines between its two parts that a reader
skips: a footnote of three lines under "811218-" at the foot of page 1, a heading seen once
over "9876" at the head of page 2 (no running header, which is left out anyway). Before,
only the last three lines of one page were read with the first three of the next, so the
last check, the review and the masking all let it through. Further from the break only
lines with a digit next to it are read, for a number only; real texts full of numbers with
ten and sixteen lines a page still give no finding."""

from __future__ import annotations

import hashlib
import io

import pikepdf
import pytest

from ksdesk.core.personnummer import find_personnummer
from ksdesk.interchange.pdf_audit import audit_pdf
from ksdesk.interchange.pdf_content_text import page_text
from ksdesk.services import public_gate, public_pdf
from tests.core.personnummer_real_numbers import REAL_NUMBER_TEXTS
from tests.safety.test_split_over_page_break import FILL, NUMBER, _pages, _real_text_pages

FOOTNOTES = [
    "¹ Enligt ansökan som kom in den 2 november.",
    "² Se bilaga 3 om bollkorgens placering.",
    "³ Beslutet kan överklagas hos länsstyrelsen.",
]
HEADING = ["Bilaga 2", "Ansökan om bygglov", "Fortsättning från föregående sida"]


def _far_apart(footnotes: int, heading: int) -> bytes:
    return _pages(
        [
            [FILL, FILL, "Sökandens nummer är 811218-", *FOOTNOTES[:footnotes]],
            [*HEADING[:heading], "9876 enligt ansökan.", FILL],
        ]
    )


@pytest.mark.parametrize(("footnotes", "heading"), [(3, 0), (0, 3), (3, 3), (2, 2)])
def test_the_last_check_reads_the_number_across_the_skipped_lines(footnotes, heading) -> None:
    pdf = _far_apart(footnotes, heading)
    found = [f for f in audit_pdf(pdf).findings if f.normalized == NUMBER]
    assert [f.where for f in found] == ["sida 1 (texten som fortsätter på sida 2)"]
    with pytest.raises(public_gate.PublicOutputRefused) as refused:
        public_gate.checked(pdf, "Bilagan")
    assert "i sida 1 " in str(refused.value)


def test_the_review_finds_it_and_masking_takes_it_out_of_both_pages() -> None:
    pdf = _far_apart(3, 3)
    sha = hashlib.sha256(pdf).hexdigest()
    scanned = public_pdf.sources(sha, pdf)
    assert NUMBER in {h.normalized for s in scanned for h in find_personnummer(s.text or "")}
    published = public_pdf.public_content(sha, pdf, frozenset({NUMBER}))
    assert audit_pdf(published).findings == []
    with pikepdf.open(io.BytesIO(published)) as opened:
        printed = "\n".join(page_text(page).text for page in opened.pages)
    assert "9876" not in printed and "811218" not in printed
    assert "Beslutet kan överklagas" in printed and "enligt ansökan." in printed


@pytest.mark.parametrize("name", sorted(REAL_NUMBER_TEXTS))
def test_real_texts_full_of_numbers_give_no_finding_across_breaks(name: str) -> None:
    _url, text = REAL_NUMBER_TEXTS[name]
    for per_page in (10, 16):
        pdf = _pages(_real_text_pages(text, per_page))
        assert audit_pdf(pdf).findings == [], per_page
        sources = public_pdf.sources(hashlib.sha256(pdf).hexdigest(), pdf)
        assert not any(find_personnummer(s.text or "") for s in sources), per_page
