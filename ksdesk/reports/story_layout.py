"""Laying out a story that ReportLab would refuse: every table may break inside a row, a
header too tall to repeat is laid out once, and what still cannot be placed is refused in
Swedish (build_story, used by every document through base.build_pdf and by the protokoll)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache

from reportlab.platypus import BaseDocTemplate, Flowable, KeepTogether, Table

from ksdesk.reports.keep_ending import EndingKept

# A table row may break across pages: a cell can hold more than a page of text (a title,
# a place or a proposal of 10 000 characters), and ReportLab refuses a row taller than the
# page with LayoutError. The value is the least height (points) of either part: any, or a
# row a line taller than the page could not be placed at all.
_SMALLEST_ROW_PART = 1
# A row no taller than this share of a page is never broken: it goes whole to the next
# page, as Word keeps a short row together. Broken at the foot of a page, a delegation
# point of four lines left its last words alone on a page of their own.
_KEPT_ROW_SHARE = 1 / 3


def build_story(doc: BaseDocTemplate, story: Sequence[Flowable], canvasmaker: type) -> None:
    """doc.build with every table allowed to break inside a row. When a table's repeated
    header rows are themselves too tall to repeat on every page (a column heading of
    thousands of characters), the document is laid out again without repeating them. The
    safety net behind both: a LayoutError becomes a Swedish InvalidInput."""
    from reportlab.platypus.doctemplate import LayoutError

    from ksdesk.core.errors import InvalidInput

    flowables = list(story)
    tables = [f for f in _nested(flowables) if isinstance(f, Table)]
    page = max((frame._aH for t in doc.pageTemplates for frame in t.frames), default=0)
    for table in tables:
        table.splitInRow = _SMALLEST_ROW_PART
        table.__class__ = _row_keeping(type(table), page * _KEPT_ROW_SHARE)
    try:
        doc.build(list(flowables), canvasmaker=canvasmaker)
        return
    except LayoutError as error:
        repeating = [t for t in tables if t.repeatRows]
        if not repeating:
            raise InvalidInput(_too_long(error)) from None
    for table in repeating:
        table.repeatRows = 0
    # ReportLab marks a flowable it moved on to the next page, and refuses one it meets
    # marked as too large: left from the first layout, the marks refused a story that fits.
    for flowable in _nested(flowables):
        flowable.__dict__.pop("_postponed", None)
    try:
        doc.build(list(flowables), canvasmaker=canvasmaker)
    except LayoutError as error:
        raise InvalidInput(_too_long(error)) from None


@cache  # one class per kind of table and page height, not one per table laid out
def _row_keeping(table_class: type, kept_height: float) -> type:
    """`table_class` that breaks inside a row only when the row (with the header rows that
    repeat above it) is taller than `kept_height`; a shorter row that does not fit where
    it is goes whole to the next page. The tables ReportLab splits off are of the same
    class, so the rule holds on every page of a long table."""
    if getattr(table_class, "kept_height", None) == kept_height:
        return table_class  # laid out a second time (the header rows no longer repeat)
    base = table_class.__mro__[1] if hasattr(table_class, "kept_height") else table_class

    def split(self, avail_width: float, avail_height: float) -> list:
        in_row = self.splitInRow
        self.splitInRow = 0
        try:
            parts = base.split(self, avail_width, avail_height)  # between rows if it can
        finally:
            self.splitInRow = in_row
        for part in parts:
            part.splitInRow = in_row
        if parts or not in_row or _first_row_height(self) <= kept_height:
            return parts
        return base.split(self, avail_width, avail_height)

    return type(base.__name__, (base,), {"kept_height": kept_height, "split": split})


def _first_row_height(table: Table) -> float:
    """The height of the header rows that repeat and the first row under them: what must
    go on a page together. Known once ReportLab has measured the table (split does)."""
    repeat = table.repeatRows
    head = repeat if isinstance(repeat, int) else len(repeat)
    return sum(table._rowHeights[: head + 1])


def _too_long(error: Exception) -> str:
    """In Swedish, with the page where it stopped: ReportLab's own words are English and
    name the flowable by its place in memory ("Flowable <Spacer at 0x7f…> too large on
    page 2 …"), nothing the secretary can act on."""
    page = re.search(r"\bon page (\d+)", str(error))
    where = f" på sida {page[1]}" if page else ""
    return (
        f"Dokumentet kan inte skrivas ut: en text{where} är för lång för att få plats på en "
        "sida. Korta texten och försök igen."
    )


def _nested(flowables: Sequence[object]) -> Iterator[Flowable]:
    """Every flowable in a story, also inside table cells, KeepTogether groups and a text
    kept with its ending (`EndingKept`)."""
    for flowable in flowables:
        if isinstance(flowable, list | tuple):
            yield from _nested(flowable)
            continue
        if not isinstance(flowable, Flowable):
            continue  # a table cell's plain text
        yield flowable
        if isinstance(flowable, Table):
            for row in flowable._cellvalues:
                yield from _nested(row)
        elif isinstance(flowable, KeepTogether):
            yield from _nested(flowable._content)
        elif isinstance(flowable, EndingKept):
            yield from _nested([flowable.body, *flowable.tail])
