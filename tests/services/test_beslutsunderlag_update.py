""" "Uppdatera paragraferna" after the ärende's handlingar changed: a walkthrough with a fresh
file of Marks kommun's barn- och utbildningsnämnd (tests/marks_bun.py names the protokoll)
found that a bilaga added to the ärende after the protokoll was started never reached the
§'s beslutsunderlag."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ksdesk.core import beslutsunderlag
from ksdesk.core.protokoll import Justering
from ksdesk.db import protokoll_repo
from ksdesk.services import protokoll as service
from tests.marks_bun import MATSAL, PRISLISTA
from tests.marks_bun import add_bilaga as _add_bilaga
from tests.marks_bun import bun_file as _file


def _paragraf(protokoll, title: str):
    return next(p for p in protokoll.paragrafer if p.title == title)


def test_a_bilaga_added_after_the_start_reaches_the_beslutsunderlag(tmp_path: Path) -> None:
    store, meeting_id = _file(tmp_path)
    before = service.start_protokoll(store, meeting_id, 99)
    assert _paragraf(before, MATSAL).beslutsunderlag == [
        "Tjänsteskrivelse daterad 28 november 2016.",
        "Ritning, matsal och klassrum.",
    ]
    _add_bilaga(store, meeting_id, MATSAL, "Kostnadskalkyl, Strömskolan")
    after = service.start_protokoll(store, meeting_id)
    assert _paragraf(after, MATSAL).beslutsunderlag[-1] == "Kostnadskalkyl, Strömskolan."
    assert beslutsunderlag.kept_lists(before, after) == []  # nothing to tell
    assert after.numbers == before.numbers
    store.close()


def test_a_list_written_by_hand_is_kept_and_named(tmp_path: Path) -> None:
    store, meeting_id = _file(tmp_path)
    service.start_protokoll(store, meeting_id, 99)
    own = ["Barn- och utbildningsförvaltningens tjänsteskrivelse 2016-11-28.", "Ritning."]
    paragraf = _paragraf(service.get_protokoll(store, meeting_id), MATSAL)
    paragraf.beslutsunderlag = own
    service.save_paragraf(store, paragraf)
    for title in (MATSAL, PRISLISTA):
        _add_bilaga(store, meeting_id, title, "Kostnadskalkyl")
    before = service.get_protokoll(store, meeting_id)
    after = service.start_protokoll(store, meeting_id)
    assert _paragraf(after, MATSAL).beslutsunderlag == own  # never silently overwritten
    assert _paragraf(after, PRISLISTA).beslutsunderlag[-1] == "Kostnadskalkyl."
    kept = beslutsunderlag.kept_lists(before, after)
    assert [(k.nr, k.signed) for k in kept] == [(_paragraf(after, MATSAL).nr, False)]
    message = beslutsunderlag.kept_message(kept)
    assert f"§ {kept[0].nr} {MATSAL}: du har skrivit underlaget själv." in message
    # "Hämta från ärendet" gives the ärende's list as it now is.
    assert _paragraf(after, MATSAL).underlag_fran_arendet[-1] == "Kostnadskalkyl."
    # Updated again with nothing new: nothing more to say.
    assert beslutsunderlag.kept_lists(after, service.start_protokoll(store, meeting_id)) == []
    store.close()


def test_a_justerat_protokoll_keeps_what_was_signed(tmp_path: Path) -> None:
    store, meeting_id = _file(tmp_path)
    started = service.start_protokoll(store, meeting_id, 99)
    protokoll_repo.save_justering(store, meeting_id, Justering(justerat=date(2016, 12, 20)))
    _add_bilaga(store, meeting_id, MATSAL, "Kostnadskalkyl")
    before = service.get_protokoll(store, meeting_id)
    after = service.start_protokoll(store, meeting_id)
    assert _paragraf(after, MATSAL).beslutsunderlag == _paragraf(started, MATSAL).beslutsunderlag
    kept = beslutsunderlag.kept_lists(before, after)
    assert [k.signed for k in kept] == [True]
    assert "paragrafen är justerad" in beslutsunderlag.kept_message(kept)
    store.close()


def test_a_paragraf_from_before_the_schema_step_follows_its_arende(tmp_path: Path) -> None:
    """Until step m1405 the list could not be edited in the window: a § from then holds the
    list ksdesk wrote (the column is NULL) and follows the ärende."""
    store, meeting_id = _file(tmp_path)
    service.start_protokoll(store, meeting_id, 99)
    with store.atomic():
        store.db.execute("UPDATE protokoll_paragraf SET underlag_fran_arendet = NULL")
    _add_bilaga(store, meeting_id, MATSAL, "Kostnadskalkyl")
    after = service.start_protokoll(store, meeting_id)
    assert _paragraf(after, MATSAL).beslutsunderlag[-1] == "Kostnadskalkyl."
    store.close()


def test_the_command_line_says_which_lists_it_kept(tmp_path: Path, capsys) -> None:
    from ksdesk.cli import main

    store, meeting_id = _file(tmp_path)
    service.start_protokoll(store, meeting_id, 99)
    paragraf = _paragraf(service.get_protokoll(store, meeting_id), MATSAL)
    paragraf.beslutsunderlag = ["Tjänsteskrivelse."]
    service.save_paragraf(store, paragraf)
    _add_bilaga(store, meeting_id, MATSAL, "Kostnadskalkyl")
    store.close()
    db = str(tmp_path / "bun.sqlite")
    assert main(["protokoll", "--db", db, "--meeting", "2016-12-15", "start"]) == 0
    said = capsys.readouterr().out
    assert f"§ {paragraf.nr} {MATSAL}: du har skrivit underlaget själv." in said
