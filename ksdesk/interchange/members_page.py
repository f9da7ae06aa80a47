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
