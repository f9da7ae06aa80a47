"""Whether a PDF someone else made is tagged for assistive technology: a structure tree and
/MarkInfo /Marked true. Untagged, a screen reader has no headings, no reading order and often
no words at all; the public review names such bilagor so the secretary can ask for a better
copy (lag 2018:1937 requires accessible documents on the kommun's website)."""

from __future__ import annotations

import io
import logging
from functools import lru_cache


@lru_cache(maxsize=64)
def is_tagged(content: bytes) -> bool:
    """True for a tagged PDF; False for an untagged, damaged or encrypted one."""
    import pikepdf

    logging.getLogger("pikepdf").setLevel(logging.ERROR)
    try:
        with pikepdf.open(io.BytesIO(content)) as pdf:
            marked = pdf.Root.get("/MarkInfo", {}).get("/Marked", False)
            return bool(marked) and "/StructTreeRoot" in pdf.Root
    except (pikepdf.PdfError, ValueError, KeyError, TypeError, AttributeError):
        return False
