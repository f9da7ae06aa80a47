"""The förvaltning's förslag that a kallelse prints in a column after the title ("Ärende
Beteckning Förslag") and that a paste from its PDF runs onto the title's end: moved to the
ärende's Förslag till beslut, the move a line in the import report."""

from __future__ import annotations

import re

from ksdesk.core.import_report import ImportReport
from ksdesk.interchange.agenda_title import trailing_dnr

# A kallelse's column "Förslag" run onto the title's end when pasted from its PDF: one word
# after the Dnr ("Internkontrollplan 2015 KFN/2014:495 Bifall"), or who is proposed after the
# title's full stop ("Protokollsjustering. Per Dahl (S) föreslås").
_PROPOSAL_WORDS = re.compile(
    r"\s+(?P<proposal>bifall|avslag|öppet|godkänns|noteras)\.?\s*$", re.IGNORECASE
)
_PROPOSED_PERSON = re.compile(r"(?P<title>[^.\n]+)\.\s+(?P<proposal>[^.\n]+\bföreslås)\s*$")


def proposal_from_title(
    title: str, values: dict[str, str], where: str, report: ImportReport
) -> str:
    """The title without the förvaltning's förslag written after it, the förslag moved to its
    field and the move reported."""
    word = _PROPOSAL_WORDS.search(title)
    if word and trailing_dnr(title[: word.start()]):
        values["proposal"] = word["proposal"]
        report.change(where, title, f"förslaget ”{word['proposal']}” lästes ur ärendecellen")
        return title[: word.start()]
    person = _PROPOSED_PERSON.fullmatch(title.strip())
    if person:
        values["proposal"] = person["proposal"].strip()
        report.change(where, title, "förslaget lästes ur ärendecellen")
        return person["title"].strip()
    return title
