"""The review's hits for texts that name a secret item or bilaga by its title
(core.secret_mentions): the tjänsteskrivelse that lists "9. Utredning Rosenqvist" among its
Bilagor while bilaga 9 is marked secret would otherwise print the very title the bilaga
list hides.

In a text of the meeting or its protokoll, "maskera" replaces the title by the neutral
words. On a page of a stored PDF bilaga (a tjänsteskrivelse attached as the PDF its author
made) the words cannot be rewritten: the hit is the page's, and "maskera" leaves the page
out with a page saying why, as for a picture that cannot be masked. A bilaga ksdesk renders
itself (a document, a budget sheet, a delegationsordning, the list of delegationsbeslut) is
printed from its register, shared by every meeting: its words cannot be rewritten for one
meeting's copy either, so the hit is the bilaga's, and "maskera" leaves it out with the
words the bilaga list prints for a secret one."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from dataclasses import replace

from ksdesk.core.meeting import Arende, Bilaga, Sammantrade
from ksdesk.core.personnummer_masking import mask_personnummer
from ksdesk.core.public_copy import MENTION_BREAK, REGISTER, Decision, PublicHit, hit_key
from ksdesk.core.secret_mentions import (
    SecretName,
    mentions,
    names_any,
    names_elsewhere,
    secret_names,
    sieved,
)
from ksdesk.core.text_walk import row_name
from ksdesk.db import meeting_repo, protokoll_repo, redaction_repo
from ksdesk.db.connection import Store
from ksdesk.interchange.pdf_text import PDF_MAGIC
from ksdesk.services import public_pdf
from ksdesk.services.public_sources import bilaga_source, item_source

# A hit of the kind "sekretess", as the item or bilaga it names; its source is the text.
KIND = "sekretess"
_CONTEXT = 40
Hide = Callable[[str, str], str]  # (text, the text masked so far) -> more masked, same length
# Texts of the meeting and its protokoll. Not the organ's: its list of standard items is a
# template ("Val av justerare") that a secret item may share a title with. Not a bilaga's
# own content: another author's file, published or left out by hits of its own.
_ROOTS = ("meeting:", "protokoll:")


def unpublished_secrets(store: Store) -> list[Arende]:
    """Every secret item and bilaga of the file (meeting_repo.every_secret_title) but those
    its meeting's review published, title and all ("behåll" on the item or bilaga itself, in
    force for it as it is now: a title changed since needs a new decision), as the packet of
    that meeting prints them. A title also borne by a secret item or bilaga not published
    stays among them."""
    kept = redaction_repo.kept_everywhere(store, "sekretess")

    def published(source: str) -> bool:
        return hit_key("sekretess", source) in kept

    secret = []
    for item in meeting_repo.every_secret_title(store):
        bilagor = [b for b in item.bilagor if not published(bilaga_source(b))]
        open_item = item.secret and not published(item_source(item))
        secret.append(replace(item, secret=open_item, bilagor=bilagor))
    return secret


def secrets_elsewhere(
    store: Store, meeting: Sammantrade, here: list[SecretName]
) -> list[SecretName]:
    """The titles of the secret items and bilagor of the file's other meetings that their
    reviews did not publish, as `meeting`'s review looks for them (those of `here`, its own,
    aside)."""
    own = {item.id for item in meeting.items}
    others = [item for item in unpublished_secrets(store) if item.id not in own]
    return names_elsewhere(others, here)


def kept_secrets(meeting: Sammantrade, decisions: dict[str, Decision]) -> tuple[set, set]:
    """The ids of the secret items and of the secret bilagor decided "behåll"."""

    def kept(source: str) -> bool:
        decision = decisions.get(hit_key("sekretess", source))
        return decision is not None and decision.decision == "behåll"

    items = {i.id for i in meeting.items if i.secret and kept(item_source(i))}
    bilagor = {
        b.id for i in meeting.items for b in i.bilagor if b.secret and kept(bilaga_source(b))
    }
    return items, bilagor


def paragraf_titles(store: Store, meeting_id: int) -> dict[int, list[str]]:
    """The titles the protokoll gives the §§ of each item (item id -> titles): a secret
    item's § may be titled anew, and is looked for by that title too."""
    titles: dict[int, list[str]] = {}
    for paragraf in protokoll_repo.list_for_meeting(store, meeting_id):
        if paragraf.item_id is not None:
            titles.setdefault(paragraf.item_id, []).append(paragraf.title)
    return titles


