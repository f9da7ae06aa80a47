"""A row that reports how many decisions were taken under a point, not each decision: a
förvaltning's list per point of its delegeringsordning (Kungsbacka's Teknik,
tests/interchange/real_beslut_lists_third_kungsbacka.py) writes "28 st beslut om enbart
trafikanordningsplan", "Beslut om färdtjänst / Beviljade: 77 / Avslagna: 0", "250902, 4 st /
250903, 3 st", "Felparkeringsavgifter: - 505 st / Kontrollavgifter: - 104 st".

Such a row names no Dnr (the decisions have one each, in the diarium): it is read as one
decision, a summary, its text as written and its number kept in the beskrivning ("Antal
beslut: 22"), with a line in the report. A row whose numbers add to none ("0 st beslut om
upphävande av lokala trafikföreskrifter") reports no decision and is no row to register."""

from __future__ import annotations

import re

from ksdesk.core.import_report import ImportReport
from ksdesk.interchange.beslut_rows import BeslutRow

# "28 st", "6st beslut", "4 beslut", "6 yttranden"; and "Beviljade: 21", "Avslagna: 2 delavslag"
# (the number after the label, not counted twice when "st" follows it).
_LABELLED = re.compile(r"(?i)\b(?:beviljade|avslagna|bifall|avslag|delavslag)\s*:\s*(\d{1,5})\b")
_COUNTED = re.compile(r"(?i)(?<![\d:/-])\b(\d{1,5})\s*(?:st\b\.?|beslut\b|yttranden?\b)")


def decision_count(text: str) -> int | None:
    """The number of decisions the text reports; None when it states none."""
    labelled = [int(n) for n in _LABELLED.findall(text)]
    rest = _LABELLED.sub(" ", text)
    numbers = labelled + [int(n) for n in _COUNTED.findall(rest)]
    return sum(numbers) if numbers else None


# An ärende's number as Kungsbacka's diarium writes it: "TE-2025-01035", "AVTAL-2025-00420";
# not another authority's "TRV 2025/2045" or the trafikföreskrift's "1384 2025-00373".
_DNR_IN_TEXT = re.compile(r"\b[A-ZÅÄÖ]{2,6}-\d{4}-\d{3,6}\b")


def summary_row(row: BeslutRow, report: ImportReport) -> bool:
    """A row of a list per point: its Dnr where its text names one ärende ("1 hanterad
    personuppgiftsincident, i ärende: TE-2025-01035"); marked when it reports a number of
    decisions; False when it reports none."""
    named = set(_DNR_IN_TEXT.findall(row.text))
    if not row.dnr and len(named) == 1:
        row.dnr = named.pop()
        report.change(row.where, row.dnr, "diarienumret i texten lästes som beslutets")
    found = decision_count(row.text)
    if found is None or row.dnr:
        return True
    if found == 0:
        report.drop(row.where, row.text, "0 beslut under punkten: ingen rad med beslut")
        return False
    row.antal = found
    row.beskrivning = "\n".join(x for x in (row.beskrivning, f"Antal beslut: {found}") if x)
    report.change(
        row.where,
        row.text,
        f"en sammanställning av {found} beslut utan diarienummer: läses som ett beslut, "
        "antalet sparas i beskrivningen",
    )
    return True
