"""Search across every year: prefixes, look-alike letters, å/ä/ö kept apart, filters, the
text of PDF bilagor, and an index that follows each edit in the edit's own transaction."""

from __future__ import annotations

from datetime import date, time

import pytest

from ksdesk.core.errors import InvalidInput, KsdeskError
from ksdesk.core.meeting import Arende
from ksdesk.core.search import MARK
from ksdesk.db import search_repo
from ksdesk.services import meetings as meeting_service
from ksdesk.services import search
from ksdesk.services.meeting_lookup import find_meeting
from tests.pdf_helpers import make_pdf

DAY = date(2020, 12, 7)


def _rubriker(hits) -> list[str]:
    return [h.rubrik for h in hits]


def test_a_word_finds_the_longer_words_it_begins(demo_store) -> None:
    hits = search.search(demo_store, "delegation")
    assert any("delegationsordning" in h.rubrik.lower() for h in hits)
    assert all(MARK in h.utdrag for h in hits)


def test_look_alike_letters_are_found_either_way(demo_store) -> None:
    """The seed's points 76 and 77 say "Skер" with Cyrillic е and р."""
    hits = search.search(demo_store, "Sker", kind="punkt")
    marked = [h for h in hits if f"{MARK}Skep{MARK}" in h.utdrag]
    assert {h.rubrik.split()[1] for h in marked} >= {"76", "77"}


def test_a_and_a_ring_are_different_letters(store) -> None:
    meeting, _ = meeting_service.create_meeting(store, "Kommunstyrelsen", DAY, time(14))
    meeting.items.append(Arende("Nya bostäder vid torget"))
    meeting_service.save_meeting(store, meeting)
    assert _rubriker(search.search(store, "bostäder")) == ["Nya bostäder vid torget"]
    assert search.search(store, "bostader") == []


def test_filters_by_organ_year_and_kind(demo_store) -> None:
    everything = search.search(demo_store, "kommunstyrelsen", limit=500)
    assert {h.typ for h in everything} >= {"arende", "paragraf", "bilaga", "punkt"}
    only = search.search(demo_store, "kommunstyrelsen", kind="paragraf", limit=500)
    assert only and {h.typ for h in only} == {"paragraf"}
    in_2020 = search.search(demo_store, "kommunstyrelsen", year=2020, limit=500)
    assert in_2020 and all(h.datum.startswith("2020") for h in in_2020)
    assert search.search(demo_store, "kommunstyrelsen", year=2014) == []
    ks = search.search(demo_store, "upplåtelse", organ="KS", limit=500)
    assert ks and {h.organ for h in ks} == {"Kommunstyrelsen"}


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"text": "   "}, "Ange ett eller flera ord"),
        ({"text": "budget", "organ": "Kulturnämnden"}, "ingen nämnd"),
        ({"text": "budget", "kind": "motion"}, "Okänd typ"),
        ({"text": "budget", "year": 20}, "fyra siffror"),
    ],
)
def test_bad_queries_are_refused_in_swedish(demo_store, arguments, message) -> None:
    with pytest.raises(InvalidInput, match=message):
        search.search(demo_store, **arguments)


def test_the_index_follows_an_edit_in_its_own_transaction(demo_store) -> None:
    meeting = find_meeting(demo_store, DAY)
    meeting.items[4].title = "Ombyggnad av Marnäsbadet"
    meeting_service.save_meeting(demo_store, meeting)
    assert not search_repo.pending(demo_store)  # indexed before the commit
    hits = search.search(demo_store, "marnäsbadet")
    assert _rubriker(hits) == ["Ombyggnad av Marnäsbadet"]
    assert search.target(demo_store, hits[0]).item_id == meeting.items[4].id

    meeting.items[4].title = "Ombyggnad av Fritidsgården"
    meeting.items.append(Arende("", is_section=False))  # refused: an ärende needs a title
    with pytest.raises(KsdeskError):
        meeting_service.save_meeting(demo_store, meeting)
    assert _rubriker(search.search(demo_store, "marnäsbadet")) == ["Ombyggnad av Marnäsbadet"]
    assert search.search(demo_store, "fritidsgården") == []

    meeting = find_meeting(demo_store, DAY)
    del meeting.items[4]
    meeting_service.save_meeting(demo_store, meeting)
    assert search.search(demo_store, "marnäsbadet") == []


