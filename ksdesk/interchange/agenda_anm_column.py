"""What a kallelse's columns "Anm." and "Sid" leave at the end of an ärende's line when its
table is pasted from the PDF as text (Lindesbergs socialnämnd: "3. Budgetuppföljning extra
utskick", "11. Rapport … dietist Olof Berg informerar 21"): the page is cut off, who
"informerar" goes to Föredragande, and a note the kallelse gives of the handling ("extra
utskick", "handl på bordet") is cut off the title with a line in the report."""

from __future__ import annotations

import re

from ksdesk.core.import_report import ImportReport

_PAGE = re.compile(r"\s+\d{1,3}\s*$")
# The notes a kallelse writes of an ärende's handlingar, in the words kallelser use.
_NOTE = re.compile(
    r"\s+(?P<note>extra utskick|(?:handl(?:\.|ingar)?\s+)?(?:på bordet|delas ut|utdelas"
    r"(?: på sammanträdet)?|eftersänds|skickas senare)|muntlig(?:t| information))\s*$",
    re.IGNORECASE,
)
# "dietist Olof Berg informerar", "Kommunchef Anna Ek informerar": who presents it.
_INFORMS = re.compile(
    r"\s+(?P<who>(?:[a-zåäö-]+\s+)?[A-ZÅÄÖ][a-zåäöé]+\s+[A-ZÅÄÖ][a-zåäöé]+)\s+informerar\s*$"
)


def without_anm(
    title: str, own_columns: set[str], where: str, report: ImportReport
) -> tuple[str, str]:
    """(the title, who presents it) for an ärende's line under a rubrikrad naming `own_columns`
    ("anm", "sid"): the page and the Anm column's note cut off, each cut in the report."""
    if own_columns & {"sid", "sida"} and (page := _PAGE.search(title)):
        report.change(where, title, "sidnumret efter rubriken (kolumnen Sid) togs bort")
        title = title[: page.start()]
    if not own_columns & {"anm", "anmärkning"}:
        return title, ""
    if informs := _INFORMS.search(title):
        report.change(where, title, f"{informs['who']} (kolumnen Anm.) lästes som föredragande")
        return title[: informs.start()], informs["who"]
    if note := _NOTE.search(title):
        why = f"anmärkningen ”{note['note']}” (kolumnen Anm.) lästes inte in"
        report.change(where, title, why)
        return title[: note.start()], ""
    return title, ""
