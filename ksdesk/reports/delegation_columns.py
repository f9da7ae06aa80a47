"""Which columns a printed delegationsordning has, under which headings, and how wide.

The seed prints six columns (Nr | Ärende | Lagrum | Delegat | Ersättare | Anmärkning, and
"Med rätt att vidaredelegera" when a point uses it) at fixed widths. An imported ordning
prints its own column headings ("Delegeringens omfattning", "Delegerat till"), its extra
columns, and no column that is empty in every point. The Nr column is as wide as the longest
number needs ("2.6.5.1", "2.2.1 a)") so a number never wraps.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from ksdesk.core.delegation import (
    EXTRA_KEY,
    POINT_FIELDS,
    WIDTHS,
    WIDTHS_WITH_VIDARE,
    Version,
    display_nr,
    point_value,
    version_columns,
)
from ksdesk.reports.printable import escape

FIELDS = POINT_FIELDS
_NR_PADDING = 6.5  # the cell's left and right padding (3 pt each) and a little air
_SEED_NR_WIDTH = 9 * mm
_WORD_CAP = 38 * mm  # a longer "word" (a URL) may break rather than starve the other columns
_NR_CAP = 30 * mm
_LEAST = 12 * mm  # no column narrower, whatever the others hold


@dataclass(frozen=True)
class PrintColumn:
    key: str  # a field name, or "extra:<heading>"
    heading: str
    width: float  # points


def breakable(heading: str) -> str:
    """A heading that may wrap after a slash ("Lagrum/stöd", "Anmärkning/villkor")."""
    return heading.replace("/", "/\u200b")


def heading_markup(column: PrintColumn, font: str, size: float) -> str:
    """The heading as Paragraph markup: broken after its slashes when it is wider than its
    column (ReportLab would otherwise cut the last word wherever the line ends)."""
    text = escape(column.heading)
    if stringWidth(column.heading, font, size) + _NR_PADDING > column.width:
        text = text.replace("/", "/<br/>")
    return text


def _texts(version: Version, key: str) -> list[str]:
    texts = []
    for _, point in version.all_points():
        value = getattr(point, key, None) if not key.startswith(EXTRA_KEY) else None
        texts += value if isinstance(value, list) else [point_value(point, key)]
    return [t for t in texts if t.strip()]


def nr_width(version: Version, font: str, size: float) -> float:
    """As wide as the longest number, up to a limit: a "number" of a hundred characters wraps
    rather than take the page."""
    widest = max(
        (stringWidth(display_nr(p.nr), font, size) for _, p in version.all_points()), default=0
    )
    return min(widest + _NR_PADDING, _NR_CAP)


def print_columns(
    version: Version, total: float, font: str, size: float, bold: str = ""
) -> list[PrintColumn]:
    """The columns to print, left to right, with widths adding up to `total`."""
    planned = version_columns(version)
    keys = [k for k, _ in planned if k != "nr"]
    imported = bool(version.column_headings or version.extra_columns)
    nr = nr_width(version, font, size)
    headings = dict(planned)
    seed_keys = [k for k in FIELDS[1:] if k != "vidaredelegation"]
    numbered = "nr" in headings  # a document written without numbers has no Nr column
    seed_like = keys in (seed_keys, list(FIELDS[1:]))
    if numbered and not imported and nr <= _SEED_NR_WIDTH and seed_like:
        widths = WIDTHS_WITH_VIDARE if "vidaredelegation" in keys else WIDTHS
        return [
            PrintColumn(key, headings[key], width * mm)
            for key, width in zip(("nr", *keys), widths, strict=True)
        ]
    columns, space = [], total
    if numbered:
        heading_nr = min(stringWidth(headings["nr"], bold or font, size) + _NR_PADDING, _NR_CAP)
        nr = max(nr, heading_nr, _SEED_NR_WIDTH)
        columns.append(PrintColumn("nr", headings["nr"], nr))
        space -= nr
    names = [headings[k] for k in keys]
    widths = _share(version, keys, names, space, (font, bold or font, size))
    columns += [PrintColumn(k, n, w) for k, n, w in zip(keys, names, widths, strict=True)]
    return columns


def _share(
    version: Version, keys: list[str], names: list[str], space: float, fonts: tuple[str, str, float]
) -> list[float]:
    """Each column at least as wide as its longest word (so words do not break); the rest of
    the width shared by how much text each column holds."""
    font, bold, size = fonts
    least, amount = [], []
    for key in keys:
        texts = _texts(version, key)
        words = [stringWidth(w, font, size) for t in texts for w in t.split()]
        least.append(min(max(words, default=0), _WORD_CAP) + _NR_PADDING)
        # Ärende is what people read: it gets twice the share of its text.
        amount.append(max(sum(len(t) for t in texts), 40) ** 0.5 * (2 if key == "arende" else 1))
    # Headings whole if there is room ("Anmärkning/villkor"), else broken after a slash.
    for split in (False, True):
        headings = [
            min(_widest(breakable(n) if split else n, bold, size), _WORD_CAP) for n in names
        ]
        wanted = [max(w, h + _NR_PADDING) for w, h in zip(least, headings, strict=True)]
        if sum(wanted) <= space or split:
            least = wanted
            break
    least = [max(w, _LEAST) for w in least]
    spare = space - sum(least)
    if spare <= 0:
        return [w * space / sum(least) for w in least]
    return [w + spare * a / sum(amount) for w, a in zip(least, amount, strict=True)]


def _widest(text: str, font: str, size: float) -> float:
    return max((stringWidth(w, font, size) for w in text.replace("\u200b", " ").split()), default=0)
