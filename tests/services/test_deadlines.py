"""The deadline chain of a stored meeting: organ settings, done steps, the anslag text."""

from __future__ import annotations

from datetime import date, datetime

from ksdesk.services import deadlines as service
from ksdesk.services import meeting_lookup
from ksdesk.services import protokoll as protokoll_service

DEMO = date(2020, 12, 7)


def meeting_id(store) -> int:
    return meeting_lookup.find_meeting(store, DEMO).id


def test_statuses_before_the_meeting(demo_store) -> None:
    items = service.meeting_deadlines(demo_store, meeting_id(demo_store), date(2020, 11, 26))
    by_key = {i.key: i for i in items}
    assert by_key["kallelse_senast"].status == "klart"  # the demo kallelse is utskickad
    assert by_key["delegationsbeslut_senast"].status == "nära"  # Friday 27 November
    assert by_key["delegationsbeslut_senast"].note == "flyttad från söndag 29 november 2020"
    assert by_key["justering_senast"].status == ""


def test_statuses_after_the_meeting(demo_store) -> None:
    mid = meeting_id(demo_store)
    protokoll = protokoll_service.start_protokoll(demo_store, mid)
    protokoll.justering.justerat = date(2020, 12, 10)
    protokoll_service.save_justering(demo_store, mid, protokoll.justering)
    by_key = {i.key: i for i in service.meeting_deadlines(demo_store, mid, date(2020, 12, 15))}
    assert by_key["justering_senast"].status == "klart"
    assert by_key["anslag_senast"].day == date(2020, 12, 14)
    assert by_key["anslag_senast"].status == "passerat"  # justerat, but no anslag recorded
    assert by_key["overklagande_slut"].status == ""


def test_the_appeal_period_is_over_only_from_an_anslag_that_was_put_up(demo_store) -> None:
    """Years after a meeting whose protokoll was never anslaget, the Justering page said
    "Klart" beside the appeal period: its three weeks run from the day the anslag is posted,
    so with none recorded they have not begun, and nothing has vunnit laga kraft."""
    mid = meeting_id(demo_store)
    later = date(2026, 12, 6)
    protokoll = protokoll_service.start_protokoll(demo_store, mid)
    by_key = {i.key: i for i in service.meeting_deadlines(demo_store, mid, later)}
    assert by_key["overklagande_slut"].status == ""
    protokoll.justering.justerat = date(2020, 12, 10)
    protokoll.justering.anslaget = date(2020, 12, 11)
    protokoll_service.save_justering(demo_store, mid, protokoll.justering)
    by_key = {i.key: i for i in service.meeting_deadlines(demo_store, mid, later)}
    assert by_key["overklagande_slut"].day == date(2021, 1, 4)
    assert by_key["overklagande_slut"].status == "klart"
    early = {i.key: i for i in service.meeting_deadlines(demo_store, mid, date(2020, 12, 20))}
    assert early["overklagande_slut"].status == ""  # anslaget, the three weeks still running


def test_anslag_text(demo_store) -> None:
    mid = meeting_id(demo_store)
    protokoll = protokoll_service.start_protokoll(demo_store, mid)
    j = protokoll.justering
    j.justerat, j.anslaget, j.forvaringsplats = date(2020, 12, 10), date(2020, 12, 11), "KLK"
    protokoll_service.save_justering(demo_store, mid, j)
    text = service.meeting_anslag_text(demo_store, mid)
    assert (
        "Kommunstyrelsens protokoll från sammanträdet måndag 7 december 2020 är justerat " in text
    )
    assert "Paragrafer: §§ 217–223" in text
    assert "Datum då anslaget sätts upp: 2020-12-11" in text
    assert "Datum då anslaget tas ned: 2021-01-05" in text
    assert "senast måndag 4 januari 2021." in text


def test_calendar_uses_the_closing_time(demo_store) -> None:
    mid = meeting_id(demo_store)
    protokoll = protokoll_service.start_protokoll(demo_store, mid)
    protokoll.justering.closed = datetime(2020, 12, 7, 16, 10).time()
    protokoll_service.save_justering(demo_store, mid, protokoll.justering)
    text = service.meeting_calendar(demo_store, mid).decode()
    assert "DTEND;TZID=Europe/Stockholm:20201207T161000" in text


def test_chain_for_a_date_without_a_meeting_uses_the_only_organ(demo_store) -> None:
    chain = service.chain_for_date(date(2021, 3, 1), store=demo_store)
    assert chain.kallelse_senast == date(2021, 2, 22)


def test_a_fullmaktige_has_no_cut_off_for_delegationsbeslut(tmp_path) -> None:
    """Found walking Skövde kommun's kommunfullmäktige through: its Tidsfrister, `ksdesk
    deadlines` and the calendar file listed "Delegationsbeslut anmälda senast", a step no
    fullmäktige has (delegationsbeslut are reported to the nämnd that delegated, KL 6 kap.
    40 §). A nämnd keeps it."""
    from datetime import time

    from ksdesk.services import meetings
    from ksdesk.services.own_kommun import new_database

    store = new_database(tmp_path / "kf.sqlite", "Skövde kommun", "Kommunfullmäktige")
    kf, _ = meetings.create_meeting(store, "Kommunfullmäktige", date(2026, 11, 23), time(18))
    sn, _ = meetings.create_meeting(store, "Socialnämnden", date(2026, 11, 24), time(9))
    today = date(2026, 11, 2)
    kf_keys = [i.key for i in service.meeting_deadlines(store, kf.id, today)]
    assert "delegationsbeslut_senast" not in kf_keys
    assert "kallelse_senast" in kf_keys
    described = service.describe_chain(kf.date, today, store=store, organ="Kommunfullmäktige")
    assert "delegationsbeslut_senast" not in [i.key for i in described]
    ics = service.meeting_calendar(store, kf.id, public=False).decode()
    assert "Delegationsbeslut" not in ics and "Kallelsen skickas senast" in ics
    sn_keys = [i.key for i in service.meeting_deadlines(store, sn.id, today)]
    assert "delegationsbeslut_senast" in sn_keys
    store.close()


def test_the_anslag_text_and_the_protokoll_name_one_forvaringsplats(demo_store) -> None:
    """With none written for the justering or the organ, the anslag text said the kommun's
    name and the protokoll's anslag said nothing: both now say what forvaringsplats_of says,
    and the check warns (KL 8 kap. 12 §)."""
    from io import BytesIO

    from pypdf import PdfReader

    from ksdesk.services import meetings
    from ksdesk.services.protokoll_print import protokoll_document

    mid = meeting_id(demo_store)
    protokoll = protokoll_service.start_protokoll(demo_store, mid)
    organ = meetings.get_organ(demo_store, meetings.get_meeting(demo_store, mid).organ_id)
    organ.forvaringsplats = ""
    meetings.save_organ(demo_store, organ)
    assert organ.kommun
    j = protokoll.justering
    j.justerat, j.anslaget = date(2020, 12, 10), date(2020, 12, 11)
    protokoll_service.save_justering(demo_store, mid, j)
    said = f"Förvaringsplats för protokollet: {organ.kommun}"
    assert said in service.meeting_anslag_text(demo_store, mid)
    pdf = PdfReader(BytesIO(protokoll_document(demo_store, mid)))
    printed = " ".join(" ".join(p.extract_text().split()) for p in pdf.pages)
    assert f"Förvaringsplats för protokollet {organ.kommun}" in printed
    warned = [f.message for f in protokoll_service.check(demo_store, mid)]
    assert any(
        m.startswith(f"Förvaringsplats saknas: anslaget anger bara {organ.kommun}") for m in warned
    )
