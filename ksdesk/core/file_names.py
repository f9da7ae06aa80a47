"""The file name a printed document suggests when saved: "protokoll-2020-12-07-offentlig.pdf".
One pattern for every document of a meeting, so a folder of them sorts by kind and date and
the public versions are told apart by name."""

from __future__ import annotations

from datetime import date

from ksdesk.core.format import format_date

PUBLIC_SUFFIX = "offentlig"


def meeting_pdf_name(what: str, day: date | None, *details: str, public: bool = False) -> str:
    """ "kallelse-2020-12-07.pdf", "utdrag-2020-12-07-paragraf-219-offentlig.pdf"."""
    parts = [what, format_date(day) if day is not None else "", *details]
    if public:
        parts.append(PUBLIC_SUFFIX)
    return "-".join(p for p in parts if p) + ".pdf"
