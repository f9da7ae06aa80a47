"""An ärende the kallelse says is withdrawn ("utgår"): marked after its title ("Detaljplan
för Grönstakolonin – utgår", "(utgår)") or on a line of its own, often added to a list sent
out before ("Ärende 5 utgår", "Punkt 12 utgår"). The ärende stays in the agenda with its
number and its title as the kommun printed it, so the numbers after it stay right; the report
warns, naming it, that it is to be taken off the agenda if it is not to be handled. A line
of its own that says so is no ärende: it is read as that warning."""

from __future__ import annotations

import re

from ksdesk.core.import_report import ImportReport
from ksdesk.core.meeting import Arende

_MARK = re.compile(r"(?:\s*[,;(–-]\s*|\s+)\(?\s*(?:utgår|utgått|ärendet utgår)\s*\)?\s*$", re.I)
_LINE = re.compile(
    r"(?:ärende|punkt|§)\s*(?:nr\.?\s*)?(?P<nr>\d{1,3})\s*(?:[:–-]\s*)?(?:har\s+)?utg(?:år|ått)\.?",
    re.IGNORECASE,
)


def withdrawn_line(text: str) -> int | None:
    """The number a line "Ärende 5 utgår" withdraws; None for any other line."""
    match = _LINE.fullmatch(" ".join(text.split()))
    return int(match["nr"]) if match else None


def warn_withdrawn(item: Arende, where: str, report: ImportReport) -> None:
    """A warning for an ärende whose title ends in "utgår"."""
    if not item.is_section and _MARK.search(item.title):
        why = "markerat att det utgår: står kvar med sitt nummer; ta bort det ur dagordningen"
        report.warn(where, item.title, f"{why} om det inte ska behandlas")


def warn_line(number: int, text: str, where: str, report: ImportReport) -> None:
    """A warning for a line "Ärende 5 utgår", which is read as no ärende."""
    why = (
        f"säger att ärende {number} utgår: läses inte som ett ärende; ärende {number} står "
        "kvar, ta bort det ur dagordningen om det inte ska behandlas"
    )
    report.warn(where, text, why)
