"""The citations of a § are kept meeting by meeting: after an edit only the meeting edited
is read and searched again, a meeting deleted is forgotten, and the citations stay in the
order of their texts' dates whatever was read when."""

from __future__ import annotations

from datetime import date, time

from ksdesk.core.meeting import Arende, Section, Tjansteskrivelse
from ksdesk.db import delegation_sources
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
    return [c for c in citing_texts.citations(store) if str(day) in c.source]


def test_only_the_meeting_edited_is_read_again(demo_store, monkeypatch) -> None:
    later = _meeting_citing(demo_store, date(2021, 3, 2), "20 augusti 2019")
    citing_texts.citations(demo_store)
    _set_cited(demo_store, later, "21 augusti 2019")
    read: list[int] = []
    sources = delegation_sources.meeting_sources

    def reading(store, meeting_ids: list[int]) -> list:
        read.extend(meeting_ids)
        return sources(store, meeting_ids)

    monkeypatch.setattr(delegation_sources, "meeting_sources", reading)
    after = citing_texts.citations(demo_store)
    assert read == [later]  # the demo's meetings were not read again
    edited = {c.day for c in after if "2021-03-02" in c.source and c.paragraf == 164}
    assert edited == {date(2019, 8, 21)}
    (text,) = [s for s in citing_texts.texts(demo_store) if "2021-03-02" in s.label]
    assert "21 augusti 2019 § 164" in text.text


def test_the_texts_stay_in_the_order_of_their_dates(demo_store) -> None:
    later = _meeting_citing(demo_store, date(2021, 3, 2), "20 augusti 2019")
    _meeting_citing(demo_store, date(2021, 1, 12), "20 augusti 2019")
    citing_texts.citations(demo_store)
    _set_cited(demo_store, later, "22 augusti 2019")  # read again, after the others
    labels = [c.source for c in citing_texts.citations(demo_store) if "ärende" in c.source]
    labels = list(dict.fromkeys(labels))  # each text once
    dates = [label.rsplit("(", 1)[1] for label in labels]
    assert dates == sorted(dates) and "2021-03-02)" in dates[-1]


def test_a_meeting_deleted_is_forgotten(demo_store) -> None:
    later = _meeting_citing(demo_store, date(2021, 3, 2), "20 augusti 2019")
    assert _labelled(demo_store, date(2021, 3, 2))
    meetings.delete_meeting(demo_store, later)
    assert not _labelled(demo_store, date(2021, 3, 2))
