"""The secretary's decision to publish a page nobody could read ("behåll" on the scan's hit
for the page: Tesseract missing or unsure, too many shapes, a font that cannot be decoded),
carried on the page itself, so that the last reader (interchange.pdf_audit) can tell that
page from one it could not read that nobody looked at, wherever the page ends up (a bilaga
on its own, or merged into the packet with its pages numbered anew).

The mark is a key of the page's dictionary. A stored file never brings its own:
interchange.pdf_public.strip removes it with the other keys a page may not keep, and the
public copy marks only the pages of `rules` that were decided so."""

from __future__ import annotations

import io

import pikepdf

KEPT_UNREAD = "/KsdeskKeptUnread"


def mark_kept_unread(data: bytes, pages: set[int]) -> bytes:
    """`data` with each page numbered in `pages` (from 1) marked as published unread."""
    if not pages:
        return data
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for number in sorted(pages):
            if 1 <= number <= len(pdf.pages):
                pdf.pages[number - 1].obj[KEPT_UNREAD] = True
        out = io.BytesIO()
        pdf.save(out, fix_metadata_version=False, deterministic_id=True)
        return out.getvalue()


def kept_unread(page: pikepdf.Page) -> bool:
    """Whether the page is marked as published unread by the secretary's decision."""
    return page.obj.get(KEPT_UNREAD) is True
