"""A closing block (the Utdragsbestyrkande) kept on the page of the text it closes.

A § that ends in a long table (a votering of 61 ledamöter) can fill its page to the last
row, and the bestyrkande then stands alone on a page of its own: a certificate that visibly
certifies nothing. A secretary moves the last rows of the § over to the bestyrkande's page,
so the block below does the same: it splits the last flowable of the text so that at least
`KEPT_HEIGHT` of it goes on with the closing block."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

KEPT_HEIGHT = 16 * mm  # about three rows of a votering table or three lines of text


class EndingKept(Flowable):
    """`body` (the text's last flowable) followed by `tail`, a block that is never split;
    when the two do not fit together on the page, the body is split so that its end goes on
    to the next page with the tail."""

    def __init__(
        self, body: Flowable, tail: list[Flowable], page_height: float, kept: float = KEPT_HEIGHT
    ) -> None:
        super().__init__()
        self.body = body
        self.tail = tail
        self.page_height = page_height  # the frame's height on a page of its own
        self.kept = kept

    def getSpaceBefore(self) -> float:  # the frame asks the block for the body's
        return self.body.getSpaceBefore()

    def _heights(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """The body's height and the tail's, each with the space after it."""
        canvas = getattr(self, "canv", None)
        body = self.body.wrapOn(canvas, avail_width, avail_height)[1]
        tail = sum(
            f.getSpaceBefore() + f.wrapOn(canvas, avail_width, avail_height)[1] + f.getSpaceAfter()
            for f in self.tail
        )
        return body + self.body.getSpaceAfter(), tail

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        body, tail = self._heights(avail_width, avail_height)
        self.width, self.height = avail_width, body + tail
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        body, tail = self._heights(avail_width, avail_height)
        if body + tail <= avail_height:
            return [self.body, *self.tail]
        if tail + self.kept > self.page_height:
            return self._as_it_comes(avail_width, avail_height)
        # Fill this page with the body as far as leaves `kept` of it for the next one.
        cut = min(avail_height, body - self.kept)
        parts = self.body.split(avail_width, cut) if cut > 0 else []
        if len(parts) == 2:
            return [parts[0], EndingKept(parts[1], self.tail, self.page_height, self.kept)]
        if getattr(self, "_postponed", False):  # even a fresh page cannot cut the body there
            return self._as_it_comes(avail_width, avail_height)
        return []  # nothing of the body can stay here: all of it goes on with the tail

    def _as_it_comes(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """No page holds the end with the tail (a bestyrkande of pages, say): print it as
        it comes rather than not at all."""
        body = self.body.wrapOn(getattr(self, "canv", None), avail_width, avail_height)[1]
        parts = [self.body] if body <= avail_height else self.body.split(avail_width, avail_height)
        return [*parts, KeepTogether(self.tail)] if parts else []

    def draw(self) -> None:
        """All of it fits where it stands: the body and the tail one under the other."""
        y = self.height
        for index, flowable in enumerate([self.body, *self.tail]):
            y -= flowable.getSpaceBefore() if index else 0  # the frame gave the body's
            y -= flowable.wrapOn(self.canv, self.width, 0xFFFFFF)[1]
            flowable.drawOn(self.canv, 0, y)
            y -= flowable.getSpaceAfter()


def ending_with(story: list[Flowable], tail: list[Flowable], page_height: float) -> list[Flowable]:
    """`story` followed by `tail`, the tail never on a page without the story's end;
    `page_height`: the height of the frame the text runs in."""
    if not story:
        return [KeepTogether(tail)]
    return [*story[:-1], EndingKept(story[-1], tail, page_height)]
