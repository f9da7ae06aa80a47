"""Printing the kallelse alone, the public view of a meeting (after the safety check), and
writing a PDF file."""

from __future__ import annotations

import copy
from pathlib import Path

from ksdesk.atomic import save_as
from ksdesk.core.meeting import Sammantrade, Tjansteskrivelse
from ksdesk.core.organ import Organ
from ksdesk.core.public_copy import PublicCopyRules
from ksdesk.db import meeting_repo, organ_repo
from ksdesk.db.connection import Store
from ksdesk.reports.kallelse_pdf import kallelse_pdf as render_kallelse


def kallelse_edition(
    store: Store, meeting_id: int, *, public: bool = False
) -> tuple[Sammantrade, Organ]:
    """The meeting and organ as a kallelse prints them (`public`: after the public-copy
    guard); paper and web editions are both made from this."""
    meeting = meeting_repo.get(store, meeting_id)
    organ = organ_repo.get(store, meeting.organ_id)
    if public:
        meeting = public_view(store, meeting)
    return meeting, organ


def kallelse_pdf(
    store: Store, meeting_id: int, *, public: bool = False, with_proposals: bool | None = None
) -> bytes:
    """The kallelse of a meeting on paper, numbered "Sida X av Y" on its own; `with_proposals`
    prints each ärende's förslag till beslut whatever the meeting's own setting says."""
    meeting, organ = kallelse_edition(store, meeting_id, public=public)
    return render_kallelse(meeting, organ, public=public, with_proposals=with_proposals)


def public_view(
    store: Store, meeting: Sammantrade, rules: PublicCopyRules | None = None
) -> Sammantrade:
    """The meeting as a public copy may show it, after the public-copy safety check
    (`public_copy.ensure_public_ok`, which refuses while a personnummer or a secret item has
    no decision): personnummer masked, and what was decided "maskera" left out: a secret item
    keeps its number and gets a neutral title; a bilaga gets `withheld`, the reason the
    reports name where they list it."""
    from ksdesk.services.public_copy import ensure_public_ok

    if rules is None:  # a caller that needs the rules too (the protokoll) passes them
        rules = ensure_public_ok(store, meeting.id)
    view = copy.deepcopy(meeting)

    def mask(source: str, text: str) -> str:
        return rules.mask(source, text) if text else text

    for name in ("place", "remote_note", "absence_note"):
        setattr(view, name, mask(f"meeting:{meeting.id}:{name}", getattr(view, name)))
    for item in view.items:
        item.secret = rules.omit_item_content(item.id)  # a conscious "behåll" shows it
        for name in ("title", "proposal", "presenter"):
            setattr(item, name, mask(f"item:{item.id}:{name}", getattr(item, name)))
        for bilaga in item.bilagor:
            bilaga.withheld = rules.withheld(bilaga.id)  # "" = printed (also a kept secret)
        if item.tjansteskrivelse is not None:
            _mask_tjansteskrivelse(item.tjansteskrivelse, item.id, mask)
    return view


def _mask_tjansteskrivelse(ts: Tjansteskrivelse, item_id: int | None, mask) -> None:
    # Source names as public_copy.text_sources gives them.
    for name in ("title", "handlaggare", "mottagare", "er_referens"):
        setattr(ts, name, mask(f"ts:{item_id}:header", getattr(ts, name)))
    for index, forslag in enumerate(ts.forslag):
        forslag.text = mask(f"ts:{item_id}:forslag:{index}", forslag.text)
    for index, section in enumerate(ts.sections):
        section.heading = mask(f"ts:{item_id}:section:{index}", section.heading)
        section.text = mask(f"ts:{item_id}:section:{index}", section.text)
    ts.beslut_skickas_till = [mask(f"ts:{item_id}:skickas", t) for t in ts.beslut_skickas_till]


def write_pdf(path: Path, data: bytes) -> None:
    """Save the PDF (ksdesk.atomic.save_as: atomic, Swedish messages)."""
    save_as(path, data)