def test_the_text_of_a_pdf_bilaga_is_found(store) -> None:
    meeting, _ = meeting_service.create_meeting(store, "Kommunstyrelsen", DAY, time(14))
    pdf = meeting_service.pdf_bilaga(make_pdf(2, "Kvarteret Gulsparven"), "karta.pdf", "karta")
    meeting.items.append(Arende("Detaljplan", bilagor=[pdf]))
    meeting_service.save_meeting(store, meeting)
    hits = search.search(store, "gulsparven")
    assert [(h.typ, h.rubrik) for h in hits] == [("bilaga", "karta")]
    assert f"{MARK}Gulsparven{MARK}" in hits[0].utdrag
    target = search.target(store, hits[0])
    assert (target.meeting_id, target.bilaga_id) == (meeting.id, meeting.items[-1].bilagor[0].id)


def test_files_stored_before_the_index_are_read_once(store) -> None:
    meeting, _ = meeting_service.create_meeting(store, "Kommunstyrelsen", DAY, time(14))
    pdf = meeting_service.pdf_bilaga(make_pdf(1, "Kvarteret Rapphonan"), "rapphona.pdf", "rapphona")
    meeting.items.append(Arende("Detaljplan", bilagor=[pdf]))
    meeting_service.save_meeting(store, meeting)
    with store.atomic():  # as a file from before step m1303: text never read
        store.db.execute("DELETE FROM file_text")
        store.db.execute("INSERT INTO search_dirty VALUES ('bilaga', ?)", [pdf.id])
    assert search.search(store, "rapphonan") == []
    assert search.unread_files(store) == [pdf.sha256]
    assert search.read_unread_files(store) == 1
    assert search.unread_files(store) == []
    assert _rubriker(search.search(store, "rapphonan")) == ["rapphona"]


def _unread(store) -> list[str]:
    return [row[0] for row in store.db.execute("SELECT sha256 FROM file_unread")]


def test_the_queue_of_unread_files_follows_every_writer(store) -> None:
    """Whatever writes a bilaga, the queue of files to read stays right (step m1306's
    triggers): asking for unread files never passes over every bilaga."""
    meeting, _ = meeting_service.create_meeting(store, "Kommunstyrelsen", DAY, time(14))
    pdf = meeting_service.pdf_bilaga(make_pdf(1, "Kvarteret Talgoxen"), "talgoxe.pdf", "talgoxe")
    meeting.items.append(Arende("Detaljplan", bilagor=[pdf]))
    meeting_service.save_meeting(store, meeting)
    assert _unread(store) == []  # read when attached
    with store.atomic():  # forgotten (a file from before step m1303): queued again
        store.db.execute("DELETE FROM file_text WHERE sha256 = ?", [pdf.sha256])
    assert _unread(store) == [pdf.sha256]
    item_id = meeting.items[-1].id
    with store.atomic():  # another tool adds a second bilaga with the same file
        store.db.execute(
            "INSERT INTO bilaga (item_id, title, nr, filename, content, sha256, position) "
            "SELECT item_id, 'kopia', nr, filename, content, sha256, 1 FROM bilaga WHERE id = ?",
            [pdf.id],
        )
    assert _unread(store) == [pdf.sha256]
    with store.atomic():  # one of the two goes: the file is still held and still unread
        store.db.execute("DELETE FROM bilaga WHERE id = ?", [pdf.id])
    assert search.unread_files(store) == [pdf.sha256]
    with store.atomic():  # the last one goes: nothing left to read
        store.db.execute("DELETE FROM bilaga WHERE item_id = ?", [item_id])
    assert _unread(store) == [] and search.unread_files(store) == []


