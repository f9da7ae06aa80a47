"""The sekretessmarkering on the pages of the paper protokoll and protokollsutdrag that hold
a secret § (OSL 5 kap. 5 §: a document holding secret data is marked), as the paper packet
marks a secret ärende's handlingar (reports.packet_labels): red, boxed, above the header.

Which pages those are is known only as the layout goes: a § may run over pages, and share
one with another §. So the § is enclosed by two flowables that draw nothing (`SecretSpan`):
the first notes its marking on the page it lands on, the last that the marking ends there,
and the page's end (`mark_page`, the page template's onPageEnd) draws the marking of every
§ that stood on it. The public editions enclose nothing: their secret § is withheld."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable

from ksdesk.core.meeting import Sammantrade
from ksdesk.core.protokoll import Paragraf
from ksdesk.core.secrecy_ref import marking, printed_ref
from ksdesk.reports.packet_labels import MARK_FROM_TOP, draw_mark

# Kept on the canvas, which each layout makes anew: the marking of the § still open when
# the page ended, and the markings of the §§ that stood on the page being laid out.
_OPEN = "_ksdesk_secret_open"
_ON_PAGE = "_ksdesk_secret_on_page"


class SecretSpan(Flowable):
    """Draws nothing; `ref` opens a secret §'s span on the page it lands on, None ends it."""

    def __init__(self, ref: str | None) -> None:
        super().__init__()
        self.ref = ref

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        canvas = self.canv
        if self.ref is None:
            setattr(canvas, _OPEN, None)
            return
        setattr(canvas, _OPEN, self.ref)
        on_page = getattr(canvas, _ON_PAGE, [])
        if self.ref not in on_page:
            setattr(canvas, _ON_PAGE, [*on_page, self.ref])


def secret_ref(meeting: Sammantrade, paragraf: Paragraf) -> str | None:
    """The OSL reference of the § when its ärende is secret ("" when none was given), as
    printed; None when it is not secret."""
    item = next((i for i in meeting.items if i.id == paragraf.item_id and i.secret), None)
    return None if item is None else printed_ref(item.secrecy_ref)


def secret_marked(flowables: Sequence[Flowable], ref: str | None) -> list[Flowable]:
    """`flowables` (a § with what belongs to it on paper) enclosed so that every page they
    stand on carries the marking of `ref`; as they are when `ref` is None (not secret)."""
    if ref is None:
        return list(flowables)
    return [SecretSpan(ref), *flowables, SecretSpan(None)]


def mark_page(canvas: Canvas, _doc: BaseDocTemplate) -> None:
    """At a page's end: the marking of the secret §§ that stood on it, one marking naming
    each paragraph once. A § that runs on opens the next page."""
    refs = getattr(canvas, _ON_PAGE, [])
    if refs:
        canvas.saveState()
        width, height = canvas._pagesize
        named = "; ".join(ref for ref in refs if ref)
        # Centred: at the left, as on the packet's pages, the box all but touched the
        # protokoll's larger, bold "Ludvika kommun" under it.
        draw_mark(canvas, marking(named), height - MARK_FROM_TOP, centre=width / 2)
        canvas.restoreState()
    still_open = getattr(canvas, _OPEN, None)
    setattr(canvas, _ON_PAGE, [] if still_open is None else [still_open])
