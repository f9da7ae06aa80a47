"""The texts the delegation checks search for § citations: every meeting's agenda texts
(proposals, tjänsteskrivelser, bilaga titles), the protokoll paragraphs, the documents, and the
dates of § that records know (protokoll paragraphs, adopted versions). Read-only."""

from __future__ import annotations

from ksdesk.core.delegation_citations import Fact, Source, organ_key
from ksdesk.db.connection import Store
from ksdesk.db.rows import from_json, parse_date_text, to_json

# A citation always has "§" (core.delegation_citations): a text without one can hold none,
# and only the texts of ärenden and paragraphs that have one are read (at ten years, reading
# every text took most of the half second each delegation edit waited for its check). A
# source keeps all of its text, so a citation still sees whether the text speaks of the
# delegationsordning anywhere.
_CITES = "instr({}, '§') > 0"


def meeting_sources(store: Store) -> list[Source]:
    """The förslag, tjänsteskrivelse text and bilaga titles of every ärende that cites a §,
    in three queries."""
    db = store.db
    sections: dict[int, list[str]] = {}
    for row in db.execute(
        "SELECT t.item_id, s.text FROM ts_section s JOIN tjansteskrivelse t ON t.id = s.ts_id "
        "WHERE s.ts_id IN (SELECT ts_id FROM ts_section WHERE " + _CITES.format("text") + ") "
        "ORDER BY t.item_id, s.position"
    ):
        sections.setdefault(row[0], []).append(row[1])
    titles: dict[int, list[str]] = {}
    for row in db.execute(
        "SELECT item_id, title FROM bilaga WHERE item_id IN (SELECT item_id FROM bilaga "
        "WHERE " + _CITES.format("title") + ") ORDER BY item_id, position"
    ):
        titles.setdefault(row[0], []).append(row[1])
    sources = []
    citing = sorted({*sections, *titles})
    items = db.query(
        "SELECT i.id, i.position, i.title, i.proposal, m.date FROM agenda_item i "
        "JOIN meeting m ON m.id = i.meeting_id WHERE "
        + _CITES.format("i.proposal")
        + " OR i.id IN (SELECT value FROM json_each(?)) ORDER BY m.date, i.position",
        [to_json(citing)],
    )
    for item in items:
        where = f"ärende {item['position'] + 1} ({item['date']})"
        if item["proposal"] and "§" in item["proposal"]:
            sources.append(Source(f"förslaget till beslut i {where}", item["proposal"]))
        if item["id"] in sections:
            text = "\n\n".join(sections[item["id"]])
            sources.append(Source(f"tjänsteskrivelsen i {where}", text))
        if item["id"] in titles:
            sources.append(Source(f"bilagorna till {where}", "\n".join(titles[item["id"]])))
    return sources


def protokoll_sources(store: Store) -> list[Source]:
    columns = ("beslut", "beskrivning", "beslutsunderlag", "behandling")
    # beslutsunderlag is a JSON list: a § in it may also be written as its escape.
    cites = " OR ".join([*map(_CITES.format, columns), "instr(beslutsunderlag, '\\u00a7') > 0"])
    sources = []
    for row in store.db.query(
        f"SELECT * FROM protokoll_paragraf WHERE {cites} ORDER BY meeting_date, paragraf"
    ):
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


def paragraf_facts(store: Store, numbers: set[int]) -> list[Fact]:
    """The § numbered `numbers` whose dates are known: protokoll paragraphs, and adopted
    delegationsordningar."""
    facts = []
    rows = store.db.query(
        "SELECT p.meeting_date, p.paragraf, o.name FROM protokoll_paragraf p "
        "JOIN organ o ON o.id = p.organ_id "
        "WHERE p.paragraf IN (SELECT value FROM json_each(?))",
        [to_json(sorted(numbers))],
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
        if paragraf and int(paragraf) in numbers and day is not None:
            facts.append(Fact(f"{row['name']} (antagen)", None, day, int(paragraf)))
    return facts


def organ_shorts(store: Store) -> list[str]:
    """The organs' short names ("KS"): a delegationsordning may use them unexplained."""
    return [r["short"] for r in store.db.query("SELECT short FROM organ") if r["short"]]
