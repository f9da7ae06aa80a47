"""Places of a PDF bilaga that a reader may forget, each tried with a number in it: marked-
content texts kept in the page's /Properties, a layer's name, a key of the page no standard
names, the metadata of a form drawn on the page, text painted by a tiling pattern, a font's
name. The last reader finds every one and names the page; the public copy carries none: the
file's own places are masked when it is stripped, and text the page paints is found by the
public check (a pattern cannot be rewritten, so "maskera" leaves the bilaga out)."""

from __future__ import annotations

import hashlib

import pytest

from ksdesk.core.errors import InvalidInput
from ksdesk.core.personnummer import find_personnummer
from ksdesk.interchange.pdf_audit import audit_pdf
from ksdesk.services import public_pdf
from tests import attack_pdfs, attack_pdfs_more
from tests.pdf_helpers import unpacked

NUMBERS = attack_pdfs.personnummer(700)


@pytest.mark.parametrize("attack", sorted(attack_pdfs_more.FORGOTTEN))
def test_the_last_reader_finds_it_and_names_the_page(attack: str) -> None:
    number = next(NUMBERS)
    findings = audit_pdf(attack_pdfs_more.FORGOTTEN[attack](number)).findings
    assert {f.normalized[2:] for f in findings} == {number}
    assert any(f.where.startswith("sida 1") for f in findings), findings


@pytest.mark.parametrize("attack", sorted(attack_pdfs_more.FORGOTTEN))
def test_the_public_copy_carries_none(attack: str) -> None:
    number = next(NUMBERS)
    data = attack_pdfs_more.FORGOTTEN[attack](number)
    sha = hashlib.sha256(data).hexdigest()
    found = {
        h.normalized for s in public_pdf.sources(sha, data) for h in find_personnummer(s.text or "")
    }
    if attack == "pattern_text":
        assert found == {"19" + number}  # painted on the page: the check finds it
        with pytest.raises(InvalidInput):
            public_pdf.public_content(sha, data, frozenset(found))
        return
    assert found == set()  # not on the page: masked with the rest of the file's places
    published = public_pdf.public_content(sha, data, frozenset())
    assert audit_pdf(published).clean
    plain = unpacked(published)
    assert number[:6].encode() not in plain and number[6:].encode() not in plain
