"""What a save means: save any list of children and read back exactly that list; an edit
writes the rows it changed and nothing else; no query in db/ is built from a list of values.

These hold whatever replaces the save code later (issue 19 asks that they stay)."""

from __future__ import annotations

import itertools
import re
from datetime import date, time, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ksdesk.core.meeting import Arende, Bilaga, Forslag, Sammantrade, Section, Tjansteskrivelse
from ksdesk.core.organ import Organ
from ksdesk.db import meeting_repo, organ_repo

DB_SOURCES = Path(__file__).parents[2] / "ksdesk" / "db"
_days = itertools.count()
PROPERTY = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _new_meeting(store, items: list[Arende]) -> Sammantrade:
    organ = organ_repo.find_by_name(store, "KS") or Organ("KS", short="KS")
    if organ.id is None:
        organ_repo.save(store, organ)
    day = date(2001, 1, 1) + timedelta(days=next(_days))
    meeting = Sammantrade(organ.id, day, time(9), items=items)
    with store.atomic():
        meeting_repo.save(store, meeting)
    return meeting


# A child in a list to save: an existing one (by index, maybe retitled) or a new one.
_titles = st.sampled_from(["Karta", "Avtal", "Yttrande", "Protokoll", "Budget", "Ärende"])
_keep = st.tuples(st.just("old"), st.integers(0, 5), st.none() | _titles)
_new = st.tuples(st.just("new"), _titles, st.booleans())
_plans = st.lists(st.lists(st.one_of(_keep, _new), max_size=6), min_size=1, max_size=4)


def _bilagor_from(plan, stored: list[Bilaga]) -> list[Bilaga]:
    result = []
    for kind, a, b in plan:
        if kind == "old":
            if not stored:
                continue
            bilaga = stored[a % len(stored)]
            result.append(bilaga if b is None else Bilaga(**{**vars(bilaga), "title": b}))
        else:
            content = f"%PDF-1.4 {a}".encode() if b else None
            result.append(Bilaga(a, content=content, sha256=str(hash(content)) if b else ""))
    return result


def _shape(bilagor: list[Bilaga]) -> list[tuple]:
    return [(b.title, b.content, b.sha256) for b in bilagor]


@PROPERTY
@given(plans=_plans)
def test_any_list_of_bilagor_reads_back_exactly(store, plans) -> None:
    meeting = _new_meeting(store, [Arende("Ärende")])
    for plan in plans:
        stored = meeting_repo.get(store, meeting.id).items[0].bilagor
        wanted = _bilagor_from(plan, stored)
        meeting.items[0].bilagor = wanted
        given = [b.uuid for b in wanted]
        with store.atomic():
            meeting_repo.save(store, meeting)
        again = meeting_repo.get(store, meeting.id).items[0].bilagor
        assert _shape(again) == _shape(wanted)
        # A kept bilaga keeps its identity (the first time it is listed).
        seen = set()
        for before, after in zip(given, again, strict=True):
            if before and before not in seen:
                assert after.uuid == before
            seen.add(before)
        assert len({b.uuid for b in again}) == len(again)


_items = st.lists(st.tuples(st.booleans(), _titles, st.integers(0, 3)), max_size=6)


@PROPERTY
@given(first=_items, second=_items)
def test_any_agenda_reads_back_exactly(store, first, second) -> None:
    """Items with their tjänsteskrivelse (att-satser and sections) and bilagor, saved over
    another agenda: exactly the second agenda is stored, whatever the first held."""

    def agenda(spec, stored: list[Arende]) -> list[Arende]:
        items = []
        for keep, title, n in spec:
            if keep and stored:
                item = stored[n % len(stored)]
                item.title = title
            else:
                ts = Tjansteskrivelse(
                    title,
                    forslag=[Forslag(f"att {title} {i}") for i in range(n)],
                    sections=[Section("Beskrivning", title)] * (n % 2),
                )
                bilagor = [Bilaga(f"{title} {i}", ref=f"doc:{i}") for i in range(n)]
                item = Arende(title, tjansteskrivelse=ts if n else None, bilagor=bilagor)
            items.append(item)
        return items

    def shape(items: list[Arende]) -> list[tuple]:
        return [
            (
                i.title,
                [b.title for b in i.bilagor],
                i.tjansteskrivelse and [f.text for f in i.tjansteskrivelse.forslag],
                i.tjansteskrivelse and [s.text for s in i.tjansteskrivelse.sections],
            )
            for i in items
        ]

    meeting = _new_meeting(store, agenda(first, []))
    meeting.items = agenda(second, meeting_repo.get(store, meeting.id).items)
    wanted = shape(meeting.items)
    with store.atomic():
        meeting_repo.save(store, meeting)
    assert shape(meeting_repo.get(store, meeting.id).items) == wanted


