"""A file's new text taken into the search index a share of the bilagor holding it at a time.

Each bilaga is a document of the index holding its file's text, and storing a file's text
(search_repo.put_texts) queues every bilaga holding it: at ten years of bench/history.py a
file is held by some twenty, and indexing them in one write transaction kept the window's
save waiting for it (bench/bilaga_reread.py: a save every half second while the PDFs of step
m1806 were read again waited 48 ms at the median, 356 ms at most). So the window's
background reading indexes the bilagor with the new text a few at a time, each share in a
transaction of its own, before the file's text is stored; storing it then leaves out of the
queue the bilagor whose document already holds it.

A document that holds the new text was written here, from the rows as they were: any later
change of its bilaga, meeting or organ has the index write it again from the stored (old)
text, so it is no longer current and is indexed again with the rest."""

from __future__ import annotations

from ksdesk.core.search import index_text
from ksdesk.db.search_repo import document, replace_documents

_BILAGA = 2  # search_repo's kind code of a bilaga: its document's rowid is id × 8 + 2

# The bilagor the index has a document for (search_repo's source of bilaga documents).
_INDEXED = (
    "FROM bilaga b JOIN agenda_item i ON i.id = b.item_id JOIN meeting m ON m.id = i.meeting_id "
    "JOIN organ o ON o.id = m.organ_id"
)


def indexed_form(text: str | None) -> str:
    """The text column of a bilaga's document when its file holds `text` (search_repo's
    document: the file's text alone, folded as the index keeps text)."""
    return index_text(text or "")


def stale_holders(store, sha256: str, text: str | None, limit: int) -> list[int]:
    """Up to `limit` ids of the bilagor holding the file whose document does not hold `text`."""
    rows = store.db.execute(
        f"SELECT b.id {_INDEXED} WHERE b.sha256 = ? AND NOT EXISTS (SELECT 1 FROM "
        f"search_index s WHERE s.rowid = b.id * 8 + {_BILAGA} AND s.text = ?) "
        "ORDER BY b.id LIMIT ?",
        [sha256, indexed_form(text), limit],
    )
    return [row[0] for row in rows]


def index_holders(store, ids: list[int], text: str | None) -> int:
    """The documents of the bilagor `ids` written with their file's text as `text` (before it
    is stored); returns how many were written."""
    import json

    rows = store.db.query(
        "SELECT b.id AS row_id, b.uuid AS ref, o.name AS organ, m.date AS datum, "
        f"b.title AS r_title, ? AS t_file {_INDEXED} JOIN json_each(?) j ON j.value = b.id",
        [text, json.dumps(ids)],
    )
    documents = [document("bilaga", row) for row in rows]
    replace_documents(store, [(doc[0],) for doc in documents], documents)
    return len(documents)


def drop_current(store, sha256: str, text: str | None) -> None:
    """Out of the index's queue: the bilagor holding the file whose document holds `text`
    already (in the transaction that stores it, after the trigger queued them all)."""
    store.db.execute(
        "DELETE FROM search_dirty WHERE typ = 'bilaga' AND row_id IN (SELECT b.id FROM bilaga b "
        f"JOIN search_index s ON s.rowid = b.id * 8 + {_BILAGA} WHERE b.sha256 = ? "
        "AND s.text = ?)",
        [sha256, indexed_form(text)],
    )
