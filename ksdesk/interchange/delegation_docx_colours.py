"""Changes marked by a colour the document names: "Röd text är ändringar" (Karlstad's vård- och
omsorgsnämnd), "Ändringar är markerade med grönt", "(grönmarkerad text)". A point whose cells
hold text in that colour (the font's colour, or Word's highlight) is read as a marked point,
as yellow highlight is without any such line. Without a line naming the colour, coloured
text is only text: red may as well be a warning as a change.
"""

from __future__ import annotations

import re

from ksdesk.core.import_report import ImportReport

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_COLOUR_WORDS = {"röd": "red", "rött": "red", "röda": "red", "grön": "green", "grönt": "green"}
_COLOUR_WORDS |= {"gröna": "green", "blå": "blue", "blått": "blue", "blåa": "blue"}
_CHANGE_WORDS = r"(?:ändring\w*|ändrat|ändrade|nytt|nya|ny\s+text|tillägg\w*)"
# "Röd text är ändringar", "Ändringar är markerade med rött", "Nytt och ändrat i grön text",
# "grönmarkerad text": a short line of its own that says which colour marks the changes.
_LEGEND = re.compile(
    rf"(?:(röd|rött|röda|grön|grönt|gröna|blå|blått|blåa)\b.*\b{_CHANGE_WORDS}"
    rf"|\b{_CHANGE_WORDS}\b.*\b(röd|rött|röda|grön|grönt|gröna|blå|blått|blåa)\b"
    r"|\b(röd|grön|blå)(?:markera|färga)\w*)",
    re.IGNORECASE,
)
_LEGEND_WORDS = 14
# Word's highlight colours by name.
_HIGHLIGHTS = {"red": {"red", "darkred"}, "green": {"green", "darkgreen"}}
_HIGHLIGHTS["blue"] = {"blue", "darkblue", "cyan"}


def legend_colour(text: str) -> str | None:
    """The colour a short line says marks the changes ("red", "green", "blue"), or None."""
    if len(text.split()) > _LEGEND_WORDS:
        return None
    found = _LEGEND.search(text)
    if found is None:
        return None
    word = next(group for group in found.groups() if group)
    return _COLOUR_WORDS[word.lower()]


def read_legend(text: str, where: str, colours: set[str], report: ImportReport) -> None:
    """A line naming the colour of the changes ("Röd text är ändringar"): the colour joins
    `colours`, said once in the report."""
    colour = legend_colour(text)
    if colour is not None and colour not in colours:
        colours.add(colour)
        why = "raden anger färgen på ändringar: punkter med text i den färgen märks ändrade"
        report.change(where, text, why)


def in_colour(element, colours: set[str]) -> bool:
    """Text in the element (a cell) written in one of `colours`: the font's colour, or
    Word's highlight of that name."""
    if not colours:
        return False
    for run in element.iter(f"{_W}r"):
        if not any((t.text or "").strip() for t in run.iter(f"{_W}t")):
            continue
        for colour in run.iter(f"{_W}color"):
            if _hue(colour.get(f"{_W}val") or "") in colours:
                return True
        for mark in run.iter(f"{_W}highlight"):
            value = (mark.get(f"{_W}val") or "").lower()
            if any(value in _HIGHLIGHTS[c] for c in colours if c in _HIGHLIGHTS):
                return True
    return False


def _hue(value: str) -> str | None:
    """ "FF0000", "C00000" → red; "00B050" → green; "0070C0" → blue; anything paler, darker
    or mixed (black "000000", grey, "auto") → None."""
    if not re.fullmatch(r"[0-9A-Fa-f]{6}", value):
        return None
    red, green, blue = (int(value[i : i + 2], 16) for i in (0, 2, 4))
    strongest = max(red, green, blue)
    if strongest < 0x70 or strongest - min(red, green, blue) < 0x60:
        return None
    if red == strongest and green < 0x60 and blue < 0x60:
        return "red"
    if green == strongest and red < 0x70:
        return "green"
    if blue == strongest and red < 0x70:
        return "blue"
    return None
