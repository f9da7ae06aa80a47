"""The texts the delegation checks search for § citations: every meeting's agenda texts
(proposals, tjänsteskrivelser, bilaga titles), the protokoll paragraphs, the documents, and the
dates of § that records know (protokoll paragraphs, adopted versions). Read-only."""

from __future__ import annotations

from ksdesk.core.delegation_citations import Fact, Source, organ_key
from ksdesk.core.typed_text import is_digits
from ksdesk.db.connection import Store
from ksdesk.db.rows import from_json, parse_date_text, to_json

# A citation always has "§" (core.delegation_citations): a text without one can hold none,
# and only the texts of ärenden and paragraphs that have one are kept. A source keeps all of
# its text, so a citation still sees whether the text speaks of the delegationsordning
# anywhere. The texts are read meeting by meeting (services.delegation_check keeps those of
# the meetings that have not changed): real tjänsteskrivelser cite laws by §, and at ten
# years reading every text again after an edit of one meeting took 140 ms.
_CITES = "instr({}, '§') > 0"
_OF_MEETINGS = "meeting_id IN (SELECT value FROM json_each(?))"

# Where a source stands among the others of its kind: a meeting's texts by the meeting's
# date and the item's place, a §'s by date and number (the order the check names them in).
Placed = tuple[int | None, tuple[str, int], Source]  # (meeting id, order, source)


def meeting_sources(store: Store, meeting_ids: list[int]) -> list[Placed]:
    """The förslag, tjänsteskrivelse text and bilaga titles of each ärende of these meetings
    that cites a §, in three queries."""
    db, ids = store.db, [to_json(meeting_ids)]
    sections: dict[int, list[str]] = {}
    for item_id, text in db.execute(
        "SELECT t.item_id, s.text FROM agenda_item i "
        "JOIN tjansteskrivelse t ON t.item_id = i.id JOIN ts_section s ON s.ts_id = t.id "
        f"WHERE i.{_OF_MEETINGS} ORDER BY t.item_id, s.position",
        ids,
    ):
        sections.setdefault(item_id, []).append(text)
    titles: dict[int, list[str]] = {}
    for item_id, title in db.execute(
        "SELECT b.item_id, b.title FROM agenda_item i JOIN bilaga b ON b.item_id = i.id "
        f"WHERE i.{_OF_MEETINGS} ORDER BY b.item_id, b.position",
        ids,
    ):
        titles.setdefault(item_id, []).append(title)
    placed: list[Placed] = []
    for item in db.query(
        "SELECT i.id, i.meeting_id, i.position, i.proposal, m.date FROM agenda_item i "
        f"JOIN meeting m ON m.id = i.meeting_id WHERE i.{_OF_MEETINGS} "
        "ORDER BY m.date, i.position",
        ids,
    ):
        where = f"ärende {item['position'] + 1} ({item['date']})"
        texts = [
            (f"förslaget till beslut i {where}", item["proposal"] or ""),
            (f"tjänsteskrivelsen i {where}", "\n\n".join(sections.get(item["id"], []))),
            (f"bilagorna till {where}", "\n".join(titles.get(item["id"], []))),
        ]
        order = (str(item["date"]), item["position"])
        placed += [
            (item["meeting_id"], order, Source(label, text)) for label, text in texts if "§" in text
        ]
    return placed


def protokoll_sources(store: Store, meeting_ids: list[int] | None) -> list[Placed]:
    """The §§ of these meetings that cite a § (None: the §§ kept without a meeting)."""
    columns = ("beslut", "beskrivning", "beslutsunderlag", "behandling")
    # beslutsunderlag is a JSON list: a § in it may also be written as its escape.
    cites = " OR ".join([*map(_CITES.format, columns), "instr(beslutsunderlag, '\\u00a7') > 0"])
    which, args = (
        (_OF_MEETINGS, [to_json(meeting_ids)])
        if meeting_ids is not None
        else ("meeting_id IS NULL", [])
    )
    placed: list[Placed] = []
    for row in store.db.query(
        f"SELECT * FROM protokoll_paragraf WHERE {which} AND ({cites}) "
        "ORDER BY meeting_date, paragraf",
        args,
    ):
        label = f"protokollet {row['meeting_date']} § {row['paragraf']}"
        parts = [
            row["beslut"],
            row["beskrivning"],
            "\n".join(from_json(row["beslutsunderlag"], [])),
            row["behandling"],
        ]
        source = Source(label, "\n\n".join(p for p in parts if p))
        placed.append((row["meeting_id"], (str(row["meeting_date"]), row["paragraf"]), source))
    return placed


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
        paragraf = "".join(ch for ch in row["adopted_paragraf"] if is_digits(ch))
        day = parse_date_text(row["adopted_date"])
        if paragraf and int(paragraf) in numbers and day is not None:
            facts.append(Fact(f"{row['name']} (antagen)", None, day, int(paragraf)))
    return facts


def organ_shorts(store: Store) -> list[str]:
    """The organs' short names ("KS"): a delegationsordning may use them unexplained."""
    return [r["short"] for r in store.db.query("SELECT short FROM organ") if r["short"]]
