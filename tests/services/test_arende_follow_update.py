"""After an edit of a meeting the open matters are found again only where its §§ and agenda
items belong (services.arende_follow.Arendegang.updated): what is found must be what
following every ärende anew finds, edit after edit — §§ written, sent back, moved to
another Dnr and removed, agenda items added, an utfall set and a link made by hand, a §
kept without a meeting, an organ renamed, a meeting deleted."""

from __future__ import annotations

import itertools
import random
from dataclasses import replace
from datetime import date, time

from ksdesk.core.meeting import Arende
from ksdesk.core.protokoll import Paragraf
from ksdesk.db import organ_repo, protokoll_repo
from ksdesk.services import arende_follow, arende_history, arende_rows, arenden, meetings

DNRS = [f"KS 2021/{n}" for n in range(10, 18)] + ["KS 2021/0010", "2021/12", "", "KS 2021/"]
SENT_BACK = "Kommunstyrelsen återremitterar ärendet."
DECIDED = "Kommunstyrelsen beslutar enligt förslaget."


def _anew(store):
    """The open matters and every §'s next step, found with nothing kept (and what was
    kept put back, so that the next call updates it as before)."""
    rows, found = arende_rows._kept._held, arende_follow._found._held
    arende_rows._kept._held, arende_follow._found._held = None, None
    try:
        gang = arende_follow.arendegang(store)
        return arenden.open_matters(store), {s.paragraf_id: gang.next_of(s) for s in gang.steps}
    finally:
        arende_rows._kept._held, arende_follow._found._held = rows, found


def _kept(store):
    gang = arende_follow.arendegang(store)
    return arenden.open_matters(store), {s.paragraf_id: gang.next_of(s) for s in gang.steps}


def test_open_matters_updated_edit_by_edit_are_those_found_anew(demo_store, monkeypatch) -> None:
    store, rng = demo_store, random.Random(13)
    days = [date(2021, month, 15) for month in (1, 2, 3, 4, 5)]
    held = [meetings.create_meeting(store, "Kommunstyrelsen", d, time(14))[0] for d in days]
    organ_id = held[0].organ_id
    written: list[int] = []
    numbers = itertools.count(100)  # a § number is never used twice in a year
    arenden.open_matters(store)  # the first reading: everything
    built = []
    monkeypatch.setattr(
        arende_follow.Arendegang,
        "__init__",
        lambda self, *a, original=arende_follow.Arendegang.__init__: (
            built.append(1) or original(self, *a)
        ),
    )

    def write_paragraf() -> None:
        meeting = rng.choice(held[:4])
        nr = next(numbers)
        items = [i for i in meetings.get_meeting(store, meeting.id).items if not i.is_section]
        paragraf = Paragraf(
            organ_id=organ_id,
            meeting_id=meeting.id,
            meeting_date=meeting.date,
            nr=nr,
            title=f"Ärende {nr}",
            dnr=rng.choice(DNRS),
            beslut=rng.choice([SENT_BACK, SENT_BACK, DECIDED]),
            item_id=rng.choice(items).id if items and rng.random() < 0.4 else None,
        )
        with store.atomic():
            written.append(protokoll_repo.save(store, paragraf))

    def change_paragraf() -> None:
        paragraf = protokoll_repo.get(store, rng.choice(written))
        changed = replace(paragraf, dnr=rng.choice(DNRS), beslut=rng.choice([SENT_BACK, DECIDED]))
        with store.atomic():
            protokoll_repo.save(store, changed)

    def remove_paragraf() -> None:
        with store.atomic():
            protokoll_repo.delete(store, written.pop(rng.randrange(len(written))))

    def add_item() -> None:
        meeting = meetings.get_meeting(store, rng.choice(held[1:]).id)
        meeting.items.insert(2, Arende(title="Tillbaka", dnr=rng.choice(DNRS), kind="beslut"))
        meetings.save_meeting(store, meeting)

    def by_hand() -> None:
        pid = rng.choice(written)
        if rng.random() < 0.5:
            arenden.set_utfall(store, pid, rng.choice(["", "beslut", "återremiss"]))
            return
        step = protokoll_repo.get(store, pid)
        later = [m for m in held if m.date > step.meeting_date]
        items = [i for m in later for i in meetings.get_meeting(store, m.id).items]
        paragrafer = [protokoll_repo.get(store, w) for w in written]
        after = [p.id for p in paragrafer if p.meeting_date > step.meeting_date]
        if items and rng.random() < 0.6:
            arenden.link(store, pid, item_id=rng.choice(items).id)
        elif after:
            arenden.link(store, pid, next_paragraf_id=rng.choice(after))

    def loose_paragraf() -> None:
        paragraf = Paragraf(
            organ_id=organ_id,
            meeting_date=date(2020, 6, 1),
            nr=next(numbers),
            title="Äldre protokoll",
            dnr=rng.choice(DNRS),
            beslut=SENT_BACK,
        )
        with store.atomic():
            protokoll_repo.save(store, paragraf)

    def rename_organ() -> None:
        organ = organ_repo.get(store, organ_id)
        organ.name = rng.choice(["Kommunstyrelsen", "Kommunstyrelsen i Ludvika"])
        with store.atomic():
            organ_repo.save(store, organ)

    edits = [write_paragraf] * 4 + [change_paragraf] * 3 + [remove_paragraf] + [add_item] * 3
    edits += [by_hand] * 3 + [rename_organ] * 2 + [loose_paragraf]
    for number in range(150):
        edit = write_paragraf if len(written) < 3 else rng.choice(edits)
        edit()
        if number == 120:
            meetings.delete_meeting(store, held.pop().id)
        built.clear()
        kept = _kept(store)
        assert built == [], edit.__name__  # updated, not built anew
        assert kept == _anew(store), (number, edit.__name__)
    opened = arenden.open_matters(store)
    assert opened and any(m.tillbaka is not None for m in opened)
    history = arende_history.history(store, paragraf_id=opened[0].steg.paragraf_id)
    assert history[0].paragraf_id == opened[0].steg.paragraf_id or len(history) > 1