def _writes(store, action) -> list[str]:
    """The data-changing statements `action` runs (triggers' own work not listed)."""
    statements: list[str] = []

    def trace(sql: str) -> None:
        # SQLite reports a statement again as each trigger it fires starts: listed once.
        if not statements or statements[-1] != sql:
            statements.append(sql)

    store.db.conn.set_trace_callback(trace)
    try:
        action()
    finally:
        store.db.conn.set_trace_callback(None)
    verbs = ("INSERT", "UPDATE", "DELETE")
    return [s for s in statements if s.lstrip().upper().startswith(verbs)]


BOOKKEEPING = ("change_context", "search_index", "search_dirty", "search_place")


def _data(writes: list[str]) -> list[str]:
    """The writes to the content, without the bookkeeping that follows it (the version
    counter, the search index)."""
    return [w for w in writes if not any(table in w for table in BOOKKEEPING)]


def _save(store, meeting: Sammantrade) -> None:
    with store.atomic():
        meeting_repo.save(store, meeting)


def _demo_meeting(store) -> Sammantrade:
    return meeting_repo.find_by_date(store, date(2020, 12, 7))


def test_saving_an_unchanged_meeting_writes_nothing(demo_store) -> None:
    meeting = _demo_meeting(demo_store)
    writes = _writes(demo_store, lambda: _save(demo_store, meeting))
    assert _data(writes) == []
    assert not [w for w in writes if "search_index" in w]


def test_an_edit_writes_the_row_it_changed_and_nothing_else(demo_store) -> None:
    meeting = _demo_meeting(demo_store)
    item = next(i for i in meeting.items if i.tjansteskrivelse and i.bilagor)
    item.tjansteskrivelse.forslag[0].text = "att godkänna förslaget"
    writes = _writes(demo_store, lambda: _save(demo_store, meeting))
    data = _data(writes)
    assert len(data) == 1 and data[0].startswith("UPDATE [ts_forslag] SET [text] = ")
    assert "content" not in " ".join(writes)  # no bilaga file rewritten
    # The ärende's search document is written again, in the same transaction.
    assert sum("INSERT INTO search_index" in w for w in writes) == 1


def test_moving_an_item_writes_only_positions(demo_store) -> None:
    meeting = _demo_meeting(demo_store)
    meeting.items[1], meeting.items[2] = meeting.items[2], meeting.items[1]
    writes = _writes(demo_store, lambda: _save(demo_store, meeting))
    data = _data(writes)
    assert data == ["UPDATE [agenda_item] SET [position] = 1 WHERE id = 3"] or all(
        re.match(r"UPDATE \[agenda_item\] SET \[position\] = \d+ WHERE id = \d+", w) for w in data
    )
    assert len(data) == 2


def test_no_query_in_db_is_built_from_a_list_of_values() -> None:
    """An `IN (…)` filled from a list becomes `IN ()` or `IN (NULL)` when the list is empty,
    which deletes nothing; db/ deletes one row at a time, or by parent."""
    built = re.compile(r"\bIN \((\{|\"\s*\+)|or \"NULL\"")
    offenders = []
    for path in DB_SOURCES.rglob("*.py"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if built.search(line):
                offenders.append(f"{path.name}:{number}: {line.strip()}")
    assert offenders == []
