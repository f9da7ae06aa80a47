"""The citations found in each meeting's texts are kept in the file with its change_txn
(step m1804): the first check after opening the file searches only the meetings changed
since, and finds exactly what a check that searches everything finds. A file opened
read-only is searched and never written. The first check in a file, whose meetings the window
searches on a worker (search_beside) and then keeps (adopt), finds the same as well."""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

from ksdesk.db import citation_cache_repo, delegation_sources
from ksdesk.db.connection import Store, open_store
from ksdesk.services import citing_texts, delegation_check, meetings


def _kept(path: Path) -> dict[int, int]:
    """meeting id -> the change_txn its citations were kept with (read beside a store open
    on the file, so opened read-only)."""
    with _opened(path, read_only=True) as store:
        return dict(store.db.execute("SELECT meeting_id, change_txn FROM citation_cache"))


def _opened(path: Path, **options) -> contextlib.closing[Store]:
    return contextlib.closing(open_store(path, **options))


def _check(path: Path, monkeypatch, **options) -> tuple[list, list[int]]:
    """(the findings of a check in a new store on the file, the meetings it searched)."""
    searched: list[int] = []
    sources = delegation_sources.meeting_sources

    def reading(store, meeting_ids: list[int]) -> list:
        searched.extend(meeting_ids)
        return sources(store, meeting_ids)

    with monkeypatch.context() as patched, _opened(path, **options) as store:
        patched.setattr(delegation_sources, "meeting_sources", reading)
        _version, findings = delegation_check.check(store)
        citations = delegation_check.citations(store)
    return [findings, citations], searched


def _searching_everything(path: Path, tmp_path: Path, monkeypatch) -> list:
    """The findings of a check of a copy of the file with nothing kept in it."""
    copy = tmp_path / "uncached.sqlite"
    shutil.copy(path, copy)
    with _opened(copy) as store, store.atomic():
        store.db.execute("DELETE FROM citation_cache")
    return _check(copy, monkeypatch)[0]


def test_the_first_check_searches_only_the_meetings_changed(demo_path, tmp_path, monkeypatch):
    with _opened(demo_path) as store:
        every = [m.id for m in meetings.list_meetings(store)]
    first, searched = _check(demo_path, monkeypatch)  # nothing kept yet: everything searched
    assert sorted(searched) == sorted(every) and sorted(_kept(demo_path)) == sorted(every)
    assert first[0], "the demo's check finds something to compare"

    again, searched = _check(demo_path, monkeypatch)  # a new store: all kept in the file
    assert searched == [] and again == first

    with _opened(demo_path) as store:
        header = next(m for m in meetings.list_meetings(store) if str(m.date) == "2020-12-07")
        meeting = meetings.get_meeting(store, header.id)
        section = meeting.items[4].tjansteskrivelse.sections[0]
        section.text = section.text.replace("den 20 augusti 2020", "den 20 augusti 2019")
        meetings.save_meeting(store, meeting)
    edited, searched = _check(demo_path, monkeypatch)
    assert searched == [header.id]  # its citations found again, the others read from the file
    assert edited != first and edited == _searching_everything(demo_path, tmp_path, monkeypatch)

    with _opened(demo_path) as store:
        meetings.delete_meeting(store, header.id)
    assert header.id not in _kept(demo_path)
    deleted, searched = _check(demo_path, monkeypatch)
    assert searched == [] and deleted == _searching_everything(demo_path, tmp_path, monkeypatch)


def test_citations_kept_by_other_rules_are_found_again(demo_path, tmp_path, monkeypatch):
    first, _searched = _check(demo_path, monkeypatch)
    monkeypatch.setattr(citation_cache_repo, "RULES", "a rule of tomorrow")
    again, searched = _check(demo_path, monkeypatch)
    assert sorted(searched) == sorted(_kept(demo_path)) and again == first


def test_a_file_opened_read_only_is_searched_and_never_written(demo_path, monkeypatch):
    before = demo_path.read_bytes()
    found, searched = _check(demo_path, monkeypatch, read_only=True)
    again, searched_again = _check(demo_path, monkeypatch, read_only=True)
    assert searched and sorted(searched_again) == sorted(searched) and again == found
    assert demo_path.read_bytes() == before and _kept(demo_path) == {}


def _searched_beside(store: Store) -> tuple[dict, list[tuple[int, int]]]:
    """What the window's worker finds for the first check in a file, and its progress."""
    steps: list[tuple[int, int]] = []
    found = delegation_check.search_beside(store, lambda done, total: steps.append((done, total)))
    return found, steps


def test_the_first_check_searched_beside_finds_what_a_check_keeping_nothing_finds(
    demo_path, tmp_path, monkeypatch
):
    monkeypatch.setattr(citing_texts, "SEARCHED_IN_CHECK", 0)  # the demo's few, as many
    with _opened(demo_path) as store:
        every = sorted(m.id for m in meetings.list_meetings(store))
        assert delegation_check.searches_many(store)
        found, steps = _searched_beside(store)
        assert sorted(found) == every and steps[-1] == (len(every), len(every))
        assert _kept(demo_path) == {}  # found through a connection that reads only
        delegation_check.adopt(store, found)
        assert not delegation_check.searches_many(store)
        assert sorted(_kept(demo_path)) == every
        searched: list[int] = []
        sources = delegation_sources.meeting_sources
        with monkeypatch.context() as patched:
            patched.setattr(
                delegation_sources,
                "meeting_sources",
                lambda s, ids: searched.extend(ids) or sources(s, ids),
            )
            _version, findings = delegation_check.check(store)
            citations = delegation_check.citations(store)
    assert searched == []  # the check searched nothing: the worker had
    assert [findings, citations] == _searching_everything(demo_path, tmp_path, monkeypatch)


def test_a_meeting_edited_while_the_worker_searched_is_searched_again(
    demo_path, tmp_path, monkeypatch
):
    with _opened(demo_path) as store:
        found, _steps = _searched_beside(store)
        header = next(m for m in meetings.list_meetings(store) if str(m.date) == "2020-12-07")
        meeting = meetings.get_meeting(store, header.id)
        section = meeting.items[4].tjansteskrivelse.sections[0]
        section.text = section.text.replace("den 20 augusti 2020", "den 20 augusti 2019")
        meetings.save_meeting(store, meeting)  # after the worker read it
        delegation_check.adopt(store, found)
        assert header.id not in _kept(demo_path)  # not kept as the worker found it
    edited, searched = _check(demo_path, monkeypatch)
    assert searched == [header.id]
    assert edited == _searching_everything(demo_path, tmp_path, monkeypatch)


def test_a_file_opened_read_only_is_searched_beside_and_never_written(demo_path, monkeypatch):
    before = demo_path.read_bytes()
    with _opened(demo_path, read_only=True) as store:
        found, _steps = _searched_beside(store)
        delegation_check.adopt(store, found)
        monkeypatch.setattr(citing_texts, "SEARCHED_IN_CHECK", 0)
        assert not delegation_check.searches_many(store)  # kept for this store, in memory
    assert demo_path.read_bytes() == before
