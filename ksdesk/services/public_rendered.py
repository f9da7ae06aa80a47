"""What a bilaga that refers to data in ksdesk prints (a budget sheet, a document, the
delegationsordning, a delegationsbeslut, the list of delegationsbeslut), as the public-copy
scan reads it: the pages it prints as, and every field of the data it is printed from."""

from __future__ import annotations

from collections import OrderedDict

from ksdesk.core.budget import Sheet
from ksdesk.interchange import pdf_public
from ksdesk.services.public_pdf import PAGE_BREAK

_RENDERED: OrderedDict[str, str] = OrderedDict()


def rendered_text(store, ref: str, *, public: bool = True) -> str:
    """The text of a bilaga that refers to data in ksdesk (a budget sheet, a document, the
    delegationsordning, a delegationsbeslut, the list of delegationsbeslut), read from the
    pages it prints as: whatever the renderer prints is what is scanned. When it cannot be
    printed, the reason the packet prints in its place: it names what the bilaga refers to
    ("Budgetbladet ”bidrag-780371-0388” finns inte i databasen."), and a key is made from a
    title."""
    from ksdesk.reports.base import Embedded, build_pdf
    from ksdesk.reports.document_pdf import frame_width
    from ksdesk.services import bilaga_render

    rendering = bilaga_render.resolve(store, ref, public=public)
    if rendering.problem:
        return rendering.problem
    if rendering.fingerprint in _RENDERED:
        _RENDERED.move_to_end(rendering.fingerprint)
        return _RENDERED[rendering.fingerprint]
    if rendering.story is not None:
        story = rendering.story(frame_width(rendering.wide))
        pdf = build_pdf(story, title="", wide=rendering.wide, page_label="")
    elif rendering.pdf is not None:
        pdf = rendering.pdf(Embedded())
    else:
        return ""
    text = PAGE_BREAK.join(page.readings for page in pdf_public.read_pages_text(pdf))
    _RENDERED[rendering.fingerprint] = text
    while len(_RENDERED) > 32:
        _RENDERED.popitem(last=False)
    return text


def referenced_data_text(store, ref: str) -> str:
    """Every text of what a referenced bilaga is printed from (bilaga_render's `data`: the
    sheet, the document and its tables, the delegationsordning and the version it is compared
    with, the delegationsbeslut), a field at a time. The scan reads it besides the pages: a
    narrow column breaks a long number over two lines ("LIVSFS 1969" / "0202-4295"), where
    no reader of the page text finds it but every reader of the paper does."""
    from ksdesk.core import text_walk
    from ksdesk.services import bilaga_render

    data = bilaga_render.resolve(store, ref).data
    texts = [text for part in data for _where, text in text_walk.texts(part, "")]
    figures = [figure for part in data if isinstance(part, Sheet) for figure in part.long_figures()]
    return PAGE_BREAK.join(texts + figures)
