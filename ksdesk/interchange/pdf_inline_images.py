"""Inline images (BI … ID … EI) drawn by a Form XObject, a soft mask's group or a tiling
pattern, made image objects of its resources for the public copy (interchange.pdf_scrub),
as qpdf makes a page's and those of the forms it draws: Tesseract reads only image objects,
so a scanned ID card drawn inline in a pattern or a mask was published unread."""

from __future__ import annotations

import pikepdf


def externalized(stream: pikepdf.Stream) -> None:
    """The inline images a form, a soft mask's group or a tiling pattern draws, made image
    objects of its resources, as qpdf makes a page's (and the forms it draws): Tesseract
    reads only image objects, and a scanned ID card drawn inline in a pattern or a mask was
    published unread. qpdf does it for a page or a form only, so a pattern is shown to it
    as a form for the call. One without resources of its own (it borrows its page's) is left
    as it is: the page's reader reports the picture it cannot have read
    (pdf_content_text: PageText.inline_images)."""
    if "/Resources" not in stream or b"BI" not in _bytes(stream):
        return
    kind, subtype = stream.get("/Type"), stream.get("/Subtype")
    stream.Type, stream.Subtype = pikepdf.Name.XObject, pikepdf.Name.Form
    try:
        pikepdf.Page(stream).externalize_inline_images(min_size=0)
    except pikepdf.PdfError:
        pass  # content that cannot be parsed: the scan reports the page
    finally:
        for key, value in (("/Type", kind), ("/Subtype", subtype)):
            if value is None:
                del stream[key]
            else:
                stream[key] = value


def _bytes(stream: pikepdf.Stream) -> bytes:
    try:
        return stream.read_bytes()
    except pikepdf.PdfError:
        return b""
