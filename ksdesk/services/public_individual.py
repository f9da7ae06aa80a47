"""The review's hits for delegationsbeslut that may concern one person (core.individual_
decisions), in the bilagor that print them: one decision ("delegationsbeslut:SN 2020/12") or
the list reported to a meeting ("delegationsanmalan:<meeting id>"). The list prints each
decision's title, and a socialnämnd's title names the person it concerns; decided "maskera"
that row prints a neutral line instead of its texts (services.public_delegationsbeslut),
and the rest of the list is published: ksdesk renders the list itself, so one row can go
(walk37 #1: one client row left the whole of IFO's list out). A decision whose party is a
company or an authority ("Placeringsavtal – HVB, Gryning Vård AB") is about no enskild
person (core.delegationsbeslut_parties.body_as_party) and no hit."""

from __future__ import annotations

from collections.abc import Iterator

from ksdesk.core.delegation import Delegationsbeslut
from ksdesk.core.delegationsbeslut_parties import body_as_party, matter_parties
from ksdesk.core.delegationsbeslut_print import as_printed
from ksdesk.core.individual_decisions import individual_ground
from ksdesk.core.meeting import Bilaga, Sammantrade, numbered
from ksdesk.core.personnummer_masking import mask_personnummer
from ksdesk.core.public_copy import REGISTER, PublicHit, hit_key
from ksdesk.core.typed_text import is_digits
from ksdesk.db import delegationsbeslut_repo, redaction_repo
from ksdesk.db.connection import Store
from ksdesk.interchange.given_names import GIVEN_NAMES
from ksdesk.services.delegationsbeslut_anmalan import ANMALAN_REF_PREFIX, for_meeting
from ksdesk.services.public_sources import bilaga_source

KIND = "namn"


def individual_hits(store: Store, meeting: Sammantrade) -> Iterator[PublicHit]:
    """A hit for each decision that may concern one person, in the bilaga that prints it."""
    for nr, item in numbered(meeting.items):
        label = f"ärende {nr}" if nr is not None else "en rubrik i ärendelistan"
        for bilaga in item.bilagor:
            if bilaga.content is not None:
                continue  # a stored file is read as it is, by the scan of its text
            where = " ".join(
                mask_personnummer(f"{label}, bilaga {bilaga.nr} {bilaga.title}").split()
            )
            for beslut in printed_decisions(store, bilaga):
                ground = public_ground(beslut)
                if not ground:
                    continue
                yield PublicHit(
                    _key(bilaga, beslut),
                    KIND,
                    # The register's own source: the list masks the row itself, and the
                    # bilaga is printed (core.public_copy.rules_from).
                    f"{bilaga_source(bilaga)}{REGISTER}",
                    where,
                    f"delegationsbeslut {beslut.dnr} kan röra en enskild person ({ground})",
                    context=mask_personnummer(" ".join(beslut.title.split())),
                    item_id=item.id,
                    bilaga_id=bilaga.id,
                )


def public_ground(beslut: Delegationsbeslut) -> str:
    """The words that say the printed decision may concern one person, or "": none when its
    party is a company or an authority."""
    ground = individual_ground(beslut)
    # The text the list prints (its title only when it has none: "Delegationsbeslut"); a
    # person it names beside the body ("Bistånd till Lisa Holm, Kungsbacka kommun") keeps it.
    text = beslut.beslut or beslut.title
    if ground and body_as_party(text, GIVEN_NAMES) and not matter_parties(text, GIVEN_NAMES):
        return ""
    return ground


def neutral_rows(
    store: Store, decisions: list[Delegationsbeslut], kept_in: tuple[int, Bilaga] | None
) -> dict[str, str]:
    """For each decision that may concern one person and that the review of `kept_in`
    (meeting id, the bilaga printing it) did not keep, by Dnr: its ground ("LVU"). With no
    review every such decision is one."""
    kept: set[str] = set()
    if kept_in is not None:
        decided = redaction_repo.current(store, kept_in[0])
        kept = {key for key, decision in decided.items() if decision.decision == "behåll"}
    found = {}
    for beslut in decisions:
        ground = public_ground(as_printed(beslut))
        if ground and (kept_in is None or _key(kept_in[1], beslut) not in kept):
            found[beslut.dnr] = ground
    return found


def _key(bilaga: Bilaga, beslut: Delegationsbeslut) -> str:
    # The bilaga's own source, as before the row was masked alone: decisions taken stand.
    return hit_key(KIND, bilaga_source(bilaga), beslut.dnr)


def printed_decisions(store: Store, bilaga: Bilaga) -> list[Delegationsbeslut]:
    """The decisions a bilaga ksdesk renders prints, as printed (one flagged sekretess
    without its texts: core.delegationsbeslut_print): one, or the list reported to a meeting."""
    prefix, _, key = (bilaga.ref or "").partition(":")
    prefix, key = prefix.strip(), key.strip()
    if prefix == "delegationsbeslut":
        found = delegationsbeslut_repo.find_by_dnr(store, key)
        return [as_printed(found)] if found else []
    if prefix == ANMALAN_REF_PREFIX and is_digits(key):
        return [as_printed(b) for b in for_meeting(store, int(key))]
    return []
