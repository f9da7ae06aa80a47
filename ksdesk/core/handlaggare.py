"""How every output prints a tjänsteskrivelse's handläggare: the name with the phone field
("Anders Forsberg, 86656", the shape core.protected_phones reads as a phone line), and the
title under it ("Nämndsekreterare").

A letterhead set in capitals gives the name in capitals ("ANDERS FORSBERG"). The field keeps
it as written (the dialog shows the document's own text, and a search finds it either way),
but the packet prints it as a name: in ksdesk's letterhead, where every other name is in
ordinary case, a name in capitals reads as shouting or as a unit's name, and the secretary
would retype it before the packet goes out. A title in capitals likewise ("NÄMNDSEKRETERARE"
→ "Nämndsekreterare")."""

from __future__ import annotations

import re

from ksdesk.core.protected_phones import contact

_CAPS_WORD = re.compile(r"^[A-ZÅÄÖÉÜ]{2,}(?:-[A-ZÅÄÖÉÜ]{2,})*$")
_PARTICLES = {"AF", "VON", "DE", "VAN", "DER", "LA"}


def readable_name(name: str) -> str:
    """ "ANDERS FORSBERG" → "Anders Forsberg", "ANN-SOFIE AF KLINT" → "Ann-Sofie af Klint";
    a name in ordinary case, or one word ("KS"), as it is."""
    words = name.split()
    if not 2 <= len(words) <= 5 or not all(_CAPS_WORD.match(word) for word in words):
        return name
    return " ".join(
        word.lower() if word in _PARTICLES and i > 0 else _capitalised(word)
        for i, word in enumerate(words)
    )


def readable_title(title: str) -> str:
    """ "NÄMNDSEKRETERARE" → "Nämndsekreterare", "miljöcontroller" (as "Eva Lindahl,
    miljöcontroller" writes it) → "Miljöcontroller": on a line of its own a title starts
    with a capital; "Kultur- och fritidschef" as it is."""
    flat = " ".join(title.split())
    letters = [ch for ch in flat if ch.isalpha()]
    if len(letters) >= 2 and all(ch.isupper() for ch in letters):
        flat = flat[0] + flat[1:].lower()
    return flat[:1].upper() + flat[1:]


def handlaggare_lines(name: str, title: str, phone: str) -> list[str]:
    """The lines under the kommun's name in a tjänsteskrivelse's letterhead: the name with
    the phone field, then the title; none for fields left empty."""
    lines = [contact(readable_name(name.strip()), phone), readable_title(title)]
    return [line for line in lines if line.strip()]


def _capitalised(word: str) -> str:
    return "-".join(part[:1] + part[1:].lower() for part in word.split("-"))


def signers_apart(signatories: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Each signer on their own: a signature saved before the import read two signers side
    by side ("Katarina Öryd\\t\\tTina Carlson" over "Förvaltningschef\\t\\tVerksamhetschef", as
    walk30's file had it) is printed as the two it names, when names and titles have as many
    columns; a name typed with a tab and a title without is printed as one, the tab a space."""
    apart: list[tuple[str, str]] = []
    for name, title in signatories:
        names = [" ".join(part.split()) for part in name.split("\t") if part.strip()]
        titles = [" ".join(part.split()) for part in title.split("\t") if part.strip()]
        if len(names) > 1 and len(names) == len(titles):
            apart += zip(names, titles, strict=True)
        else:
            apart.append((" ".join(name.split()), " ".join(title.split())))
    return apart
