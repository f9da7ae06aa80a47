"""A sammanträde, its ärendelista and the handlingar of each ärende."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, time
from enum import StrEnum

from ksdesk.core.identity import row_uuid


class MeetingStatus(StrEnum):
    """Where a sammanträde stands, as stored (the schema's CHECK lists the same words)."""

    UTKAST = "utkast"  # being prepared
    UTSKICKAD = "utskickad"  # the kallelse has gone out
    GENOMFORD = "genomförd"  # held: the protokoll follows

    @property
    def label(self) -> str:
        return self.value.capitalize()


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
    # Only in a public view (services.public_edition.public_view), never stored: why the public
    # version leaves this bilaga out ("sekretess", "personnummer", "oläslig"); "" = printed.
    withheld: str = ""
    uuid: str = row_uuid()


# The letterhead fields of a tjänsteskrivelse, as stored and as edited (plain text each).
TJANSTESKRIVELSE_FIELDS = (
    "title",
    "datum",
    "diarienummer",
    "handlaggare",
    "handlaggare_titel",
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
    handlaggare_titel: str = ""  # "Nämndsekreterare", under the name in a letterhead
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
class Arende:
    """One row of the ärendelista: an ärende with its tjänsteskrivelse and bilagor, or a
    heading row (`is_section`). Its handle in variables and the schema is `item`."""

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
    # "Publiceras inte i sin helhet" (core.not_in_full): no OSL secrecy, but personal data
    # (GDPR) keeps the texts and handlingar off the web; the title and Dnr stay public.
    not_in_full: bool = False
    not_in_full_note: str = ""  # the sentence printed instead; "" = the default one
    public_title: str = ""  # what every public output prints instead of the title; "" = it
    tjansteskrivelse: Tjansteskrivelse | None = None
    bilagor: list[Bilaga] = field(default_factory=list)
    id: int | None = None
    uuid: str = row_uuid()


@dataclass
class Sammantrade:
    """One sammanträde of an organ: when and where, who chairs and who keeps the protokoll,
    and its ärendelista. Its handle in variables, the schema and the CLI is `meeting`."""

    organ_id: int
    date: date
    time: time
    place: str = ""
    remote_note: str = ""
    absence_note: str = ""
    status: MeetingStatus = MeetingStatus.UTKAST
    chair_name: str = ""
    chair_title: str = "ordförande"
    secretary_name: str = ""
    secretary_title: str = "sekreterare"
    show_proposals: bool = False  # the kallelse's ärendelista gets a Förslag till beslut column
    items: list[Arende] = field(default_factory=list)
    id: int | None = None
    uuid: str = row_uuid()


def numbered(items: list[Arende]) -> list[tuple[int | None, Arende]]:
    """Agenda numbering follows the order; section rows carry no number."""
    result: list[tuple[int | None, Arende]] = []
    counter = 0
    for item in items:
        if item.is_section:
            result.append((None, item))
        else:
            counter += 1
            result.append((counter, item))
    return result


def written_dnr(item: Arende) -> str:
    """The ärende's Dnr as it is written wherever it is shown or printed (the ärendelista, the
    header of each page, the tjänsteskrivelse, the protokoll, the meeting view): as typed in
    the ärendelista, unless the tjänsteskrivelse names the same ärende with its diarium
    ("KS 2020/434" where the list says "2020/434"), which is then the fuller form."""
    from ksdesk.core.dnr import parse_dnr, same_dnr

    listed = item.dnr.strip()
    own = item.tjansteskrivelse.diarienummer.strip() if item.tjansteskrivelse else ""
    if not listed:
        return own
    if own and same_dnr(listed, own) and parse_dnr(own).prefix and not parse_dnr(listed).prefix:
        return own
    return listed


def tjansteskrivelse_dnr(item: Arende) -> str:
    """The Diarienummer in the tjänsteskrivelse's box: the ärende's (written_dnr), or the
    tjänsteskrivelse's own when it names another ärende (a warning says so elsewhere)."""
    from ksdesk.core.dnr import same_dnr

    own = item.tjansteskrivelse.diarienummer.strip() if item.tjansteskrivelse else ""
    if own and item.dnr.strip() and not same_dnr(own, item.dnr):
        return own
    return written_dnr(item)


# Which meeting a list shows first. `meetings` newest first, as the meetings service lists
# them: the newest in the file is often the last of a sammanträdesplan put in a year ahead.


def latest_held(meetings: Sequence[Sammantrade], day: date) -> Sammantrade | None:
    """The newest meeting held on or before `day`: the one whose protokoll and utskick
    are being written."""
    return next((m for m in meetings if m.date <= day), None)


def next_coming(meetings: Sequence[Sammantrade], day: date) -> Sammantrade | None:
    """The first meeting on or after `day`: the one being prepared."""
    return next((m for m in reversed(meetings) if m.date >= day), None)
