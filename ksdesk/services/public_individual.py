"""The review's hits for delegationsbeslut that may concern one person (core.individual_
decisions), in the bilagor that print them: one decision ("delegationsbeslut:SN 2020/12") or
the list reported to a meeting ("delegationsanmalan:<meeting id>"). The list prints each
decision's title, and a socialnämnd's title names the person it concerns; decided "maskera"
the bilaga is left out of the public copy, said as for a personnummer."""

from __future__ import annotations

from collections.abc import Iterator

from ksdesk.core.delegation import Delegationsbeslut
from ksdesk.core.delegationsbeslut_print import as_printed
from ksdesk.core.individual_decisions import individual_ground
from ksdesk.core.meeting import Bilaga, Sammantrade, numbered
from ksdesk.core.personnummer_masking import mask_personnummer
from ksdesk.core.public_copy import PublicHit, hit_key
from ksdesk.core.typed_text import is_digits
from ksdesk.db import delegationsbeslut_repo
from ksdesk.db.connection import Store
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
            source = bilaga_source(bilaga)
            where = " ".join(
                mask_personnummer(f"{label}, bilaga {bilaga.nr} {bilaga.title}").split()
            )
            for beslut in printed_decisions(store, bilaga):
                ground = individual_ground(beslut)
                if not ground:
                    continue
                yield PublicHit(
                    hit_key(KIND, source, beslut.dnr),
                    KIND,
                    source,
                    where,
                    f"delegationsbeslut {beslut.dnr} kan röra en enskild person ({ground})",
                    context=mask_personnummer(" ".join(beslut.title.split())),
                    item_id=item.id,
                    bilaga_id=bilaga.id,
                )


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
