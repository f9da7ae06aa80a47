"""Delegationsordning versions (header, revisions, intro, chapters, points, abbreviations);
the register of roles is db.delegation_role_repo."""

from __future__ import annotations

from datetime import date

from ksdesk.core.delegation import (
    Abbreviation,
    Chapter,
    IntroSection,
    Point,
    Revision,
    Version,
    VersionStatus,
)
from ksdesk.core.errors import NotFound
from ksdesk.db.connection import Store
from ksdesk.db.row_sync import assign, save_children, save_row, unshared, wanted
from ksdesk.db.rows import (
    children,
    date_text,
    from_json,
    parse_date_text,
    to_json,
)


def save(store: Store, version: Version) -> int:
    """Write the version as given, touching only what differs from the stored one. A version
    with an id that is no longer stored (a deleted draft put back by Gör om) is inserted
    again under that id and uuid."""
    db = store.db
    record = {
        "key": version.key,
        "name": version.name,
        "status": version.status,
        "adopted_date": date_text(version.adopted_date),
        "adopted_paragraf": version.adopted_paragraf,
        "adopted_dnr": version.adopted_dnr,
        "based_on": version.based_on,
        "header": to_json(version.header),
        "column_headings": to_json(version.column_headings),
        "extra_columns": to_json(version.extra_columns),
    }
    version.id, version.uuid = save_row(db, "deleg_version", wanted(version, record))
    save_revisions(store, version.id, version.revisions)
    save_intro(store, version.id, version.intro)
    save_abbreviations(store, version.id, version.abbreviations)
    stored_points = _points_by_chapter(store, version.id)
    chapters = [
        wanted(c, {"title": c.title, "subtitle": c.subtitle, "part": c.part, "note": c.note})
        for c in unshared(version.chapters)
    ]
    known = {(c["id"], c["uuid"]) for c in _chapter_rows(store, version.id)}
    assign(version.chapters, save_children(db, "deleg_chapter", "version_id", version.id, chapters))
    for chapter in version.chapters:
        assert chapter.id is not None
        # A new chapter may reuse the id of one deleted just now: its points are not ours.
        stored = stored_points.get(chapter.id, []) if (chapter.id, chapter.uuid) in known else []
        points = [wanted(p, _point_record(p)) for p in unshared(chapter.points)]
        identities = save_children(
            db, "deleg_point", "chapter_id", chapter.id, points, stored=stored
        )
        assign(chapter.points, identities)
    return version.id


def _chapter_rows(store: Store, version_id: int) -> list[dict]:
    return list(
        store.db.query("SELECT id, uuid FROM deleg_chapter WHERE version_id = ?", [version_id])
    )


def _points_by_chapter(store: Store, version_id: int) -> dict[int, list[dict]]:
    """Every point of the version, grouped by chapter id, in one query."""
    grouped: dict[int, list[dict]] = {}
    rows = store.db.query(
        "SELECT p.* FROM deleg_point p JOIN deleg_chapter c ON c.id = p.chapter_id "
        "WHERE c.version_id = ? ORDER BY p.chapter_id, p.position",
        [version_id],
    )
    for row in rows:
        grouped.setdefault(row["chapter_id"], []).append(row)
    return grouped


def save_header(store: Store, version_id: int, header: dict[str, str]) -> None:
    store.db.execute(
        "UPDATE deleg_version SET header = ? WHERE id = ?", [to_json(header), version_id]
    )


def save_revisions(store: Store, version_id: int, revisions: list[Revision]) -> None:
    rows = [wanted(r, {"beslut": r.beslut, "text": r.text, "dnr": r.dnr}) for r in revisions]
    _save_list(store, "deleg_revision", version_id, revisions, rows)


def save_intro(store: Store, version_id: int, sections: list[IntroSection]) -> None:
    rows = [wanted(s, {"heading": s.heading, "text": s.text}) for s in sections]
    _save_list(store, "deleg_intro", version_id, sections, rows)


def save_abbreviations(store: Store, version_id: int, abbreviations: list[Abbreviation]) -> None:
    rows = [wanted(a, {"short": a.short, "long": a.long}) for a in abbreviations]
    _save_list(store, "deleg_abbreviation", version_id, abbreviations, rows)


def _save_list(store: Store, table: str, version_id: int, values: list, rows: list) -> None:
    """A version's plain list (revisions, intro, abbreviations): rows matched by position."""
    identities = save_children(store.db, table, "version_id", version_id, rows, positional=True)
    assign(values, identities)


def _point_record(point: Point) -> dict:
    return {
        "uid": point.uid,
        "nr": point.nr,
        "arende": point.arende,
        "lagrum": point.lagrum,
        "delegat": to_json(point.delegat),
        "ersattare": to_json(point.ersattare),
        "vidaredelegation": point.vidaredelegation,
        "anmarkning": point.anmarkning,
        "heading": point.heading,
        "extra": to_json(point.extra),
        "marked": point.marked,
    }


