"""The search index (step m1303): kept up to date from the queue the triggers fill, queried
with FTS5, and the text read out of stored files.

`refresh` runs at the end of every write transaction (Store.atomic), so the index changes in
the transaction of the edit; it reads all queued rows of a kind in one query, whatever their
number. A document's FTS rowid is derived from its row (id × 8 + kind): no lookup table."""

from __future__ import annotations

from collections.abc import Iterable

from ksdesk.core import search as core_search
from ksdesk.core.search import Filters, Hit, Query, Target, best_utdrag, index_text
from ksdesk.db.beslut_bilaga_title import shown_title

# core.delegationsbeslut_print.SEKRETESS, not imported: `ksdesk sok` loads no dataclasses.
SEKRETESS = "Sekretess"
_CODES = {"arende": 1, "bilaga": 2, "paragraf": 3, "delegationsbeslut": 4, "punkt": 5}
_DIRTY = "FROM search_dirty d JOIN {table} ON {alias}.id = d.row_id AND d.typ = '{typ}'"

# Per kind: the SELECT of its queued documents (row_id, ref, organ, datum, then the parts of
# rubrik and text, named r_* and t_*).
_SOURCES = {
    "arende": (
        "SELECT i.id AS row_id, i.uuid AS ref, o.name AS organ, m.date AS datum, "
        "i.title AS r_title, i.dnr AS t_dnr, t.diarienummer AS t_ts_dnr, i.proposal AS t_proposal, "
        "t.title AS t_ts, "
        "(SELECT group_concat(text, char(10)) FROM (SELECT text FROM ts_forslag "
        " WHERE ts_id = t.id ORDER BY position)) AS t_forslag, "
        "(SELECT group_concat(heading || char(10) || text, char(10)) FROM (SELECT heading, "
        " text FROM ts_section WHERE ts_id = t.id ORDER BY position)) AS t_sections "
        + _DIRTY.format(table="agenda_item i", alias="i", typ="arende")
        + " JOIN meeting m ON m.id = i.meeting_id JOIN organ o ON o.id = m.organ_id "
        "LEFT JOIN tjansteskrivelse t ON t.item_id = i.id WHERE i.is_section = 0"
    ),
    "bilaga": (
        "SELECT b.id AS row_id, b.uuid AS ref, o.name AS organ, m.date AS datum, "
        # A bilaga printing a flagged decision: its Dnr only, as the meeting shows it.
        f"{shown_title('b')} AS r_title, f.text AS t_file "
        + _DIRTY.format(table="bilaga b", alias="b", typ="bilaga")
        + " JOIN agenda_item i ON i.id = b.item_id JOIN meeting m ON m.id = i.meeting_id "
        "JOIN organ o ON o.id = m.organ_id LEFT JOIN file_text f ON f.sha256 = b.sha256 "
        "AND b.sha256 != ''"
    ),
    "paragraf": (
        "SELECT p.id AS row_id, p.uuid AS ref, o.name AS organ, p.meeting_date AS datum, "
        "'§ ' || p.paragraf AS r_nr, p.title AS r_title, p.dnr AS t_dnr, p.beslut AS t_beslut, "
        "p.beskrivning AS t_beskrivning, p.behandling AS t_behandling "
        + _DIRTY.format(table="protokoll_paragraf p", alias="p", typ="paragraf")
        + " JOIN organ o ON o.id = p.organ_id"
    ),
    "delegationsbeslut": (
        "SELECT b.id AS row_id, b.uuid AS ref, b.organ AS organ, b.date AS datum, "
        "b.dnr AS r_dnr, "
        # Flagged sekretess (m1812): found by Dnr, delegat and point, its texts neither shown
        # nor searched (a hit on a name would tell whom it concerns). m1814 reindexes.
        f"CASE WHEN b.sekretess THEN '{SEKRETESS}' ELSE b.title END AS r_title, "
        "CASE WHEN b.sekretess THEN NULL ELSE b.beslut END AS t_beslut, "
        "CASE WHEN b.sekretess THEN NULL ELSE b.beskrivning END AS t_beskrivning, "
        "b.delegat AS t_delegat, b.punkt AS t_punkt "
        + _DIRTY.format(table="delegationsbeslut b", alias="b", typ="delegationsbeslut")
    ),
    "punkt": (
        "SELECT p.id AS row_id, p.uuid AS ref, "
        "coalesce(json_extract(v.header, '$.Beslutsinstans'), '') AS organ, "
        "coalesce(v.adopted_date, '') AS datum, 'Punkt ' || p.nr AS r_nr, p.arende AS r_title, "
        "p.lagrum AS t_lagrum, p.delegat AS t_delegat, p.ersattare AS t_ersattare, "
        "p.anmarkning AS t_anmarkning, c.title AS t_chapter, v.name AS t_version "
        + _DIRTY.format(table="deleg_point p", alias="p", typ="punkt")
        + " JOIN deleg_chapter c ON c.id = p.chapter_id JOIN deleg_version v "
        "ON v.id = c.version_id"
    ),
}
_LISTS = ("t_delegat", "t_ersattare")  # JSON lists in a delegation point


