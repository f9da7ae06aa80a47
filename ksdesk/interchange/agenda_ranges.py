"""A run of paragraphs written on one line of a protokoll's innehållsförteckning, pasted as
text: Nordmaling's socialnämnd lists its closed individärenden as "§ 244-272
Sekretessärenden 5". The kommun meant one ärende for each paragraph, so the line is read as
that many lines, "§ 244 Sekretessärenden 5" to "§ 272 …", each its own ärende with the
run's title, and the numbers after the run stay as the file wrote them. The report names the
line once. A run longer than a list can hold is left as it is."""

from __future__ import annotations

import re

from ksdesk.core.import_report import ImportReport

Rows = list[tuple[int, list[str]]]

# "§ 244-272 Sekretessärenden", "§§ 12–14 Val", "244 - 272 Sekretessärenden".
# The title starts with a letter; without "§" the numbers are no years ("2018-2029 ... 9" is
# the rest of a title broken over two lines).
_RUN = re.compile(
    r"(?P<mark>§§?\s*)?(?P<first>\d{1,4})\s*[-–]\s*(?P<last>\d{1,4})\s+(?P<rest>[^\W\d_].*)"
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_LONGEST = 100  # paragraphs one line may stand for


def with_runs_apart(rows: Rows, report: ImportReport) -> Rows:
    """Pasted text (one cell a row) with each line of a run of paragraphs read as one line a
    paragraph; other rows as they are."""
    if any(sum(1 for c in cells if c.strip()) > 1 for _, cells in rows):
        return rows
    out: Rows = []
    for number, cells in rows:
        line = next((c.strip() for c in cells if c.strip()), "")
        run = _RUN.fullmatch(line)
        first, last = (int(run["first"]), int(run["last"])) if run else (0, 0)
        if run is None or not 0 < last - first < _LONGEST or _years(run):
            out.append((number, cells))
            continue
        mark = "§ " if run["mark"] else ""
        out.extend((number, [f"{mark}{nr} {run['rest']}"]) for nr in range(first, last + 1))
        why = f"{last - first + 1} paragrafer på en rad: läses som ett ärende för varje paragraf"
        report.change(f"Rad {number}", line, why)
    return out


def _years(run: re.Match[str]) -> bool:
    """ "2018-2029 …" without "§": a span of years, no paragraphs."""
    return not run["mark"] and bool(_YEAR.fullmatch(run["first"]))
