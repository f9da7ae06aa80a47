"""What the checks find: one Finding type and one Severity for the budget check, the
delegationsordning check and the justering check alike, so a list of findings is shown,
counted, sorted and printed the same way wherever it comes from."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum


class Severity(StrEnum):
    """How serious a finding is; the value is the Swedish word the user reads."""

    FEL = "fel"  # wrong: blocks (a total that does not add up, a § without beslut)
    VARNING = "varning"  # probably wrong: look at it
    AVRUNDNING = "avrundning"  # a total off by no more than the shown figures' rounding
    PAMINNELSE = "påminnelse"  # not wrong yet: something still to do
    INFO = "info"  # worth knowing

    @property
    def label(self) -> str:
        """ "Fel", "Påminnelse": the word at the start of a line."""
        return self.value.capitalize()

    @property
    def plural(self) -> str:
        """ "3 varningar"."""
        return _PLURALS.get(self.value, self.value)

    @property
    def rank(self) -> int:
        """The most serious first when findings are sorted."""
        return _RANK[self]


_RANK = {s: i for i, s in enumerate(Severity)}
_PLURALS = {"varning": "varningar", "avrundning": "avrundningar", "påminnelse": "påminnelser"}


@dataclass(frozen=True)
class Finding:
    """One thing a check found, in Swedish, and where it points. Each check fills the
    fields of the place it knows: a § of the protokoll, a cell of a budget sheet, a point of
    the delegationsordning."""

    severity: Severity
    message: str  # a complete Swedish sentence
    code: str = ""  # a stable word for the kind of finding ("dubblett-nr"), for JSON and fixes
    # A § of the protokoll.
    paragraf: int | None = None
    # A cell of a budget sheet: indexes into sheet.rows and sheet.columns, and the total as
    # printed and as recomputed.
    sheet: str = ""
    sheet_key: str = ""
    row: int = -1
    column: int = -1
    row_label: str = ""
    column_header: str = ""
    stated: Decimal | None = None
    computed: Decimal | None = None
    # Points of the delegationsordning (shown on their rows), and the field and word concerned.
    chapter: str = ""
    nr: str = ""
    uids: tuple[str, ...] = ()
    field: str = ""
    subject: str = ""  # the word it is about, when one (an unlisted abbreviation)
    fixable: bool = False

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.FEL


def worst(findings: Iterable[Finding]) -> Severity | None:
    """The most serious severity among `findings` (None: no findings)."""
    return min((f.severity for f in findings), key=lambda s: s.rank, default=None)


def count_text(findings: Iterable[Finding]) -> str:
    """ "2 fel, 3 varningar": how many of each severity, the most serious first."""
    counts: dict[Severity, int] = {}
    for finding in findings:
        counts[finding.severity] = counts.get(finding.severity, 0) + 1
    return ", ".join(
        f"{n} {s.plural if n > 1 else s.value}"
        for s, n in sorted(counts.items(), key=lambda kv: kv[0].rank)
    )
