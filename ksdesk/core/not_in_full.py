"""An ärende that "publiceras inte i sin helhet": a withholding of its own, beside OSL secrecy.

Kungsbacka's Nämnden för miljö & hälsoskydd and Byggnadsnämnden publish a tillsyn,
föreläggande or sanktionsavgift § with its title and Dnr and leave its text off the web,
because it holds personal data (dataskyddsförordningen), not because the law makes it secret:
"Protokoll för ärende om tillsyn, förbud eller föreläggande publiceras inte i sin helhet på
webben." (data/kungsbacka/miljo/2025/2025-10-09/protokoll-…-113-115-117-127.md, § 117).
There is no OSL paragraph and no sekretess: the title and Dnr stay public (and are still
checked by the review), the tjänsteskrivelse, förslag, beslut text and bilagor do not reach
a public output, and the review does not read what is never published."""

from __future__ import annotations

import re
from dataclasses import replace

from ksdesk.core.meeting import Arende, Sammantrade
from ksdesk.core.protokoll import Paragraf, Protokoll

DEFAULT_NOTE = "Ärendet innehåller personuppgifter och publiceras inte i sin helhet på webben."
# Bilaga.withheld of a bilaga of such an ärende in a public view: listed, never its title.
WITHHELD = "helhet"

# "publiceras inte i sin helhet", "publiceras ej i sin helhet", "inte publiceras i sin helhet"
NOT_IN_FULL_WORDS = r"\b(?:publiceras\s+(?:inte|ej)|(?:inte|ej)\s+publiceras)\s+i\s+sin\s+helhet"
_SAYS = re.compile(NOT_IN_FULL_WORDS, re.IGNORECASE)


def says_not_in_full(text: str) -> bool:
    """Whether a line of an agenda or protokoll says its ärende is not published in full."""
    return bool(_SAYS.search(text))


def note_of(item: Arende) -> str:
    """The sentence a public output prints where the texts of the ärende would stand."""
    return " ".join(item.not_in_full_note.split()) or DEFAULT_NOTE


def shown_title(item: Arende) -> str:
    """The title a public output prints for an ärende that is not secret: its public title
    when it has one ("Ärende enligt socialtjänstlagen"), else its title."""
    return item.public_title.strip() or item.title


def only_public_part(item: Arende) -> Arende:
    """What of an ärende that is not published in full may reach a public output, and so
    what the review reads: its title, Dnr, föredragande and time (the kallelse prints them,
    as Kungsbacka's does), the sentence, and each bilaga by its number only."""
    if not item.not_in_full or item.secret:
        return item
    bilagor = [
        replace(b, title="", content=None, ref=None, filename="", secret=False)
        for b in item.bilagor
    ]
    return replace(item, proposal="", tjansteskrivelse=None, bilagor=bilagor)


def scanned_meeting(meeting: Sammantrade) -> Sammantrade:
    """The meeting as the public review reads it: each ärende not published in full reduced
    to what may be published (only_public_part); every other ärende as it is."""
    return replace(meeting, items=[only_public_part(item) for item in meeting.items])


def not_in_full_items(meeting: Sammantrade) -> dict[int, Arende]:
    """The ärenden of the meeting published without their texts, by id (secret ones are
    left out whole already)."""
    return {
        item.id: item
        for item in meeting.items
        if item.not_in_full and not item.secret and item.id is not None
    }


def paragraf_head(paragraf: Paragraf) -> Paragraf:
    """A § of an ärende not published in full as the public version holds it: its number,
    Dnr and title, its jäv for who sat (never printed on its page) and nothing else: the
    public title, when the ärende has one, is set by the public edition."""
    return Paragraf(
        organ_id=paragraf.organ_id,
        meeting_date=paragraf.meeting_date,
        nr=paragraf.nr,
        title=paragraf.title,
        dnr=paragraf.dnr,
        meeting_id=paragraf.meeting_id,
        item_id=paragraf.item_id,
        id=paragraf.id,
        uuid=paragraf.uuid,
        jav=[replace(j, note="") for j in paragraf.jav],
        omedelbar_justering=paragraf.omedelbar_justering,
    )


def scanned_protokoll(protokoll: Protokoll, meeting: Sammantrade) -> Protokoll:
    """The protokoll as the public review reads it: a § of an ärende not published in full
    by its head only (paragraf_head)."""
    withheld = not_in_full_items(meeting)
    if not withheld:
        return protokoll
    paragrafer = [paragraf_head(p) if p.item_id in withheld else p for p in protokoll.paragrafer]
    return replace(protokoll, paragrafer=paragrafer)


def withhold_texts(item: Arende) -> None:
    """An ärende that is not secret as a public copy shows it: under its public title when it
    has one; when not published in full, with its title, Dnr, föredragande and time and
    nothing of its texts, each bilaga listed by its number as left out (WITHHELD)."""
    item.title = shown_title(item)
    if not item.not_in_full:
        return
    item.proposal = ""
    item.tjansteskrivelse = None
    for bilaga in item.bilagor:
        bilaga.title, bilaga.content, bilaga.withheld = "", None, WITHHELD
