"""Numbers Word draws itself: a paragraph in a numbered list ("1.1", "2.3.1", "a)") has no
number in its text, only a reference to the document's numbering definitions. An ordning whose
Nr column is such a list had every point without a number, and every row after the first
glued onto the one before as a continuation.

`materialise(document)` writes each numbered paragraph's number into its text, as Word shows
it, counting in document order (the same list goes on across tables); a paragraph's own
list reference or its style's (headings numbered by their style). It takes its own list
reference away; the paragraphs it numbered are not read as bullet lines as well. Bullets
stay bullets: they are read as "- " lines where the cell or introduction is read.
"""

from __future__ import annotations

import re

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)


def materialise(document) -> set:
    """Write list numbers into the text of the document's paragraphs; the paragraphs (w:p
    elements) that got one."""
    definitions = _Definitions(document)
    written: set = set()
    if not definitions.levels:
        return written
    by_style = _style_numbering(document)
    for paragraph in list(document.element.body.iter(f"{_W}p")):
        reference = paragraph.find(f"{_W}pPr/{_W}numPr")
        style = paragraph.find(f"{_W}pPr/{_W}pStyle")
        style_id = "" if style is None else style.get(f"{_W}val") or ""
        if reference is None:
            reference = by_style.get(style_id)
        if reference is None:
            continue
        label = definitions.label(reference, style_id)
        if label is None:
            continue  # a bullet, or a list without definition: read as before
        run = paragraph.makeelement(f"{_W}r", {})
        text = run.makeelement(
            f"{_W}t", {"{http://www.w3.org/XML/1998/namespace}space": "preserve"}
        )
        text.text = f"{label} " if _has_text(paragraph) else label
        run.append(text)
        properties = paragraph.find(f"{_W}pPr")
        properties.addnext(run)
        if reference.getparent() is properties:
            properties.remove(reference)
        written.add(paragraph)
    return written


def _style_numbering(document) -> dict:
    """Style id → its list reference: headings numbered by their style ("Rubrik 1" tied to a
    multilevel list draws "1", "Rubrik 2" draws "1.1")."""
    found = {}
    for style in document.styles.element.iter(f"{_W}style"):
        reference = style.find(f"{_W}pPr/{_W}numPr")
        if reference is not None and reference.find(f"{_W}numId") is not None:
            found[style.get(f"{_W}styleId") or ""] = reference
    return found


def _has_text(paragraph) -> bool:
    return any((t.text or "").strip() for t in paragraph.iter(f"{_W}t"))


class _Definitions:
    def __init__(self, document) -> None:
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # abstract → level → …
        self.abstract_of: dict[str, str] = {}  # numId → abstractNumId
        self.starts: dict[str, dict[int, int]] = {}  # numId → level → start override
        self.counters: dict[str, dict[int, int]] = {}
        self.style_levels: dict[tuple[str, str], int] = {}  # (abstract, style id) → level
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        for abstract in root.iter(f"{_W}abstractNum"):
            levels = {}
            abstract_id = abstract.get(f"{_W}abstractNumId") or ""
            for level in abstract.iter(f"{_W}lvl"):
                linked = _val(level, "pStyle")  # the heading style this level numbers
                if linked:
                    self.style_levels[(abstract_id, linked)] = int(level.get(f"{_W}ilvl") or 0)
                levels[int(level.get(f"{_W}ilvl") or 0)] = (
                    _val(level, "numFmt") or "decimal",
                    _val(level, "lvlText") or "",
                    int(_val(level, "start") or 1),
                )
            self.levels[abstract_id] = levels
        for num in root.iter(f"{_W}num"):
            num_id = num.get(f"{_W}numId") or ""
            self.abstract_of[num_id] = _val(num, "abstractNumId") or ""
            for override in num.iter(f"{_W}lvlOverride"):
                start = _val(override, "startOverride")
                if start is not None:
                    ilvl = int(override.get(f"{_W}ilvl") or 0)
                    self.starts.setdefault(num_id, {})[ilvl] = int(start)

    def label(self, reference, style_id: str = "") -> str | None:
        """The number Word draws for a paragraph with this list reference, counted on. A
        heading style's reference without level takes the level linked to the style."""
        num_id = _val(reference, "numId") or "0"
        abstract = self.abstract_of.get(num_id)
        written = _val(reference, "ilvl")
        linked = self.style_levels.get((abstract or "", style_id))
        ilvl = int(written) if written is not None else (linked or 0)
        levels = self.levels.get(abstract or "")
        if num_id == "0" or not levels or ilvl not in levels:
            return None
        fmt, text, _ = levels[ilvl]
        if fmt in ("bullet", "none") or not text:
            return None
        # A list restarted with its own start (startOverride) counts apart; else the
        # instances of one definition go on from each other, as Word numbers them.
        key = num_id if num_id in self.starts else f"a{abstract}"
        counters = self.counters.setdefault(key, {})
        counters[ilvl] = counters.get(ilvl, self._start(num_id, levels, ilvl) - 1) + 1
        for deeper in [level for level in counters if level > ilvl]:
            del counters[deeper]

        def number(match: re.Match) -> str:
            level = int(match.group(1)) - 1
            value = counters.get(level, self._start(num_id, levels, level))
            return _format(value, levels.get(level, ("decimal", "", 1))[0])

        return re.sub(r"%(\d)", number, text).strip()

    def _start(self, num_id: str, levels: dict[int, tuple[str, str, int]], ilvl: int) -> int:
        override = self.starts.get(num_id, {}).get(ilvl)
        return override if override is not None else levels.get(ilvl, ("", "", 1))[2]


def _val(element, name: str) -> str | None:
    child = element.find(f"{_W}{name}")
    return None if child is None else child.get(f"{_W}val")


def _format(value: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letters = ""
        while value > 0:
            value, rest = divmod(value - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in ("lowerRoman", "upperRoman"):
        roman = ""
        for size, numeral in _ROMAN:
            while value >= size:
                roman, value = roman + numeral, value - size
        return roman.upper() if fmt == "upperRoman" else roman
    return str(value)
