"""The independent last-line reader finds a personnummer wherever a PDF can carry it (text,
form fields, annotations, links, attached files, metadata, outlines, JavaScript, a line split
in two, digit boxes) and names the place; a kept number is not reported."""

from __future__ import annotations

import pytest

from ksdesk.interchange.pdf_audit import audit_pdf
from tests import attack_pdfs

NUMBERS = attack_pdfs.personnummer(100)

EXPECTED_PLACE = {
    "form_field": "formulärfält ”pnr”",
    "free_text": "textruta (FreeText)",
    "link": "länk (Link)",
    "attachment": "bifogad fil ”sokande.csv”",
    "split_line": "sida 1 (text)",
    "digit_boxes": "sida 1 (text)",
    "soft_hyphen": "sida 1 (text)",
    "hidden_places": "bokmärke",
}


@pytest.mark.parametrize("attack", sorted(attack_pdfs.ATTACKS))
def test_every_hiding_place_is_found_and_named(attack: str) -> None:
    number = next(NUMBERS)
    audit = audit_pdf(attack_pdfs.ATTACKS[attack](number))
    assert audit.findings, attack
    assert {f.normalized[2:] for f in audit.findings} == {number}
    assert any(EXPECTED_PLACE[attack] in f.where for f in audit.findings), audit.findings
    assert all(number[6:] not in f.where + f.shown for f in audit.findings)


def test_metadata_and_javascript_are_read() -> None:
    number = next(NUMBERS)
    places = {f.where for f in audit_pdf(attack_pdfs.hidden_places(number)).findings}
    assert "XMP-metadata" in places
    assert "åtgärd när filen öppnas" in places
    assert any(p.startswith("dokumentinformation") for p in places)


def test_a_kept_number_is_not_reported() -> None:
    number = next(NUMBERS)
    data = attack_pdfs.split_line(number)
    assert audit_pdf(data, frozenset({"19" + number})).clean


def test_a_pdf_attached_inside_a_pdf_is_read() -> None:
    import io

    import pikepdf

    number = next(NUMBERS)
    inner = attack_pdfs.split_line(number)
    pdf = pikepdf.open(io.BytesIO(attack_pdfs.split_line(next(NUMBERS))))
    pdf.attachments["inre.pdf"] = pikepdf.AttachedFileSpec(pdf, inner)
    out = io.BytesIO()
    pdf.save(out)
    findings = audit_pdf(out.getvalue()).findings
    assert any("inre.pdf" in f.where and "sida 1" in f.where for f in findings)