class Mentions:
    """The secret titles of a meeting that its public copy leaves out, and where other
    texts name them. `kept`: the secret items and bilagor the secretary decided to publish
    ("behåll"): their titles are public, and naming them is too."""

    def __init__(
        self,
        meeting: Sammantrade,
        kept_items: set[int],
        kept_bilagor: set[int],
        paragraf_titles: dict[int, list[str]] | None = None,
        store: Store | None = None,
    ):
        self.names = [
            name
            for name in secret_names(meeting, paragraf_titles)
            if (name.bilaga_id is None and name.item_id not in kept_items)
            or (name.bilaga_id is not None and name.bilaga_id not in kept_bilagor)
        ]
        # The other meetings' secret titles (`store`: looked for; a text may name an earlier
        # meeting's secret ärende), but in a list of ksdesk's registers, which masks every
        # secret title of the file itself (services.public_delegationsbeslut).
        self.own = self.names
        self.elsewhere = secrets_elsewhere(store, meeting, self.own) if store else []
        self.names = self.own + self.elsewhere
        # Every form of those titles: one search of a text for them all tells whether any
        # is there (ten years hold hundreds; each looked for alone was 5 times the scan).
        self.elsewhere_forms = tuple(form for name in self.elsewhere for form in name.titles)
        self.emptied = {item.id for item in meeting.items if item.secret} - kept_items
        secret = [bilaga for item in meeting.items for bilaga in item.bilagor if bilaga.secret]
        self.rows = {bilaga.id: f"/bilagor/{row_name(bilaga)}/" for bilaga in secret}
        # Stored PDF bilagor of items whose content is printed, other than the secret ones.
        self.pdfs = {
            bilaga.id: bilaga
            for item in meeting.items
            if item.id not in self.emptied
            for bilaga in item.bilagor
            if not bilaga.secret and (bilaga.content or b"").startswith(PDF_MAGIC)
        }
        # Bilagor ksdesk renders from its registers, of items whose content is printed.
        self.rendered = {
            bilaga.id
            for item in meeting.items
            if item.id not in self.emptied
            for bilaga in item.bilagor
            if not bilaga.secret and bilaga.content is None and (bilaga.ref or "").strip()
        }
        # The title as core.protokoll_public.hide_secret_underlag finds it in a line.
        self.underlag = {bilaga.id: bilaga.title.strip().rstrip(".") for bilaga in secret}
        # What a context hides before it is cut: a protected person (public_copy sets it).
        self.hide: Hide | None = None

    def hits(
        self, source: str, where: str, text: str, item_id: int | None, bilaga_id: int | None
    ) -> Iterator[PublicHit]:
        """A hit for each secret title `text` names, where the public copy prints `text`."""
        if not self.names:
            return
        if source.endswith(REGISTER):  # the list masks every title of another meeting
            if bilaga_id in self.rendered:
                yield from self._rendered_hits(source, where, text, item_id, bilaga_id, self.own)
            return
        if (pages := pdf_pages(self.pdfs, source, bilaga_id)) is not None:
            yield from self._page_hits(pages, where, item_id, bilaga_id)
            return
        if bilaga_id in self.rendered and source.startswith("bilaga:"):
            yield from self._rendered_hits(source, where, text, item_id, bilaga_id)
            return
        if not source.startswith(_ROOTS) or item_id in self.emptied:
            return  # a secret item's own texts are not printed at all
        for name in self._names_for(text):
            if self._replaced_anyway(name, source, text):
                continue
            found = mentions(text, name.titles)
            if not found:
                continue
            hit = _hit(
                name, source, where, mention_context(text, *found[0], hide=self.hide), item_id, None
            )
            yield replace(hit, mention=MENTION_BREAK.join(name.titles), neutral=name.neutral)

    def _names_for(self, text: str) -> list[SecretName]:
        """The titles to look for in `text`: the meeting's own, and another meeting's only if
        the text names one of them at all."""
        if not self.elsewhere_forms:
            return self.own
        named = set(sieved(text, self.elsewhere_forms))  # of a thousand titles, a few or none
        if not named:
            return self.own
        others = [name for name in self.elsewhere if named.intersection(name.titles)]
        forms = tuple(form for name in others for form in name.titles)
        return self.own + others if _names_any(text, forms) else self.own

    def _page_hits(
        self, pages: list[tuple[str, int, str]], where: str, item_id: int | None, bilaga_id: int
    ) -> Iterator[PublicHit]:
        """A hit of the page for each secret title a page of a stored PDF names (its source
        names the page, as a picture's does: "maskera" leaves the page out)."""
        for page, number, text in pages:
            for name in self._names_for(text):
                if found := mentions(text, name.titles):
                    context = mention_context(text, *found[0], hide=self.hide)
                    yield _hit(name, page, f"{where}, sida {number}", context, item_id, bilaga_id)

    def _rendered_hits(
        self,
        source: str,
        where: str,
        text: str,
        item_id: int | None,
        bilaga_id: int | None,
        names: list[SecretName] | None = None,
    ) -> Iterator[PublicHit]:
        """A hit of the bilaga for each secret title a bilaga ksdesk renders names (no
        `mention`: "maskera" leaves the whole bilaga out, core.public_copy.rules_from)."""
        for name in self._names_for(text) if names is None else names:
            found = mentions(text, name.titles)
            if found:
                context = mention_context(text, *found[0], hide=self.hide)
                yield _hit(name, source, where, context, item_id, bilaga_id)

    def _replaced_anyway(self, name: SecretName, source: str, text: str) -> bool:
        """The secret bilaga's own title, and a line of the beslutsunderlag that names it as
        protokollet lists it: the public edition prints its public line there itself
        (public_edition.public_view, core.protokoll_public.hide_secret_underlag)."""
        if name.bilaga_id is None:
            return False
        if self.rows.get(name.bilaga_id, "\0") in f"{source}/":
            return True
        titled = self.underlag.get(name.bilaga_id, "")
        return "/beslutsunderlag/" in source and bool(titled) and titled in text


