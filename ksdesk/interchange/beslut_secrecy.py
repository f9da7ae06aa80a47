"""A decision the list marks as secret: a socialnämnd's diarium export flags a row
("Sekretess: Ja", a Lagrum cell citing OSL 26 kap or SekrL 7 kap) whose ärendemening names a
person or their matter. The register has no field for secrecy, and its lists (the anmälan in
the kallelse, the public packet) print each decision's text; so the text of a row so marked
is kept in the decision's beskrivning, which nothing prints, and the decision's text is
"Sekretess", with a line in the report. A text the list itself masked ("XXXX XXXX") or wrote
as "Sekretess" is already what may be printed, and is read as it stands."""

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
# A text masked by the diarium itself: only masking signs, no letter of a word.
_MASKED = re.compile(r"^[\sXx*•▮█#\-.,/]+$")


def keep_secret(row: BeslutRow, report: ImportReport) -> BeslutRow:
    """`row`, its text moved into the beskrivning when the list marks it secret."""
    text = row.text.strip()
    if not text or text.casefold().startswith(SECRET_TEXT.casefold()) or _MASKED.match(text):
        return row
    if not _marked(row.beskrivning):
        return row
    kept = f"{SECRET_TEXT} (texten i listan): {text}"
    row.beskrivning = "\n".join(part for part in (kept, row.beskrivning) if part)
    row.text = SECRET_TEXT
    report.change(
        row.where,
        SECRET_TEXT,
        "raden är markerad sekretess i listan: beslutets text sparas i beskrivningen, som "
        "inte skrivs ut; i anmälan och den offentliga versionen står ”Sekretess”",
    )
    return row


def _marked(beskrivning: str) -> bool:
    """Whether the cells kept in the beskrivning ("Sekretess: Ja", "Lagrum: OSL 26 kap.")
    mark the row secret."""
    for flag in _FLAG_LINE.finditer(beskrivning):
        if flag["value"].strip().casefold().rstrip(".") in _YES:
            return True
    return bool(_SECRECY_LAW.search(beskrivning))
