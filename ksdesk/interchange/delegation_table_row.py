"""One row of a delegation table, as CSV, XLSX and Word give it to delegation_rows.RowReader:
its cells, where it stood, which cells repeat a merged cell, which are highlighted, and the
footnotes and endnotes it refers to."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Note:
    """A footnote or an endnote, and the word it is imported under ("Fotnot: …"): Word
    prints footnotes at the foot of the page and endnotes at the end of the document, and
    the secretary looks for each by its name."""

    kind: str  # "Fotnot" | "Slutnot"
    text: str

    def labelled(self) -> str:
        return f"{self.kind}: {self.text}"


@dataclass
class Row:
    cells: list[str]
    where: str = ""
    repeats: list[bool] = field(default_factory=list)  # True: a merged cell's repeat
    marked: list[bool] = field(default_factory=list)  # True: highlighted in yellow
    notes: list[Note] = field(default_factory=list)  # foot- and endnotes referred to
    # What a marked cell says of its point: new (yellow highlight, as the seed marks its new
    # points) or changed (the colour a line such as "Röd text är ändringar" names).
    mark: str = "ny"

    def distinct(self) -> list[str]:
        texts = [
            c.strip()
            for i, c in enumerate(self.cells)
            if c.strip() and not (i < len(self.repeats) and self.repeats[i])
        ]
        return list(dict.fromkeys(texts))

    def spans(self) -> bool:
        """One text across the whole row: a merged cell (or the same text in every cell). An
        empty column at the side of the table (added by hand, or by a gridBefore indent) is
        not part of the merge, so the cell spans the table when it covers most of the row."""
        filled = [i for i, c in enumerate(self.cells) if c.strip()]
        texts = {self.cells[i].strip() for i in filled}
        if len(self.cells) < 2 or len(texts) != 1:
            return False
        if len(filled) == len(self.cells):
            return True
        one_cell = filled == list(range(filled[0], filled[-1] + 1)) and all(
            i < len(self.repeats) and self.repeats[i] for i in filled[1:]
        )
        return one_cell and len(filled) > 1 and 2 * len(filled) > len(self.cells)


def seed_chapter_row(row: Row) -> bool:
    # A merged row across the table, or text in the first cell alone with no digit in it.
    if len(row.distinct()) != 1:
        return False
    first_only = bool(row.cells[0].strip()) and len([c for c in row.cells if c.strip()]) == 1
    text = row.distinct()[0]
    return row.spans() or (first_only and not any(ch.isdigit() for ch in text))
