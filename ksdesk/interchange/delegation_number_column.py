"""A table whose column of point numbers has a heading ksdesk does not know: Norrtälje's
utbildningsnämnd heads it with the nämnd's short name ("UN | Beslut | Lagrum | …"), other
kommuner with a code word ("Kod"). Kept as an extra column, the numbers were no point's Nr and the
chapter rows beside their letters ("A | Allmänt") no chapters. When no column of the header is
Nr, a column under an unknown short heading whose cells are all point numbers (and letters
of chapters) is read as Nr, with a line in the report.
"""

from __future__ import annotations

import re

from ksdesk.interchange.delegation_cells import is_point_nr
from ksdesk.interchange.delegation_layout import header_layout

_HEADING_MAX = 12  # characters: a short name or a code word, not a column of text
_CHAPTER_LETTER = re.compile(r"^[A-ZÅÄÖ][.)]?$")
_NUMBERS_MIN = 2


def number_column(rows: list[list[str]]) -> int | None:
    """The index of the column of the table's point numbers under a heading that is not
    Nr's, or None (the header has Nr, is no header, or no such column)."""
    if len(rows) < 1 + _NUMBERS_MIN:
        return None
    header = rows[0]
    layout = header_layout(header)
    if layout is None or layout.has("nr"):
        return None
    for index, heading in enumerate(header):
        name = layout.columns.get(index, "")
        known = name and not name.startswith("extra:")
        if known or not heading.strip() or len(heading.strip()) > _HEADING_MAX:
            continue
        cells = [" ".join(row[index].split()) for row in rows[1:] if index < len(row)]
        values = [c for c in cells if c]
        numbers = [v for v in values if is_point_nr(v)]
        letters = [v for v in values if _CHAPTER_LETTER.match(v)]
        if len(numbers) >= _NUMBERS_MIN and len(numbers) + len(letters) == len(values):
            return index
    return None


def letter_chapter(nr: str, values: dict[str, str]) -> str | None:
    """ "A | Allmänt" in a row of the table, the letter in the Nr column, the title beside it
    and nothing else: the chapter "A Allmänt" whose points follow ("A1", "A2"); else None."""
    letter = " ".join(nr.split())
    title = " ".join(values.get("arende", "").split())
    others = [v for k, v in values.items() if k not in ("nr", "arende") and v.strip()]
    if not _CHAPTER_LETTER.match(letter) or not title or others:
        return None
    return f"{letter.rstrip('.)')} {title}"
