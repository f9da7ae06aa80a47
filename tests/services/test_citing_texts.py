"""The citations of a § are kept meeting by meeting: after an edit only the meeting edited
is read and searched again, a meeting deleted is forgotten, and the citations stay in the
order of their texts' dates whatever was read when. The §§ kept without a meeting and the
documents are kept by stamps of their own: read again only when they change."""

from __future__ import annotations

from datetime import date, time

from ksdesk.core.delegation_citations import citations_in
from ksdesk.core.meeting import Arende, Section, Tjansteskrivelse
from ksdesk.core.protokoll import Paragraf
from ksdesk.db import delegation_sources, document_repo, protokoll_repo
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


def _reads(monkeypatch) -> list:
    """What the next citations() reads: the meetings' §§ by their ids, the §§ kept without
    a meeting (None) and the documents ("documents")."""
    read: list = []
    paragrafer = delegation_sources.protokoll_sources
    documents = delegation_sources.document_sources

    def reading_paragrafer(store, meeting_ids):
        read.append(None if meeting_ids is None else tuple(meeting_ids))
        return paragrafer(store, meeting_ids)

    def reading_documents(store):
        read.append("documents")
        return documents(store)

    monkeypatch.setattr(delegation_sources, "protokoll_sources", reading_paragrafer)
    monkeypatch.setattr(delegation_sources, "document_sources", reading_documents)
    return read


def _keeping_nothing(store) -> list:
    return citations_in(citing_texts.texts(store))


def test_an_edit_of_a_meeting_reads_neither_the_loose_paragraphs_nor_the_documents(
    demo_store, monkeypatch
) -> None:
    later = _meeting_citing(demo_store, date(2021, 3, 2), "20 augusti 2019")
    citing_texts.citations(demo_store)
    _set_cited(demo_store, later, "21 augusti 2019")
    read = _reads(monkeypatch)
    after = citing_texts.citations(demo_store)
    assert read == [(later,)]  # the meeting edited, and nothing else
    assert after == _keeping_nothing(demo_store)
    assert any(c.source == "protokollet 2020-11-24 § 216" for c in after)  # the demo's loose §


def test_a_paragraph_kept_without_a_meeting_is_found_when_one_is_added(demo_store) -> None:
    """Such a § comes of a deleted meeting or of earlier protokoll, and changes no meeting."""
    citing_texts.citations(demo_store)
    organ = meetings.list_organs(demo_store)[0]
    loose = Paragraf(
        organ.id, date(2019, 1, 15), 5, "Delegationsordning", beslut="Enligt KS 2019-08-21 § 164."
    )
    with demo_store.atomic():
        protokoll_repo.save(demo_store, loose)
    after = citing_texts.citations(demo_store)
    assert "protokollet 2019-01-15 § 5" in {c.source for c in after}
    assert after == _keeping_nothing(demo_store)


def test_an_edit_of_a_document_reads_the_documents_again(demo_store, monkeypatch) -> None:
    before = citing_texts.citations(demo_store)
    document = document_repo.find(demo_store, "verksamhetsplan-2021")
    document.blocks[0].text += " Enligt delegationsordningen, KS 2019-08-21 § 164."
    with demo_store.atomic():
        document_repo.save(demo_store, document)
    read = _reads(monkeypatch)
    after = citing_texts.citations(demo_store)
    assert read == ["documents"] and after == _keeping_nothing(demo_store)
    assert len(after) == len(before) + 1
