"""A private person's contact data decided "maskera" (core.contact_data) taken out of the text
a stored PDF bilaga draws, as a personnummer is (interchange.pdf_number_removal): the
letters and digits of the address, postort, phone number or e-mail are dropped from the
strings that draw them, never covered by a box alone (they would still be in the file; the
box drawn on the gap they leave only shows it, interchange.pdf_removal_marks). The
strings the stripped file keeps outside what its pages draw (a tagged figure's alt text,
the structure tree's actual texts and titles, a layer's name, marked-content properties:
interchange.pdf_left_over) have each piece replaced by its kind's words. The pages and
those strings are read again: what is still there (drawn by a Form XObject, as outlines)
leaves the bilaga out, with a Swedish reason."""

from __future__ import annotations

import io

import pikepdf

from ksdesk.core.contact_data import spans_of
from ksdesk.core.errors import InvalidInput
from ksdesk.interchange import pdf_left_over, pdf_number_removal, pdf_public


class ContactLeftIn(InvalidInput):
    """Contact data decided "maskera" that cannot be taken out of a bilaga's text: the
    bilaga is left out; `advice` is for the secretary's list of problems only."""

    advice = "Ska bilagan publiceras: be om en kopia utan kontaktuppgiften och byt bilagan mot den."


def without_contacts(data: bytes, values: frozenset[str]) -> bytes:
    """`data` with each piece of contact data of `values` taken out of its pages' text;
    ContactLeftIn when one is still read on a page afterwards."""
    if not values or not (_pages_holding(data, values) or _left_over_holding(data, values)):
        return data

    def find(text: str) -> list[tuple[int, int]]:
        return [(start, end) for start, end, _kind in spans_of(text, values)]

    with pikepdf.open(io.BytesIO(data)) as pdf:
        pdf_number_removal.remove_spans(pdf, find)
        pdf_left_over.mask_contacts_left_over(pdf, values)
        out = io.BytesIO()
        pdf.save(out, deterministic_id=True)
    result = out.getvalue()
    left = _pages_holding(result, values)
    if left:
        pages = ", ".join(str(n) for n in left)
        raise ContactLeftIn(
            f"En privatpersons kontaktuppgift kunde inte tas bort ur texten på sidan {pages} "
            "(den ritas i en figur, som kurvor eller med ett typsnitt som anger fel tecken); "
            "bilagan lämnas utanför den offentliga versionen."
        )
    if _left_over_holding(result, values):
        raise ContactLeftIn(
            "En privatpersons kontaktuppgift kunde inte tas bort ur filens dolda texter "
            "(alternativtext, taggning eller lager); bilagan lämnas utanför den offentliga "
            "versionen."
        )
    return result


def _left_over_holding(data: bytes, values: frozenset[str]) -> bool:
    """Whether a string the file keeps outside its pages' drawing holds one of `values`."""
    return any(spans_of(text, values) for text in pdf_left_over.left_over_texts_of(data))


def _pages_holding(data: bytes, values: frozenset[str]) -> list[int]:
    return [
        page.number for page in pdf_public.read_pages_text(data) if spans_of(page.readings, values)
    ]
