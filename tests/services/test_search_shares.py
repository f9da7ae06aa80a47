"""A file's new text taken into the search index a share of its bilagor at a time, beside the
window (services.search.store_unread_beside, db/search_holders_repo.py): a file held by more
bilagor than a batch's budget is indexed over several transactions, each of at most the
budget, and the index ends as a whole refresh writes it, edits between the shares too."""

from __future__ import annotations

from datetime import date, time

from ksdesk.core.meeting import Arende
from ksdesk.db import search_repo
from ksdesk.services import meetings as meeting_service
from ksdesk.services import search
from tests.pdf_helpers import make_pdf

DAY = date(2022, 6, 13)


def _held_by_five(store) -> str:
    """One PDF attached as five bilagor, its text in the index as an older ksdesk read it
    ("Kvarteret Gammelgarden"), queued to be read again (step m1806); its sha256."""
    # Imported here: importing a step registers it, and the steps register in their order.
    from ksdesk.db.migrations.m1806_pdf_text_reread import m1806_pdf_text_reread

    meeting, _ = meeting_service.create_meeting(store, "Kommunstyrelsen", DAY, time(14))
    data = make_pdf(1, "Kvarteret Talgoxen")
    bilagor = [
        meeting_service.pdf_bilaga(data, f"karta {n}.pdf", f"karta {n}") for n in range(1, 6)
    ]
    meeting.items.append(Arende("Detaljplan", bilagor=bilagor))
    meeting_service.save_meeting(store, meeting)
    sha = bilagor[0].sha256
    with store.atomic():
        search_repo.put_texts(store, [(sha, "Kvarteret Gammelgarden")])
        m1806_pdf_text_reread(store.db)
    assert search.files_to_read(store) == [sha]
    return sha


def _found(store, word: str) -> list[str]:
    return sorted(hit.rubrik for hit in search.search(store, word))


def _index(store) -> list[tuple]:
    return store.db.execute(
        "SELECT s.rowid, s.rubrik, s.text, s.alt, s.typ, s.organ, s.datum, s.ref, p.organ, "
        "p.year FROM search_index s JOIN search_place p ON p.id = s.rowid ORDER BY s.rowid"
    ).fetchall()


def test_a_file_held_by_more_bilagor_than_the_budget_is_indexed_a_share_at_a_time(store) -> None:
    """Before, the five were indexed in the one transaction that stored the text: at ten
    years some twenty a file, and a save in the window waited for them."""
    _held_by_five(store)
    written: list[int] = []
    real = search_repo.refresh
    search_repo.refresh = lambda s: written.append(real(s)) or written[-1]
    try:
        calls = []
        while search.files_to_read(store):
            calls.append(search.store_unread_beside(store, files=20, bilagor=2))
            assert len(calls) < 10
    finally:
        search_repo.refresh = real
    assert [(c.documents, len(c.shas), c.changed) for c in calls] == [
        (2, 0, 0),
        (2, 0, 0),
        (1, 1, 5),
    ]
    assert max(written) <= 2  # the transaction that stored the text indexed one bilaga
    assert _found(store, "talgoxen") == [f"karta {n}" for n in range(1, 6)]
    assert _found(store, "gammelgarden") == []


def test_between_the_shares_the_index_holds_the_old_text_or_the_new(store) -> None:
    _held_by_five(store)
    search.store_unread_beside(store, files=20, bilagor=2)
    assert _found(store, "talgoxen") == ["karta 1", "karta 2"]
    assert _found(store, "gammelgarden") == ["karta 3", "karta 4", "karta 5"]


def test_the_index_ends_as_a_whole_refresh_writes_it_edits_between_shares_too(store) -> None:
    """A bilaga indexed with the new text and then renamed is written again from the stored,
    old text by the edit: it is indexed again with the rest, under its new title."""
    _held_by_five(store)
    search.store_unread_beside(store, files=20, bilagor=2)
    with store.atomic():  # the secretary renames "karta 1", indexed with the new text
        store.db.execute("UPDATE bilaga SET title = 'ritning 1' WHERE title = 'karta 1'")
    while search.files_to_read(store):
        search.store_unread_beside(store, files=20, bilagor=2)
    assert _found(store, "talgoxen") == ["karta 2", "karta 3", "karta 4", "karta 5", "ritning 1"]
    shared = _index(store)
    with store.atomic():  # every document written again, as a whole refresh writes it
        store.db.execute("INSERT INTO search_dirty SELECT 'bilaga', id FROM bilaga")
    assert _index(store) == shared


def test_a_file_read_again_to_its_text_indexes_nothing(store) -> None:
    from ksdesk.db.migrations.m1806_pdf_text_reread import m1806_pdf_text_reread

    sha = _held_by_five(store)
    with store.atomic():  # the index holds what the reader reads now
        search_repo.put_texts(store, search.read_files(store, [sha]))
        m1806_pdf_text_reread(store.db)
    stored = search.store_unread_beside(store, files=20, bilagor=2)
    assert (stored.shas, stored.documents, stored.changed) == ([sha], 0, 0)
