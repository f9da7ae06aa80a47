"""The decision's date as a row's text writes it, where the list has no date column or the
row's cell is empty: Kungsbacka's Teknik lists a point's decisions in one cell, "Taget beslut
och datum för beslutet" ("1 beslut om yttrande …, TE-2025-00540, datum 2025-07-01").

Only a date the text names as the decision's is read: one after "datum", "beslutsdatum" or
"beslutat", or one right beside the ärende's Dnr ("TE-2025-00540, 2025-07-01"). A date that
bounds a period or sets a deadline ("till och med 2025-09-30", "senast 2025-10-01",
"2025-09-01 – 2025-09-30"), or one of an event that is not the decision ("anställd
2025-09-04"), is not; nor is any date where the text names two (the list does not say which
is the decision's)."""

from __future__ import annotations

import datetime as dt
import re

from ksdesk.core.import_report import ImportReport
from ksdesk.core.written_dates import read_written_date
from ksdesk.interchange.beslut_rows import BeslutRow

_DATE = r"(?P<date>\d{4}-\d{1,2}-\d{1,2})(?![\d-])"
_DNR = r"\b[A-ZÅÄÖ]{2,6}-\d{4}-\d{3,6}\b"  # as beslut_counts reads an ärende's Dnr
_LABELLED = re.compile(
    r"(?i)\b(?:beslutsdatum|beslutad|beslutat|beslut\s+den|datum)\s*:?\s*(?:den\s+)?" + _DATE
)
_AFTER_DNR = re.compile(_DNR + r"\s*[,;:]?\s*" + _DATE)
# Before the Dnr, a date with no word of its own in front ("anställd 2025-09-04, TE-…").
_BEFORE_DNR = re.compile(r"(?:^|[,;(]\s*)" + _DATE + r"\s*[,;:]?\s*" + _DNR)
# Words that make a date a period's bound or a deadline, right before it, or a period's
# dash or "till" right after it.
_BOUND_BEFORE = re.compile(
    r"(?i)(?:\b(?:till\s+och\s+med|t\.\s?o\.\s?m\.?|tom|från\s+och\s+med|fr\.\s?o\.\s?m\.?|fom|"
    r"senast|innan|före|fr[åa]n|till|gäller|giltig[a-z]*|perioden?)|[–—-])\s*:?\s*(?:den\s+)?$"
)
_BOUND_AFTER = re.compile(r"^\s*(?:[–—-]|till\b|t\.\s?o\.\s?m)")
_ALL_DATES = re.compile(r"(?<![\d-])\d{4}-\d{1,2}-\d{1,2}(?![\d-])")
WHY = "datumet i texten lästes som beslutsdatum: listan har inget annat datum för raden"


def decision_date_in_text(text: str) -> tuple[str, dt.date] | None:
    """The date (as written, as read) the text names as the decision's; None when it names
    none, or names two dates and does not say which."""
    text = " ".join(text.split())
    if len(set(_ALL_DATES.findall(text))) != 1:
        return None
    for pattern in (_LABELLED, _AFTER_DNR, _BEFORE_DNR):
        for match in pattern.finditer(text):
            start, end = match.span("date")
            if _BOUND_BEFORE.search(text[:start]) and pattern is not _LABELLED:
                continue
            if _BOUND_BEFORE.search(text[: match.start()]) or _BOUND_AFTER.match(text[end:]):
                continue
            if (day := read_written_date(match["date"])) is not None:
                return match["date"], day
    return None


def read_text_date(row: BeslutRow, report: ImportReport) -> None:
    """Give a row with no date of its own the one its text names, and say so."""
    if row.date is not None or row.date_text.strip():
        return
    found = decision_date_in_text(row.text)
    if found is not None:
        row.date_text, row.date = found
        report.change(row.where, found[0], WHY)
