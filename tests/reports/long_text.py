"""A database where every printable text is 10 000 characters long: the demo meeting with its
protokoll recorded, then every text field of every stored row (organ, members, meeting,
ärenden, tjänsteskrivelser, bilagor, paragrafer, upprop, justering, budget sheets,
delegationsordning, delegationsbeslut, documents) lengthened.

A text is lengthened by what it was, so that a name used in several places (a deltagare, a
justerare, a voter) stays the same name everywhere. The long text has ordinary words, one
"word" of 1 500 characters without a break (a pasted link, a run of dashes), and ends with
END: a document that printed a text whole carries END."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from ksdesk.core.budget import Sheet
from ksdesk.core.delegation import Version
from ksdesk.core.meeting import Sammantrade
from ksdesk.core.protokoll import (
    Jav,
    Protokollsanteckning,
)
from ksdesk.db import (
    budget_repo,
    delegation_repo,
    delegationsbeslut_repo,
    document_repo,
    meeting_repo,
    organ_repo,
)
from ksdesk.db.connection import Store
from ksdesk.services import meeting_lookup
from ksdesk.services import protokoll as protokoll_service

LENGTH = 10_000
END = "SLUTMARKÖR"
_WORDS = (
    "Kommunstyrelsen föreslår att kommunfullmäktige beslutar att anta förslaget till "
    "reviderad ordning för ärendets handläggning, med de ändringar som framgår av bilagan, "
    "och att uppdra åt förvaltningen att återkomma med en uppföljning senast i december. "
)
_UNBROKEN = "Å" + "ordutanmellanslag" * 88  # about 1 500 characters in one word

# Fields that name or join stored things rather than being printed as text: lengthening them
# would break the joins (a bilaga's ref to a budget sheet, a decision's dnr in such a ref).
STRUCTURAL = frozenset(
    {
        "key",
        "ref",
        "kind",
        "unit",
        "status",
        "role",
        "group",
        "filename",
        "sha256",
        "uuid",
        "uid",
        "point_uid",
        "budget_key",
        "based_on",
        "withheld",
        "changed_at",
        "changed_by",
    }
)


def long_text(original: str) -> str:
    start = original.strip() or "Text"
    filler = f"{start}: {_WORDS * 8}{_UNBROKEN} {_WORDS * 40}"
    return filler[: LENGTH - len(END) - 1] + " " + END


def lengthen(value: Any, skip: frozenset[str] = frozenset()) -> Any:
    """Every str field (and str in a list or dict value) of a dataclass tree, lengthened."""
    if isinstance(value, str):
        return long_text(value)
    if isinstance(value, list):
        return [lengthen(v, skip) for v in value]
    if isinstance(value, tuple):
        return tuple(lengthen(v, skip) for v in value)
    if isinstance(value, dict):
        return {k: lengthen(v, skip) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        if value.__dataclass_params__.frozen:  # a formula's terms, a finding: no stored text
            return value
        for f in dataclasses.fields(value):
            current = getattr(value, f.name)
            if f.name == "votes":  # voter name → "ja"/"nej"/"avstår": only the names
                setattr(value, f.name, {long_text(k): v for k, v in current.items()})
            elif f.name not in STRUCTURAL and f.name not in skip:
                setattr(value, f.name, lengthen(current, skip))
    return value


def _record_protokoll(store: Store) -> int:
    """Every part of a § filled in: the justering, yrkanden, votering and reservation of the
    protokoll test's held meeting (§ 222), then anteckning, jäv and the free texts."""
    from tests.reports.test_protokoll_pdf import held_demo

    meeting_id = held_demo(store)
    p = protokoll_service.get_protokoll(store, meeting_id).paragraf(222)
    p.propositionsordning = "Ordföranden ställer proposition på förslagen"
    p.reservationer[0].motivering_aviserad = True
    p.anteckningar = [Protokollsanteckning(["Åsa Bergkvist"], "lämnar en anteckning")]
    p.jav = [Jav("Leif Pettersson", "", "släkt med sökanden")]
    p.behandling = "Ärendet diskuteras"
    protokoll_service.save_paragraf(store, p)
    return meeting_id


