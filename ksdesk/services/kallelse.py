"""Printing the kallelse alone, the public view of a meeting (after the safety check), and
writing a PDF file."""

from __future__ import annotations

from pathlib import Path

from ksdesk.atomic import save_as
from ksdesk.core import text_walk
from ksdesk.core.kallelse import public_title, secret_bilaga_title
from ksdesk.core.meeting import Arende, Sammantrade
from ksdesk.core.public_copy import PublicCopyRules
from ksdesk.db import meeting_repo, organ_repo
from ksdesk.db.connection import Store
from ksdesk.reports.kallelse_pdf import kallelse_pdf as render_kallelse


def kallelse_pdf(
    store: Store, meeting_id: int, *, public: bool = False, with_proposals: bool | None = None
) -> bytes:
    """The kallelse of a meeting, numbered "Sida X av Y" on its own; `with_proposals` prints
    each ärende's förslag till beslut whatever the meeting's own setting says."""
    meeting = meeting_repo.get(store, meeting_id)
    organ = organ_repo.get(store, meeting.organ_id)
    if not public:
        return render_kallelse(meeting, organ, with_proposals=with_proposals)
    from ksdesk.services import public_gate
    from ksdesk.services.public_copy import ensure_public_ok

    rules = ensure_public_ok(store, meeting_id)
    view = public_view(store, meeting, rules)
    pdf = render_kallelse(view, organ, public=True, with_proposals=with_proposals)
    return public_gate.checked(pdf, "Den offentliga kallelsen", rules)


def public_view(
    store: Store, meeting: Sammantrade, rules: PublicCopyRules | None = None
) -> Sammantrade:
    """The meeting as a public copy may show it, after the public-copy safety check
    (`public_copy.ensure_public_ok`, which refuses while a personnummer or a secret item has
    no decision). Every text of the meeting is walked (core.text_walk) and masked as decided,
    under the same names the scan gave it, so no field can be printed unmasked; what was
    decided "maskera" is left out: a secret item keeps its number, a neutral title and its
    sekretess reference and nothing else; a bilaga gets `withheld`, the reason the reports
    name where they list it."""
    from ksdesk.services.public_copy import ensure_public_ok, meeting_root

    if rules is None:  # a caller that needs the rules too (the protokoll) passes them
        rules = ensure_public_ok(store, meeting.id)
    view = text_walk.masked(meeting, meeting_root(meeting), rules.mask)
    for item in view.items:
        item.secret = rules.omit_item_content(item.id)  # a conscious "behåll" shows it
        if item.secret:
            _neutral(item)
        for bilaga in item.bilagor:
            bilaga.withheld = rules.withheld(bilaga.id)  # "" = printed (also a kept secret)
            if bilaga.withheld == "sekretess":
                bilaga.title = secret_bilaga_title(bilaga)  # its title may say what is secret
    return view


def _neutral(item: Arende) -> None:
    """A secret item in a public copy: its number (kept by its place), a neutral title with
    the OSL reference, and nothing else: no Dnr, no förslag, no handlingar."""
    item.title = public_title(item)
    item.dnr = item.proposal = item.presenter = item.time_slot = ""
    item.tjansteskrivelse = None
    for bilaga in item.bilagor:
        bilaga.title = ""


def write_pdf(path: Path, data: bytes) -> None:
    """Save the PDF (ksdesk.atomic.save_as: atomic, Swedish messages)."""
    save_as(path, data)
