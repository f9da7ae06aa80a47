"""A table pasted with each row's label on one line and its figures on the next, made one
line per row again for budget_paste.py.

A table copied out of a web page (a kommun's årsredovisning published as HTML) or out of a PDF
whose label cells are set apart from the figures often gives "Verksamhetens intäkter" on one
line and "3 270,6 281,9 218,0" (the note and the figures) on the next, sometimes with the
note on a line of its own between them. Read line by line, the label would be a heading and
the figures a row labelled by its own first figure.

A page often sets only some rows so (Sjöbo's and Vansbro's årsredovisningar: the row after
an empty spacer row), the others a line each. A line of figures alone after a row of figures
(a sum printed without a label under its rows) stays as it was.
"""

from __future__ import annotations

import re

from ksdesk.core.import_report import ImportReport, count
from ksdesk.interchange.budget_paste_tokens import figure_run, is_note, tokens

_YEAR = re.compile(r"^(?:19|20)\d{2}$")


def joined_label_lines(lines: list[str]) -> tuple[list[str], list[str]]:
    """The lines with each label line and the figure line after it (a note line between them
    too) made one; and the labels so joined, for the import report. The lines as they were
    when the table is not one of such pairs."""
    pairs = _pairs([_kind(line) for line in lines])
    if not pairs:
        return lines, []
    joined: list[str] = []
    labels: list[str] = []
    starts = {start: end for start, end in pairs}
    i = 0
    while i < len(lines):
        end = starts.get(i)
        if end is None:
            joined.append(lines[i])
            i += 1
            continue
        label = lines[i].strip()
        labels.append(label)
        joined.append(" ".join([label, *(x.strip() for x in lines[i + 1 : end] if x.strip())]))
        i = end
    return joined, labels


def _pairs(kinds: list[str]) -> list[tuple[int, int]]:
    """(label line, the line after the pair's figure line) for each label line followed by a
    figure line, or by a note line and a figure line."""
    filled = [i for i, kind in enumerate(kinds) if kind != "blank"]
    found: list[tuple[int, int]] = []
    for k, i in enumerate(filled):
        if kinds[i] != "label":
            continue
        after = [kinds[j] for j in filled[k + 1 : k + 3]]
        if after[:2] == ["note", "figures"]:
            found.append((i, filled[k + 2] + 1))
        elif after[:1] in (["figures"], ["note"]):  # a note alone may be the row's one figure
            found.append((i, filled[k + 1] + 1))
    return found


def _kind(line: str) -> str:
    """What a line is: blank; a label with no figure after it; figures alone (not all of them
    years: that is a header); a note alone ("3"); or a row of a label and figures."""
    words = tokens(line)
    if not words:
        return "blank"
    if words[0].text.lower().rstrip(".:") in ("not", "noter") and len(words) > 1:
        words = words[1:]  # "Not 2 132 371 106 488": the note's label before the figures
    at = figure_run(words)
    numbers = [w.text for w in words[at:] if re.search(r"\d", w.text)]
    if at == len(words) or (at > 0 and not numbers):
        return "label" if any(c.isalpha() for c in line) else "other"
    if numbers and all(_YEAR.match(n) for n in numbers):
        # A label ending in one year ("Pensionsåtaganden före 1998", "Budget 2022") when
        # figures follow; more years are a header's ("Bokslut 2020 Budget 2021").
        years = sum(bool(_YEAR.match(w.text)) for w in words)
        return "label" if at > 0 and years == len(words) - at == 1 else "other"
    if at > 0:
        return "row"
    # Figures alone, dashes alone among them ("- - - -": nil cells), or one note.
    return "note" if len(words) == 1 and is_note(words[0].text) else "figures"


def report_paired(labels: list[str], report: ImportReport) -> None:
    """Say that rows were joined from two lines, so that a reader who finds a row wrong knows
    how it was read."""
    if labels:
        report.read.append(
            count(len(labels), "rad", "rader")
            + f" med beloppen på raden under benämningen, lästa som en rad: ”{labels[0]}” …"
        )