def lengthen_meeting(store: Store) -> int:
    """The organ, the meeting and one ärende (with its tjänsteskrivelse and bilagor) long;
    returns the meeting's id."""
    meeting_id = meeting_lookup.find_meeting(store, date(2020, 12, 7)).id
    with store.atomic():
        for organ in organ_repo.list_all(store):
            organ_repo.save(store, lengthen(organ))
        meeting_repo.save(store, _long_meeting(meeting_repo.get(store, meeting_id)))
    return meeting_id


def lengthen_everything(store: Store) -> int:
    """The demo database made long, in place; returns the meeting's id. Lists of the same
    kind of thing are first cut to two (rows, points, sections): every field is still long
    in every document, and the documents stay a few hundred pages, not thousands."""
    meeting_id = _record_protokoll(store)
    lengthen_meeting(store)
    with store.atomic():
        for sheet_id, _key, _title in budget_repo.list_sheets(store):
            budget_repo.save(store, lengthen(_short_sheet(budget_repo.get(store, sheet_id))))
        for version_id, *_rest in delegation_repo.list_versions(store):
            version = _short_version(delegation_repo.get(store, version_id))
            delegation_repo.save(store, lengthen(version))
        for beslut in delegationsbeslut_repo.list_all(store):
            # The dnr joins a bilaga's ref to the decision: kept as it is.
            delegationsbeslut_repo.save(store, lengthen(beslut, frozenset({"dnr"})))
        for key in _document_keys(store):
            document = document_repo.find(store, key)
            document.blocks = document.blocks[:2]
            document_repo.save(store, lengthen(document))
    protokoll = protokoll_service.get_protokoll(store, meeting_id)
    protokoll_service.save_upprop(store, meeting_id, lengthen(protokoll.upprop))
    protokoll_service.save_justering(store, meeting_id, lengthen(protokoll.justering))
    paragraf = protokoll.paragraf(222)  # the one with every part recorded
    paragraf.beslutsunderlag = paragraf.beslutsunderlag[:2]
    paragraf.beslut_skickas_till = paragraf.beslut_skickas_till[:2]
    protokoll_service.save_paragraf(store, lengthen(paragraf))
    return meeting_id


LONG_ITEM = 2  # "Omfördelning av budgetmedel": a tjänsteskrivelse and a referenced bilaga


def _long_meeting(meeting: Sammantrade) -> Sammantrade:
    """The meeting's own fields and one ärende with all of its fields long (every ärende has
    the same fields: one long is enough, seven cost seven times the pages)."""
    items, meeting.items = meeting.items, []
    lengthen(meeting)
    item = items[LONG_ITEM]
    ts = item.tjansteskrivelse
    assert ts is not None
    ts.forslag, ts.sections = ts.forslag[:2], ts.sections[:2]
    ts.signatories, ts.beslut_skickas_till = ts.signatories[:2], ts.beslut_skickas_till[:2]
    lengthen(item)
    meeting.items = items
    return meeting


def _short_sheet(sheet: Sheet) -> Sheet:
    """Three columns (the first names the rows) and two rows: 10 000 characters in a budget
    column cost pages, and ReportLab lays every cell of a row out again on every page."""
    sheet.columns = sheet.columns[:3]
    for column in sheet.columns:
        column.sums = ()  # they may name columns that are gone
    sheet.rows = sheet.rows[:2]
    for row in sheet.rows:
        row.cells = row.cells[:3]
    return sheet


def _short_version(version: Version) -> Version:
    version.chapters = version.chapters[:1]
    for chapter in version.chapters:
        chapter.points = chapter.points[:1]
    version.revisions, version.intro = version.revisions[:1], version.intro[:1]
    version.abbreviations = version.abbreviations[:1]
    version.header = dict(list(version.header.items())[:1])
    return version


def _document_keys(store: Store) -> list[str]:
    meeting = meeting_repo.find_by_date(store, date(2020, 12, 7))
    refs = [b.ref or "" for item in meeting.items for b in item.bilagor]
    return [ref.partition(":")[2] for ref in refs if ref.startswith("doc:")]
