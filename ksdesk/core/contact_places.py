"""A street named without a street's ending (core.contact_data): "Esplanaden 5", "Lilla Torget
2", "Backen 4", "Kvarnen 3". Any word in its definite form before a number reads so too
("Bilagan 2", "Kapitlet 5", "Punkten 3", "Etappen 2"), so such a place is taken for an
address only where a line gives a private person's address: an "Adress:" field or another
sender's field over it, "bor på" before it in her sentence, or her postnummer and ort right
after it (on its line or the next). Whose it is then is told as for any street
(core.contact_owner)."""

from __future__ import annotations

import re

from ksdesk.core.contact_owner import sender_field_near

_PREFIX = r"(?:(?:Norra|Södra|Östra|Västra|Gamla|Lilla|Stora|Nya|Övre|Nedre) )?"
PLACE = re.compile(
    rf"(?<![\w-])(?P<street>{_PREFIX}[A-ZÅÄÖ][a-zåäöé]{{2,}}(?:en|et|n))[ \u00a0]"
    r"(?P<number>[1-9]\d{0,2}(?:[ \u00a0]?[A-H](?!\w))?(?:[-–][1-9]\d{0,2})?)"
    r"(?![\w%,.:]\d|\d|[ \u00a0]?(?:kr|tkr|mkr|st|%|procent|år|kap|§)(?!\w))"
)
# Words in the definite form that a document numbers: no place.
_NUMBERED = """
    bilagan kapitlet paragrafen punkten avsnittet tabellen figuren sidan ärendet mötet
    beslutet förslaget alternativet etappen fasen steget omgången veckan dagen månaden
    kvartalet perioden timmen gruppen klassen enheten avdelningen nämnden kommunen regionen
    rummet salen våningen planet huset området kvarteret zonen linjen bussen spåret
    platsen rutan raden kolumnen versionen utgåvan numret ronden matchen banan hallen"""
_NOT_PLACES = frozenset(_NUMBERED.split())
# Her sentence saying where she lives, or a field for an address, right before it.
_LIVES = re.compile(
    r"(?i)(?:\bbor|\bboende|\bbosatt|\badress(?:en)?|\bhemadress|\bpostadress|"
    r"\butdelningsadress|\bgatuadress)\b[^.\n]{0,12}$"
)
_POSTORT_NEXT = re.compile(
    r"[ \t]*(?:,[ \t]*|\n[\s|]*)(?:SE-?)?[1-9]\d{2}[ \u00a0]?\d{2}[ \u00a0]+[A-ZÅÄÖ]"
)


def places(text: str):
    """Each place in its definite form with a house number that stands as a private
    person's address (by its line: see the module's doc), as (start, end)."""
    for match in PLACE.finditer(text):
        word = match["street"].split()[-1].lower()
        if word in _NOT_PLACES:
            continue
        if _as_address(text, match.start(), match.end()):
            yield match.start(), match.end()


def _as_address(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    if _LIVES.search(text[max(line_start, start - 60) : start]):
        return True
    if _POSTORT_NEXT.match(text, end):
        return True
    # Under a sender's field, first on its line or after a comma ("Klagande: …, Backen 4").
    before = text[line_start:start].strip(" \t|")
    return sender_field_near(text, start) and (not before or before.endswith(","))