def pending(store) -> bool:
    return store.db.execute("SELECT 1 FROM search_dirty LIMIT 1").fetchone() is not None


def refresh(store) -> int:
    """Bring the index up to date with what the triggers queued; returns documents written."""
    db = store.db
    queued = db.execute("SELECT typ, row_id FROM search_dirty").fetchall()
    if not queued:
        return 0
    rowids = [(row_id * 8 + _CODES[typ],) for typ, row_id in queued if typ in _CODES]
    documents = []
    for typ, sql in _SOURCES.items():
        documents += [document(typ, row) for row in db.query(sql)]
    replace_documents(store, rowids, documents)
    db.execute("DELETE FROM search_dirty")
    return len(documents)


def replace_documents(store, rowids: list[tuple[int]], documents: list[tuple]) -> None:
    """The documents of `rowids` out of the index, and `documents` (from `document`) in."""
    db = store.db
    db.executemany("DELETE FROM search_index WHERE rowid = ?", rowids)
    db.executemany("DELETE FROM search_place WHERE id = ?", rowids)
    db.executemany(
        "INSERT INTO search_index (rowid, rubrik, text, alt, typ, organ, datum, ref) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        documents,
    )
    # What a search filters on, kept beside the text (step m1805).
    db.executemany(
        "INSERT INTO search_place (id, organ, year) VALUES (?, ?, ?)",
        [(rowid, organ, year_of(datum)) for rowid, *_text, _typ, organ, datum, _ref in documents],
    )


def year_of(datum: str) -> int | None:
    """The year of a document's date ("2020-12-07" → 2020), None where it has none (a draft's
    point): as step m1805 reads it for the documents indexed before it."""
    head = datum[:4]
    return int(head) if len(head) == 4 and all("0" <= c <= "9" for c in head) else None


def document(typ: str, row: dict) -> tuple:
    """The index's row of a document read by a query of _SOURCES' shape."""
    if typ == "punkt":
        from ksdesk.db.rows import from_json  # here: searching loads no json

        for name in _LISTS:
            row[name] = ", ".join(from_json(row[name], []))
    rubrik = " ".join(str(v) for k, v in row.items() if k.startswith("r_") and v)
    text = "\n".join(str(v) for k, v in row.items() if k.startswith("t_") and v)
    return (
        row["row_id"] * 8 + _CODES[typ],
        index_text(rubrik),
        index_text(text),
        core_search.other_readings(f"{rubrik}\n{text}"),
        typ,
        row["organ"] or "",
        row["datum"] or "",
        row["ref"],
    )


def search(store, query: Query, filters: Filters, limit: int) -> list[Hit]:
    """The best `limit` hits of a query (core.search.parse_query reads it)."""
    where, params = ["search_index MATCH ?"], [query.fts]
    if filters.kind:
        # The kind is in the rowid (id × 8 + kind): asked of the stored `typ` column, it read
        # every match's row past its whole text, a search filtered so took three times one
        # that is not (at ten years). Asked first, so the organ and year are read only of
        # the rows of that kind.
        where.append("search_index.rowid % 8 = ?")
        params.append(_CODES[filters.kind])
    places = ""
    if filters.organ or filters.year:
        # Read from search_place (step m1805), which holds nothing but the organ and year of
        # each document: FTS5's content table holds them after the whole text (66 MB at ten
        # years), which was read past for every match ("deleg" by year: 42 ms, now 4 with
        # the step's prefix indexes). A match passed over here is never ranked.
        places = " JOIN search_place p ON p.id = search_index.rowid"
    if filters.organ:
        where.append("p.organ = ?")
        params.append(filters.organ)
    if filters.year:
        where.append("p.year = ?")
        params.append(filters.year)
    # Ranked first, read after: the sort then holds the rowid of each match, not its columns
    # (at ten years a broad query matches 14 000 rows, and reading each row's columns for
    # the sort was a sixth of the query). The utdrag is cut in Python (core.excerpt), not by
    # FTS5's snippet(), which tokenized the whole text of every hit returned.
    # Both in one snapshot: a row an edit deletes between the two is never half found.
    with store.db.snapshot():
        ranked = [
            rowid
            for (rowid,) in store.db.execute(
                f"SELECT search_index.rowid FROM search_index{places} "
                f"WHERE {' AND '.join(where)} "
                "ORDER BY bm25(search_index, 8.0, 1.0, 1.0) LIMIT ?",
                [*params, limit],
            )
        ]
        if not ranked:
            return []
        found = {
            row[0]: row[1:]
            for row in store.db.execute(
                "SELECT rowid, typ, organ, datum, rubrik, ref, text FROM search_index "
                "WHERE rowid IN (SELECT value FROM json_each(?))",
                # rowids are ints: their JSON array needs no json module (not loaded by a
                # search), and a list never becomes a built IN (…) (test_row_sync).
                ["[" + ",".join(str(rowid) for rowid in ranked) + "]"],
            )
        }
    return [_hit(*found[rowid], query) for rowid in ranked]


