"""Team mode: a meeting that names someone in a colleague's register of skyddade
personuppgifter is published only from that colleague's laptop.

The register stays on each laptop (step m1807), so the public check of a colleague's laptop
cannot see the persons in it and would publish their names. Instead, each scan on a laptop
whose register finds hits in the meeting leaves a mark on the meeting (who, when, how many
hits: core.skyddad_mark), which syncs with the meeting (step m1809); a scan that finds none
takes its own mark away. The public check (services.public_copy.ensure_public_ok, which
every public output goes through) refuses while a mark of another user stands: their
register masks the person, this one does not know them.

    record(store, meeting_id, hits)     # after a scan, on a writable file
    refusal(store, meeting_id)          # the Swedish sentence, "" when nothing stands
    ensure_unmarked(store, meeting_id)  # MarkedByColleague while another's mark stands

A file not linked to a server writes and reads no mark."""

from __future__ import annotations

from ksdesk.core.errors import InvalidInput, UnitLocked
from ksdesk.core.public_copy import PublicHit
from ksdesk.core.skyddad_mark import Mark, dump, parse
from ksdesk.core.skyddad_mark import refusal as refusal_text
from ksdesk.core.team import now_utc
from ksdesk.db import skyddad_repo, team_guard, team_repo
from ksdesk.db.connection import Store

# The kind of a hit of the register (services.public_skyddade.KIND: imported there would
# load the review's modules for every caller).
_KIND = "skyddad"


UNWRITTEN = (
    "Markeringen att sammanträdet nämner en person i ditt register över skyddade "
    "personuppgifter kunde inte sparas ({reason}). Kollegornas offentliga kopior stoppas "
    "därför inte än: granska sammanträdet igen när det är incheckat."
)


class MarkedByColleague(InvalidInput):
    """A public copy refused: another user's register names someone in the meeting."""


def record(store: Store, meeting_id: int, hits: list[PublicHit]) -> str:
    """Mark the meeting with this user's count of register hits among `hits` (a scan of
    it), or take this user's mark away when there are none. Nothing is written when the
    count is what the mark says already, nor on a read-only file (the next scan on a
    writable one marks it). A meeting this laptop may not write (a colleague has it checked
    out) keeps the mark it has: what the secretary is told is returned (UNWRITTEN), "" when
    the mark is as the scan found."""
    if store.read_only or not team_guard.linked(store):
        return ""
    link = team_repo.link(store)
    if link is None:
        return ""
    count = sum(1 for hit in hits if hit.kind == _KIND)
    marks = parse(skyddad_repo.marks_of(store, meeting_id))
    own = marks.get(link.user)
    if (own.hits if own else 0) == count:
        return ""
    if count:
        made = own.made if own else now_utc()
        marks[link.user] = Mark(link.user, link.display_name, made, count)
    else:
        marks.pop(link.user, None)
    try:
        with store.atomic():
            skyddad_repo.set_marks(store, meeting_id, dump(marks))
    except UnitLocked as locked:
        reason = str(locked).removesuffix(" Ingenting har sparats.").rstrip(".")
        return UNWRITTEN.format(reason=reason)
    return ""


def refusal(store: Store, meeting_id: int) -> str:
    """Why no public copy of the meeting may be made here (Swedish), "" when nothing
    stands: a mark another user's register left (the first of them, by name)."""
    if not team_guard.linked(store):
        return ""
    link = team_repo.link(store)
    marks = parse(skyddad_repo.marks_of(store, meeting_id))
    others = sorted(
        (m for login, m in marks.items() if link is None or login != link.user),
        key=lambda m: m.name,
    )
    own = marks.get(link.user) if link is not None else None
    return refusal_text(others[0], own) if others else ""


def ensure_unmarked(store: Store, meeting_id: int) -> None:
    if text := refusal(store, meeting_id):
        raise MarkedByColleague(f"{text} Inget har sparats.")
