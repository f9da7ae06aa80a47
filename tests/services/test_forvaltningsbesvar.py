"""Laga kraft of a § appealed by förvaltningsbesvär: a bygglov the nämnd itself decides is
appealed to länsstyrelsen, and its three weeks run from the day the party was delivered the
decision (förvaltningslagen 44 §) and, for everyone else, from the day one week after the
kungörelse in Post- och Inrikes Tidningar (PBL 13 kap. 16 §: "från den dag som infaller en
vecka efter att beslutet [kungjorts]", https://open.karnovgroup.se/fastighetsratt/SFS2016-0252;
"tre veckor … om du har delgivits beslutet och fyra veckor om du har fått kännedom om beslutet
genom kungörelse i Post- och Inrikes Tidningar", Karlsborgs kommun,
https://karlsborg.se/bygga-bo--miljo/bygga-och-riva/bygglov/bygglovsprocessen/listning-kompletterande-info-till-bygglovsprocessen/overklaga-ett-beslut/),
not from the anslag of the justerat protokoll. The nämnd, its meeting and the decision are
made up for the test."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from ksdesk.core.errors import InvalidInput
from ksdesk.core.forvaltningsbesvar import Forvaltningsbesvar
from ksdesk.core.laga_kraft import LagaKraftLage
from ksdesk.core.meeting import Arende
from ksdesk.core.protokoll import Justering
from ksdesk.services import forvaltningsbesvar, laga_kraft, meetings
from ksdesk.services import protokoll as protokoll_service
from ksdesk.services.own_kommun import new_database

MBN = "Miljö- och byggnadsnämnden"
PLANK = "Bygglov i efterhand för uppfört plank"


def _held(folder: Path):
    """The meeting of 10 December 2026, justerat the 14th, anslaget the 15th: by the anslag
    its §§ gain laga kraft on 6 January 2027."""
    store = new_database(folder / "mbn.sqlite", "Kiruna kommun", MBN)
    created, _ = meetings.create_meeting(store, MBN, date(2026, 12, 10), time(9), "Luossa")
    meeting = meetings.get_meeting(store, created.id)
    meeting.items.append(Arende(PLANK, "MBN 2026/0512"))
    meeting.items.append(Arende("Taxa för offentlig kontroll", "MBN 2026/0490"))
    meetings.save_meeting(store, meeting)
    protokoll = protokoll_service.start_protokoll(store, created.id, 187)
    for paragraf in protokoll.paragrafer[-2:]:
        paragraf.beslut = "Miljö- och byggnadsnämnden beviljar bygglov."
        protokoll_service.save_paragraf(store, paragraf)
    justering = Justering(justerat=date(2026, 12, 14), anslaget=date(2026, 12, 15))
    protokoll_service.save_justering(store, created.id, justering)
    plank = next(p for p in protokoll.paragrafer if p.title == PLANK)
    return store, plank


def _reminders(store, plank) -> list:
    """The justering check's reminders about förvaltningsbesvär."""
    found = protokoll_service.check(store, plank.meeting_id)
    return [f for f in found if f.code == "forvaltningsbesvar"]


def _row(store, today: date, title: str = PLANK) -> laga_kraft.LagaKraftRad:
    return next(r for r in laga_kraft.rows(store, today) if r.rubrik == title)


def test_the_period_runs_from_delivery_and_kungorelse_not_the_anslag(tmp_path) -> None:
    store, plank = _held(tmp_path)
    # Not marked, a bygglov is only suggested: no laga kraft day from the anslag (walk34 #4),
    # the anslag's last day still named in case the guess is wrong.
    guessed = _row(store, date(2026, 12, 20))
    assert guessed.period.laga_kraft is None and guessed.period.overklagande_slut == date(
        2027, 1, 5
    )
    assert guessed.lage_shown.startswith("Troligen förvaltningsbesvär (bygglov)")
    assert guessed.lagrum == "FL 44 § eller KL 13 kap. 5 §"
    assert "delgivning och kungörelse" in guessed.lage_shown and "2027-01-05" in guessed.lage_shown
    assert [f.paragraf for f in _reminders(store, plank)] == [plank.nr]  # not the taxa

    besvar = Forvaltningsbesvar(plank.id, kungoras=True)
    forvaltningsbesvar.put(store, plank.id, besvar)
    waiting = _row(store, date(2026, 12, 20))
    assert waiting.period.lage == LagaKraftLage.VANTAR_DELGIVNING
    assert waiting.period.laga_kraft is None and waiting.lage_shown == "Väntar på delgivning"
    assert waiting.lagrum == "FL 44 §, PBL 13 kap. 16 §"

    besvar.delgivet = date(2026, 12, 21)  # a Monday: three weeks end Monday 11 January
    forvaltningsbesvar.put(store, plank.id, besvar)
    assert _row(store, date(2026, 12, 28)).period.lage == LagaKraftLage.VANTAR_KUNGORELSE

    besvar.kungjort = date(2026, 12, 22)  # known from 29 December: the last day 19 January
    forvaltningsbesvar.put(store, plank.id, besvar)
    row = _row(store, date(2027, 1, 12))
    assert row.period.overklagande_slut == date(2027, 1, 19)
    assert row.period.laga_kraft == date(2027, 1, 20)
    assert row.period.lage == LagaKraftLage.OVERKLAGBART
    # Shown after its meeting's own period has left the list, until a month after.
    assert _row(store, date(2027, 2, 15)).period.lage == LagaKraftLage.LAGA_KRAFT
    # The other § of the meeting still runs from the anslag.
    other = _row(store, date(2027, 1, 2), "Taxa för offentlig kontroll")
    assert other.period.laga_kraft == date(2027, 1, 6) and other.lagrum == "KL 13 kap. 5 §"

    without = Forvaltningsbesvar(plank.id, delgivet=date(2026, 12, 21))  # not a lov
    forvaltningsbesvar.put(store, plank.id, without)
    assert _row(store, date(2027, 1, 2)).period.laga_kraft == date(2027, 1, 12)
    assert _row(store, date(2027, 1, 2)).lagrum == "FL 44 §"
    assert _reminders(store, plank) == []  # marked: the justering check is quiet
    forvaltningsbesvar.put(store, plank.id, None)  # unmarked: the suggestion again
    assert _row(store, date(2026, 12, 20)).period.laga_kraft is None
    store.close()


@pytest.mark.parametrize(
    ("besvar", "refusal"),
    [
        (Forvaltningsbesvar(0, delgivet=date(2026, 12, 1)), "delgivas 2026-12-01, före"),
        (Forvaltningsbesvar(0, kungjort=date(2026, 12, 22)), "kungörs i Post- och Inrikes"),
    ],
)
def test_impossible_dates_are_refused(tmp_path, besvar, refusal) -> None:
    store, plank = _held(tmp_path)
    with pytest.raises(InvalidInput, match=refusal):
        forvaltningsbesvar.put(store, plank.id, besvar)
    assert forvaltningsbesvar.get(store, plank.id) is None
    store.close()
