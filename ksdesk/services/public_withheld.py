"""The names and secret titles the last check (services.public_gate) reads every public
output of a meeting for (core.withheld_words): what the review masks, whether or not the
masking found it in the output.

A name is withheld; one with no hit at all (the masking had nothing to mask, or missed it)
too, as the review masks it by default. One the secretary decided "behåll" on in a text
passes only where that text is printed: the rules list it among that text's kept words
(PublicCopyRules.kept_words), and the last check of a PDF tells by the page which texts it
prints (services.public_kept), as for a kept personnummer. A secret title is withheld
unless its item or bilaga was decided "behåll" (then it is public, title and all,
everywhere); a text's mention of it decided "behåll" passes only where that text is
printed. The HTML kallelse and protokoll are read by the texts of each part, as their PDFs
are by page; the calendar file as the kallelse's texts, and the anslag text as the organ's
and the justering's (services.public_kept), where a name or title kept in one of those
passes, as a kept number does."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ksdesk.core.citizen_mentions import citizen_names, public_register_text
from ksdesk.core.meeting import Sammantrade
from ksdesk.core.organ import default_standard_items
from ksdesk.core.public_copy import PublicHit, hit_key
from ksdesk.core.secret_mentions import SecretName, secret_names, titles_anywhere
from ksdesk.core.withheld_words import NAME, SECRET, WithheldWords, withheld_words, word_key
from ksdesk.db import motion_repo, organ_repo
from ksdesk.db.connection import Store
from ksdesk.services import skyddade
from ksdesk.services.public_citizens import KIND as NAME_KIND
from ksdesk.services.public_mentions import (
    paragraf_titles,
    secrets_elsewhere,
    unpublished_secrets,
)
from ksdesk.services.public_skyddade import SHARED_KIND, shared_detail
from ksdesk.services.public_sources import bilaga_source, item_source


def meeting_withheld(
    store: Store, meeting: Sammantrade, hits: list[PublicHit]
) -> tuple[WithheldWords, dict[str, set[str]]]:
    """What no public output of `meeting` may hold, by the decisions of `hits` (its scan),
    and where each name or title kept in some text was kept: source -> its word_keys."""
    kept = [hit for hit in hits if hit.decision and hit.decision.decision == "behåll"]
    kept_keys = {hit.key for hit in kept}
    words = _Sorted()
    for name in citizen_names(motion_repo.list_all(store)):
        detail = name.forms[-1].lower()
        words.add(NAME, name.forms, {h.source for h in kept if h.key == _name_key(h, detail)})
    protected = skyddade.forms(store)
    for person in protected:  # kept nowhere: masked always (public_skyddade)
        words.add(NAME, person.forms, set())
        if person.shared:  # a ledamot's name too: kept where the secretary decided so
            detail = shared_detail(person)
            kept_in = {h.source for h in kept if h.key == hit_key(SHARED_KIND, h.source, detail)}
            words.add(NAME, person.shared, kept_in)
    own = [
        secret
        for secret in secret_names(meeting, paragraf_titles(store, meeting.id))
        if not _kept_secret(meeting, secret, kept_keys)
    ]
    # Another meeting's secret titles too, as the review looks for them (public_mentions).
    for secret in own + secrets_elsewhere(store, meeting, own):
        words.add(SECRET, secret.titles, _kept_mentions(secret, kept))
    withheld = withheld_words(
        words.withheld[NAME],
        words.withheld[SECRET],
        _printed_titles(store, meeting),
        words.kept,
        [phone for person in protected for phone in person.phones],
    )
    return withheld, words.where


def _name_key(hit: PublicHit, detail: str) -> str:
    """The key the review gives a hit of a name in the text of `hit` (public_citizens._hit)."""
    return hit_key(NAME_KIND, hit.source, detail)


@dataclass
class _Sorted:
    """The names and titles kept nowhere, those kept in some text, and where they were."""

    withheld: dict[str, list[tuple[str, ...]]] = field(
        default_factory=lambda: {NAME: [], SECRET: []}
    )
    kept: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    where: dict[str, set[str]] = field(default_factory=dict)  # source -> word_keys

    def add(self, kind: str, forms: tuple[str, ...], kept_in: set[str]) -> None:
        if not kept_in:
            self.withheld[kind].append(forms)
            return
        self.kept.append((kind, forms))
        for source in kept_in:
            self.where.setdefault(source, set()).add(word_key(kind, forms))


def register_withheld(store: Store) -> WithheldWords:
    """What a public list of ksdesk's registers may not hold: every citizen's name without
    consent, every registered protected person's name and address, and every secret title
    of every meeting that its meeting's review did not publish (such a list spans meetings
    and belongs to no review: nothing is kept in one of its texts, only what a review
    published everywhere)."""
    names = [n.forms for n in citizen_names(motion_repo.list_all(store))]
    protected = skyddade.forms(store)
    names += [(*person.forms, *person.shared) for person in protected]
    secrets = titles_anywhere(unpublished_secrets(store))
    phones = [phone for person in protected for phone in person.phones]
    return withheld_words(names, [forms for forms, _neutral in secrets], [], phones=phones)


def register_masking(store: Store) -> Callable[[str], str]:
    """How a public list of ksdesk's registers prints each text: what register_withheld
    names, masked (core.citizen_mentions.public_register_text)."""
    names = citizen_names(motion_repo.list_all(store))
    secrets = titles_anywhere(unpublished_secrets(store))
    people = skyddade.forms(store)
    protected = [person.every_replacement for person in people]
    phones = tuple(phone for person in people for phone in person.phones)
    return public_register_text(names, secrets, protected, phones)


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


def _kept_mentions(name: SecretName, kept: list[PublicHit]) -> set[str]:
    """The texts whose mention of the title was decided "behåll" (public_mentions._hit)."""
    detail = "\x1f".join((name.what, *name.titles))
    return {h.source for h in kept if h.key == hit_key("omnämnande", h.source, detail)}


def _printed_titles(store: Store, meeting: Sammantrade) -> list[str]:
    """What a public copy prints in its own right that the review does not read: the
    organ's name and its standard items (a template, core.organ), and the standard items
    every organ starts from. The meeting's own titles need no exception: one that names a
    secret title is a hit of the review, masked or kept there."""
    organ = organ_repo.get(store, meeting.organ_id)
    return [organ.name, *organ.standard_items, *default_standard_items(organ.name)]