def test_step_m1306_queues_the_files_already_unread(store) -> None:
    from ksdesk.db.migrations.m1306_unread_files import m1306_unread_files

    meeting, _ = meeting_service.create_meeting(store, "Kommunstyrelsen", DAY, time(14))
    pdf = meeting_service.pdf_bilaga(make_pdf(1, "Kvarteret Blames"), "blames.pdf", "blames")
    meeting.items.append(Arende("Detaljplan", bilagor=[pdf]))
    meeting_service.save_meeting(store, meeting)
    with store.atomic():  # a file from before m1306: unread, and no queue yet
        store.db.execute("DROP TABLE file_unread")
        for trigger in ("bilaga_unread_insert", "bilaga_unread_update", "bilaga_unread_delete"):
            store.db.execute(f"DROP TRIGGER {trigger}")
        store.db.execute("DROP TRIGGER file_text_unread_read")
        store.db.execute("DROP TRIGGER file_text_unread_forgotten")
        store.db.execute("DELETE FROM file_text")
        m1306_unread_files(store.db)
        m1306_unread_files(store.db)  # safe to run twice
    assert search.unread_files(store) == [pdf.sha256]
    assert search.read_unread_files(store) == 1
    assert _unread(store) == []


def test_every_kind_of_hit_opens_where_it_belongs(demo_store) -> None:
    for kind in ("arende", "paragraf", "delegationsbeslut", "punkt", "bilaga"):
        hit = search.search(demo_store, "kommun", kind=kind)[0]
        target = search.target(demo_store, hit)
        assert target is not None and target.typ == kind
        if kind in ("arende", "bilaga"):
            assert target.meeting_id is not None and target.item_id is not None
        if kind == "paragraf":  # the demo's § 216 of an earlier meeting has no meeting here
            assert target.paragraf_id is not None
        if kind == "punkt":
            assert target.version_id is not None and target.point_uid
        if kind == "delegationsbeslut":
            assert target.beslut_id is not None


def test_an_upgraded_file_is_searchable_at_once(tmp_path) -> None:
    """Step m1303 queues every row already stored; the first search indexes them."""
    import shutil
    from pathlib import Path

    from ksdesk.db.connection import open_store

    fixture = Path(__file__).parents[1] / "db" / "fixtures" / "schema-m0502-demo.sqlite"
    shutil.copy(fixture, tmp_path / "old.sqlite")
    store = open_store(tmp_path / "old.sqlite")
    try:
        assert search_repo.pending(store)
        kinds = {h.typ for h in search.search(store, "kommunstyrelsen", limit=500)}
        assert kinds >= {"arende", "paragraf", "punkt"}
        assert not search_repo.pending(store)
    finally:
        store.close()


def test_files_are_stored_beside_the_window_a_budget_of_bilagor_at_a_time(store) -> None:
    """The window's background reading (ui/bilaga_texts.py): each call indexes as many
    bilagor with their file's text as the budget allows, at least one, through a connection
    of its own; a file whose bilagor do not all fit has the rest indexed by the next call,
    and its text is stored with the last of them."""
    meeting, _ = meeting_service.create_meeting(store, "Kommunstyrelsen", DAY, time(14))
    files = {word: make_pdf(1, f"Kvarteret {word}") for word in ("Rapphonan", "Gulsparven")}
    for number, data in enumerate(files.values(), start=1):  # each file held by two bilagor
        bilagor = [
            meeting_service.pdf_bilaga(data, f"karta {number}{n}.pdf", f"karta {number}{n}")
            for n in "ab"
        ]
        meeting.items.append(Arende(f"Detaljplan {number}", bilagor=bilagor))
    meeting_service.save_meeting(store, meeting)
    with store.atomic():  # as in a file from before search: the index holds no file's text
        store.db.execute("DELETE FROM file_text")
        store.db.execute("INSERT INTO search_dirty SELECT 'bilaga', id FROM bilaga")
    assert len(search.unread_files(store)) == 2
    first = search.store_unread_beside(store, files=10, bilagor=3)
    assert len(first.shas) == 1 and first.documents == 3  # one file, a share of the other
    assert (first.new, first.changed) == (2, 0)  # its two bilagor: searchable now
    found = [_rubriker(search.search(store, word)) for word in ("rapphonan", "gulsparven")]
    assert sorted(len(rubriker) for rubriker in found) == [1, 2]
    assert len(search.unread_files(store)) == 1  # the other's text is not stored yet
    second = search.store_unread_beside(store, files=10, bilagor=3)
    assert second.shas != first.shas and (second.documents, second.new) == (1, 2)
    assert search.store_unread_beside(store, files=10, bilagor=3).shas == []
    assert sorted(_rubriker(search.search(store, "gulsparven"))) == ["karta 2a", "karta 2b"]
    assert sorted(_rubriker(search.search(store, "rapphonan"))) == ["karta 1a", "karta 1b"]


