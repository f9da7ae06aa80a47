"""A meeting, its agenda (ärendelista) and the handlingar of each ärende."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time

from ksdesk.core.identity import row_uuid

STATUSES = ("utkast", "utskickad", "genomförd")
ITEM_KINDS = ("beslut", "information", "anmalan")
ITEM_KIND_LABELS = {"beslut": "Beslut", "information": "Information", "anmalan": "Anmälan"}


@dataclass
class Forslag:
    """One att-sats of Förvaltningens förslag till beslut."""

    text: str
    nr: str = ""
    group: str = ""  # "" | "kommunstyrelsen" | "fullmäktige": who decides this att-sats
    uuid: str = row_uuid()


@dataclass
class Section:
    heading: str
    text: str
    uuid: str = row_uuid()


@dataclass
class Signatory:
    name: str
    title: str = ""


@dataclass
class Bilaga:
    title: str
    nr: str = ""
    # What the bilaga is: a stored file (content) or a reference to data held elsewhere in
    # ksdesk, rendered when printed: "budget:<key>", "delegationsordning:<key>", "doc:<key>",
    # "protokoll:<date>-<§>", "delegationsbeslut:<dnr>".
    ref: str | None = None
    filename: str = ""
    content: bytes | None = None
    sha256: str = ""
    secret: bool = False
    id: int | None = None
    secrecy_ref: str = ""  # the OSL paragraph of a secret bilaga, e.g. "19 kap. 3 § OSL"
    # Only in a public view (services.kallelse.public_view), never stored: why the public
    # version leaves this bilaga out ("sekretess", "personnummer", "oläslig"); "" = printed.
    withheld: str = ""
    uuid: str = row_uuid()


# The letterhead fields of a tjänsteskrivelse, as stored and as edited (plain text each).
TJANSTESKRIVELSE_FIELDS = (
    "title",
    "datum",
    "diarienummer",
    "handlaggare",
    "telefon",
    "epost",
    "ert_datum",
    "er_referens",
    "mottagare",
)


@dataclass
class Tjansteskrivelse:
    title: str = ""
    datum: str = ""
    diarienummer: str = ""
    handlaggare: str = ""
    telefon: str = ""
    epost: str = ""
    ert_datum: str = ""
    er_referens: str = ""
    mottagare: str = ""
    forslag: list[Forslag] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    signatories: list[Signatory] = field(default_factory=list)
    beslut_skickas_till: list[str] = field(default_factory=list)
    id: int | None = None
    uuid: str = row_uuid()


@dataclass
class AgendaItem:
    title: str
    dnr: str = ""
    kind: str = "beslut"
    is_section: bool = False  # a heading row ("Beslutsärenden"), not numbered
    is_standard: bool = False
    presenter: str = ""  # föredragande
    time_slot: str = ""  # "13.00–13.20", as formatted by core.format
    proposal: str = ""  # förslag till beslut, shown on the kallelse and at the table
    secret: bool = False
    secrecy_ref: str = ""  # the OSL paragraph, e.g. "21 kap. 1 § OSL"
    tjansteskrivelse: Tjansteskrivelse | None = None
    bilagor: list[Bilaga] = field(default_factory=list)
    id: int | None = None
    uuid: str = row_uuid()


@dataclass
class Meeting:
    organ_id: int
    date: date
    time: time
    place: str = ""
    remote_note: str = ""
    absence_note: str = ""
    status: str = "utkast"
    chair_name: str = ""
    chair_title: str = "ordförande"
    secretary_name: str = ""
    secretary_title: str = "sekreterare"
    show_proposals: bool = False  # the kallelse's ärendelista gets a Förslag till beslut column
    items: list[AgendaItem] = field(default_factory=list)
    id: int | None = None
    uuid: str = row_uuid()


def numbered(items: list[AgendaItem]) -> list[tuple[int | None, AgendaItem]]:
    """Agenda numbering follows the order; section rows carry no number."""
    result: list[tuple[int | None, AgendaItem]] = []
    counter = 0
    for item in items:
        if item.is_section:
            result.append((None, item))
        else:
            counter += 1
            result.append((counter, item))
    return result
