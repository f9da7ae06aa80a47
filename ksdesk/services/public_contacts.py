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

from ksdesk.core.contact_data import NAME, PARTY, POSTORT, REASONS, STREET, contacts, spans_of
from ksdesk.core.contact_parties import is_recipient, party_names
from ksdesk.core.errors import InvalidInput
from ksdesk.core.personnummer_names import NEAR_NUMBER, names_by_numbers
from ksdesk.core.protected_phones import is_phone_field
from ksdesk.core.public_copy import (
    REGISTER,
    Decision,
    PublicHit,
    hit_key,
    is_pdf_text,
    page_of,
)
from ksdesk.core.title_parties import title_party_names
from ksdesk.db import redaction_repo
from ksdesk.db.connection import Store
from ksdesk.interchange.given_names import GIVEN_NAMES
from ksdesk.services.kommun_contacts import NO_KOMMUN, KommunContacts, is_kommun_text
from ksdesk.services.public_mentions import Hide, mention_context
from ksdesk.services.public_sources import TextSource

KIND = "kontakt"
# The kind a decision is stored under: the redaction table's CHECK knows a private person's
# data as "namn" (a new kind would need a migration); the log shows the reason with it.
_STORED = "namn"
# What a hit followed from the decision elsewhere says after its reason (PrivateContacts.followed).
_FOLLOWED = " – maskeras här också, som i "
# Why each piece is a hit: a name beside a personnummer is that person's (core.personnummer_names).
_REASONS = {**REASONS, NEAR_NUMBER: NEAR_NUMBER}
# A phrase the secretary masks herself ("Maskera egen text…"): kept as a row of its own.
OWN = "egen:"
OWN_SHOWN = "egen maskering"
# The fields that print a title: an ärende's and its public one, a §'s, a bilaga's, a
# tjänsteskrivelse's (core.text_walk names a text by its path, the field last).
_TITLES = ("/title", "/public_title")


