"""Parsing a part of a Word file that python-docx leaves as bytes (comments, footnotes,
endnotes), as safely as python-docx parses the document itself.

python-docx parses the body with its own parser (docx.oxml.parser: entities not resolved,
lxml's default of no network), but hands the parts it does not know as bytes. lxml's default
parser resolves entities, so a comments part could pull a file of the secretary's computer
into the import report. Every such part is parsed here with python-docx's parser, and a part
larger than an xlsx import may unpack in all is refused before it is parsed (the tree costs
many times the bytes).
"""

from __future__ import annotations

from ksdesk.core.errors import InvalidInput
from ksdesk.core.format import format_amount
from ksdesk.interchange.xlsx_scan import MAX_UNPACKED_BYTES

MAX_PART_BYTES = MAX_UNPACKED_BYTES


def parse_part(blob: bytes, what: str):
    """The part's root element; InvalidInput when the part is too large to be real."""
    from docx.oxml.parser import parse_xml
    from lxml import etree

    if len(blob) > MAX_PART_BYTES:
        limit = format_amount(MAX_PART_BYTES // 1_000_000, 0, "MB")
        raise InvalidInput(
            f"Word-dokumentets {what} är större än {limit} uppackade: filen läses inte in. "
            "Är det rätt fil?"
        )
    try:
        return parse_xml(blob)
    except etree.XMLSyntaxError as error:
        # Also an entity the part declares for itself: python-docx's parser does not fetch it.
        raise InvalidInput(
            f"Word-dokumentets {what} kan inte läsas (felaktig XML på rad {error.lineno}). "
            "Öppna filen i Word, spara den igen och försök på nytt."
        ) from error
