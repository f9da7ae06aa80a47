"""A decision the list marks as secret: a socialnämnd's diarium export flags a row
("Sekretess: Ja", a Lagrum cell citing OSL 26 kap or SekrL 7 kap) whose ärendemening names a
person or their matter. The row is flagged sekretess (step m1812) and keeps its text, which
the register shows the secretary and no output prints (core.delegationsbeslut_print), with
a line in the report. A text the list itself masked ("XXXX XXXX") is already what may be
printed, and is read as it stands; one the list wrote as "Sekretess" is flagged too."""

from __future__ import annotations

import re

from ksdesk.core.import_report import ImportReport
from ksdesk.interchange.beslut_rows import BeslutRow

SECRET_TEXT = "Sekretess"
# A cell of a column named for secrecy ("Sekretess", "Sekretessmarkering", "Skyddad") that
# says yes.
_FLAG_LINE = re.compile(r"(?im)^[^:\n]*(?:sekretess|skyddad)[^:\n]*:\s*(?P<value>[^\n]*)$")
_YES = frozenset({"ja", "j", "x", "yes", "1", "sant", "true", "sekretess", "skyddad", "✓", "✔"})
# The law of secrecy for health care and social services: "OSL 26 kap. 1 §", "26:1 OSL",
# "SekrL 7 kap. 4 §", "25 kap OSL"; not OSL 6 kap., under which a request for a document is
# refused: such a decision's text is public.
_SECRECY_LAW = re.compile(
    r"(?i)\b(?:OSL|SekrL)\s*(?:2[56]|7)\s*(?:kap|:)|\b(?:2[56]|7)\s*(?:kap\.?|:)\s*\d*\s*§?\s*"
    r"(?:OSL|SekrL)\b|\b2[56]\s*kap\.?\s*\d*\s*§?\s*offentlighets-\s*och\s*sekretesslag"
)
# A text that is the word itself ("Sekretess", "Sekretess enl. OSL"), not "Sekretessprövning".
_SECRET_WORD = re.compile(rf"(?i){SECRET_TEXT}\b")
# A text masked by the diarium itself: only masking signs, no letter of a word.
_MASKED = re.compile(r"^[\sXx*•▮█#\-.,/]+$")


def keep_secret(row: BeslutRow, report: ImportReport) -> BeslutRow:
    """`row`, flagged sekretess when the list marks it secret."""
    text = row.text.strip()
    if not text or _MASKED.match(text):
        return row
    if _SECRET_WORD.match(text):
        row.sekretess = True  # the list printed no text: nothing to hide, flagged as meant
        return row
    if not _marked(row.beskrivning):
        return row
    row.sekretess = True
    report.change(
        row.where,
        SECRET_TEXT,
        "raden är markerad sekretess i listan: beslutet flaggas Sekretess; texten syns i "
        "registret men anmälan, protokollets lista, den offentliga versionen och "
        "webbversionen skriver ”Sekretess”",
    )
    return row


def _marked(beskrivning: str) -> bool:
    """Whether the cells kept in the beskrivning ("Sekretess: Ja", "Lagrum: OSL 26 kap.")
    mark the row secret."""
    for flag in _FLAG_LINE.finditer(beskrivning):
        if flag["value"].strip().casefold().rstrip(".") in _YES:
            return True
    return bool(_SECRECY_LAW.search(beskrivning))