class PrivateContacts:
    """Finds the hits; `hide` hides a protected person in a hit's context (as every other
    hit's: services.public_skyddade), set by the scan. `officials`: the names the file knows
    as officials' (services.public_private_names.officials): a writer's name that is one of
    theirs is no hit, since a masked name is masked wherever it stands (a ledamot's in the
    närvarolista too). `kommun`: the secretaries and the numbers that are the kommun's
    (services.kommun_contacts), no hit wherever they stand."""

    def __init__(
        self,
        officials: Iterable[str] = (),
        own: Iterable[str] = (),
        kommun: KommunContacts = NO_KOMMUN,
    ) -> None:
        self.hide: Hide | None = None
        self.own = [phrase for phrase in own if phrase.strip()]  # add_own's phrases
        self.kommun = kommun.values
        self.officials = {" ".join(n.split()).casefold() for n in [*officials, *kommun.names]}
        # A name beside a personnummer (its hit's key) -> (the text's source, the number).
        self.numbers: dict[str, tuple[str, str]] = {}
        # The texts of the bilagor printed as they are (repeated): (source, where, text,
        # item_id, bilaga_id).
        self.whole: list[tuple[str, str, str, int | None, int | None]] = []

    def hits(
        self, source: str, where: str, text: str, item_id: int | None, bilaga_id: int | None
    ) -> Iterator[PublicHit]:
        """A hit for each piece of a private person's contact data `text` holds, once per
        value: the same number twice in one text is one decision."""
        if is_kommun_text(source) or source.endswith(REGISTER) or is_phone_field(source):
            return
        if _printed_whole(source):
            self.whole.append((source, where, text, item_id, bilaga_id))
        for phrase in self.own:  # one hit of each text it stands in, one decision for all
            if found := spans_of(text, frozenset([phrase])):
                context = mention_context(text, *found[0][:2], hide=self.hide)
                yield self.own_hit(phrase, source, where, context, item_id, bilaga_id)
        seen: set[str] = set()
        beside = {name: number for *_span, name, number in names_by_numbers(text)}
        for kind, start, end, value in _found(source, text):
            named = kind in (NAME, PARTY, NEAR_NUMBER)
            if value in seen or value in self.kommun or (named and value in self.officials):
                continue
            seen.add(value)
            if value in beside:
                self.numbers[hit_key(KIND, source, value)] = (source, beside[value])
            context = mention_context(text, start, end, hide=self.hide)
            yield _hit(value, _REASONS[kind], context, source, where, item_id, bilaga_id)

    def own_hit(
        self,
        phrase: str,
        source: str = OWN,
        where: str = "inte funnen i sammanträdets texter",
        context: str = "",
        item_id: int | None = None,
        bilaga_id: int | None = None,
    ) -> PublicHit:
        """The hit of a phrase she masks herself: masked as a private person's name is, in
        every text and PDF bilaga (core.contact_data.spans_of), under one key."""
        return PublicHit(
            own_key(phrase),
            KIND,
            source,
            where,
            f"{OWN_SHOWN}: {phrase}",
            context=context,
            normalized=phrase,
            item_id=item_id,
            bilaga_id=bilaga_id,
        )

    def unfound(self, hits: list[PublicHit]) -> list[PublicHit]:
        """A hit for each own phrase no text holds: she still sees, and may undo, it."""
        keys = {hit.key for hit in hits}
        return [self.own_hit(p) for p in self.own if own_key(p) not in keys]

    def repeated(self, hits: list[PublicHit]) -> list[PublicHit]:
        """A hit in each bilaga printed as it is (a document or budget sheet of the file) for
        each private person's datum a hit found in another text that the bilaga holds too:
        "maskera" masks it wherever it stands, and such a bilaga can only be left out whole
        (core.public_copy.rules_from), so it is hers to decide there too. Without it the
        bilaga printed the name and the last check refused the packet, at a place the review
        never showed (a name beside a personnummer in a title, the title's words in the
        document)."""
        ours = [h for h in hits if h.kind == KIND and h.key != own_key(h.normalized)]
        found = {(hit.source, hit.normalized) for hit in ours}
        more = []
        for source, where, text, item_id, bilaga_id in self.whole:
            for value, reason in {hit.normalized: hit.shown for hit in ours}.items():
                if (source, value) not in found and (at := spans_of(text, frozenset([value]))):
                    context = mention_context(text, *at[0][:2], hide=self.hide)
                    more.append(_hit(value, reason, context, source, where, item_id, bilaga_id))
        return more

    def decided_with_numbers(self, hits: list[PublicHit]) -> list[PublicHit]:
        """`hits` with each undecided name beside a personnummer decided as that number is in
        the same text: masking the number masks the person's name with it, by default (her
        own decision on the name, "behåll" too, stands over it)."""
        numbers = {
            (hit.source, hit.normalized): hit.decision
            for hit in hits
            if hit.kind == "personnummer" and hit.decision is not None
        }
        return [
            hit.decided(numbers.get(self.numbers[hit.key]))
            if hit.decision is None and hit.key in self.numbers
            else hit
            for hit in hits
        ]

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
    contact data and her name beside it (core.contact_data), the name of a matter's
    private party (core.contact_parties) and a name beside a personnummer
    (core.personnummer_names), in order. A recipient who is a private party gives her own
    address, though her role names the property ("Fastighetsägaren, …")."""
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
    named = [(PARTY, s, e, name) for s, e, name in parties]
    named += [(NEAR_NUMBER, s, e, name) for s, e, name, _number in names_by_numbers(text)]
    return sorted([*pieces, *named], key=lambda p: p[1:3])


def _hit(
    value: str,
    reason: str,
    context: str,
    source: str,
    where: str,
    item_id: int | None,
    bilaga_id: int | None,
) -> PublicHit:
    """The hit of a piece of contact data in one text: a decision of its own there."""
    key = hit_key(KIND, source, value)
    return PublicHit(
        key,
        KIND,
        source,
        where,
        reason,
        context=context,
        normalized=value,
        item_id=item_id,
        bilaga_id=bilaga_id,
    )


def _printed_whole(source: str) -> bool:
    """A bilaga's text printed as it is, nothing in it masked in place: not the text drawn
    on a stored PDF's pages nor a page of it (contact data is taken out of those)."""
    return source.startswith("bilaga:") and not is_pdf_text(source) and page_of(source) is None


def own_key(phrase: str) -> str:
    return hit_key(KIND, OWN, phrase)


def add_own(store: Store, meeting_id: int, phrase: str, by: str, at: str) -> str:
    """Record `phrase` (what she typed) as masked in the meeting's public copy: a hit of its
    own ("egen maskering"), decided "maskera" by `by`; its key. "Behåll medvetet" on it
    undoes it (the phrase is then printed), "Maskera" masks it again."""
    phrase = " ".join(phrase.split()).lower()
    if len(phrase) < 2 or any(ch.isdigit() or ch == "@" for ch in phrase):
        raise InvalidInput(
            "Skriv ett namn eller några ord att maskera (minst två bokstäver, inga siffror: "
            "ett personnummer eller telefonnummer är redan en träff)."
        )
    key = own_key(phrase)
    decision = Decision("maskera", by, at)
    with store.atomic():
        redaction_repo.add(
            store,
            meeting_id,
            hit_key=key,
            kind=_STORED,
            source=OWN,
            shown=phrase,
            decision=decision,
        )
    return key


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