def test_a_matter_linked_by_hand_is_closed_when_its_item_gets_a_paragraf(demo_store) -> None:
    """A § sent back is linked by hand to an agenda item under another Dnr; when that
    meeting's protokoll gives the item its §, the matter is taken up, though nothing of
    its own meeting, nor of its Dnr, has changed."""
    store = demo_store
    first, _ = meetings.create_meeting(store, "Kommunstyrelsen", date(2021, 1, 18), time(14))
    later, _ = meetings.create_meeting(store, "Kommunstyrelsen", date(2021, 2, 15), time(14))
    agenda = meetings.get_meeting(store, later.id)
    agenda.items.insert(2, Arende(title="Parkering, ny utredning", dnr="KS 2021/99"))
    meetings.save_meeting(store, agenda)
    item = next(i for i in meetings.get_meeting(store, later.id).items if i.dnr == "KS 2021/99")
    sent_back = Paragraf(
        organ_id=first.organ_id,
        meeting_id=first.id,
        meeting_date=first.date,
        nr=5,
        title="Parkering",
        dnr="KS 2021/3",
        beslut=SENT_BACK,
    )
    with store.atomic():
        pid = protokoll_repo.save(store, sent_back)
    arenden.link(store, pid, item_id=item.id)
    assert [m.tillbaka.item_id for m in arenden.open_matters(store) if m.steg.nr == 5] == [item.id]
    taken_up = replace(sent_back, id=None, meeting_id=later.id, meeting_date=later.date, nr=9)
    taken_up = replace(taken_up, dnr="KS 2021/99", beslut=DECIDED, item_id=item.id, uuid="")
    with store.atomic():
        protokoll_repo.save(store, taken_up)
    assert [m.steg.nr for m in arenden.open_matters(store)] == [m.steg.nr for m in _anew(store)[0]]
    assert 5 not in [m.steg.nr for m in arenden.open_matters(store)]
