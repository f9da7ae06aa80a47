"""Search filtered by organ, year and kind: the hits are exactly those the documents' own
columns give (as the search read them before step m1805), the organ and year kept beside the
index follow every edit, and step m1805 rebuilds the index of an existing file without
changing a document."""

from __future__ import annotations

from datetime import date, time

import pytest

from ksdesk.core.meeting import Arende
from ksdesk.core.search import KINDS, Filters, parse_query
from ksdesk.db import search_repo
from ksdesk.services import meetings as meeting_service
from ksdesk.services import search

QUERIES = ("kommun", "budget", "delegation", "Sker", "beslut", "2020/434", "hemtjänst", "av")
ORGANS = (None, "Kommunstyrelsen", "Socialnämnden")
YEARS = (None, 2019, 2020, 2021)


def _add_meetings(store) -> None:
    """Meetings of another organ and other years beside the demo's 2020."""
    for organ, day in (("Socialnämnden", date(2019, 3, 4)), ("Kommunstyrelsen", date(2021, 5, 3))):
        meeting, _ = meeting_service.create_meeting(store, organ, day, time(14))
        meeting.items += [
            Arende("Budget för hemtjänsten", proposal="att anta budgeten för kommunens hemtjänst"),
            Arende("Revidering av delegationsordningen", dnr="SN 2019/12"),
        ]
        meeting_service.save_meeting(store, meeting)


def _as_the_documents_say(store, fts: str, organ, year, kind) -> list[str]:
    """The refs the search gave before step m1805: filtered on the index's own columns."""
    rows = store.db.execute(
        "SELECT ref FROM search_index WHERE search_index MATCH ? "
        "AND (?2 IS NULL OR typ = ?2) AND (?3 IS NULL OR organ = ?3) "
        "AND (?4 IS NULL OR substr(datum, 1, 4) = ?4) "
        "ORDER BY bm25(search_index, 8.0, 1.0, 1.0) LIMIT 50",
        [fts, kind, organ, None if year is None else str(year)],
    )
    return [row[0] for row in rows]


def _places_agree(store) -> None:
    """Every document has its place, with the organ and the year of its date, and no more."""
    documents = store.db.execute(
        "SELECT rowid, organ, datum FROM search_index ORDER BY rowid"
    ).fetchall()
    places = store.db.execute("SELECT id, organ, year FROM search_place ORDER BY id").fetchall()
    assert places == [(rowid, organ, search_repo.year_of(d)) for rowid, organ, d in documents]


def test_filtered_hits_are_those_the_documents_own_columns_give(demo_store) -> None:
    _add_meetings(demo_store)
    narrowed = 0
    for text in QUERIES:
        query = parse_query(text)
        for organ in ORGANS:
            for year in YEARS:
                for kind in (None, *KINDS):
                    found = search_repo.search(demo_store, query, Filters(organ, year, kind), 50)
                    expected = _as_the_documents_say(demo_store, query.fts, organ, year, kind)
                    assert [hit.ref for hit in found] == expected, (text, organ, year, kind)
                    narrowed += bool(expected) and (organ or year or kind) is not None
    assert narrowed > 100  # the filters were tried on searches that find something


def test_the_organ_and_year_follow_an_edit(demo_store) -> None:
    _add_meetings(demo_store)
    _places_agree(demo_store)
    assert search.search(demo_store, "hemtjänsten", organ="Socialnämnden", year=2019)
    with demo_store.atomic():  # as a team pull writes it: the row, then the index
        demo_store.db.execute("UPDATE meeting SET date = '2022-03-07' WHERE date = '2019-03-04'")
    _places_agree(demo_store)
    assert not search.search(demo_store, "hemtjänsten", organ="Socialnämnden", year=2019)
    moved = search.search(demo_store, "hemtjänsten", year=2022)
    assert moved and {hit.organ for hit in moved} == {"Socialnämnden"}
    with demo_store.atomic():
        demo_store.db.execute("DELETE FROM agenda_item WHERE title = 'Budget för hemtjänsten'")
    _places_agree(demo_store)


def _before_m1805(store) -> list[tuple]:
    """Put the index back as step m1303 made it (prefixes 2 and 3, no places); returns its
    documents."""
    from ksdesk.db.migrations.m1303_search import SCHEMA

    db = store.db
    documents = db.execute("SELECT rowid, * FROM search_index ORDER BY rowid").fetchall()
    db.execute("DROP TABLE search_index")
    db.execute("DROP TABLE search_place")
    db.execute(SCHEMA.split(";\n")[0])
    db.executemany(
        "INSERT INTO search_index (rowid, rubrik, text, alt, typ, organ, datum, ref) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        documents,
    )
    db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm1805_search_place'")
    return documents


@pytest.mark.parametrize("runs", [1, 2])
def test_step_m1805_rebuilds_the_index_with_the_same_documents(demo_store, runs) -> None:
    from ksdesk.db.migrations.m1805_search_place import PREFIXES, m1805_search_place

    _add_meetings(demo_store)
    before = {text: search.search(demo_store, text, limit=500) for text in QUERIES}
    by_year = search.search(demo_store, "budget", year=2021, limit=500)
    with demo_store.atomic():
        documents = _before_m1805(demo_store)
    assert (
        "prefix = '2 3'"
        in demo_store.db.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'search_index'"
        ).fetchone()[0]
    )
    for _ in range(runs):  # safe to run twice
        with demo_store.atomic():
            m1805_search_place(demo_store.db.full)
    db = demo_store.db
    assert (
        f"prefix = '{PREFIXES}'"
        in db.execute("SELECT sql FROM sqlite_master WHERE name = 'search_index'").fetchone()[0]
    )
    assert db.execute("SELECT rowid, * FROM search_index ORDER BY rowid").fetchall() == documents
    _places_agree(demo_store)  # the step's year is the year refresh writes
    assert {text: search.search(demo_store, text, limit=500) for text in QUERIES} == before
    assert search.search(demo_store, "budget", year=2021, limit=500) == by_year and by_year


@pytest.mark.parametrize(
    ("datum", "year"), [("2020-12-07", 2020), ("", None), ("XX-XX", None), ("20", None)]
)
def test_the_year_of_a_date(datum, year) -> None:
    assert search_repo.year_of(datum) == year
