"""A pasted list whose PDF table gets a Föredragande column part-way down ("Föredraganden"
alone on a line between items 3 and 4, Lilla Edets kultur- och fritidsnämnd): the column's
heading is no ärende, and the lines under it end in who presents the ärende, title and name
("… Dnr 2017/ULN031 Kultur- och fritidschef Erik Sand", "… Kommunpolis Jan Ek Kl 17.50"). The
name goes to Föredragande. Where the PDF's next page repeats the page's first line over the
list ("Kallelse Kultur- och fritidsnämnden"), that line is the page's head, no heading. Each
line left out or split is named in the report."""

from __future__ import annotations

import re

from ksdesk.core.import_report import ImportReport
from ksdesk.interchange.agenda_header import field_of, is_rubrikrad
from ksdesk.interchange.agenda_rows import number_first, pasted_list
from ksdesk.interchange.given_names import GIVEN_NAMES

Rows = list[tuple[int, list[str]]]

# Who presents, at the line's end: a title ending as Swedish titles do ("Kultur- och
# fritidschef", "Ungdoms- och kultursamordnare", "Kommunpolis"), then given and family name,
# maybe the time after ("Kl 17.50").
_ROLE = (
    r"(?:[A-ZÅÄÖ][\wåäö]*- och )?[\wåäö-]*(?:chef|samordnare|sekreterare|handläggare|strateg"
    r"|direktör|polis|controller|ekonom|konsulent|inspektör|arkitekt|ansvarig)"
)
_PRESENTER_AT_END = re.compile(
    rf"\s(?P<presenter>(?:{_ROLE} )?(?P<given>[A-ZÅÄÖ][a-zåäöé]+) [A-ZÅÄÖ][a-zåäöé]+)"
    r"(?P<time>\s+kl\.?\s*\d{1,2}[.:]\d\d)?\s*$",
    re.IGNORECASE,
)


def with_presenter_column(rows: Rows, report: ImportReport) -> Rows:
    """The rows of a one-column pasted list with the Föredragande column's heading and the
    page's repeated first line left out, and who presents each ärende under the heading
    moved to a cell of its own; other rows as they are."""
    if (found := pasted_list(rows)) is None:
        return rows
    texts, first = found
    above = {text for (number, _), text in zip(rows[:first], texts[:first], strict=True) if number}
    out: Rows = list(rows[:first])
    presenting = split = False
    for (number, cells), text in zip(rows[first:], texts[first:], strict=True):
        if text in above:
            why = "sidhuvud på nästa sida (sidans första rad igen), inte en rad i listan"
            report.drop(f"Rad {number}", text, f"{why}: läses inte in")
        elif _presenter_heading(text):
            report.drop(f"Rad {number}", text, "rubriken för kolumnen Föredragande: läses inte in")
            presenting = True
        elif presenting and number_first(text)[0] and (found := _presenter_at_end(text)):
            report.change(f"Rad {number}", text, f"{found[1]} lästes som föredragande")
            out.append((number, list(found)))
            split = True
        else:
            out.append((number, cells))
    if not split:
        return rows if len(out) == len(rows) else out
    # The rubrikrad over the list ("Ärenden", or the one a pasted list was given) gets the
    # column the names were moved to.
    heads = [at for at, (n, cells) in enumerate(out[:first]) if n == 0 or is_rubrikrad(cells)]
    if not heads:
        return rows
    number, cells = out[heads[-1]]
    out[heads[-1]] = (number, [next(c for c in cells if c.strip()), "Föredragande"])
    return out


def _presenter_heading(line: str) -> bool:
    """ "Föredraganden", "Föredragande:": a Föredragande column's heading alone on its line."""
    words = line.strip(" :").split()
    return len(words) == 1 and field_of(words[0])[0] == "presenter"


def _presenter_at_end(line: str) -> tuple[str, str] | None:
    """(the line without who presents, who presents) for a line ending in a person's name
    with a common given name, after a title if one stands before it."""
    match = _PRESENTER_AT_END.search(line)
    if match is None or match["given"].lower() not in GIVEN_NAMES:
        return None
    rest = line[: match.start()] + (match["time"] or "")
    return (rest, match["presenter"]) if number_first(rest)[1].strip() else None