def _hit(typ: str, organ: str, datum: str, rubrik: str, ref: str, text: str, query: Query) -> Hit:
    return Hit(typ, organ, datum, rubrik, best_utdrag(text, rubrik, query), ref)


# ---------------------------------------------------------------------------------------------
# The organs a search filters by: their names alone. Through organ_repo each came with its
# members register as core dataclasses, which loaded dataclasses, typing, inspect and json
# into `ksdesk sok --organ`: 44 ms of CPU for such a search against 30 (alternated medians).


def organ_name(store, name: str) -> str | None:
    """The stored name of the organ called `name` in any case, or by its short name (as
    organ_repo.find_by_name finds it); None when there is none."""
    row = store.db.execute(
        "SELECT name FROM organ WHERE lower(name) = lower(?) OR short = ? ORDER BY id LIMIT 1",
        [name, name],
    ).fetchone()
    return row[0] if row else None


def organ_names(store) -> list[str]:
    return [row[0] for row in store.db.execute("SELECT name FROM organ ORDER BY id")]


# ---------------------------------------------------------------------------------------------
# Where a hit opens

_TARGETS = {
    "arende": "SELECT meeting_id, id AS item_id FROM agenda_item WHERE uuid = ?",
    "bilaga": (
        "SELECT i.meeting_id, b.item_id, b.id AS bilaga_id FROM bilaga b "
        "JOIN agenda_item i ON i.id = b.item_id WHERE b.uuid = ?"
    ),
    "paragraf": (
        "SELECT meeting_id, item_id, id AS paragraf_id FROM protokoll_paragraf WHERE uuid = ?"
    ),
    "delegationsbeslut": "SELECT id AS beslut_id FROM delegationsbeslut WHERE uuid = ?",
    "punkt": (
        "SELECT c.version_id, p.uid AS point_uid FROM deleg_point p "
        "JOIN deleg_chapter c ON c.id = p.chapter_id WHERE p.uuid = ?"
    ),
}


def target(store, typ: str, ref: str) -> Target | None:
    rows = list(store.db.query(_TARGETS[typ], [ref])) if typ in _TARGETS else []
    return Target(typ, **rows[0]) if rows else None


# ---------------------------------------------------------------------------------------------
# The text of stored files, read once per file (by sha256)


def unread_files(store, limit: int = 50, queue: str = "file_unread") -> list[str]:
    """sha256 of stored files whose text has not been read yet; with queue="file_reread",
    of PDFs whose text was read by pypdf before step m1806, to be read again."""
    # The queue the steps' triggers keep (one lookup, whatever the history); the bilaga
    # check makes sure a queued file can be read, so a reader never loops on one.
    table = {"file_unread": "file_unread", "file_reread": "file_reread"}[queue]
    rows = store.db.execute(
        f"SELECT u.sha256 FROM {table} u WHERE EXISTS (SELECT 1 FROM bilaga b "
        "WHERE b.sha256 = u.sha256 AND b.content IS NOT NULL) LIMIT ?",
        [limit],
    )
    return [row[0] for row in rows]


def file_content(store, sha256: str) -> tuple[str, bytes] | None:
    row = store.db.execute(
        "SELECT filename, content FROM bilaga WHERE sha256 = ? AND content IS NOT NULL LIMIT 1",
        [sha256],
    ).fetchone()
    return (row[0], row[1]) if row else None


def file_holders(store, sha256: str) -> int:
    """How many bilagor hold the file: each is indexed again when its text is stored."""
    row = store.db.execute("SELECT count(*) FROM bilaga WHERE sha256 = ?", [sha256]).fetchone()
    return row[0]


def has_text(store, sha256: str) -> bool:
    row = store.db.execute("SELECT 1 FROM file_text WHERE sha256 = ?", [sha256]).fetchone()
    return row is not None


def put_texts(store, texts: Iterable[tuple[str, str | None]]) -> list[str]:
    """Keep the text read out of each file (None: it has none to read, a scan); the bilagor
    holding the file are queued for the index by a trigger. A file read again to the same
    text only leaves the queue of step m1806: its bilagor are not indexed again for nothing
    (a file may be held by many: at ten years of bench/history.py, 300 files by 6 600).
    Returns the sha256 of the files whose text was stored (new, or not the one kept)."""
    changed = []
    for sha256, text in texts:
        kept = store.db.execute("SELECT text FROM file_text WHERE sha256 = ?", [sha256])
        row = kept.fetchone()
        if row is not None and row[0] == text:
            store.db.execute("DELETE FROM file_reread WHERE sha256 = ?", [sha256])
        else:
            changed.append((sha256, text))
    store.db.executemany("INSERT OR REPLACE INTO file_text (sha256, text) VALUES (?, ?)", changed)
    return [sha256 for sha256, _text in changed]