def test_an_arende_is_found_by_the_dnr_the_arendelista_shows(demo_store) -> None:
    """The seed's ärendelista says "2020/434"; its tjänsteskrivelse "KS 2020/434", which is
    what the Kallelse tab shows and what the secretary types."""
    hits = search.search(demo_store, "KS 2020/434", kind="arende")
    assert _rubriker(hits) == [
        "Omfördelning av budgetmedel från kommunstyrelsen till samhällsbyggnadsnämnden"
    ]


def test_step_m1208_queues_every_arende_whose_tjansteskrivelse_has_a_dnr(demo_store) -> None:
    from sqlite_utils import Database

    from ksdesk.db.migrations.m1208_search_ts_dnr import m1208_search_ts_dnr

    demo_store.db.execute("DELETE FROM search_dirty")
    m1208_search_ts_dnr(Database(demo_store.db.conn))
    queued = {row[0] for row in demo_store.db.execute("SELECT row_id FROM search_dirty")}
    with_dnr = demo_store.db.execute(
        "SELECT item_id FROM tjansteskrivelse WHERE diarienummer != ''"
    ).fetchall()
    assert queued == {row[0] for row in with_dnr} and queued


def test_a_row_deleted_while_searching_is_found_as_it_was(demo_store) -> None:
    """The best rows are ranked first and read after: an edit saved by another ksdesk between
    the two (the window, while a terminal searches) must not make a found row vanish
    halfway. Both read one snapshot of the file."""
    from ksdesk.services.store import open_database

    before = [h.ref for h in search.search(demo_store, "delegation")]  # the index complete
    reader = open_database(demo_store.path, read_only=True)
    ranked = reader.db.execute

    def rank_then_delete(sql, params=None):
        rows = ranked(sql, params).fetchall()
        if "bm25" in sql:  # the ranking done: the window deletes the best row's document
            with demo_store.atomic():
                demo_store.db.execute("DELETE FROM search_index WHERE rowid = ?", [rows[0][0]])
        return iter(rows)

    reader.db.execute = rank_then_delete
    try:
        assert [h.ref for h in search.search(reader, "delegation")] == before
    finally:
        reader.close()
    assert before[0] not in [h.ref for h in search.search(demo_store, "delegation")]


@pytest.mark.parametrize(
    "filters", [{"kind": "punkt"}, {"organ": "Kommunstyrelsen"}, {"year": 2020}]
)
def test_a_filtered_search_reads_whole_rows_of_its_hits_only(demo_store, filters) -> None:
    """The kind is in the rowid, the organ and date are read alone: no match is read whole
    through the index (its text copied too) but the hits (at ten years that tripled the
    search). The hits are those of the whole search that pass, in its order."""
    from tests.sql_trace import statements_of

    everything = search.search(demo_store, "kommun", limit=5000)
    hits: list = []
    statements = statements_of(
        demo_store, lambda: hits.extend(search.search(demo_store, "kommun", **filters))
    )
    whole_rows = [s for s in statements if s.startswith("-- ") and "_content" in s]
    passing = [
        h
        for h in everything
        if h.typ == filters.get("kind", h.typ)
        and h.organ == filters.get("organ", h.organ)
        and h.datum.startswith(str(filters.get("year", "")))
    ]
    assert hits == passing[:50] and len(passing) < len(everything)
    assert 0 < len(whole_rows) <= len(hits)
