"""The horizontal rules a text PDF's page draws, and which of its lines they set apart.

A Word table with borders (the style Tabellrutnät, Table Grid) sets its rows no further apart
than a cell's lines: a row's border, drawn as a thin line or rectangle between them, is
then what tells the next row from the cell's next line (tjansteskrivelse_pdf_tables)."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ksdesk.interchange.tjansteskrivelse_pdf_lines import PdfLine

_THIN = 2.0  # points: a shape no taller than this is a rule
_LONG = 12.0  # points: and at least this long (not a hyphen drawn as a path)
# Between two lines a rule stands below the upper line's descenders and above the lower
# one's letters, in these shares of the text's size from their baselines; an underline,
# nearer the baseline above, is no border.
_BELOW_UPPER = 0.25
_ABOVE_LOWER = 0.4


@dataclass(frozen=True)
class Rule:
    y: float
    x0: float
    x1: float


def horizontal_rules(page) -> list[Rule]:
    """The thin horizontal lines and rectangles the pikepdf `page` draws."""
    from ksdesk.interchange.pdf_paths import page_shapes

    rules = []
    for shape in page_shapes(page):
        x0, y0, x1, y1 = shape.box
        if y1 - y0 <= _THIN and x1 - x0 >= _LONG and not shape.curved:
            rules.append(Rule((y0 + y1) / 2, x0, x1))
    return rules


def mark_ruled(lines: list[PdfLine], rules: list[Rule]) -> None:
    """Set `ruled` on each of the page's `lines` (top to bottom) that a rule sets apart from
    the line above it, where the rule runs over the line."""
    for above, line in pairwise(lines):
        line.ruled = any(
            line.y + _ABOVE_LOWER * line.size < rule.y < above.y - _BELOW_UPPER * above.size
            and rule.x0 < line.end
            and rule.x1 > line.x
            for rule in rules
        )
