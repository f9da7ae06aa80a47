"""The page footer of a tjänsteskrivelse. What it names that the letterhead has a field for
(the handläggare's block, a labelled phone or e-mail) goes there (Letterhead.footer); the
rest, the kommun's address, is left out with one line in the report per footer.

Kungsbacka's footer has two columns, the handläggare's block (the förvaltning over her
name, her phone and her title) beside the kommun's address. Read as lines across both
columns (tab stops in Word, a PDF's lines) her block is broken up by the address's pieces
("Förvaltningen för Kultur & Fritid<tab>Kungsbacka kommun", "434 81 Kungsbacka", "Erik
Norinder", …): the pieces that are the address's are stepped over to find it."""

from __future__ import annotations

import re

from ksdesk.core.import_report import ImportReport
from ksdesk.interchange import tjansteskrivelse_words as words
from ksdesk.interchange.tjansteskrivelse_blocks import Block, Grid
from ksdesk.interchange.tjansteskrivelse_letterhead import Letterhead

# Pieces of a kommun's address: its name, "434 81 Kungsbacka", "www.kungsbacka.se", a street
# and number ("Stadshuset, Storgatan 37"); labelled lines and "Besöksadress" are known by
# the words' own rules.
KOMMUN_NAME = re.compile(r"\b(kommun|stad|region)$", re.IGNORECASE)
_POSTCODE = re.compile(r"^\d{3}\s?\d{2}\s+\S")
_WEB = re.compile(r"^(www\.|https?://)", re.IGNORECASE)
_STREET = re.compile(
    r"\b[A-ZÅÄÖ][\wåäö]+(gatan|vägen|torget|gränd|allé|backe|plan)\s+\d+\s*[A-Za-z]?$"
)
_SIZES = (4, 3)  # the block with her phone, then without


def read_footers(footers: list[Block], letterhead: Letterhead, report: ImportReport) -> None:
    """The footer's text, one line in the report per footer: the kommun's address in six
    cells is one thing to the secretary, not six."""
    left: dict[str, list[str]] = {}
    for block in footers:
        texts = block.cells if isinstance(block, Grid) else block.text.split("\n")
        if not isinstance(block, Grid):
            texts = _sender_across_columns(texts, letterhead, block.where)
        for text in texts:
            if text.strip() and not letterhead.footer(text, block.where):
                left.setdefault(block.where, []).append(" ".join(text.split()))
    for where, texts in left.items():
        report.drop(where, " · ".join(texts), "sidfotens text: skrivs inte ut i tjänsteskrivelsen")


def _sender_across_columns(texts: list[str], letterhead: Letterhead, where: str) -> list[str]:
    """`texts` with the handläggare's block taken out when its lines stand among the
    address's pieces; `texts` as they were when there is none."""
    pieces = [" ".join(p.split()) for text in texts for p in re.split(r"[\t\n]", text)]
    pieces = [piece for piece in pieces if piece]
    if not any("\t" in text for text in texts) and len(texts) <= 1:
        return texts
    candidates = [i for i, piece in enumerate(pieces) if not _address(piece)]
    for size in _SIZES:
        for start in range(len(candidates) - size + 1):
            window = candidates[start : start + size]
            if letterhead.footer_sender("\n".join(pieces[i] for i in window), where):
                return [piece for i, piece in enumerate(pieces) if i not in window]
    return texts


def _address(piece: str) -> bool:
    return bool(
        words.boilerplate(piece)
        or words.LABEL_FIRST.match(piece)
        or KOMMUN_NAME.search(piece)
        or _POSTCODE.match(piece)
        or _WEB.match(piece)
        or _STREET.search(piece)
    )
