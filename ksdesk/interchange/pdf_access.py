"""Whether a PDF someone else made is tagged for assistive technology: a structure tree and
/MarkInfo /Marked true. Untagged, a screen reader has no headings, no reading order and often
no words at all; the public review names such bilagor so the secretary can ask for a better
copy (lag 2018:1937 requires accessible documents on the kommun's website)."""

from __future__ import annotations

from functools import lru_cache

from ksdesk.core.errors import InvalidInput
from ksdesk.pdf_input import open_pdf


@lru_cache(maxsize=64)
def is_tagged(content: bytes) -> bool:
    """True for a tagged PDF; False for an untagged one, and for one that cannot be opened
    (damaged, or locked with a password): no reader gets anything out of it either."""
    try:
        root = open_pdf(content).trailer["/Root"]
    except InvalidInput:
        return False
    mark_info = root.get("/MarkInfo")
    marked = bool(mark_info.get_object().get("/Marked", False)) if mark_info else False
    return marked and "/StructTreeRoot" in root
