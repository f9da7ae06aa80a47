"""The review's hits for a private person's contact data (core.contact_data) in the texts a
public copy prints: the street address, postnummer and ort, phone number and private
e-mail a citizen's letter, synpunkt, överklagande or ansökan gives, attached as a bilaga or
quoted in a tjänsteskrivelse or a §. Each is put to the secretary, one hit for each piece
in each text, as a personnummer is.

"maskera" takes the piece out of every text and every stored PDF bilaga of the public copy
wherever it stands (a letter's footer that repeats the number is masked too:
core.public_copy.PublicCopyRules.contacts), and the last check reads every output for it
(services.public_gate); "behåll" publishes it. A kommun's, a förvaltning's, a company's or
an official's own contact data is no hit (core.contact_owner), nor is the telefon field of a
tjänsteskrivelse (its handläggare's)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from ksdesk.core.contact_data import NAME, PARTY, POSTORT, REASONS, STREET, contacts
from ksdesk.core.contact_parties import is_recipient, party_names
from ksdesk.core.errors import InvalidInput
from ksdesk.core.protected_phones import is_phone_field
from ksdesk.core.public_copy import REGISTER, PublicHit, hit_key, is_pdf_text
from ksdesk.core.title_parties import title_party_names
from ksdesk.interchange.given_names import GIVEN_NAMES
from ksdesk.services.public_mentions import Hide, mention_context
from ksdesk.services.public_sources import TextSource

KIND = "kontakt"
# The kind a decision is stored under: the redaction table's CHECK knows a private person's
# data as "namn" (a new kind would need a migration); the log shows the reason with it.
_STORED = "namn"
# What a hit followed from the decision elsewhere says after its reason (PrivateContacts.followed).
_FOLLOWED = " – maskeras här också, som i "
# Texts no private person writes: the organ's own (its address, its secretary's phone).
_OWN = ("organ:",)
# The fields that print a title: an ärende's and its public one, a §'s, a bilaga's, a
# tjänsteskrivelse's (core.text_walk names a text by its path, the field last).
_TITLES = ("/title", "/public_title")


class PrivateContacts:
    """Finds the hits; `hide` hides a protected person in a hit's context (as every other
    hit's: services.public_skyddade), set by the scan. `officials`: the names the file knows
    as officials' (services.public_private_names.officials): a writer's name that is one of
    theirs is no hit, since a masked name is masked wherever it stands (a ledamot's in the
    närvarolista too)."""

    def __init__(self, officials: Iterable[str] = ()) -> None:
        self.hide: Hide | None = None
        self.officials = {" ".join(name.split()).casefold() for name in officials}

    def hits(
        self, source: str, where: str, text: str, item_id: int | None, bilaga_id: int | None
    ) -> Iterator[PublicHit]:
        """A hit for each piece of a private person's contact data `text` holds, once per
        value: the same number twice in one text is one decision."""
        if source.startswith(_OWN) or source.endswith(REGISTER) or is_phone_field(source):
            return
        seen: set[str] = set()
        for kind, start, end, value in _found(source, text):
            if value in seen or (kind in (NAME, PARTY) and value in self.officials):
                continue
            seen.add(value)
            yield PublicHit(
                hit_key(KIND, source, value),
                KIND,
                source,
                where,
                REASONS[kind],
                context=mention_context(text, start, end, hide=self.hide),
                normalized=value,
                item_id=item_id,
                bilaga_id=bilaga_id,
            )

    def followed(self, hits: list[PublicHit], texts: Iterable[TextSource]) -> list[PublicHit]:
        """A hit, decided as the first hit that masks it, for each piece of contact data decided
        "maskera" elsewhere that a PDF bilaga's pages draw where it is no hit of its own (a phone
        number alone beside a name is no private person's by its look): one "maskera" takes it
        out of every bilaga's pages (core.public_copy.PublicCopyRules.contacts), and the list
        shows the secretary where (walk34 #6: the number went out of bilaga 5-1 unlisted)."""
        masking: dict[str, PublicHit] = {}
        for hit in hits:
            if hit.kind == KIND and hit.decision is not None and hit.decision.decision == "maskera":
                masking.setdefault(hit.normalized, hit)
        listed = {(hit.source, hit.normalized) for hit in hits if hit.kind == KIND}
        out: list[PublicHit] = []
        for text in texts:
            if not masking or not text.text or not is_pdf_text(text.source):
                continue
            for piece in contacts(text.text):
                first = masking.get(piece.value)
                if first is None or (text.source, piece.value) in listed:
                    continue
                listed.add((text.source, piece.value))
                context = mention_context(text.text, piece.start, piece.end, hide=self.hide)
                out.append(
                    replace(
                        first,
                        key=hit_key(KIND, text.source, piece.value),
                        source=text.source,
                        where=text.where,
                        shown=f"{REASONS[piece.kind]}{_FOLLOWED}{first.where}",
                        context=context,
                        item_id=text.item_id,
                        bilaga_id=text.bilaga_id,
                    )
                )
        return out


def _found(source: str, text: str) -> list[tuple[str, int, int, str]]:
    """(kind, start, end, value) of each piece of a private person's data in `text`: her
    contact data and her name beside it (core.contact_data), and the name of a matter's
    private party (core.contact_parties), in order. A recipient who is a private party
    gives her own address, though her role names the property ("Fastighetsägaren, …")."""
    every = contacts(text)
    address = any(c.private and c.kind in (STREET, POSTORT) for c in every)
    recipient = is_recipient(source)
    parties = party_names(text, recipient, address)
    if source.endswith(_TITLES):  # a title names its party its own way (walk34)
        named = {name for _s, _e, name in parties}
        parties += [p for p in title_party_names(text, GIVEN_NAMES) if p[2] not in named]
    home = recipient and bool(parties)
    pieces = [
        (c.kind, c.start, c.end, c.value)
        for c in every
        if c.private or (home and c.kind in (STREET, POSTORT))
    ]
    return sorted([*pieces, *((PARTY, s, e, name) for s, e, name in parties)], key=lambda p: p[1:3])


def refuse_keeping_followed(hits: Iterable[PublicHit]) -> None:
    """InvalidInput for "behåll" on a hit PrivateContacts.followed lists: the decision that
    masks it elsewhere takes it out of this bilaga too, whatever is decided here."""
    for hit in hits:
        if hit.kind == KIND and _FOLLOWED in hit.shown:
            where = hit.shown.partition(_FOLLOWED)[2]
            raise InvalidInput(
                f"Kontaktuppgiften i {hit.where} tas bort för att den maskeras i {where}, "
                "och den tas då bort ur alla bilagor. Ska den publiceras: ändra beslutet där."
            )


def stored_kind(kind: str) -> str:
    """The kind the redaction table stores a decision on a hit of `kind` under."""
    return _STORED if kind == KIND else kind
