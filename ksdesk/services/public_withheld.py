"""The names and secret titles the last check (services.public_gate) reads every public
output of a meeting for (core.withheld_words): what the review masks, whether or not the
masking found it in the output.

A name is withheld unless the secretary decided "behåll" on a hit of it; one with no hit at
all (the masking had nothing to mask, or missed it) is withheld, as the review masks it by
default. A secret title is withheld unless its item or bilaga was decided "behåll" (then it
is public) or a text's mention of it was (the secretary kept it there on purpose). A kept
name or title passes in the whole output: the last check reads the file, not its texts, and
cannot tell one text's words from another's."""

from __future__ import annotations

from ksdesk.core.citizen_mentions import citizen_names
from ksdesk.core.meeting import Sammantrade
from ksdesk.core.organ import default_standard_items
from ksdesk.core.public_copy import PublicHit, hit_key
from ksdesk.core.secret_mentions import SecretName, secret_names
from ksdesk.core.withheld_words import WithheldWords, withheld_words
from ksdesk.db import motion_repo, organ_repo
from ksdesk.db.connection import Store
from ksdesk.services.public_citizens import KIND as NAME_KIND
from ksdesk.services.public_sources import bilaga_source, item_source


def meeting_withheld(store: Store, meeting: Sammantrade, hits: list[PublicHit]) -> WithheldWords:
    """What no public output of `meeting` may hold, by the decisions of `hits` (its scan)."""
    kept = [hit for hit in hits if hit.decision and hit.decision.decision == "behåll"]
    kept_keys = {hit.key for hit in kept}
    names = [
        name.forms
        for name in citizen_names(motion_repo.list_all(store))
        if not any(h.key == hit_key(NAME_KIND, h.source, name.forms[-1].lower()) for h in kept)
    ]
    titles = [
        name.titles
        for name in secret_names(meeting)
        if not _kept_secret(meeting, name, kept_keys) and not _kept_mention(name, kept)
    ]
    return withheld_words(names, titles, _printed_titles(store, meeting))


def register_withheld(store: Store) -> WithheldWords:
    """What a public list of ksdesk's registers may not hold: every citizen's name without
    consent (such a list belongs to no review, so nothing is kept)."""
    return withheld_words([n.forms for n in citizen_names(motion_repo.list_all(store))], [], [])


def _kept_secret(meeting: Sammantrade, name: SecretName, kept_keys: set[str]) -> bool:
    """Whether the item or bilaga of `name` was decided "behåll" (published, title and all)."""
    for item in meeting.items:
        if item.id != name.item_id:
            continue
        if name.bilaga_id is None:
            return hit_key("sekretess", item_source(item)) in kept_keys
        return any(
            hit_key("sekretess", bilaga_source(b)) in kept_keys
            for b in item.bilagor
            if b.id == name.bilaga_id
        )
    return False


def _kept_mention(name: SecretName, kept: list[PublicHit]) -> bool:
    """Whether a text's mention of the title was decided "behåll" (public_mentions._hit)."""
    detail = "\x1f".join((name.what, *name.titles))
    return any(h.key == hit_key("omnämnande", h.source, detail) for h in kept)


def _printed_titles(store: Store, meeting: Sammantrade) -> list[str]:
    """What a public copy prints in its own right that the review does not read: the
    organ's name and its standard items (a template, core.organ), and the standard items
    every organ starts from. The meeting's own titles need no exception: one that names a
    secret title is a hit of the review, masked or kept there."""
    organ = organ_repo.get(store, meeting.organ_id)
    return [organ.name, *organ.standard_items, *default_standard_items(organ.name)]
