"""Fitting a budget table to a width: the font size, each column's width, portrait or
landscape. Every cell's printed text is made once (core.format) and measured once at 1 pt;
widths at any size are that times the size (ReportLab's metrics scale linearly)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from reportlab.pdfbase.pdfmetrics import stringWidth

from ksdesk.core.budget import Column, Sheet, is_count_label
from ksdesk.core.budget_rounding import column_places
from ksdesk.core.findings import Finding
from ksdesk.core.format import format_amount, format_percent
from ksdesk.reports.base import available_width
from ksdesk.reports.fonts import SANS, SANS_BOLD, register_fonts

FONT_SIZES = (9, 8.5, 8, 7.5, 7, 6.5)
PADDING = 3  # points left and right in every cell
UNIT_WORDS = {"kr": "kr", "tkr": "tkr", "mnkr": "mnkr", "procent": "%"}
# A header that names the unit in other words needs no unit under it ("Miljoner kronor"
# printed "mnkr" under itself).
UNIT_NAMES = {
    "mnkr": ("mkr", "miljoner kronor", "miljoner kr", "mn kr"),
    "tkr": ("tusen kronor", "tusentals kronor", "tusen kr"),
    "kr": ("kronor",),
}


def cell_texts(sheet: Sheet) -> list[list[str]]:
    """Every cell as printed: amounts through core.format (U+2212, no-break spaces), each
    with as many decimals as its column shows ("−323" as "−323,0" among "−2,1", as an
    ekonom prints it and as the check reads it: core/budget_rounding.py; walk38 #6)."""
    places = column_places(sheet)
    texts = []
    for row in sheet.rows:
        line = []
        own = row.percent or is_count_label(row.label)  # rows column_places leaves out
        for c, column in enumerate(sheet.columns):
            value = row.cells[c] if c < len(row.cells) else None
            if value is None:
                line.append("")
            elif isinstance(value, Decimal):
                percent = column.kind == "percent" or row.percent
                shown = None if own else places[c]  # never fewer than the value's own
                line.append(
                    format_percent(value, decimals=None)
                    if percent
                    else format_amount(value, decimals=shown)
                )
            else:
                line.append(str(value))
        texts.append(line)
    return texts


def header_unit(sheet: Sheet, column: Column) -> str:
    """The unit printed under an amount column's header, unless the header says it."""
    if column.kind != "amount" or sheet.unit == "procent":
        return ""
    unit = UNIT_WORDS.get(sheet.unit, sheet.unit)
    header = " ".join(re.sub(r"[(),;:]", " ", column.header.lower()).split())
    named = any(f" {name} " in f" {header} " for name in (unit, *UNIT_NAMES.get(unit, ())))
    return "" if named else unit


@dataclass
class Metrics:
    """Per column, at 1 pt: longest cell, longest word in a cell, longest header word,
    whole header."""

    content: list[float]
    content_word: list[float]
    header_word: list[float]
    header: list[float]

    def at(self, size: float) -> tuple[list[float], list[float], list[float]]:
        """(needs, mins, naturals) at `size`: the width an unwrapped figure column needs,
        the narrowest a wrapped column may be, and its natural (unwrapped) width."""
        pad = 2 * PADDING + stringWidth("a", SANS, size * 0.7) + 1  # room for a finding mark
        needs, mins, naturals = [], [], []
        for c in range(len(self.content)):
            word = self.header_word[c] * size
            needs.append(max(self.content[c] * size, word) + pad)
            mins.append(max(self.content_word[c] * size, word) + pad)
            naturals.append(max(self.content[c], self.header[c]) * size + pad)
        return needs, mins, naturals


def measure(sheet: Sheet, texts: list[list[str]] | None = None) -> Metrics:
    register_fonts()
    texts = texts if texts is not None else cell_texts(sheet)
    widths: dict[tuple[str, str], float] = {}

    def width(text: str, font: str) -> float:
        key = (text, font)
        if key not in widths:
            widths[key] = stringWidth(text, font, 1)
        return widths[key]

    metrics = Metrics([], [], [], [])
    for c, column in enumerate(sheet.columns):
        words = [width(w, SANS_BOLD) for w in column.header.split()] or [0.0]
        unit = header_unit(sheet, column)
        if unit:
            words.append(width(unit, SANS) * 7.5 / 9)  # printed 1.5 pt smaller
        content = content_word = 0.0
        for row, line in zip(sheet.rows, texts, strict=True):
            font = SANS_BOLD if row.kind in ("total", "subtotal") else SANS
            content = max(content, width(line[c], font))
            for word in line[c].split():
                content_word = max(content_word, width(word, font))
        metrics.content.append(content)
        metrics.content_word.append(content_word)
        metrics.header_word.append(max(words))
        metrics.header.append(width(column.header, SANS_BOLD))
    return metrics


def is_wide(sheet: Sheet, metrics: Metrics | None = None) -> bool:
    """Landscape when the table does not fit a portrait page at a readable size (8 pt), or
    when a table of many columns would have to wrap its text to fit portrait."""
    metrics = metrics or measure(sheet)
    portrait = available_width(False)
    if fit_columns(sheet, portrait, smallest=8, metrics=metrics) is None:
        return True
    _needs, _mins, naturals = metrics.at(FONT_SIZES[0])
    return len(sheet.columns) >= 8 and sum(naturals) > portrait


@dataclass
class Layout:
    font_size: float
    widths: list[float]


def fit_columns(
    sheet: Sheet, width: float, smallest: float = 6.5, metrics: Metrics | None = None
) -> Layout | None:
    """Column widths at the largest font size that fits `width`: figure columns as wide as
    their longest figure and header word, text columns sharing the rest (wrapped, never
    narrower than their longest word); spare room widens figure columns so their headers
    wrap less, and figure columns get one width when they can. The table is never stretched
    wider than its contents. None when nothing fits down to `smallest` points."""
    metrics = metrics or measure(sheet)
    for size in FONT_SIZES:
        if size < smallest:
            break
        needs, mins, naturals = metrics.at(size)
        text = [i for i, c in enumerate(sheet.columns) if _is_text(c)]
        figures = [i for i in range(len(sheet.columns)) if i not in text]
        text_min = sum(mins[i] for i in text)
        # Figure headers wrap less when the text columns can spare the room for it.
        cap = 80 * size / 9
        comfortable = [max(needs[i], min(naturals[i], cap)) for i in range(len(needs))]
        room = width - sum(comfortable[i] for i in figures)
        widths = list(comfortable)
        if room < 1.5 * text_min:
            room = width - sum(needs[i] for i in figures)
            widths = list(needs)
        if room < text_min - 0.01:
            continue
        for i, w in _share(room, {i: mins[i] for i in text}, {i: naturals[i] for i in text}):
            widths[i] = w
        _widen_figures(widths, figures, naturals, width, size)
        return Layout(size, widths)
    return None


def _widen_figures(
    widths: list[float], figures: list[int], naturals: list[float], width: float, size: float
) -> None:
    """Spend spare room on figure columns: first one common width, then less header wrap."""
    if not figures:
        return
    common = max(widths[i] for i in figures)
    spare = width - sum(widths)
    extra = sum(common - widths[i] for i in figures)
    if extra <= spare:
        for i in figures:
            widths[i] = common
        spare -= extra
    # A header may spread over up to about 80 pt (at 9 pt) before it wraps.
    cap = 80 * size / 9
    for i in figures:
        wanted = max(widths[i], min(naturals[i], cap))
        grow = min(wanted - widths[i], max(0.0, spare))
        widths[i] += grow
        spare -= grow


def squeezed(sheet: Sheet, width: float, metrics: Metrics | None = None) -> Layout:
    """Nothing fits even at the smallest size: scale every column down (words then break)."""
    size = FONT_SIZES[-1]
    needs, mins, _naturals = (metrics or measure(sheet)).at(size)
    base = [max(n, m) for n, m in zip(needs, mins, strict=True)]
    scale = width / sum(base)
    return Layout(size, [w * scale for w in base])


def _share(room: float, mins: dict[int, float], naturals: dict[int, float]):
    """Give text columns their natural width if it fits, else narrow the widest first."""
    if not mins:
        return []
    if sum(naturals.values()) <= room:
        return list(naturals.items())
    # Water-filling: find the cap so that sum(max(min, min(natural, cap))) == room.
    low, high = 0.0, max(naturals.values())
    for _ in range(40):
        cap = (low + high) / 2
        used = sum(max(mins[i], min(naturals[i], cap)) for i in mins)
        low, high = (cap, high) if used < room else (low, cap)
    return [(i, max(mins[i], min(naturals[i], low))) for i in mins]


def heading_reach(kind: str, line: list[str], marks: list[str | None]) -> int:
    """The last column a heading row's label may run into, on paper and on the web: a
    heading ("EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER") has no figures, so it reads on one
    line across the empty cells beside it rather than in three lines in the label column.
    0: it stays in its cell. `marks`: a finding's mark per cell (a marked cell stays)."""
    if kind != "heading" or not line or not line[0].strip():
        return 0
    last = 0
    while last + 1 < len(line) and not line[last + 1].strip() and not marks[last + 1]:
        last += 1
    return last


def _is_text(column: Column) -> bool:
    return column.kind in ("text",)


def finding_marks(findings: Sequence[Finding]) -> dict[tuple[int, int], str]:
    """A letter per marked cell (a, b, …, z, aa, …): letters, so a mark never reads as a digit
    of the amount when the text is copied out of the PDF. Paper and the web edition mark
    the same cells with the same letters."""
    marks: dict[tuple[int, int], str] = {}
    for finding in findings:
        key = (finding.row, finding.column)
        if key not in marks:
            n = len(marks)
            marks[key] = chr(97 + n % 26) * (n // 26 + 1)
    return marks
