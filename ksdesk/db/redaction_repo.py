"""The redaction log: decisions on the hits of the public-copy scan, newest in force."""

from __future__ import annotations

from ksdesk.core.public_copy import Decision, LogEntry
from ksdesk.db.connection import Store


def add(
    store: Store,
    meeting_id: int,
    *,
    hit_key: str,
    kind: str,
    source: str,
    shown: str,
    decision: Decision,
) -> int:
    cursor = store.db.execute(
        "INSERT INTO redaction (meeting_id, hit_key, kind, source, shown, decision, "
        "decided_by, decided_at, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            meeting_id,
            hit_key,
            kind,
            source,
            shown,
            decision.decision,
            decision.decided_by,
            decision.decided_at,
            decision.note,
        ],
    )
    return cursor.lastrowid


def current(store: Store, meeting_id: int) -> dict[str, Decision]:
    """The decision in force per hit key (the newest row of each)."""
    rows = store.db.query(
        "SELECT hit_key, decision, decided_by, decided_at, note FROM redaction "
        "WHERE meeting_id = ? ORDER BY id",
        [meeting_id],
    )
    return {
        row["hit_key"]: Decision(row["decision"], row["decided_by"], row["decided_at"], row["note"])
        for row in rows
    }


def own_phrases(store: Store, meeting_id: int, source: str) -> list[str]:
    """The phrases the secretary asked the meeting's review to mask herself, first first
    (the rows of `source`, services.public_contacts.add_own: the decisions on them are
    rows under their hit keys like any other's)."""
    rows = store.db.query(
        "SELECT shown FROM redaction WHERE meeting_id = ? AND source = ? ORDER BY id",
        [meeting_id, source],
    )
    return list(dict.fromkeys(row["shown"] for row in rows))


def kept_everywhere(store: Store, kind: str) -> set[str]:
    """The hit keys of `kind` whose decision in force, in any meeting's review, is "behåll"
    (the newest row of each meeting's hit): what the lists spanning meetings publish too."""
    rows = store.db.query(
        "SELECT meeting_id, hit_key, decision FROM redaction WHERE kind = ? ORDER BY id", [kind]
    )
    in_force = {(row["meeting_id"], row["hit_key"]): row["decision"] for row in rows}
    return {key for (_meeting, key), decision in in_force.items() if decision == "behåll"}


def log(store: Store, meeting_id: int) -> list[LogEntry]:
    """Every decision ever taken for the meeting, oldest first (the log as such)."""
    rows = store.db.query(
        "SELECT kind, source, shown, decision, decided_by, decided_at, note "
        "FROM redaction WHERE meeting_id = ? ORDER BY id",
        [meeting_id],
    )
    return [
        LogEntry(
            r["kind"],
            r["source"],
            r["shown"],
            Decision(r["decision"], r["decided_by"], r["decided_at"], r["note"]),
        )
        for r in rows
    ]


def count(store: Store) -> int:
    return store.db.count("redaction")
