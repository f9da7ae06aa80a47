"""A decision the secretary took for an ärende's text holds for the same value in the § made
from that ärende (walk37's finding 7): `protokoll start` copies the ärende's title, förslag,
description and lists into the §, and the review asked again for every name and personnummer
she had already decided for the kallelse, in each secret § of an IFO meeting.

The decision is derived at each scan, never written as a copy: a § hit with no decision of
its own takes the decision of the hit of the same value (the same personnummer, contact
datum or name, core.public_copy.PublicHit.normalized or its forms) in a text of its ärende in
the same meeting, and says so (PublicHit.decided_for: "Maskeras (beslutat för ärendet)").
Changed on the ärende, the § follows; decided on the § itself, the §'s own decision stands.
"behåll" holds this way too, so only within the ärende and the § made from it: another
ärende's §, a § the secretary added, and another meeting never take it. A value the § holds
and the ärende does not is a hit of its own, and so is a value in a text of the § that is
no copy of the ärende's (the behandling, a yrkande, a reservation: hers to write)."""

from __future__ import annotations

from dataclasses import replace

from ksdesk.core.public_copy import PublicHit
from ksdesk.core.unpublished_hits import NOT_PUBLISHED

# The fields of a § that services.protokoll.new_paragraf fills from its ärende.
COPIED = frozenset(
    ("title", "dnr", "beslut", "forslag", "beskrivning", "beslutsunderlag", "beslut_skickas_till")
)


def carried_to_paragrafer(hits: list[PublicHit], meeting_id: int) -> list[PublicHit]:
    """`hits` (one meeting's, as decided so far), each undecided hit in a copied text of a §
    decided as the same value is decided in the ärende the § was made from: "maskera" where
    the ärende's texts hold it decided both ways (the safe one), else "behåll"."""
    items_root = f"meeting:{meeting_id}/items/"
    decided: dict[tuple[int, tuple[str, ...]], PublicHit] = {}
    for hit in hits:
        value = _value(hit)
        # ksdesk's own "publiceras inte" is no decision of hers: the scan carries before it.
        if hit.decision in (None, NOT_PUBLISHED) or hit.item_id is None or value is None:
            continue
        if not hit.source.startswith(items_root):
            continue
        first = decided.setdefault((hit.item_id, value), hit)
        if first.decision.decision != "maskera" and hit.decision.decision == "maskera":
            decided[(hit.item_id, value)] = hit
    if not decided:
        return hits
    copies = f"protokoll:{meeting_id}/paragrafer/"
    out = []
    for hit in hits:
        value = _value(hit)
        taken = decided.get((hit.item_id, value)) if hit.item_id and value else None
        if hit.decision is None and taken is not None and _copied(hit.source, copies):
            hit = replace(hit, decision=taken.decision, decided_for=taken.where)
        out.append(hit)
    return out


def carried_again(hits: list[PublicHit], meeting_id: int) -> list[PublicHit]:
    """`hits` once decisions were written without a new scan (the review shows them in
    place): each § hit that followed its ärende follows the ärende as it is decided now, and
    one whose ärende was decided since follows it too. A hit that followed had no decision of
    its own: without the ärende's it is open again, as a new scan would find it."""
    fresh = [replace(h, decision=None, decided_for="") if h.decided_for else h for h in hits]
    return carried_to_paragrafer(fresh, meeting_id)


def _value(hit: PublicHit) -> tuple[str, ...] | None:
    """What a hit is of, whichever text holds it: a personnummer's digits or a contact
    datum's value, a name's or secret title's forms. None for a hit of no value of its own
    (a secret mark, an unreadable bilaga), and for one masked always (nothing to carry)."""
    if hit.always_masked:
        return None
    if hit.normalized:
        return (hit.kind, hit.normalized)
    if hit.mention:
        return (hit.kind, hit.shown, hit.mention)
    return None


def _copied(source: str, root: str) -> bool:
    """Whether `source` names a text of a § its ärende filled: "protokoll:3/paragrafer/
    Paragraf:<uuid>/title", its "beslutsunderlag/0" …"""
    if not source.startswith(root):
        return False
    parts = source[len(root) :].split("/")
    return len(parts) > 1 and parts[1] in COPIED
