"""A protokoll's first page cut at its labels ("Beslutande", "Övriga närvarande", "Utses att
justera"), whether it comes a label a line or in one run as a PDF's text gives it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ksdesk.interchange.members_words import LABEL, Label, label_of

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
    for match in LABEL.finditer(line):
        before = line[position : match.start()]
        if leftover(before) or not segments[-1].labels:
            segments[-1].text = before
            segments.append(Segment([label_of(match)], ""))
        else:
            segments[-1].labels.append(label_of(match))
        position = match.end()
    segments[-1].text = line[position:]
    return [s for s in segments if s.labels or leftover(s.text)]


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
