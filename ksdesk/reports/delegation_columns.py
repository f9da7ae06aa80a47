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
_CELL_PADDING = 6  # ReportLab's left and right padding of a table cell
_NR_PADDING = 6.5  # the cell's left and right padding (3 pt each) and a little air
_SEED_NR_WIDTH = 9 * mm
_WORD_CAP = 38 * mm  # a longer "word" (a URL) may break rather than starve the other columns
# A word of letters is a word a secretary reads: "samhällsbyggnadsförvaltningen" (about 45 mm)
# broken as "samh" over "ällsbyggnadsförvaltningen" reads as two. Only past this it breaks.
_LETTER_WORD_CAP = 55 * mm
_NR_CAP = 30 * mm
_LEAST = 12 * mm  # no column narrower, whatever the others hold
# Ärende narrower than this share of a portrait page (about 28 characters) reads as a column
# of three words a line: such an ordning (seven columns with long titles in each, as
# Västra Götalandsregionen's) is printed on landscape pages, as the kommuner print them.
_LEAST_ARENDE_SHARE = 0.25


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
    if stringWidth(column.heading, font, size) + _NR_PADDING > column.width:
        # Broken in the text, not in the markup: `escape` may set a sign in the fallback
        # font, and a slash of its "</font>" is no place to break.
        return "/<br/>".join(escape(part) for part in column.heading.split("/"))
    return escape(column.heading)


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
    shared = _shared(version, keys, headings, total, numbered, nr, (font, bold or font, size))
    if numbered and not imported and nr <= _SEED_NR_WIDTH and seed_like:
        widths = WIDTHS_WITH_VIDARE if "vidaredelegation" in keys else WIDTHS
        fixed = [
            PrintColumn(key, headings[key], width * mm)
            for key, width in zip(("nr", *keys), widths, strict=True)
        ]
        # The seed's widths, unless a word does not fit them and shared widths fit every
        # word: "Krisledningsnämndens" in the 32 mm Delegat column printed as
        # "Krisledningsnämnden" over "s ordförande". (The seed itself has words no widths
        # on a portrait page fit, and keeps its own.)
        if _words_fit(version, fixed, font, size) or not _words_fit(version, shared, font, size):
            return fixed
    return shared


def _shared(
    version: Version,
    keys: list[str],
    headings: dict[str, str],
    total: float,
    numbered: bool,
    nr: float,
    fonts: tuple[str, str, float],
) -> list[PrintColumn]:
    """The columns at widths shared by what each holds (see _share)."""
    columns, space = [], total
    if numbered:
        heading_nr = min(stringWidth(headings["nr"], fonts[1], fonts[2]) + _NR_PADDING, _NR_CAP)
        nr = max(nr, heading_nr, _SEED_NR_WIDTH)
        columns.append(PrintColumn("nr", headings["nr"], nr))
        space -= nr
    names = [headings[k] for k in keys]
    widths = _share(version, keys, names, space, fonts)
    columns += [PrintColumn(k, n, w) for k, n, w in zip(keys, names, widths, strict=True)]
    return columns


def _words_fit(version: Version, columns: list[PrintColumn], font: str, size: float) -> bool:
    return all(_longest_word(version, c.key, font, size) <= c.width + 0.01 for c in columns[1:])


def wants_landscape(
    version: Version, portrait: float, font: str, size: float, bold: str = ""
) -> bool:
    """Whether the points' table leaves Ärende too narrow on a portrait page of width
    `portrait` to read (the other columns' longest words take the width)."""
    columns = print_columns(version, portrait, font, size, bold)
    arende = next((c for c in columns if c.key == "arende"), None)
    return arende is not None and arende.width < _LEAST_ARENDE_SHARE * portrait


