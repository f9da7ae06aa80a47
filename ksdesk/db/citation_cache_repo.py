"""The § citations found in each meeting's texts, kept in the file with the meeting's
change_txn (step m1804), so that the first delegation check after opening a file searches only
the meetings changed since (services/citing_texts.py). The citations are stored, not the texts:
each as its source's label, organ, day, § number, quote and two flags, with the order of its
text among the others of its kind. Also the stamp of the §§ kept without a meeting, whose
citations are kept in memory only (citation_cache is keyed by the meeting)."""

from __future__ import annotations

import sqlite3
from datetime import date

from ksdesk.core.delegation_citations import RULES, Citation, FoundIn, MeetingCitations
from ksdesk.db.connection import Store
from ksdesk.db.rows import from_json, to_json


def stored(store: Store, meeting_ids: list[int]) -> dict[int, MeetingCitations]:
    """The citations kept for these meetings by the rules of today (a row of older rules is
    as good as none), each with the change_txn the meeting had when they were found."""
    rows = store.db.execute(
        "SELECT meeting_id, change_txn, found FROM citation_cache "
        "WHERE meeting_id IN (SELECT value FROM json_each(?)) AND rules = ?",
        [to_json(meeting_ids), RULES],
    )
    return {meeting_id: _read(txn, found) for meeting_id, txn, found in rows}


def unsearched(store: Store) -> dict[int, int | None]:
    """Each meeting whose citations the file does not keep as they are now (no row, a row
    from before its last change, or of older rules), and its change_txn now."""
    rows = store.db.execute(
        "SELECT m.id, m.change_txn FROM meeting m LEFT JOIN citation_cache c "
        "ON c.meeting_id = m.id AND c.change_txn = m.change_txn AND c.rules = ? "
        "WHERE c.meeting_id IS NULL",
        [RULES],
    )
    return dict(rows.fetchall())


def loose_stamp(store: Store) -> tuple:
    """What the citations of the §§ kept without a meeting were found in, from the index on
    meeting_id alone (not the texts). Such a § comes of a deleted meeting or of earlier
    protokoll, and leaves when its meeting is made again: each moves the count or the
    highest id; renumbering moves the sum. Nothing in ksdesk writes the text of one in
    place (its meeting's §§ are written through the meeting)."""
    return tuple(
        store.db.execute(
            "SELECT count(*), max(id), total(paragraf) FROM protokoll_paragraf "
            "WHERE meeting_id IS NULL"
        ).fetchone()
    )


def keep(store: Store, meetings: dict[int, MeetingCitations]) -> bool:
    """Keep these meetings' citations (replacing what was kept), in one short transaction of
    its own; False when the file could not be written just now (busy, full): they are found
    again and kept by a later check. Derived rows change no meeting, so none of
    Store.atomic's bookkeeping (versions, the search index, team mode's checks) concerns
    them, and the first check after opening a file does not import sqlite-utils for them
    (50 ms)."""
    conn = store.db.conn
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(
            "INSERT OR REPLACE INTO citation_cache (meeting_id, change_txn, rules, found) "
            "VALUES (?, ?, ?, ?)",
            [
                (meeting_id, found.change_txn, RULES, _written(found))
                for meeting_id, found in meetings.items()
            ],
        )
        conn.execute("COMMIT")
    except sqlite3.OperationalError:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        return False
    return True


def _written(meeting: MeetingCitations) -> str:
    return to_json(
        {
            "agenda": [_found(f) for f in meeting.agenda],
            "protokoll": [_found(f) for f in meeting.protokoll],
        }
    )


def _found(found: FoundIn) -> list:
    cites = [
        [
            c.source,
            c.organ,
            c.day.isoformat(),
            c.paragraf,
            c.quote,
            c.in_version,
            c.mentions_delegation,
        ]
        for c in found.citations
    ]
    return [found.order[0], found.order[1], cites]


def _read(txn: int, text: str) -> MeetingCitations:
    found = from_json(text, {})
    return MeetingCitations(
        txn, _found_in(found.get("agenda", [])), _found_in(found.get("protokoll", []))
    )


def _found_in(rows: list) -> list[FoundIn]:
    return [
        FoundIn(
            (day, place),
            [
                Citation(source, organ, date.fromisoformat(cited), paragraf, quote, inv, mentions)
                for source, organ, cited, paragraf, quote, inv, mentions in cites
            ],
        )
        for day, place, cites in rows
    ]
