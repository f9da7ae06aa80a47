"""Avvikelse and netto: lines of a budget table that are a difference, not a sum.

- An **Avvikelse** column ("Avvikelse", "Budgetavvikelse", "Avvikelse mot budget 2021",
  "Differens"; what is left, "Återstår", "Kvar att förbruka"; and "Förändring" between two
  years' columns) is one amount column minus another: Budget − Utfall in one kommun,
  Utfall − Budget (or Nettokostnad − Budget) in the next. An Avvikelse row under Budget and
  Utfall rows is the same, across the columns.
- A **Netto** column ("Nettokostnad 2021", "Netto") is its year's Intäkter and Kostnader:
  Intäkter + Kostnader where costs are written negative, Kostnader − Intäkter (or Intäkter −
  Kostnader) where they are written positive. A Netto row under Intäkter and Kostnader rows
  likewise.

Which two lines, and which way the difference is written, is read from the table's own
figures: the reading that most of its rows agree with (at least two rows whose terms differ,
and three in five of them). Nothing is guessed: a table none of the readings fits is not
checked, and a row that does not fit the table's reading is a **fel** whose message gives
both ways of reading it, so the secretary sees whether a sign or a figure is wrong. What
rounding explains is not reported (a difference of two rounded figures is routinely off by
its last digit). A total row's Avvikelse and Netto are checked as sums down their columns.
The columns and the rows are read in core.budget_difference_lines (check_differences).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from ksdesk.core.budget import Sheet, TotalCheck
from ksdesk.core.budget_check_result import HEADER_ROW, sheet_finding
from ksdesk.core.budget_rounding import column_name, tolerance
from ksdesk.core.findings import Finding, Severity
from ksdesk.core.format import format_amount

# "Återstår", "Återstående", "Kvar (att förbruka)": what is left of the budget is a difference
# like any Avvikelse (Simrishamn: Återstår = Utfall − Budget, costs written negative).
_DIFFERENCE = re.compile(
    r"\b(?:\w*-?avvikelse|avv\.?|differens|återstår|återstående|kvar(?:\s+att\s+förbruka)?|förändring)\b",
    re.IGNORECASE,
)
_NET = re.compile(r"^\s*netto(?:kostnad(?:er)?|budget|intäkt(?:er)?)?\b", re.IGNORECASE)
_INCOME = re.compile(r"^\s*(?:verksamhetens\s+)?intäkter\b", re.IGNORECASE)
_COST = re.compile(r"^\s*(?:verksamhetens\s+)?kostnader\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")

# A reading: the name in words and the signs it gives the two figures (a, b).
Reading = tuple[str, int, int]
STYLES = ("avvikelse", "netto")


@dataclass(frozen=True)
class Line:
    """A column (across the rows) or a row (across the columns) of figures."""

    index: int
    name: str


class DifferenceLines:
    """The lines of one direction and how to read a figure on them."""

    direction = ""

    def __init__(self, sheet: Sheet, places: list[int]) -> None:
        self.sheet, self.places = sheet, places
        self.lines: list[Line] = []

    def value(self, line: int, at: int) -> Decimal | None:
        raise NotImplementedError

    def positions(self) -> range:
        raise NotImplementedError

    def cell(self, line: int, at: int) -> tuple[int, int]:
        """(row, column) of position `at` on a line."""
        raise NotImplementedError

    def operands(self, line: Line) -> list[tuple[Line, Line, list[Reading]]]:
        before = [other for other in self.lines if other.index < line.index]
        if _NET.search(line.name) and not _DIFFERENCE.search(line.name):
            year = _YEAR.findall(line.name)
            incomes = [
                o for o in before if _INCOME.search(o.name) and _YEAR.findall(o.name) == year
            ]
            costs = [o for o in before if _COST.search(o.name) and _YEAR.findall(o.name) == year]
            if not incomes or not costs:
                return []
            i, k = incomes[-1], costs[-1]
            return [
                (
                    i,
                    k,
                    [
                        (f"{_q(i)} + {_q(k)}", 1, 1),
                        (f"{_q(k)} − {_q(i)}", -1, 1),
                        (f"{_q(i)} − {_q(k)}", 1, -1),
                    ],
                )
            ]
        if not _DIFFERENCE.search(line.name):
            return []
        pairs = []
        for x, a in enumerate(before):
            for b in before[x + 1 :]:
                pairs.append(
                    (
                        a,
                        b,
                        [(f"{_q(a)} − {_q(b)}", 1, -1), (f"{_q(b)} − {_q(a)}", -1, 1)],
                    )
                )
        return pairs

    def check(self, line: Line, checks: list[TotalCheck], findings: list[Finding]) -> None:
        chosen = self._reading(line)
        if chosen is None:
            if mixed := self._mixed(line):
                findings.append(self._mixed_finding(line, mixed))
            return
        a, b, readings, best = chosen
        style = "avvikelse" if _DIFFERENCE.search(line.name) else "netto"
        for at in self.positions():
            stated, x, y = (
                self.value(line.index, at),
                self.value(a.index, at),
                self.value(b.index, at),
            )
            if stated is None or x is None or y is None:
                continue
            r, c = self.cell(line.index, at)
            figures = [
                (v, self.places[self.cell(i, at)[1]])
                for v, i in ((stated, line.index), (x, a.index), (y, b.index))
            ]
            bound = tolerance(figures)
            computed = _combine(best, x, y)
            terms = ((*self.cell(a.index, at), best[1]), (*self.cell(b.index, at), best[2]))
            direction = self.direction
            checks.append(TotalCheck(r, c, direction, terms, stated, computed, bound, style))
            if abs(stated - computed) <= bound:
                continue
            findings.append(self._finding(line, at, (stated, x, y, bound), readings, best))

    def _evidence(self, line: Line):
        """For each pair of operands: its readings, how many rows fit each, and how many rows
        could tell (those where the two figures are not both zero)."""
        for a, b, readings in self.operands(line):
            evidence: list[int] = [0] * len(readings)
            differing = 0
            for at in self.positions():
                stated, x, y = (self.value(i, at) for i in (line.index, a.index, b.index))
                if stated is None or x is None or y is None or (x == 0 and y == 0):
                    continue
                differing += 1
                bound = tolerance([stated, x, y])
                for n, reading in enumerate(readings):
                    if abs(stated - _combine(reading, x, y)) <= bound:
                        evidence[n] += 1
            yield a, b, readings, evidence, differing

    def _mixed(self, line: Line) -> list[tuple[str, int]]:
        """Two readings each fitting two rows or more, together most of them, neither alone:
        the line is written one way on some rows and the other way on others."""
        for _a, _b, readings, evidence, differing in self._evidence(line):
            fitting = sorted(
                ((n, reading[0]) for reading, n in zip(readings, evidence, strict=True) if n >= 2),
                key=lambda fit: -fit[0],
            )
            if len(fitting) >= 2 and (fitting[0][0] + fitting[1][0]) * 5 >= differing * 3:
                return [(name, n) for n, name in fitting[:2]]
        return []

    def _mixed_finding(self, line: Line, mixed: list[tuple[str, int]]) -> Finding:
        said = " och ".join(f"{name} på {n} rader" for name, n in mixed)
        message = (
            f"”{line.name}” räknas åt olika håll: {said}. Kontrollera tecknen; raderna "
            "kontrolleras inte förrän de räknas på samma sätt."
        )
        r, c = self.cell(line.index, 0)
        if self.direction == "tvärs":
            r = HEADER_ROW  # a column read both ways: said of its header
        return sheet_finding(self.sheet, r, c, Severity.VARNING, None, None, message)

    def _reading(self, line: Line):
        """The operands and reading most rows agree with; None when no reading is clear."""
        best = None
        for a, b, readings, evidence, differing in self._evidence(line):
            most = max(evidence)
            if most >= 2 and most * 5 >= differing * 3 and (best is None or most > best[0]):
                best = (most, a, b, readings, readings[evidence.index(most)])
        return None if best is None else best[1:]

    def _finding(self, line, at, figures, readings, best) -> Finding:
        stated, x, y, bound = figures
        r, c = self.cell(line.index, at)
        unit = self.sheet.unit if self.sheet.unit != "procent" else None

        def show(value: Decimal) -> str:
            return format_amount(value, unit=unit)

        where = self.where(line, at)
        fits = [rd[0] for rd in readings if abs(_combine(rd, x, y) - stated) <= bound]
        computed = _combine(best, x, y)
        text = f"{where} är {show(stated)}, men {best[0]} ger {show(computed)}"
        if fits:
            text += (
                f"; {show(stated)} är {fits[0]}, tvärtom mot tabellens övriga rader: "
                "tecknet eller ordningen är fel."
            )
        else:
            # The other ways of reading it fit no better; the gap is what to look for.
            text += (
                f", som tabellens övriga rader räknar: en skillnad på "
                f"{show(abs(stated - computed))}."
            )
        return sheet_finding(self.sheet, r, c, Severity.FEL, stated, computed, text)

    def where(self, line: Line, at: int) -> str:
        raise NotImplementedError


def _combine(reading: Reading, x: Decimal, y: Decimal) -> Decimal:
    return x * reading[1] + y * reading[2]


def _q(line: Line) -> str:
    return column_name(line.name)
