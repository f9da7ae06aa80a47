"""Lines of a pasted PDF that are no line of its list, or more than one. A page's header or
footer between the list's points ("Kommunstyrelsen 2021-05-11 2 (3)", "Sida 2 av 3") is left
out and reported. A run of paragraphs written on one line of a protokoll's
innehållsförteckning: Nordmaling's socialnämnd lists its closed individärenden as "§
244-272 Sekretessärenden 5". The kommun meant one ärende for each paragraph, so the line is
read as that many lines, "§ 244 Sekretessärenden 5" to "§ 272 …", each its own ärende with
the run's title, and the numbers after the run stay as the file wrote them. The report names
the line once. A run longer than a list can hold is left as it is."""

from __future__ import annotations

import re

from ksdesk.core.import_report import ImportReport
from ksdesk.interchange.agenda_rows import number_first, pasted_list

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


# A page's number in its header or footer: "2 (3)", "Sida 2 av 3", "Sid 2/3".
_PAGE_MARK = re.compile(
    r"(?:.*\s)?(?:sida|sid\.?)\s*\d{1,3}(?:\s*(?:\(\s*\d{1,3}\s*\)|av\s+\d{1,3}|/\s*\d{1,3}))?"
    r"|(?:.*\S\s+)?\d{1,3}\s*\(\s*\d{1,3}\s*\)",
    re.IGNORECASE,
)


def is_page_mark(text: str) -> bool:
    """ "FÖREDRAGNINGSLISTA 2 (13)", "Sida 2 av 3": a page's header or footer."""
    return bool(_PAGE_MARK.fullmatch(text))


def without_page_marks(rows: Rows, report: ImportReport) -> Rows:
    """Pasted text with the lines that number its pages left out where they stand after the
    list's first number (those above it, with the meeting's date, are the heading's)."""
    if (found := pasted_list(rows)) is None:
        return rows
    texts, first = found
    out = rows[:first]
    for (number, cells), text in zip(rows[first:], texts[first:], strict=True):
        if not number_first(text)[0] and is_page_mark(text):
            why = "sidhuvud eller sidfot med sidnummer, inte en rad i listan: läses inte in"
            report.drop(f"Rad {number}", text, why)
        else:
            out.append((number, cells))
    return out
