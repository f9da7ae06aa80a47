"""A §'s beslut as it prints: its lines (core.protokoll_text.beslut_lines) with a table under
an att-sats ("… fördelas enligt nedan:") kept a table. The tjänsteskrivelse importer and a copy
from Word write such a table as rows of tab-separated cells, a row a line; printed as lines,
"Nämnd 1  1000  1100" lost its columns and the header its meaning."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ksdesk.core.beslut_groups import OWN, PRINTED, heading_group, is_split
from ksdesk.core.organ import is_fullmaktige
from ksdesk.core.protokoll import Paragraf
from ksdesk.core.protokoll_text import BeslutLine, beslut_lines

# An amount, a share or a year: "12 500", "-3,5", "−1 200 tkr", "4,2 %", "2016".
_AMOUNT = re.compile(r"[-−+]?\d[\d\s\u00a0.,]*(?:\s?(?:%|kr|tkr|mkr|mnkr|st))?")


@dataclass(frozen=True)
class BeslutTable:
    """Rows of cells, the first the header; every row as wide as the widest."""

    rows: tuple[tuple[str, ...], ...]

    @property
    def amounts(self) -> tuple[bool, ...]:
        """Per column: whether its cells under the header are amounts (set to the right)."""
        body = self.rows[1:]
        return tuple(
            any(row[i] for row in body)
            and all(not row[i] or _AMOUNT.fullmatch(row[i]) for row in body)
            for i in range(len(self.rows[0]))
        )


def _tabbed(line: BeslutLine) -> bool:
    # An att-sats ("att\tfastställa …", "att skattesatsen blir\t21,99 kr") is no table row,
    # whatever tabs Word left in it.
    words = line.text.replace("\t", " ").split()
    return "\t" in line.text and bool(words) and words[0].casefold() != "att"


def _table(lines: list[BeslutLine]) -> BeslutTable:
    rows = [[cell.strip() for cell in line.text.split("\t")] for line in lines]
    width = max(len(row) for row in rows)
    return BeslutTable(tuple(tuple(row + [""] * (width - len(row))) for row in rows))


def _plain(line: BeslutLine) -> BeslutLine:
    return BeslutLine(" ".join(line.text.replace("\t", " ").split()), line.numbered)


def _blocks(lines: list[BeslutLine]) -> list[BeslutLine | BeslutTable]:
    blocks: list[BeslutLine | BeslutTable] = []
    run: list[BeslutLine] = []
    for line in [*lines, None]:
        if line is not None and _tabbed(line):
            run.append(line)
            continue
        if len(run) > 1:
            blocks.append(_table(run))
        else:
            blocks += [_plain(r) for r in run]
        run = []
        if line is not None:
            blocks.append(_plain(line) if "\t" in line.text else line)
    return blocks


def beslut_sections(
    paragraf: Paragraf, organ_name: str = ""
) -> list[tuple[str, list[BeslutLine | BeslutTable]]]:
    """The beslut under the headings it prints under: "Beslut" alone, or, when part of it is
    a förslag to fullmäktige, "Beslut – Förslag till kommunfullmäktige" over that part and
    "Beslut" over the organ's own (core.beslut_groups), in the order written. The headings
    written in the text are not printed as beslut lines. In fullmäktige's own protokoll
    (`organ_name`) all of it is its beslut: the heading carried from KS's förslag names the
    organ that decides here."""
    lines = beslut_lines(paragraf)
    split = is_split(paragraf.beslut)
    decides_all = is_fullmaktige(organ_name)
    sections: list[tuple[str, list[BeslutLine]]] = [(PRINTED[OWN], [])]
    for line in lines:
        group = heading_group(line.text, split)
        if group is None:
            sections[-1][1].append(line)
        elif not decides_all and PRINTED[group] != sections[-1][0]:
            sections.append((PRINTED[group], []))
    kept = [(heading, _blocks(run)) for heading, run in sections if run]
    return kept or [(PRINTED[OWN], [])]


def beslut_blocks(paragraf: Paragraf) -> list[BeslutLine | BeslutTable]:
    """The beslut's lines, two or more tabbed lines in a row made one table; a tab in a
    single line is a space; the headings of a split beslut left out (`beslut_sections`)."""
    return [block for _heading, blocks in beslut_sections(paragraf) for block in blocks]
