"""Team mode: what is deleted on the kansli's server and can be brought back, in words the
secretary reads ("ärende Motion om cykelbanor (Dnr KS 2020/434)", "förvaltningsbesvär under
§ 216 Budget").

A thing is a whole unit (a meeting, a budget sheet, a register row) deleted on the server, or
a row deleted inside a unit that lives: an ärende with what hangs under it, a bilaga, a
förvaltningsbesvär. Its reference is what `ksdesk server aterstall` takes: the unit's uuid
(`--enhet`), or the unit's uuid and the row's key (`--rad UUID:KEY`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ksdesk.core.team import KIND_NAMES, when

UNIT = "enhet"
ROW = "rad"
_LONGEST = 60  # a text longer than this is cut in the list

# What the secretary calls a row of each table; the columns that tell one from another.
_ROW_WORDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "agenda_item": ("ärende", ("title",)),
    "tjansteskrivelse": ("tjänsteskrivelse", ("title",)),
    "ts_forslag": ("förslag till beslut", ("nr", "text")),
    "ts_section": ("avsnitt i tjänsteskrivelsen", ("heading",)),
    "bilaga": ("bilaga", ("nr", "title")),
    "protokoll_meeting": ("protokollets uppgifter", ()),
    "protokoll_paragraf": ("§", ("paragraf", "title")),
    "arende_foljd": ("ärendets fortsättning", ("utfall",)),
    "overklagande": ("överklagande", ("instans", "malnummer")),
    "forvaltningsbesvar": ("förvaltningsbesvär", ("kungoras",)),
    "attendance": ("närvaro", ("name",)),
    "redaction": ("beslut i granskningen av den offentliga kopian", ("shown",)),
    "forhinder": ("förhinder", ("name",)),
    "expediering": ("expediering", ("mottagare",)),
    "expediering_paragraf": ("expedierad paragraf", ()),
    "protokoll_version": ("protokollversion", ("version",)),
    "protokoll_fil": ("protokollfil", ("slag",)),
    "deleg_revision": ("revidering", ("beslut",)),
    "deleg_intro": ("inledningsavsnitt", ("heading",)),
    "deleg_chapter": ("kapitel", ("title",)),
    "deleg_abbreviation": ("förkortning", ("short",)),
    "deleg_point": ("punkt", ("nr", "arende")),
    "budget_column": ("budgetkolumn", ("header",)),
    "budget_row": ("budgetrad", ()),
    "budget_cell": ("budgetcell", ()),
    "document_block": ("textblock", ("heading",)),
}
# A row named by what it hangs under ("förvaltningsbesvär under § 216 Budget").
_UNDER_PARENT = frozenset({"forvaltningsbesvar", "overklagande", "arende_foljd", "ts_forslag"})


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _LONGEST else text[: _LONGEST - 1].rstrip() + "…"


def describe_row(tbl: str, data: dict[str, Any]) -> str:
    """ "ärende Motion om cykelbanor (Dnr KS 2020/434)", "bilaga 2 Budget", "§ 216 Budget"."""
    word, columns = _ROW_WORDS.get(tbl, (tbl, ()))
    values = [str(data[name]) for name in columns if data.get(name) not in (None, "")]
    text = _short(" ".join([word, *values]))
    if tbl == "agenda_item" and data.get("dnr"):
        text += f" (Dnr {data['dnr']})"  # the ärende's number moves with the agenda; its Dnr not
    return text


def describe(tbl: str, data: dict[str, Any], parent_tbl: str | None, parent: dict) -> str:
    """The row in words, with what it hangs under when that is what tells it apart; a row
    the server kept no content of (deleted before server step s1803) says so."""
    if not data:
        return f"{describe_row(tbl, {})} (innehållet finns inte kvar på servern)"
    text = describe_row(tbl, data)
    if tbl in _UNDER_PARENT and parent_tbl and parent:
        text = f"{text} under {describe_row(parent_tbl, parent)}"
    return text


@dataclass(frozen=True)
class DeletedThing:
    """Something deleted on the server that the user may bring back (her organ's, or the
    kansli's registers). `rows`: for a unit, the rows that come back with it; for a row, 1
    (what was deleted under it in the same push comes too); 0: the server kept nothing."""

    typ: str  # UNIT or ROW
    ref: str  # "UUID" (a unit) or "UUID:KEY" (a row)
    kind: str  # the unit's kind
    unit_title: str
    organ: str
    what: str  # the unit's kind and title, or the row in words
    deleted_at: str  # UTC ISO; "" when the server does not say
    deleted_by: str
    rows: int

    @property
    def restorable(self) -> bool:
        return self.rows > 0

    @property
    def unit_uuid(self) -> str:
        return self.ref.split(":", 1)[0]

    def line(self) -> str:
        """One line of `ksdesk server raderat`."""
        where = "" if self.typ == UNIT else f" i {KIND_NAMES.get(self.kind, self.kind)} "
        where += "" if self.typ == UNIT else self.unit_title
        who = f"borttaget {when(self.deleted_at)}" if self.deleted_at else "borttaget"
        who += f" av {self.deleted_by}" if self.deleted_by else ""
        if not self.restorable:
            who += "; kan inte återställas härifrån"
        return f"{self.what}{where} ({who})"

    def as_json(self) -> dict[str, Any]:
        return {
            "typ": self.typ,
            "ref": self.ref,
            "enhetstyp": KIND_NAMES.get(self.kind, self.kind),
            "sammanhang": self.unit_title,
            "organ": self.organ,
            "vad": self.what,
            "borttaget": self.deleted_at,
            "borttaget_av": self.deleted_by,
            "kan_aterstallas": self.restorable,
        } | ({"rader": self.rows} if self.typ == UNIT else {})


def unit_words(kind: str, title: str) -> str:
    """ "sammanträde Kommunstyrelsen 2020-12-07"."""
    return f"{KIND_NAMES.get(kind, kind)} {title}".strip()


def rows_words(count: int) -> str:
    """ "1 rad", "4 rader" (walk35 #12: "(1 rader)")."""
    return f"{count} {'rad' if count == 1 else 'rader'}"
