"""Reads the demo meeting (resources/demo/*.json, typed from the seed packet) into core
dataclasses. Cells keep the exact decimals as printed: "0,0" stays Decimal("0.0")."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ksdesk.core.budget import Column, Row, Sheet, terms_from_headers
from ksdesk.core.delegation import (
    Abbreviation,
    Chapter,
    Delegationsbeslut,
    IntroSection,
    Point,
    Revision,
    Version,
    VersionStatus,
)
from ksdesk.core.documents import Block, Document
from ksdesk.core.format import parse_amount, parse_date, parse_percent, parse_time
from ksdesk.core.meeting import (
    Arende,
    Bilaga,
    Forslag,
    MeetingStatus,
    Sammantrade,
    Section,
    Signatory,
    Tjansteskrivelse,
)
from ksdesk.core.organ import Fortroendevald, Organ
from ksdesk.core.protokoll import Paragraf


@dataclass
class DemoData:
    organ: Organ
    meeting: Sammantrade
    documents: list[Document] = field(default_factory=list)
    sheets: list[Sheet] = field(default_factory=list)
    delegationsordning: Version | None = None
    # The version in force before the draft, RECONSTRUCTED from the seed's förteckning (see
    # the "_note" in delegationsordning-gallande.json), and the titles it says were renamed.
    delegation_in_force: Version | None = None
    renamed_roles: list[tuple[str, str]] = field(default_factory=list)
    beslut: list[Delegationsbeslut] = field(default_factory=list)
    paragrafer: list[Paragraf] = field(default_factory=list)


def _load(folder: Path, name: str) -> Any:
    return json.loads((folder / name).read_text(encoding="utf-8"))


def read_demo(folder: Path) -> DemoData:
    organ = read_organ(_load(folder, "organ.json"))
    meeting_file = next(iter(sorted(folder.glob("meeting-*.json"))))
    return DemoData(
        organ=organ,
        meeting=read_meeting(_load(folder, meeting_file.name)),
        documents=[read_document(d) for d in _load(folder, "documents.json")["documents"]],
        sheets=[read_sheet(s) for s in _load(folder, "budget.json")["sheets"]],
        delegationsordning=read_version(_load(folder, "delegationsordning.json")),
        beslut=[read_beslut(b) for b in _load(folder, "delegationsbeslut.json")["beslut"]],
        paragrafer=[read_paragraf(p) for p in _load(folder, "protokoll.json")["paragrafer"]],
        **_in_force(folder),
    )


def _in_force(folder: Path) -> dict:
    if not (folder / "delegationsordning-gallande.json").exists():
        return {}
    data = _load(folder, "delegationsordning-gallande.json")
    renamed = [(r["name"], r["replaced_by"]) for r in data.get("renamed_roles", [])]
    return {"delegation_in_force": read_version(data), "renamed_roles": renamed}


def read_organ(data: dict) -> Organ:
    secretary = data.get("secretary", {})
    return Organ(
        name=data["name"],
        kommun=data.get("kommun", ""),
        short=data.get("short", ""),
        default_place=data.get("default_place", ""),
        kallelse_days_before=data.get("kallelse_days_before", 7),
        delegationsbeslut_cutoff_days=data.get("delegationsbeslut_cutoff_days", 8),
        secretary_name=secretary.get("name", ""),
        secretary_title=secretary.get("title", ""),
        secretary_email=secretary.get("email", ""),
        secretary_phone=secretary.get("phone", ""),
        forvaringsplats=data.get("forvaringsplats", ""),
        members=[Fortroendevald(m["name"], m.get("party", ""), m["role"]) for m in data["members"]],
    )


def read_meeting(data: dict) -> Sammantrade:
    chair, secretary = data.get("chair", {}), data.get("secretary", {})
    return Sammantrade(
        organ_id=0,
        date=parse_date(data["date"]),
        time=parse_time(data["time"]),
        place=data.get("place", ""),
        remote_note=data.get("remote_note", ""),
        absence_note=data.get("absence_note", ""),
        status=MeetingStatus(data.get("status", "utkast")),
        chair_name=chair.get("name", ""),
        chair_title=chair.get("title", "ordförande"),
        secretary_name=secretary.get("name", ""),
        secretary_title=secretary.get("title", "sekreterare"),
        items=[read_item(i) for i in data["items"]],
    )


def read_item(data: dict) -> Arende:
    ts_data = data.get("tjansteskrivelse")
    item = Arende(
        title=data["title"],
        dnr=data.get("dnr", ""),
        kind=data.get("kind", "beslut"),
        is_standard=bool(data.get("standard")),
        is_section=bool(data.get("section")),
        proposal=data.get("proposal", ""),
        presenter=data.get("presenter", ""),
    )
    if ts_data:
        item.tjansteskrivelse = Tjansteskrivelse(
            title=ts_data.get("title", ""),
            datum=ts_data.get("datum", ""),
            diarienummer=ts_data.get("diarienummer", ""),
            handlaggare=ts_data.get("handlaggare", ""),
            handlaggare_titel=ts_data.get("handlaggare_titel", ""),
            telefon=ts_data.get("telefon", ""),
            epost=ts_data.get("epost", ""),
            ert_datum=ts_data.get("ert_datum", ""),
            er_referens=ts_data.get("er_referens", ""),
            mottagare=ts_data.get("mottagare", ""),
            forslag=[
                Forslag(f["text"], f.get("nr", ""), f.get("group", ""))
                for f in ts_data.get("forslag", [])
            ],
            sections=[Section(s["heading"], s["text"]) for s in ts_data.get("sections", [])],
            signatories=[
                Signatory(s["name"], s.get("title", "")) for s in ts_data.get("signatories", [])
            ],
            beslut_skickas_till=list(ts_data.get("beslut_skickas_till", [])),
        )
        item.bilagor = [
            Bilaga(title=b["title"], nr=b.get("nr", ""), ref=b.get("ref"))
            for b in ts_data.get("bilagor", [])
        ]
    return item


def read_document(data: dict) -> Document:
    return Document(
        key=data["key"],
        title=data["title"],
        header=[(label, value) for label, value in data.get("header", [])],
        blocks=[
            Block(heading=b.get("heading", ""), text=b.get("text", ""), budget_key=b.get("budget"))
            for b in data.get("blocks", [])
        ],
    )


def read_sheet(data: dict) -> Sheet:
    columns = [Column(c["header"], c["kind"]) for c in data["columns"]]
    for column, spec in zip(columns, data["columns"], strict=True):
        column.sums = terms_from_headers(columns, spec.get("sums", []))
    rows = []
    for row in data["rows"]:
        # A heading row is labels only, even in amount columns (the seed's "mnkr mnkr mnkr").
        cells = [
            text if row["kind"] == "heading" else _cell(column, text)
            for column, text in zip(columns, row["cells"], strict=True)
        ]
        rows.append(Row(kind=row["kind"], cells=cells, percent=row.get("percent", False)))
    return Sheet(
        key=data["key"],
        title=data["title"],
        unit=data.get("unit", "tkr"),
        decimals=data.get("decimals", 0),
        caption=data.get("caption", ""),
        columns=columns,
        rows=rows,
    )


def _cell(column: Column, text: str | None):
    if text is None or text == "":
        return None
    if column.kind == "amount":
        return parse_amount(text)
    if column.kind == "percent":
        return parse_percent(text)
    return text


def read_version(data: dict) -> Version:
    return Version(
        key=data["key"],
        name=data["name"],
        status=VersionStatus(data.get("status", "utkast")),
        adopted_date=parse_date(data["adopted_date"]) if data.get("adopted_date") else None,
        adopted_paragraf=data.get("adopted_paragraf", ""),
        adopted_dnr=data.get("adopted_dnr", ""),
        based_on=data.get("based_on"),
        header=dict(data.get("header", {})),
        revisions=[
            Revision(r["beslut"], r.get("text", ""), r.get("dnr", ""))
            for r in data.get("revisions", [])
        ],
        intro=[IntroSection(s["heading"], s["text"]) for s in data.get("intro", [])],
        chapters=[
            Chapter(title=c["title"], points=[read_point(p) for p in c["points"]])
            for c in data["chapters"]
        ],
        abbreviations=[Abbreviation(a["short"], a["long"]) for a in data.get("abbreviations", [])],
    )


def read_point(data: dict) -> Point:
    # A stable uid in the file lets the draft and the version in force share point identities.
    identity = {"uid": data["uid"]} if data.get("uid") else {}
    return Point(
        **identity,
        nr=data["nr"],
        arende=data["arende"],
        lagrum=data.get("lagrum", ""),
        delegat=list(data.get("delegat", [])),
        ersattare=list(data.get("ersattare", [])),
        vidaredelegation=data.get("vidaredelegation", ""),
        anmarkning=data.get("anmarkning", ""),
    )


def read_beslut(data: dict) -> Delegationsbeslut:
    values = {k: v for k, v in data.items() if k not in ("date", "received")}
    received = data.get("received")
    return Delegationsbeslut(
        date=parse_date(data["date"]), received=parse_date(received) if received else None, **values
    )


def read_paragraf(data: dict) -> Paragraf:
    return Paragraf(
        organ_id=0,
        meeting_date=parse_date(data["meeting_date"]),
        nr=data["paragraf"],
        title=data["title"],
        dnr=data.get("dnr", ""),
        beslut=data.get("beslut", ""),
        beskrivning=data.get("beskrivning", ""),
        beslutsunderlag=list(data.get("beslutsunderlag", [])),
        behandling=data.get("behandling", ""),
        beslut_skickas_till=list(data.get("beslut_skickas_till", [])),
    )
