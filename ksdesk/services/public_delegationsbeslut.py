"""The public version of what ksdesk prints from its register of delegationsbeslut: the list
reported to a meeting ("delegationsanmalan:<meeting id>") and one decision as a bilaga
("delegationsbeslut:<dnr>").

The register spans meetings, as the lists of uppdrag and motioner do: a decision taken
after an earlier meeting may name that meeting's secret ärende by its title ("Värdering
inför förvärv av fastigheten Gammelbo 2:15"), which the review of the meeting that reports
it does not look for. So the public version masks, itself, every personnummer, every
citizen's name without consent and every secret title of the file that its own review did
not publish (services.public_withheld.register_masking), and its PDF is read by the last
check for all of them (register_withheld) before it is printed or merged into a packet."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, replace
from typing import TypeVar

from ksdesk.core.delegation import Delegationsbeslut
from ksdesk.core.organ import Organ
from ksdesk.db import meeting_repo, organ_repo
from ksdesk.db.connection import Store
from ksdesk.reports.base import Embedded
from ksdesk.reports.delegationsbeslut_pdf import render_anmalan
from ksdesk.services import public_gate
from ksdesk.services.delegationsbeslut_anmalan import cutoff, for_meeting
from ksdesk.services.public_withheld import register_masking, register_withheld

# Keys, never printed as text: not masked (a uuid is no name).
_KEYS = {"uuid", "point_uid"}
Row = TypeVar("Row", Delegationsbeslut, Organ)


def public_decisions(store: Store, decisions: list[Delegationsbeslut]) -> list[Delegationsbeslut]:
    """`decisions` with every text field as the public lists print it."""
    shown = register_masking(store)
    return [masked(beslut, shown) for beslut in decisions]


def masked(row: Row, shown: Callable[[str], str]) -> Row:
    """`row` with each of its text fields as `shown` prints it: the organ too, whose name
    and kommun the list prints in its heading, running header and metadata."""
    return replace(row, **{name: shown(text) for name, text in _texts(row)})


def public_beslut(store: Store, beslut: Delegationsbeslut) -> Delegationsbeslut:
    """One decision as its public bilaga prints it, its texts read by the last check (it is
    laid out inside the packet, whose own check reads for the meeting's words only)."""
    (shown,) = public_decisions(store, [beslut])
    texts = "\n".join(text for _name, text in _texts(shown))
    what = f"Det offentliga delegationsbeslutet {shown.dnr}"
    public_gate.checked_text(texts, what, withheld=register_withheld(store))
    return shown


def _texts(row: Delegationsbeslut | Organ) -> list[tuple[str, str]]:
    return [
        (field.name, value)
        for field in fields(row)
        if field.name not in _KEYS and isinstance(value := getattr(row, field.name), str)
    ]


def public_anmalan(store: Store, meeting_id: int) -> tuple[list[Delegationsbeslut], Organ]:
    """The decisions reported to the meeting and its organ, as the public list prints them."""
    shown = register_masking(store)
    meeting = meeting_repo.get(store, meeting_id)
    organ = organ_repo.get(store, meeting.organ_id)
    return [masked(b, shown) for b in for_meeting(store, meeting_id)], masked(organ, shown)


def public_anmalan_pdf(store: Store, meeting_id: int, embedded: Embedded | None = None) -> bytes:
    """The list of delegationsbeslut reported to the meeting, masked, through the last check."""
    meeting = meeting_repo.get(store, meeting_id)
    listed, organ = public_anmalan(store, meeting_id)
    pdf = render_anmalan(listed, meeting, organ, cutoff(meeting, organ), embedded=embedded)
    what = "Den offentliga förteckningen över delegationsbeslut"
    return public_gate.checked(pdf, what, withheld=register_withheld(store))
