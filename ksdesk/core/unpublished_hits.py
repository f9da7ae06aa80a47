"""What a public copy never prints needs no decision (walk28's finding 12): a hit in the
tjänsteskrivelse, förslag or bilagor of a secret ärende, or in the content of a secret
bilaga, while its secrecy is not kept. The public view leaves those out
(services.public_edition: a secret ärende keeps its number, a neutral title and its OSL
paragraph; a secret bilaga is listed, never printed), and neither the packet nor the web
edition prints a secret ärende's bilagor, so such a hit is reported as not published
(NOT_PUBLISHED, masked should it ever be printed) and blocks nothing. Once the secrecy is
kept ("behåll": published after all) the texts are printed and each hit in them is decided
again, as any other; a decision the secretary took on such a hit stays hers."""

from __future__ import annotations

import re

from ksdesk.core.public_copy import Decision, PublicHit

WHY = "Texten publiceras inte: ärendet eller bilagan omfattas av sekretess."
NOT_PUBLISHED = Decision("maskera", "ksdesk (publiceras inte)", "", WHY)
# The fields of a secret ärende a public copy blanks (its Dnr, förslag, föredragande, time,
# tjänsteskrivelse and its bilagor' titles); its title and OSL paragraph are its own hit.
_LEFT_OUT = re.compile(
    r"^meeting:[^/]+/items/[^/]+/(?:tjansteskrivelse/|bilagor/|(?:proposal|presenter|dnr|"
    r"time_slot)$)"
)


def marked_unpublished(hits: list[PublicHit]) -> list[PublicHit]:
    """`hits` (decided as stored), each undecided one no public output prints decided
    NOT_PUBLISHED."""
    secret = [h for h in hits if h.kind == "sekretess" and not h.mention and not _kept(h)]
    items = {h.item_id for h in secret if h.source.startswith("item:")}
    bilagor = {h.bilaga_id for h in secret if h.bilaga_id is not None}
    own = {h.key for h in secret}
    return [
        hit.decided(NOT_PUBLISHED)
        if hit.decision is None and hit.key not in own and _left_out(hit, items, bilagor)
        else hit
        for hit in hits
    ]


def _kept(hit: PublicHit) -> bool:
    return hit.decision is not None and hit.decision.decision == "behåll"


def _left_out(hit: PublicHit, items: set[int | None], bilagor: set[int | None]) -> bool:
    if hit.bilaga_id is not None and hit.source.startswith("bilaga:"):
        return hit.bilaga_id in bilagor or hit.item_id in items
    return hit.item_id in items and bool(_LEFT_OUT.match(hit.source))