@functools.lru_cache(maxsize=256)
def _names_any(text: str, forms: tuple[str, ...]) -> bool:
    """names_any, kept for the texts read last: each decision scans again, and one search
    of a long bilaga for a hundred titles is the scan's dearest step; an unchanged text
    with the same titles needs no second."""
    return names_any(text, forms)


def pdf_pages(
    pdfs: dict[int, Bilaga], source: str, bilaga_id: int | None
) -> list[tuple[str, int, str]] | None:
    """When `source` is the whole text of a stored PDF bilaga of `pdfs`: its pages, each as
    (the page's source, its number, its text), for hits that leave a page out; else None."""
    if bilaga_id not in pdfs or not source.endswith(":text"):
        return None
    bilaga = pdfs[bilaga_id]
    base = source[: -len(":text")]
    readings = public_pdf.page_readings(bilaga.sha256, bilaga.content or b"")
    return [(f"{base}:sida:{n}", n, text) for n, text in enumerate(readings, start=1)]


def _hit(
    name: SecretName,
    source: str,
    where: str,
    context: str,
    item_id: int | None,
    bilaga_id: int | None,
) -> PublicHit:
    return PublicHit(
        hit_key("omnämnande", source, "\x1f".join((name.what, *name.titles))),
        KIND,
        source,
        where,
        f"nämner {name.what} (sekretess)",
        context=context,
        item_id=item_id,
        bilaga_id=bilaga_id,
    )


def mention_context(text: str, start: int, end: int, hide: Hide | None = None) -> str:
    """The words around the mention, for the secretary's decision (the review is internal:
    the title is shown; personnummer in it are masked, and so is what `hide` hides: a
    protected person, services.public_skyddade.ProtectedPersons.hidden)."""
    left, right = max(0, start - _CONTEXT), min(len(text), end + _CONTEXT)
    # Masked whole, then cut: a cut inside a number would leave its last four unmasked. Read
    # as printed (a run of spaces as one): what it masks more here is only shown less.
    masked = mask_personnummer(text, printed=True)
    if hide is not None and len(masked) == len(text):
        masked = hide(text, masked)
    snippet = " ".join(masked[left:right].split())
    return f"{'…' if left else ''}{snippet}{'…' if right < len(text) else ''}"