def decision_width(
    rows: list[tuple[str, ...]],
    font: str,
    size: float,
    width: float,
    headings: tuple[str, ...] = (),
    bold: str = "",
) -> float:
    """The revision list's Revideringar column (the first of `rows`, beside what changed and
    perhaps a 35 mm Diarienummer): as wide as its longest decision, at least 35 mm, and at
    most two fifths of `width` unless what changed is short enough to leave it more. At a
    fixed 35 mm "socialnämnden den 16 december 2014, § 90" took three lines beside a column
    that held "Antagen". What changed keeps room for its heading's longest word in `bold`
    ("Vad revideringen avsett" beside a decision written in capitals broke "revid/eringen")."""
    pad = 2 * _CELL_PADDING + 2

    def widest(column: int) -> float:
        texts = [row[column] for row in rows if len(row) > column]
        return max((stringWidth(t, font, size) for t in texts), default=0) + pad

    others = 35 * mm * (len(rows[0]) - 2) if rows else 0
    heading = headings[1].split() if len(headings) > 1 and bold else []
    changed = max([widest(1), *(stringWidth(w, bold, size) + pad for w in heading)])
    room = max(0.4 * width, width - others - changed)
    return min(max(35 * mm, widest(0)), room)


def _share(
    version: Version, keys: list[str], names: list[str], space: float, fonts: tuple[str, str, float]
) -> list[float]:
    """Each column at least as wide as its longest word (so words do not break); the rest of
    the width goes where text still wraps: a column whose every entry already fits on one
    line ("Nej", "SS") gets no more, and Ärende, what people read, grows twice as fast as
    the others. Room left when nothing wraps is shared by how wide each column is."""
    font, bold, size = fonts
    least, need = [], []
    for key in keys:
        texts = _texts(version, key)
        words = [_word_width(w, font, size) for t in texts for w in t.split()]
        least.append(max(words, default=0) + _NR_PADDING)
        lines = [stringWidth(line, font, size) for t in texts for line in t.split("\n")]
        need.append(max(lines, default=0) + _NR_PADDING)
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
    need = [max(n, w) for n, w in zip(need, least, strict=True)]
    weight = [2 if key == "arende" else 1 for key in keys]
    if sum(need) >= space:
        return _fill(least, need, weight, space)
    # Then the headings on one line, where there is room ("Anmäls till SN", not three lines).
    whole = [stringWidth(n, bold, size) + _NR_PADDING for n in names]
    headed = [max(n, min(h, _WORD_CAP)) for n, h in zip(need, whole, strict=True)]
    if sum(headed) >= space:
        return _fill(need, headed, [1] * len(keys), space)
    return [w * space / sum(headed) for w in headed]


def _fill(least: list[float], need: list[float], weight: list[int], space: float) -> list[float]:
    """Widths between `least` and `need` that fill `space`: every column grows at the pace of
    its weight until it has what it needs (water-filling)."""

    def widths(level: float) -> list[float]:
        return [max(w, min(n, level * g)) for w, n, g in zip(least, need, weight, strict=True)]

    low, high = 0.0, max(need)
    for _ in range(50):
        level = (low + high) / 2
        low, high = (level, high) if sum(widths(level)) < space else (low, level)
    found = widths(high)
    return [w * space / sum(found) for w in found]


def _longest_word(version: Version, key: str, font: str, size: float) -> float:
    """The width the longest word of a column takes in its cell (a URL's no more than the
    cap: it may break)."""
    texts = _texts(version, key)
    return max((_word_width(w, font, size) for t in texts for w in t.split()), default=0) + (
        _NR_PADDING
    )


def _word_width(word: str, font: str, size: float) -> float:
    """The width a word asks of its column: a word of letters up to _LETTER_WORD_CAP (a
    Swedish compound), anything else (a URL, a chain of paragraphs) up to _WORD_CAP."""
    cap = _LETTER_WORD_CAP if word.strip(",.;:()").replace("-", "").isalpha() else _WORD_CAP
    return min(stringWidth(word, font, size), cap)


def _widest(text: str, font: str, size: float) -> float:
    return max((stringWidth(w, font, size) for w in text.replace("\u200b", " ").split()), default=0)
