"""The documents a tjänsteskrivelse lists under its own Beslutsunderlag heading, as the
§'s beslutsunderlag takes them (core.beslutsunderlag.from_arende): Kungsbacka's protokoll
prints the ts's list line for line ("Bygg- och miljöförvaltningens tjänsteskrivelse,
2025-09-19", "Yttrande, 2025-09-19", "Internkontrollplan 2026"), and a document named only
there ("Mätprotokoll 2025-02-11", no file in ksdesk) would otherwise be lost from the §."""

from __future__ import annotations

import re

from ksdesk.core.meeting import Tjansteskrivelse

# The headings templates give the list (the import reads the same ones as a list of
# documents, interchange.tjansteskrivelse_signatures).
HEADINGS = ("beslutsunderlag", "underlag för beslut", "handlingar i ärendet")
# A list is short lines; a section of prose under the heading is no list to copy.
_LONGEST_LINE = 160
_MOST_LINES = 20
_MARKER = re.compile(r"^(?:[-–•·*\uf0b7]|\d{1,2}[.)])\s+")
_ISO_DATE = re.compile(r"\b(\d{4}-\d{2}-\d{2})\b")


def listed_underlag(ts: Tjansteskrivelse) -> list[str]:
    """The lines of the ts's Beslutsunderlag section, without bullets or typed numbers;
    none when it has no such section or its text is no list."""
    section = next(
        (s for s in ts.sections if " ".join(s.heading.split()).lower().rstrip(":") in HEADINGS),
        None,
    )
    if section is None:
        return []
    lines = [_MARKER.sub("", line.strip()) for line in section.text.split("\n")]
    lines = [line for line in lines if line]
    if len(lines) > _MOST_LINES or any(len(line) > _LONGEST_LINE for line in lines):
        return []
    return lines


def names_this_ts(line: str, ts: Tjansteskrivelse) -> bool:
    """Whether `line` is the ts itself ("Bygg- och miljöförvaltningens tjänsteskrivelse,
    2025-09-19"): it says tjänsteskrivelse and, if dated, with the ts's own Datum (an earlier
    tjänsteskrivelse named in the list is a document of its own)."""
    if "tjänsteskrivelse" not in line.lower():
        return False
    dated = _ISO_DATE.search(line)
    return dated is None or dated[1] == ts.datum.strip()


def already_named(title: str, lines: list[str]) -> bool:
    """Whether a bilaga titled `title` is one of `lines` ("Internkontrollplan 2026"), also
    when the list adds its date ("Mätprotokoll" for "Mätprotokoll 2025-02-11"). Only with
    the title as written in the line: the public protokoll finds a secret bilaga's line by
    its title (core.protokoll_public.hide_secret_underlag), which must then be there."""
    own = " ".join(title.split()).rstrip(".")
    return bool(own) and any(
        line.rstrip(".") == own or line.startswith((own + " ", own + ",")) for line in lines
    )


def bilaga_named(line: str, titles: list[str]) -> str | None:
    """The one bilaga title that `line` names by its leading words: "Planritning,
    2025-01-21" for "Planritning garage för golfbilar, Gåsevadholm 5:1" (rewalk36 N3: the
    § listed one drawing twice). None when no title or more than one opens with those words,
    or the title carries another date (an earlier version is a document of its own), or the
    line names a title whole already ("Mätprotokoll 2025-02-11": its date stays)."""
    if any(already_named(title, [line]) for title in titles):
        return None
    dated = _ISO_DATE.search(line)
    words = _ISO_DATE.sub("", line).rstrip(" ,.:;–-").split()
    if not words:
        return None
    found = [
        title
        for title in titles
        if _opens_with(title.split(), words)
        and not ((when := _ISO_DATE.search(title)) and dated and when[1] != dated[1])
    ]
    return found[0] if len(found) == 1 else None


def _opens_with(title: list[str], words: list[str]) -> bool:
    # The words whole (a comma may end the last: "Planritning, garage"): "Plan" opens no
    # "Planritning".
    head = title[: len(words)]
    if len(head) < len(words) or [w.casefold() for w in head[:-1]] != [
        w.casefold() for w in words[:-1]
    ]:
        return False
    return head[-1].rstrip(",.:;").casefold() == words[-1].casefold()
