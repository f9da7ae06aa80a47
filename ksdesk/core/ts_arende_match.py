"""Whether a tjänsteskrivelse read from a file belongs on the ärende it is put on.

walk34 #5: a tjänsteskrivelse titled "Strandskyddsdispens för brygga" was imported onto the
stående ärende "Anmälan av delegationsbeslut" (the secretary typed the file's own number, the
list's numbers had shifted): nothing was said, the ärende took its Dnr and the public packet
published it twice. A file whose title shares no word with the ärende's, and whose Dnr is
another (or which lands on a stående ärende, that has none), is named with the ärende that
fits it; a Dnr alone that differs stays a warning in the report (one mistyped digit)."""

from __future__ import annotations

import re

from ksdesk.core.dnr import same_dnr
from ksdesk.core.meeting import Arende, numbered

# Words every title may have: they say nothing of which ärende it is.
_COMMON = frozenset(
    {
        "för",
        "till",
        "från",
        "över",
        "under",
        "med",
        "och",
        "eller",
        "samt",
        "ansökan",
        "angående",
        "avseende",
        "gällande",
        "beslut",
        "ärende",
        "ärendet",
        "förslag",
        "yttrande",
        "svar",
        "kommunen",
        "kommun",
        "nämnden",
        "nämndens",
        "kommunstyrelsen",
        "kommunstyrelsens",
        "kommunfullmäktige",
        "kommunfullmäktiges",
    }
)
_STEM = 6  # a compound shares its stem: "strandskyddsdispens" ~ "strandskydd"


def _words(title: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]{3,}", title.casefold()) if w not in _COMMON}


def _shared(a: str, b: str) -> int:
    """How many words of `a` the title `b` has too (a stem of _STEM letters counts)."""
    theirs = _words(b)
    return sum(
        1
        for word in _words(a)
        if word in theirs
        or any(len(w) >= _STEM and len(word) >= _STEM and (w in word or word in w) for w in theirs)
    )


def _named(number: int, item: Arende) -> str:
    dnr = f" (Dnr {item.dnr.strip()})" if item.dnr.strip() else ""
    return f"ärende {number} ”{item.title}”{dnr}"


def wrong_arende(title: str, dnr: str, items: list[Arende], row: int) -> str:
    """Why the tjänsteskrivelse (`title`, `dnr`) does not look like ärende `row`'s, naming
    the ärende it fits, if any (Swedish); "" when it may well be its own."""
    item = items[row]
    written, own = dnr.strip(), item.dnr.strip()
    if (written and own and same_dnr(written, own)) or _shared(title, item.title):
        return ""
    if not (item.is_standard or (written and own)):
        return ""  # a title worded otherwise, no Dnr to tell: the report shows both
    numbers = dict((id(i), n) for n, i in numbered(items) if n is not None)
    what = f"”{title}”" + (f" (Dnr {written})" if written else "")
    kind = ", ett stående ärende" if item.is_standard else ""
    differs = "titel och Dnr skiljer sig" if written and own else "titeln skiljer sig"
    said = (
        f"Tjänsteskrivelsen {what} ser inte ut att höra till "
        f"{_named(numbers[id(item)], item)}{kind}: {differs}."
    )
    others = [i for i in items if i is not item and id(i) in numbers and not i.is_standard]
    fits = next((i for i in others if written and i.dnr.strip() and same_dnr(written, i.dnr)), None)
    if fits is None:
        best = max(others, key=lambda i: _shared(title, i.title), default=None)
        fits = best if best is not None and _shared(title, best.title) else None
    if fits is not None:
        return f"{said} Den passar {_named(numbers[id(fits)], fits)}."
    return f"{said} Inget annat ärende på listan har dess titel eller Dnr."
