"""The texts that cite a § are kept meeting by meeting: after an edit only the meeting edited
is read and searched again, a meeting deleted is forgotten, and the texts stay in the order
of their dates whatever was read when."""

from __future__ import annotations

from datetime import date, time

from ksdesk.core.meeting import Arende, Section, Tjansteskrivelse
from ksdesk.services import citing_texts, meetings


def _meeting_citing(store, day: date, cited: str) -> int:
    meeting, _created = meetings.create_meeting(store, "Kommunstyrelsen", day, time(14, 0))
    text = f"Enligt 6 kap. 37 § KL och delegationsordningen antagen den {cited} § 164."
    ts = Tjansteskrivelse(title="Revidering", sections=[Section("Beskrivning av ärendet", text)])
    meeting.items.append(Arende(title="Revidering", tjansteskrivelse=ts))
    meetings.save_meeting(store, meeting)
    return meeting.id


def _set_cited(store, meeting_id: int, cited: str) -> None:
    meeting = meetings.get_meeting(store, meeting_id)
    section = next(i for i in meeting.items if i.tjansteskrivelse).tjansteskrivelse.sections[0]
    section.text = section.text.rsplit(" den ", 1)[0] + f" den {cited} § 164."
    meetings.save_meeting(store, meeting)


def _labelled(store, day: date) -> list:
    return [s for s in citing_texts.citing(store).texts if str(day) in s.label]


def test_only_the_meeting_edited_is_read_again(demo_store) -> None:
    later = _meeting_citing(demo_store, date(2021, 3, 2), "20 augusti 2019")
    before = citing_texts.citing(demo_store)
    demo_text = next(s for s in before.texts if "2020-12-07" in s.label)
    _set_cited(demo_store, later, "21 augusti 2019")
    after = citing_texts.citing(demo_store)
    assert any(s is demo_text for s in after.texts)  # the demo meeting was not read again
    (edited,) = _labelled(demo_store, date(2021, 3, 2))
    assert "21 augusti 2019 § 164" in edited.text
    days = {c.day for c in after.citations if c.source == edited.label}
    assert days == {date(2019, 8, 21)}


def test_the_texts_stay_in_the_order_of_their_dates(demo_store) -> None:
    later = _meeting_citing(demo_store, date(2021, 3, 2), "20 augusti 2019")
    _meeting_citing(demo_store, date(2021, 1, 12), "20 augusti 2019")
    citing_texts.citing(demo_store)
    _set_cited(demo_store, later, "22 augusti 2019")  # read again, after the others
    labels = [s.label for s in citing_texts.citing(demo_store).texts if "ärende" in s.label]
    dates = [label.rsplit("(", 1)[1] for label in labels]
    assert dates == sorted(dates) and "2021-03-02)" in dates[-1]


def test_a_meeting_deleted_is_forgotten(demo_store) -> None:
    later = _meeting_citing(demo_store, date(2021, 3, 2), "20 augusti 2019")
    assert _labelled(demo_store, date(2021, 3, 2))
    meetings.delete_meeting(demo_store, later)
    assert not _labelled(demo_store, date(2021, 3, 2))
