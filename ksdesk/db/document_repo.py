"""Free-text documents of the packet."""

from __future__ import annotations

from ksdesk.core.documents import Block, Document
from ksdesk.db.connection import Store
from ksdesk.db.row_sync import assign, save_children, save_row, unshared, wanted
from ksdesk.db.rows import children, from_json, to_json


def save(store: Store, document: Document) -> int:
    record = {"key": document.key, "title": document.title, "header": to_json(document.header)}
    document.id, document.uuid = save_row(store.db, "document", wanted(document, record))
    blocks = [
        wanted(b, {"heading": b.heading, "text": b.text, "budget_key": b.budget_key})
        for b in unshared(document.blocks)
    ]
    identities = save_children(
        store.db, "document_block", "document_id", document.id, blocks, positional=True
    )
    assign(document.blocks, identities)
    return document.id


def find(store: Store, key: str) -> Document | None:
    rows = list(store.db.query("SELECT * FROM document WHERE key = ?", [key]))
    if not rows:
        return None
    row = rows[0]
    blocks = [
        Block(heading=b["heading"], text=b["text"], budget_key=b["budget_key"], uuid=b["uuid"])
        for b in children(store.db, "document_block", "document_id", row["id"])
    ]
    header = [tuple(pair) for pair in from_json(row["header"], [])]
    return Document(
        key=row["key"],
        title=row["title"],
        header=header,
        blocks=blocks,
        id=row["id"],
        uuid=row["uuid"],
    )


def keys(store: Store) -> list[str]:
    return [r["key"] for r in store.db.query("SELECT key FROM document ORDER BY id")]


def titles(store: Store) -> list[tuple[str, str]]:
    """(key, title) of every document, in the order they were added."""
    return [
        (r["key"], r["title"])
        for r in store.db.query("SELECT key, title FROM document ORDER BY id")
    ]
