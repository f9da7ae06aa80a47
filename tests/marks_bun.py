"""A fresh file of Marks kommun's barn- och utbildningsnämnd with its meeting of 15 December
2016 (it numbers on from § 99; the ärenden "Klassrum och matsal på Strömskolan", § 104, and
"Prislista Varberg-Kungsbacka-Mark", § 103:
http://docplayer.se/43222569-Sammantradesprotokoll-sida-1-23-barn-och-utbildningsnamnden.html).
The ärende titles, day, time and place are the protokoll's; the Dnr, the tjänsteskrivelse's
date and the bilaga's title are made up for the tests."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from ksdesk.core.meeting import Arende, Bilaga, Tjansteskrivelse
from ksdesk.services import meetings
from ksdesk.services.own_kommun import new_database
from ksdesk.services.store import Store

BUN = "Barn- och utbildningsnämnden"
MATSAL = "Klassrum och matsal på Strömskolan"
PRISLISTA = "Prislista Varberg-Kungsbacka-Mark"
DAY = date(2016, 12, 15)


def bun_file(folder: Path) -> tuple[Store, int]:
    """The file and the meeting's id: the standard items and the two ärenden, each with a
    tjänsteskrivelse and one bilaga."""
    store = new_database(folder / "bun.sqlite", "Marks kommun", BUN)
    created, _ = meetings.create_meeting(store, BUN, DAY, time(8, 30), "Sätila")
    meeting = meetings.get_meeting(store, created.id)
    for title in (MATSAL, PRISLISTA):
        item = Arende(title, "BUN 2016/0412")
        item.tjansteskrivelse = Tjansteskrivelse(title=title, datum="2016-11-28")
        item.bilagor.append(Bilaga("Ritning, matsal och klassrum"))
        meeting.items.append(item)
    meetings.save_meeting(store, meeting)
    return store, created.id


def add_bilaga(store: Store, meeting_id: int, title: str, bilaga: str) -> None:
    """A bilaga added to the ärende `title` (after the protokoll was started)."""
    meeting = meetings.get_meeting(store, meeting_id)
    next(i for i in meeting.items if i.title == title).bilagor.append(Bilaga(bilaga))
    meetings.save_meeting(store, meeting)
