"""The review's hits for texts that name a person in the register of skyddade
personuppgifter (core.skyddad_person): by name (every form core.citizen_mentions knows),
by address, by phone number (core.protected_phones), or by personnummer. Unlike every
other hit, such a hit is masked always: the scan gives it the decision "maskera" itself
(ALWAYS), and services.public_copy.decide refuses "behåll" for it, since publishing where a
protected person lives or who they are is what the marking exists to stop.

Masked, in a text of the meeting, its organ or its protokoll the name is replaced by "en
enskild person" and the address by "[adress borttagen]" (as a secret title is replaced by
its neutral words); a bilaga ksdesk renders from its data is left out, a page of a stored
PDF that names the person is left out with the page saying why (personal data, as for a
personnummer: the page does not say that the person is protected), a list made from
ksdesk's registers masks the person itself (services.public_withheld.register_masking),
and the personnummer is taken out wherever the review's reader finds it, never kept.

One exception: a name as texts shorten it ("Erik Karlsson" of "Kalle Erik Karlsson") that is
also a ledamot's, an ersättare's or a secretary's of the organs (core.skyddad_person.
shared_with) is a hit the secretary decides, text by text (SHARED_SHOWN says what to ask):
masked always, the ledamot's name vanished from the public protokoll unasked. Its hit has
the kind of a name one decides ("namn"); undecided it stops the public copy, as any hit."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from functools import partial

from ksdesk.core import protected_hiding
from ksdesk.core.handlingar import published_pdf_bilagor
from ksdesk.core.meeting import Sammantrade
from ksdesk.core.personnummer_masking import mask_personnummer
from ksdesk.core.protected_phones import is_phone_field, mask_phones, phone_spans
from ksdesk.core.public_copy import (
    MENTION_BREAK,
    Decision,
    PublicCopyRules,
    PublicHit,
    hit_key,
)
from ksdesk.core.secret_mentions import mentions, names_any, replace_mentions
from ksdesk.core.skyddad_person import NAME_NEUTRAL, ProtectedForms
from ksdesk.db.connection import Store
from ksdesk.interchange.pdf_text import PDF_MAGIC
from ksdesk.services.public_mentions import mention_context, pdf_pages
from ksdesk.services.skyddade import forms as register_forms

KIND = "skyddad"
WHY = (
    "Personen finns i registret över skyddade personuppgifter (sekretessmarkering, skyddad "
    "folkbokföring eller fingerade personuppgifter). Namn, adress och personnummer maskeras "
    "därför alltid i den offentliga kopian och kan inte publiceras."
)
# The decision every such hit has, whatever was decided on its key before.
ALWAYS = Decision("maskera", "ksdesk (skyddade personuppgifter)", "", WHY)
# A page nobody could read (OCR found nothing it could vouch for: "oläslig") cannot be read
# for the register either. Where the register holds anyone, the review says so by the hit,
# the window asks before "behåll" and the public packet's notes name each page so published.
# Said in the hit's context (a page that cannot be read has none): its Träff is long already.
UNCHECKED_CONTEXT = (
    "Sidan kan inte heller kontrolleras mot registret över skyddade personuppgifter."
)
UNCHECKED = (
    "Registret över skyddade personuppgifter kan inte kontrolleras mot en sida som inte kan "
    "läsas: publiceras den (behåll) kan den nämna en person med skyddade personuppgifter utan "
    "att någon har sett det. Titta på sidan själv innan du behåller den; annars lämnas den "
    "utanför (maskera), som en försiktig granskning gör."
)
UNCHECKED_PUBLISHED = (
    "{pages} publiceras oläst (beslutet ”behåll” i granskningen) och har inte kunnat "
    "kontrolleras mot registret över skyddade personuppgifter: se till att ingen person i "
    "registret nämns där, eller maskera sidan under Arkiv → Granska offentlig kopia."
)
# What the list shows in Träff: the part found (its Typ says the rest).
_SHOWN = {
    "namn": "namnet (maskeras alltid)",
    "adress": "adressen (maskeras alltid)",
    "telefon": "telefonnumret (maskeras alltid)",
    "": "namn, adress eller telefon (sidan eller bilagan tas inte med)",
}
# A name the register's person and a ledamot, ersättare or secretary share ("Erik Karlsson"
# of "Kalle Erik Karlsson"; core.skyddad_person.shared_with): the secretary decides.
# Its hit is of the kind a name the secretary decides has (a citizen's: services.
# public_citizens), the kinds a decision is stored for.
SHARED_KIND = "namn"
SHARED_SHOWN = (
    "namnet är också en ledamots, ersättares eller sekreterares: behåll om texten gäller "
    "den personen, maskera om den gäller personen med skyddade personuppgifter"
)
# Texts where a name can be replaced: the meeting, its organ and its protokoll.
_ROOTS = ("meeting:", "protokoll:", "organ:")


class ProtectedPersons:
    """The registered persons, and the stored PDF bilagor of the meeting they may stand in."""

    def __init__(self, store: Store, meeting: Sammantrade) -> None:
        self.people = register_forms(store)
        bilagor = [bilaga for item in meeting.items for bilaga in item.bilagor]
        self.pdfs = {b.id: b for b in bilagor if (b.content or b"").startswith(PDF_MAGIC)}
        self.all_forms = tuple(form for person in self.people for form in person.forms)
        self.shared = tuple(form for person in self.people for form in person.shared)
        self.phones = tuple(phone for person in self.people for phone in person.phones)
        # Every form with the words the public copy prints for it (a hit's context shown).
        self.replacements = {f: w for p in self.people for f, w in p.replacements.items()}

    def shown(self, hit: PublicHit) -> PublicHit:
        """`hit` with every registered person in its context as the public copy prints them:
        what was hidden in the whole text before the cut (`hidden`), and any form whole in
        the context all the same."""
        if self.people and hit.kind == "oläslig" and not hit.context:
            hit = replace(hit, context=UNCHECKED_CONTEXT)
        if not self.people or not hit.context:
            return hit
        context = replace_mentions(protected_hiding.shown(hit.context), self.replacements)
        return replace(hit, context=mask_phones(context, self.phones))

    def hidden(self, text: str, into: str | None = None, *, line: bool = False) -> str:
        """`into` (or `text`) with every registered form `text` holds hidden by marks of its
        length, for a context to be cut from (core.protected_hiding)."""
        return protected_hiding.hidden(text, self.people, line=line, into=into)

    @property
    def names_written(self) -> frozenset[str]:
        """Each registered name as written, in lower case (the citizens' hits leave them)."""
        return frozenset(person.names[-1].lower() for person in self.people)

    @property
    def numbers(self) -> set[str]:
        """The twelve digits of every registered personnummer."""
        return {person.number for person in self.people if person.number}

    def hits(
        self, source: str, where: str, text: str, item_id: int | None, bilaga_id: int | None
    ) -> Iterator[PublicHit]:
        """A hit for each registered person `text` names, where the public copy prints it."""
        if not self.people or not text:
            return
        pages = pdf_pages(self.pdfs, source, bilaga_id)
        if pages is not None:
            for page, number, page_text in pages:
                for person, _part, _forms, span in self.named(page_text, whole=True):
                    context = mention_context(page_text, *span, hide=self.hidden)
                    hit = _hit(person, page, f"{where}, sida {number}", context, item_id)
                    yield replace(hit, bilaga_id=bilaga_id)
                for hit in self._shared_hits(page, f"{where}, sida {number}", page_text, item_id):
                    yield replace(hit, bilaga_id=bilaga_id)
            return
        # A picture's or outline's page, a bilaga ksdesk renders, a register list (it masks
        # the person itself): no `mention`, "maskera" leaves the page or the bilaga out
        # (core.public_copy.rules_from). Elsewhere the name and the address are replaced.
        replaceable = source.startswith(_ROOTS) or bilaga_id is None
        for hit in self._shared_hits(source, where, text, item_id):
            yield hit if replaceable else replace(hit, bilaga_id=bilaga_id, mention="")
        phone_line = is_phone_field(source)
        hide = partial(self.hidden, line=phone_line)
        for person, part, forms, span in self.named(text, whole=not replaceable, line=phone_line):
            context = mention_context(text, *span, hide=hide)
            hit = _hit(person, source, where, context, item_id, part)
            if not replaceable:
                yield replace(hit, bilaga_id=bilaga_id)
            elif part == "telefon":
                yield hit  # the rules' mask takes the number out of every text (no mention)
            else:
                neutral = person.replacements[forms[-1]]
                yield replace(hit, mention=MENTION_BREAK.join(forms), neutral=neutral)

    def named(
        self, text: str, *, whole: bool = False, line: bool = False
    ) -> Iterator[tuple[ProtectedForms, str, tuple[str, ...], tuple[int, int]]]:
        """(person, "namn", "adress" or "telefon", its forms, the first mention) for each part
        of each person `text` names; `whole`: one for the person ("" for the part), name,
        address or phone; `line`: the text is a phone field (core.protected_phones).
        All forms are looked for at once first, as the review looks for many secret titles
        (core.secret_mentions.names_any, sieved): most texts name nobody of the register.
        Then the name's forms and the address's apart, each sharing a word that spares a
        search for each form (secret_mentions.mentions)."""
        phoned = bool(phone_spans(text, self.phones, phone_line=line))
        if not phoned and not names_any(text, self.all_forms):
            return
        for person in self.people:
            found = [
                (part, forms, spans[0])
                for part, forms in (("namn", person.names), ("adress", person.addresses))
                if forms and (spans := mentions(text, forms))
            ]
            if phoned and (spans := phone_spans(text, person.phones, phone_line=line)):
                found.append(("telefon", person.phones, spans[0]))
            if whole and found:
                yield person, "", person.forms, min(span for _p, _f, span in found)
                continue
            for part, forms, span in found:
                yield person, part, forms, span

    def _shared_hits(
        self, source: str, where: str, text: str, item_id: int | None
    ) -> Iterator[PublicHit]:
        """A hit the secretary decides for each person whose shared name (`shared_with`)
        `text` holds where no form of the person's own stands (the "Erik Karlsson" inside
        "Kalle Erik Karlsson" is the person's, masked always)."""
        if not self.shared or not names_any(text, self.shared):
            return
        for person in self.people:
            own = mentions(text, person.names) if person.shared else []
            spans = [
                (start, end)
                for start, end in mentions(text, person.shared)
                if not any(start < last and first < end for first, last in own)
            ]
            if spans:
                context = mention_context(text, *spans[0], hide=self.hidden)
                yield PublicHit(
                    hit_key(SHARED_KIND, source, shared_detail(person)),
                    SHARED_KIND,
                    source,
                    where,
                    SHARED_SHOWN,
                    context=context,
                    item_id=item_id,
                    mention=MENTION_BREAK.join(person.shared),
                    neutral=NAME_NEUTRAL,
                )


def shared_detail(person: ProtectedForms) -> str:
    """The detail of the key of a hit of a shared name (public_withheld reads it)."""
    return f"{person.key}\x1fsamma namn"


def _hit(
    person: ProtectedForms,
    source: str,
    where: str,
    context: str,
    item_id: int | None,
    part: str = "",
) -> PublicHit:
    detail = f"{person.key}\x1f{part}" if part else person.key
    return PublicHit(
        hit_key(KIND, source, detail),
        KIND,
        source,
        where,
        _SHOWN[part],
        context=context,  # shown as it prints: ProtectedPersons.shown
        item_id=item_id,
        always_masked=True,
    )


def unchecked_warning(hits: list[PublicHit]) -> str:
    """Why "behåll" on the unreadable pages among `hits` is no safe choice (Swedish), "" when
    the register held nobody at the scan (ProtectedPersons.shown marks them) or none is there."""
    unchecked = any(h.kind == "oläslig" and h.context == UNCHECKED_CONTEXT for h in hits)
    return UNCHECKED if unchecked else ""


def unchecked_published(store: Store, meeting: Sammantrade, rules: PublicCopyRules) -> list:
    """For the public packet's notes (the secretary's, never printed): each stored PDF page
    it publishes unread, when the register holds anyone."""
    pages = [
        f"ärende {nr}, bilaga {bilaga.nr} {bilaga.title}, sida {page}"
        for nr, bilaga in published_pdf_bilagor(meeting)
        if not bilaga.withheld  # left out whole: not published at all
        for page in sorted(rules.pages_kept_unread(bilaga.id))
    ]
    if not pages or not register_forms(store):
        return []
    where = mask_personnummer("; ".join(" ".join(p.split()) for p in pages))
    return [UNCHECKED_PUBLISHED.format(pages=f"{where[:1].upper()}{where[1:]}")]
