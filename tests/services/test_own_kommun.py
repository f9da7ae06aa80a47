"""A new database for one's own kommun: a kommun's name misspelt is refused with the name
meant, before any file is made; a name near no kommun (a region, a förbund) is taken."""

from __future__ import annotations

from pathlib import Path

import pytest

from ksdesk.core.errors import InvalidInput
from ksdesk.db import organ_repo
from ksdesk.services.own_kommun import check_kommun_name, new_database


@pytest.mark.parametrize("typed", ["Smedjebacken kommun", "Smedjebackens komun"])
def test_a_misspelt_kommun_is_refused_and_no_file_is_made(tmp_path: Path, typed: str) -> None:
    path = tmp_path / "ny.sqlite"
    with pytest.raises(InvalidInput, match=r"Menade du ”Smedjebackens kommun”\?"):
        new_database(path, typed, "Kommunstyrelsen")
    assert not path.exists()


@pytest.mark.parametrize(
    "kommun", ["Smedjebackens kommun", "Region Gotland", "Region Dalarna", "Göteborgs Stad"]
)
def test_a_kommun_or_another_body_is_taken_as_typed(tmp_path: Path, kommun: str) -> None:
    store = new_database(tmp_path / "ny.sqlite", f" {kommun} ", "Kommunstyrelsen")
    try:
        assert [o.kommun for o in organ_repo.list_all(store)] == [kommun]
    finally:
        store.close()


def test_the_settings_dialog_asks_the_same() -> None:
    with pytest.raises(InvalidInput, match=r"Menade du ”Falu kommun”\?"):
        check_kommun_name("Faluns kommun")
    check_kommun_name("Falu kommun")


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("ludvika kommun", "Ludvika kommun"),
        ("BORÅS STAD", "Borås Stad"),
        ("region gotland", "Region Gotland"),
        ("Region Dalarna", "Region Dalarna"),  # no kommun: the secretary's own, as typed
        # The place alone, as the secretary of Marks kommun's barn- och utbildningsnämnd
        # might write it (its protokoll: http://docplayer.se/43222569-Sammantradesprotokoll-
        # sida-1-23-barn-och-utbildningsnamnden.html), heads the pages "Mark" no longer.
        ("Mark", "Marks kommun"),
        ("gotland", "Region Gotland"),
        ("Göteborg", "Göteborgs Stad"),
    ],
)
def test_a_kommun_typed_in_another_case_is_stored_as_it_writes_itself(
    tmp_path: Path, typed: str, stored: str
) -> None:
    """Every kallelse and protokoll prints the name in its header: "ludvika kommun" there
    looked like a misprint."""
    store = new_database(tmp_path / "ny.sqlite", typed, "Kommunstyrelsen")
    try:
        assert [o.kommun for o in organ_repo.list_all(store)] == [stored]
    finally:
        store.close()


def test_a_new_organ_typed_in_small_letters_heads_the_kallelse_with_a_capital(
    tmp_path: Path,
) -> None:
    from datetime import date, time

    from ksdesk.services import meetings

    store = new_database(tmp_path / "ny.sqlite", "Vetlanda kommun", "socialnämnden")
    try:
        _meeting, created = meetings.create_meeting(
            store, "socialnämnden", date(2027, 1, 20), time(13, 30)
        )
        assert not created  # the same nämnd, not a second one
        meetings.create_meeting(store, "byggnadsnämnden  BN", date(2027, 1, 21), time(9))
        names = sorted(o.name for o in organ_repo.list_all(store))
        assert names == ["Byggnadsnämnden BN", "Socialnämnden"]
    finally:
        store.close()


@pytest.mark.parametrize("organ", ["Kommunfullmäktige", "regionfullmäktige"])
def test_a_fullmaktige_gets_no_anmalan_av_delegationsbeslut(tmp_path: Path, organ: str) -> None:
    """Found starting a file for Skövde kommun's kommunfullmäktige: its first kallelse listed
    "Anmälan av delegationsbeslut", an item no fullmäktige has (delegationsbeslut are
    reported to the nämnd that delegated, KL 6 kap. 40 §); Skövde's ärendelista of
    2017-05-22 (tests/interchange/real_agendas_third.py) and Västra Götalandsregionen's
    regionfullmäktige of 2010-03-16 (real_agendas_fifth.py) have none."""
    from datetime import date, time

    from ksdesk.services import meetings

    store = new_database(tmp_path / "ny.sqlite", "Skövde kommun", organ)
    try:
        created, _ = meetings.create_meeting(
            store, organ, date(2026, 11, 23), time(18, 0), "Stadsfestsalen"
        )
        titles = [item.title for item in meetings.get_meeting(store, created.id).items]
        assert titles == ["Val av justerare", "Anmälan av extra ärenden", "Information"]
        # A nämnd created beside it, by the name of its first meeting, keeps the item.
        other, _ = meetings.create_meeting(
            store, "Socialnämnden", date(2026, 11, 24), time(9, 0), "Rådhuset"
        )
        assert "Anmälan av delegationsbeslut" in [
            item.title for item in meetings.get_meeting(store, other.id).items
        ]
    finally:
        store.close()


def test_an_organ_first_named_by_a_meeting_is_of_the_files_kommun(tmp_path: Path) -> None:
    """Found adding a second nämnd to Region Blekinge's file with `ksdesk meeting create
    --organ …`: the new organ had no kommun, and its kallelse and protokoll were headed with
    the nämnd's name alone, no "Region Blekinge" above it."""
    import subprocess
    from datetime import date, time

    from ksdesk.services import kallelse, meetings

    store = new_database(tmp_path / "ny.sqlite", "Region Blekinge", "Regionstyrelsen")
    try:
        name = "Nämnden för folkhälsa, kultur, fritid och regional utveckling"
        created, organ_created = meetings.create_meeting(
            store, name, date(2026, 12, 11), time(9, 30), "Regionhuset Wämö"
        )
        assert organ_created
        assert meetings.get_organ(store, created.organ_id).kommun == "Region Blekinge"
        pdf = kallelse.kallelse_pdf(store, created.id)
        text = subprocess.run(
            ["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True
        ).stdout.decode()
        assert text.lstrip().startswith("Region Blekinge")
    finally:
        store.close()
