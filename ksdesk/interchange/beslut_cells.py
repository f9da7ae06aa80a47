"""A cell of a diarium's list of delegationsbeslut as exports write it: the decision's date
(with the time of day an export adds, or Excel's serial number of a cell without format) and
the point of the delegationsordning named in a Delegationspunkt or Lagrum cell."""

from __future__ import annotations

import datetime as dt
import re

from ksdesk.core.typed_text import is_digits
from ksdesk.core.written_dates import read_written_date

_TIME_AFTER = re.compile(r"^(\S+?)(?:[ T]\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?)$")
_EXCEL_EPOCH = dt.date(1899, 12, 30)
# A point number in a lagrum cell: "Delegationsordning p. 3.2.1", "punkt A 4", "2.1.12".
_NR = r"((?:[A-ZÅÄÖ]{1,3}\s?)?\d+(?:\.\d+)*[a-z]?)\b"
_LABELLED_NR = re.compile(r"\b(?i:p|pkt|punkt)\.?\s*" + _NR)
_DOTTED_NR = re.compile(r"\b((?:[A-ZÅÄÖ]{1,3}\s?)?\d+(?:\.\d+)+[a-z]?)\b")


def read_date(text: str) -> dt.date | None:
    """A decision date as exports write it; None when there is none or it cannot be read.
    The time of day and Excel's serial number are an export's; the rest is any written date."""
    text = text.strip()
    if not text:
        return None
    if (timed := _TIME_AFTER.match(text)) and any(ch.isdigit() for ch in timed[1]):
        text = timed[1]  # "2020-11-26 14:32": the time of day does not matter here
    if is_digits(text) and len(text) == 5:  # an Excel serial number in a cell without format
        return _EXCEL_EPOCH + dt.timedelta(days=int(text))
    return read_written_date(text)


def point_number(text: str) -> str:
    """ "3.2.1" from "3.2.1", "p. 3.2.1", "Delegationsordning punkt 3.2.1", "4" from "p. 4";
    a plain number ("12") as it stands; "" when the cell names no point ("KL 6 kap. 39 §")."""
    text = text.strip()
    if re.fullmatch(r"(?:[A-ZÅÄÖ]{1,3}\s?)?\d+(?:\.\d+)*[a-z]?\.?", text):
        return text.rstrip(".")
    match = _LABELLED_NR.search(text) or _DOTTED_NR.search(text)
    return match[1] if match else ""
