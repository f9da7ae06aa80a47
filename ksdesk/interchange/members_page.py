"""A protokoll's first page cut at its labels ("Beslutande", "Övriga närvarande", "Utses att
justera"), whether it comes a label a line or in one run as a PDF's text gives it; where in
such a run a report line's text stands, and the PDF's loose accents joined to their letters."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from ksdesk.core.import_report import ImportReport, ReportLine
from ksdesk.interchange.members_party_columns import is_party
from ksdesk.interchange.members_words import LABEL, Label, label_of

_LOOSE_ACUTE = re.compile(r"(?<=[A-Za-z])´")

_FILLER = re.compile(r"[\s,.;:()•·*–-]+|\b(?:och|samt)\b")


def leftover(text: str) -> str:
    """What of a text is more than fillers ("och", commas, brackets): "" when nothing."""
    return " ".join(text.split()).strip(" ,;:") if _FILLER.sub("", text) else ""


@dataclass
class Segment:
    labels: list[Label]  # none: a line without labels; several: labels printed one after another
    text: str


def segments(line: str) -> list[Segment]:
    """A line cut at the protokoll's labels. Labels with nothing between them ("Beslutande
    ledamöter Ej tjänstgörande ersättare Övriga närvarande Anna …") stay together: the PDF's
    column of labels came before its column of names."""
    segments = [Segment([], "")]
    position = 0
    carried = ""  # a column of parties printed between two labels: its names follow them
    for match in LABEL.finditer(line):
        before = line[position : match.start()]
        if segments[-1].labels and _only_parties(before):
            carried, before = carried + before, ""  # "Övriga närvarande M FP KD Ej tjänstg…"
        if leftover(before) or not segments[-1].labels:
            segments[-1].text, carried = carried + before, ""
            segments.append(Segment([label_of(match)], ""))
        else:
            segments[-1].labels.append(label_of(match))
        position = match.end()
    segments[-1].text = carried + line[position:]
    return [s for s in segments if s.labels or leftover(s.text)]


def _only_parties(text: str) -> bool:
    """ "M FP KD KD S V SD": parties and nothing else, two at least."""
    words = text.split()
    return len(words) >= 2 and all(is_party(word) for word in words)


# A page pasted as one run (a protokoll's PDF text) is one long line: "Rad 1" alone says no
# more than that the text is somewhere on it.
_LONG_LINE = 160
_WORDS_BEFORE = 4
_WORDS_SOUGHT = 3


def where_in(where: str, line: str, text: str, start: int = 0) -> tuple[str, int]:
    """Where in a long line a reported text stands, by the words before it as the page shows
    them ("Rad 1, efter ”Övriga deltagande Utses att justera”"), and where it ends; the
    search begins at `start`, the end of the one reported before it (a justerare is named
    among the Beslutande first). `where` for a short line."""
    words = text.split()[:_WORDS_SOUGHT]
    if len(line) < _LONG_LINE or not words:
        return where, start
    found = re.compile(r"\s+".join(map(re.escape, words))).search(line, start)
    if found is None:
        return where, start
    before = line[: found.start()].split()[-_WORDS_BEFORE:]
    return (f"{where}, efter ”{' '.join(before)}”" if before else f"{where}, i början"), found.end()


def place(lines: list[ReportLine], first: int, line: str) -> None:
    """The report lines from `first` on, of one long line, each placed by the words before
    it; each is sought after the one before, as they were reported in the line's order."""
    position = 0
    for index in range(first, len(lines)):
        where, position = where_in(lines[index].where, line, lines[index].text, position)
        lines[index] = replace(lines[index], where=where)


def accents_joined(line: str) -> str:
    """ "Dmitar Savic´" → "Dmitar Savić": a PDF's text gives some accents as a sign of their
    own after the letter."""
    return unicodedata.normalize("NFC", _LOOSE_ACUTE.sub("\u0301", line))


def placed(report: ImportReport) -> tuple[list[ReportLine], ...]:
    """The report's lines that say where in the text they are."""
    return report.dropped, report.changed, report.warnings
