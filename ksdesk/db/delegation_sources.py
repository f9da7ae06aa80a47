"""The texts the delegation checks search for § citations: every meeting's agenda texts
(proposals, tjänsteskrivelser, bilaga titles), the protokoll paragraphs, the documents, and the
dates of § that records know (protokoll paragraphs, adopted versions). Read-only."""

from __future__ import annotations

from ksdesk.core.delegation_citations import Fact, Source, organ_key
from ksdesk.db.connection import Store
from ksdesk.db.rows import from_json, parse_date_text


def meeting_sources(store: Store) -> list[Source]:
    """Every ärende's förslag, tjänsteskrivelse text and bilaga titles, in three queries (it
    asked two per ärende: thousands at ten years)."""
    db = store.db
    sections: dict[int, list[str]] = {}
    for row in db.execute(
        "SELECT t.item_id, s.text FROM ts_section s JOIN tjansteskrivelse t ON t.id = s.ts_id "
        "ORDER BY t.item_id, s.position"
    ):
        sections.setdefault(row[0], []).append(row[1])
    titles: dict[int, list[str]] = {}
    for row in db.execute("SELECT item_id, title FROM bilaga ORDER BY item_id, position"):
        titles.setdefault(row[0], []).append(row[1])
    sources = []
    items = db.query(
        "SELECT i.id, i.position, i.title, i.proposal, m.date FROM agenda_item i "
        "JOIN meeting m ON m.id = i.meeting_id ORDER BY m.date, i.position"
    )
    for item in items:
        where = f"ärende {item['position'] + 1} ({item['date']})"
        if item["proposal"]:
            sources.append(Source(f"förslaget till beslut i {where}", item["proposal"]))
        if item["id"] in sections:
            text = "\n\n".join(sections[item["id"]])
            sources.append(Source(f"tjänsteskrivelsen i {where}", text))
        if item["id"] in titles:
            sources.append(Source(f"bilagorna till {where}", "\n".join(titles[item["id"]])))
    return sources


def protokoll_sources(store: Store) -> list[Source]:
    sources = []
    for row in store.db.query("SELECT * FROM protokoll_paragraf ORDER BY meeting_date, paragraf"):
        label = f"protokollet {row['meeting_date']} § {row['paragraf']}"
        parts = [
            row["beslut"],
            row["beskrivning"],
            "\n".join(from_json(row["beslutsunderlag"], [])),
            row["behandling"],
        ]
        sources.append(Source(label, "\n\n".join(p for p in parts if p)))
    return sources


def document_sources(store: Store) -> list[Source]:
    sources = []
    for doc in store.db.query("SELECT id, title FROM document ORDER BY id"):
        blocks = store.db.query(
            "SELECT heading, text FROM document_block WHERE document_id = ? ORDER BY position",
            [doc["id"]],
        )
        text = "\n\n".join(f"{b['heading']}\n{b['text']}" for b in blocks)
        sources.append(Source(f"dokumentet {doc['title']}", text))
    return sources


def paragraf_facts(store: Store) -> list[Fact]:
    """§ with known dates: each protokoll paragraph, and each adopted delegationsordning."""
    facts = []
    rows = store.db.query(
        "SELECT p.meeting_date, p.paragraf, o.name FROM protokoll_paragraf p "
        "JOIN organ o ON o.id = p.organ_id"
    )
    for row in rows:
        day = parse_date_text(row["meeting_date"])
        if day is not None:
            label = f"protokollet {row['meeting_date']} § {row['paragraf']}"
            facts.append(Fact(label, organ_key(row["name"]), day, int(row["paragraf"])))
    versions = store.db.query(
        "SELECT name, adopted_date, adopted_paragraf FROM deleg_version "
        "WHERE status = 'antagen' AND adopted_date IS NOT NULL"
    )
    for row in versions:
        paragraf = "".join(ch for ch in row["adopted_paragraf"] if ch.isdigit())
        day = parse_date_text(row["adopted_date"])
        if paragraf and day is not None:
            facts.append(Fact(f"{row['name']} (antagen)", None, day, int(paragraf)))
    return facts


def organ_shorts(store: Store) -> list[str]:
    """The organs' short names ("KS"): a delegationsordning may use them unexplained."""
    return [r["short"] for r in store.db.query("SELECT short FROM organ") if r["short"]]