def update_point(store: Store, version_id: int, point: Point) -> None:
    """Write one point's fields in place (the tab saves every edit at once)."""
    record = _point_record(point)
    record.pop("uid")
    assignments = ", ".join(f"{name} = ?" for name in record)
    store.db.execute(
        f"UPDATE deleg_point SET {assignments} WHERE uid = ? AND chapter_id IN "
        "(SELECT id FROM deleg_chapter WHERE version_id = ?)",
        [*record.values(), point.uid, version_id],
    )


def status_of(store: Store, version_id: int) -> VersionStatus:
    row = store.db.execute("SELECT status FROM deleg_version WHERE id = ?", [version_id]).fetchone()
    if row is None:
        raise NotFound(f"Det finns ingen version av delegationsordningen med id {version_id}.")
    return VersionStatus(row[0])


def list_versions(store: Store) -> list[tuple[int, str, str, str]]:
    """(id, key, name, status) of every version, oldest first."""
    return [
        (r["id"], r["key"], r["name"], VersionStatus(r["status"]))
        for r in store.db.query("SELECT id, key, name, status FROM deleg_version ORDER BY id")
    ]


def get(store: Store, version_id: int) -> Version:
    rows = list(store.db.query("SELECT * FROM deleg_version WHERE id = ?", [version_id]))
    if not rows:
        raise NotFound(f"Det finns ingen version av delegationsordningen med id {version_id}.")
    return _version(store, rows[0])


def find(store: Store, key_or_name: str) -> Version | None:
    rows = list(
        store.db.query(
            "SELECT * FROM deleg_version WHERE key = ? OR lower(name) = lower(?)",
            [key_or_name, key_or_name],
        )
    )
    return _version(store, rows[0]) if rows else None


def in_force_id(store: Store, on: date) -> int | None:
    """The adopted version with the latest adoption date on or before `on`."""
    row = store.db.execute(
        "SELECT id FROM deleg_version WHERE status = 'antagen' AND adopted_date <= ? "
        "ORDER BY adopted_date DESC, id DESC LIMIT 1",
        [on.isoformat()],
    ).fetchone()
    return row[0] if row else None


def newest_id(store: Store) -> int | None:
    """The version worked on last: the newest draft, else the latest adopted version."""
    row = store.db.execute(
        "SELECT id FROM deleg_version ORDER BY status = 'utkast' DESC, "
        "coalesce(adopted_date, '') DESC, id DESC LIMIT 1"
    ).fetchone()
    return row[0] if row else None


def delete(store: Store, version_id: int) -> None:
    store.db.execute("DELETE FROM deleg_version WHERE id = ?", [version_id])


def count_points(store: Store, version_id: int | None = None) -> int:
    if version_id is None:
        return store.db.count("deleg_point")
    return store.db.execute(
        "SELECT count(*) FROM deleg_point p JOIN deleg_chapter c ON c.id = p.chapter_id "
        "WHERE c.version_id = ?",
        [version_id],
    ).fetchone()[0]


def _version(store: Store, row: dict) -> Version:
    vid = row["id"]
    db = store.db

    def rows_of(table: str) -> list[dict]:
        return children(db, table, "version_id", vid)

    chapters = []
    for c in rows_of("deleg_chapter"):
        points = [
            Point(
                nr=p["nr"],
                arende=p["arende"],
                lagrum=p["lagrum"],
                delegat=from_json(p["delegat"], []),
                ersattare=from_json(p["ersattare"], []),
                vidaredelegation=p["vidaredelegation"],
                anmarkning=p["anmarkning"],
                uid=p["uid"],
                id=p["id"],
                uuid=p["uuid"],
                heading=p["heading"],
                extra=from_json(p["extra"], {}),
                marked=p["marked"],
            )
            for p in children(db, "deleg_point", "chapter_id", c["id"])
        ]
        chapters.append(
            Chapter(
                title=c["title"],
                points=points,
                id=c["id"],
                uuid=c["uuid"],
                subtitle=c["subtitle"],
                part=c["part"],
                note=c["note"],
            )
        )
    return Version(
        key=row["key"],
        name=row["name"],
        status=VersionStatus(row["status"]),
        adopted_date=parse_date_text(row["adopted_date"]),
        adopted_paragraf=row["adopted_paragraf"],
        adopted_dnr=row["adopted_dnr"],
        header=from_json(row["header"], {}),
        based_on=row["based_on"],
        revisions=[
            Revision(r["beslut"], r["text"], r["dnr"], uuid=r["uuid"])
            for r in rows_of("deleg_revision")
        ],
        intro=[
            IntroSection(r["heading"], r["text"], uuid=r["uuid"]) for r in rows_of("deleg_intro")
        ],
        abbreviations=[
            Abbreviation(r["short"], r["long"], uuid=r["uuid"])
            for r in rows_of("deleg_abbreviation")
        ],
        chapters=chapters,
        id=vid,
        column_headings=from_json(row["column_headings"], {}),
        extra_columns=from_json(row["extra_columns"], []),
        uuid=row["uuid"],
    )
