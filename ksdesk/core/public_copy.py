"""What may go into a public copy (the kallelse on the web, an export for the press): the
hits of the scan, the secretary's decision on each, and the rules a report follows.

A hit is a personnummer found in a text, an item or bilaga marked secret, a text that names
a secret item or bilaga by its title (core.secret_mentions), a citizen's name that may not
be published (core.citizen_mentions), a person with skyddade personuppgifter (masked
always, core.skyddad_person), or a bilaga whose text cannot
be read (a scanned PDF: what it holds is unknown, so a person has to look). Each
needs a decision, "maskera" (mask it / leave the bilaga out) or "behåll" (consciously kept),
before a public copy may be made."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

from ksdesk.core.contact_parties import mask_contacts_in
from ksdesk.core.errors import InvalidInput
from ksdesk.core.personnummer import PersonnummerHit, find_personnummer
from ksdesk.core.personnummer_masking import masked_hits
from ksdesk.core.protected_phones import is_phone_field, mask_phones
from ksdesk.core.public_blocked import blocked_message
from ksdesk.core.secret_mentions import neutral_for_each, replace_mentions
from ksdesk.core.withheld_words import WithheldWords

NumberReader = Callable[..., list[PersonnummerHit]]  # as find_personnummer(text, printed=…)

KINDS = {
    "personnummer": "Personnummer",
    "sekretess": "Sekretessmarkerat",
    "oläslig": "Kan inte granskas",
    "namn": "Enskild person",
    "skyddad": "Skyddade personuppgifter",
    "kontakt": "Kontaktuppgift",
}
DECISIONS = {"maskera": "Maskeras", "behåll": "Behålls medvetet"}
FOR_ITEM = "beslutat för ärendet"  # said of the decision of a § hit that follows its ärende


@dataclass(frozen=True)
class Decision:
    decision: str  # "maskera" | "behåll"
    decided_by: str
    decided_at: str  # ISO timestamp
    note: str = ""


@dataclass(frozen=True)
class LogEntry:
    kind: str
    source: str
    shown: str
    decision: Decision


@dataclass(frozen=True)
class PublicHit:
    key: str  # stable across scans: the same number in the same place is the same hit
    kind: str
    source: str  # "item:12:proposal", "ts:12:section:2", "bilaga:7", "meeting:3:place"
    where: str  # in Swedish: "Ärende 3 · Bilaga 2 Avtal.pdf"
    shown: str  # what the list may show: "811218-XXXX", "21 kap. 1 § OSL"
    context: str = ""  # the text around the hit, the number itself masked
    normalized: str = ""  # a personnummer's twelve digits (never shown), contact data's value
    # A text naming a secret item or bilaga by its title (a "sekretess" hit of a text, not of
    # the item or bilaga itself): the forms of the title (MENTION_BREAK between them), and
    # the words printed instead.
    mention: str = ""
    neutral: str = ""
    bilaga_id: int | None = None
    item_id: int | None = None
    decision: Decision | None = None
    # A person with skyddade personuppgifter is named (services.public_skyddade), or their
    # personnummer: masked always, the scan decides it itself and "behåll" is refused.
    always_masked: bool = False
    # Where the decision was taken when it was taken for the ärende the § was made from
    # ("ärende 5, rubrik": services.public_copy_carried); "" when taken for this hit itself.
    decided_for: str = ""

    @property
    def resolved(self) -> bool:
        return self.decision is not None

    @property
    def kind_text(self) -> str:
        return KINDS[self.kind]

    @property
    def decision_text(self) -> str:
        if self.always_masked:
            return "Maskeras alltid"
        if self.decision is None:
            return "Ej hanterad"
        decided = DECISIONS[self.decision.decision]
        return f"{decided} ({FOR_ITEM})" if self.decided_for else decided

    def decided(self, decision: Decision | None) -> PublicHit:
        """The hit decided here: a decision taken for the ärende no longer holds for it."""
        return replace(self, decision=decision, decided_for="")


def hit_key(kind: str, source: str, detail: str = "") -> str:
    digest = hashlib.sha256(f"{kind}|{source}|{detail}".encode()).hexdigest()
    return digest[:16]


class PublicCopyBlocked(InvalidInput):
    """A public copy asked for while hits are unresolved; `hits` are those hits."""

    def __init__(self, message: str, hits: list[PublicHit]) -> None:
        super().__init__(message)
        self.hits = hits


@dataclass
class PublicCopyRules:
    """What a public report does with the scanned meeting once every hit is resolved.

    mask(source, text): the text with masked personnummer replaced by X:es.
    omit_bilaga(id): leave this bilaga out (a PDF cannot be masked in place; the report says
    why instead, from withheld(id): "sekretess", "personnummer" or "oläslig").
    omit_item_content(id): a secret item shows its title and sekretess reference only."""

    kept_numbers: dict[str, set[str]] = field(default_factory=dict)  # source -> kept numbers
    omitted_bilagor: set[int] = field(default_factory=set)
    omitted_items: set[int] = field(default_factory=set)
    # Why each omitted bilaga is left out: the kind of the hit that weighs most.
    withheld_kinds: dict[int, str] = field(default_factory=dict)
    # Personnummer to take out of the text of a stored PDF bilaga that is published.
    bilaga_numbers: dict[int, set[str]] = field(default_factory=dict)
    # Pages of a published PDF bilaga replaced by a page saying why (a picture or a page
    # nobody could vouch for, decided "maskera"): page number → the kind of its hit.
    bilaga_pages: dict[int, dict[int, str]] = field(default_factory=dict)
    # Pages of a published PDF bilaga nobody could read that the secretary decided to
    # publish ("behåll"): the last check lets these through unread, and no other page.
    kept_unread: dict[int, set[int]] = field(default_factory=dict)
    # Titles of secret items and bilagor that a text names, decided "maskera": source →
    # {title: the neutral words printed instead}.
    secret_mentions: dict[str, dict[str, str]] = field(default_factory=dict)
    # The names and secret titles no public output may hold (the last check reads for them;
    # services.public_copy.ensure_public_ok fills it).
    withheld_words: WithheldWords = field(default_factory=WithheldWords)
    # The names and secret titles kept on purpose in each text, by their key
    # (core.withheld_words.word_key): source -> keys; filled with withheld_words.
    kept_words: dict[str, set[str]] = field(default_factory=dict)
    # The phone numbers of the persons with skyddade personuppgifter
    # (core.protected_phones.phone_digits): taken out of every text, masked always.
    phones: tuple[str, ...] = ()
    # A private person's contact data decided "maskera" (core.contact_data values): taken
    # out of every text and every stored PDF bilaga, wherever it stands.
    contacts: frozenset[str] = frozenset()
    # How a text is read for personnummer: find_personnummer, or the same results kept for
    # the store (services.public_reading) by ensure_public_ok.
    read_numbers: NumberReader = field(default=find_personnummer, repr=False, compare=False)

    def kept_in_texts(self) -> Iterator[tuple[str, set[str]]]:
        """Each text's kept numbers (their twelve digits) and kept names and titles (their
        keys): the last check lets each through only where a text that kept it is
        printed (services.public_kept)."""
        yield from self.kept_numbers.items()
        yield from self.kept_words.items()

    def numbers_in_bilaga(self, bilaga_id: int | None) -> frozenset[str]:
        return frozenset(self.bilaga_numbers.get(bilaga_id, ())) if bilaga_id else frozenset()

    def pages_left_out(self, bilaga_id: int | None) -> dict[int, str]:
        return dict(self.bilaga_pages.get(bilaga_id, {})) if bilaga_id else {}

    def pages_kept_unread(self, bilaga_id: int | None) -> set[int]:
        """The pages of the bilaga published unread by decision, none of them left out."""
        kept = self.kept_unread.get(bilaga_id, set()) if bilaga_id else set()
        return set(kept) - set(self.pages_left_out(bilaga_id))

    def every_page_left_out(self, bilaga_id: int | None, page_count: int) -> str:
        """The weightiest reason when every page of the bilaga would be left out (it is then
        left out whole: a file of notices says nothing), else ""."""
        left = self.pages_left_out(bilaga_id)
        if not left or not set(range(1, page_count + 1)) <= set(left):
            return ""
        return max(left.values(), key=lambda kind: _WITHHELD_WEIGHT[kind])

    def mask(self, source: str, text: str) -> str:
        mentioned = self.secret_mentions.get(source)
        if mentioned:
            text = replace_mentions(text, mentioned)
        if self.phones:
            text = mask_phones(text, self.phones, phone_line=is_phone_field(source))
        if self.contacts:
            text = mask_contacts_in(source, text, self.contacts)
        kept = frozenset(self.kept_numbers.get(source, ()))
        found = self.read_numbers(text, printed=printed_as_paragraph(source)) if text else []
        return masked_hits(text, found, kept)

    def omit_bilaga(self, bilaga_id: int | None) -> bool:
        return bilaga_id in self.omitted_bilagor

    def omit_item_content(self, item_id: int | None) -> bool:
        return item_id in self.omitted_items

    def withheld(self, bilaga_id: int | None) -> str:
        """Why the bilaga is left out ("sekretess", "personnummer", "oläslig"), "" if not."""
        if bilaga_id is None or bilaga_id not in self.omitted_bilagor:
            return ""
        return self.withheld_kinds.get(bilaga_id, "sekretess")


# A bilaga masked for several reasons is labelled by the one that weighs most: a secrecy
# mark names the law, a personnummer says what was in it, "oläslig" only that nobody could tell.
_WITHHELD_WEIGHT = {"sekretess": 3, "personnummer": 2, "oläslig": 1}


def rules_from(hits: list[PublicHit]) -> PublicCopyRules:
    """The rules once every hit has a decision (raises PublicCopyBlocked otherwise)."""
    open_hits = [h for h in hits if not h.resolved]
    if open_hits:
        raise PublicCopyBlocked(blocked_message(open_hits), open_hits)
    rules = PublicCopyRules()
    contacts: dict[str, bool] = {}  # value -> kept wherever decided: one "maskera" masks all
    for hit in hits:
        keep = hit.decision is not None and hit.decision.decision == "behåll"
        if hit.kind == "kontakt":
            contacts[hit.normalized] = keep and contacts.get(hit.normalized, True)
            if keep or not hit.source.startswith("bilaga:") or is_pdf_text(hit.source):
                continue  # masked in the text, and taken out of a PDF's pages
        if hit.kind == "personnummer" and keep:
            rules.kept_numbers.setdefault(hit.source, set()).add(hit.normalized)
        if hit.kind == "oläslig" and keep and hit.bilaga_id and (page := page_of(hit.source)):
            rules.kept_unread.setdefault(hit.bilaga_id, set()).add(page)
        if keep:
            continue
        # A name a text cannot lose is left out as personal data, said as for a personnummer
        # (a protected person's too: the page does not say that the person is protected).
        kind = "personnummer" if hit.kind in ("namn", "skyddad", "kontakt") else hit.kind
        if hit.mention:
            replaced = rules.secret_mentions.setdefault(hit.source, {})
            replaced |= neutral_for_each(hit.mention.split(MENTION_BREAK), hit.neutral)
            continue
        if hit.kind == "personnummer" and is_pdf_text(hit.source) and hit.bilaga_id:
            # Text drawn on a PDF page is taken out of the page; the rest is published.
            rules.bilaga_numbers.setdefault(hit.bilaga_id, set()).add(hit.normalized)
        elif hit.kind in ("personnummer", "namn", "skyddad") and hit.source.endswith(REGISTER):
            pass  # the register list's public version masks these itself
        elif hit.bilaga_id is not None and (page := page_of(hit.source)):
            # A picture or a page nobody could vouch for is left out alone, said on a page
            # of its own; the rest of the bilaga is published.
            pages = rules.bilaga_pages.setdefault(hit.bilaga_id, {})
            if _WITHHELD_WEIGHT[kind] > _WITHHELD_WEIGHT.get(pages.get(page, ""), 0):
                pages[page] = kind
        elif hit.bilaga_id is not None and hit.source.startswith("bilaga:"):
            rules.omitted_bilagor.add(hit.bilaga_id)
            known = rules.withheld_kinds.get(hit.bilaga_id, "")
            if _WITHHELD_WEIGHT[kind] > _WITHHELD_WEIGHT.get(known, 0):
                rules.withheld_kinds[hit.bilaga_id] = kind
        elif hit.kind == "sekretess" and hit.item_id is not None:
            rules.omitted_items.add(hit.item_id)
    rules.contacts = frozenset(value for value, kept in contacts.items() if not kept)
    return rules


def printed_as_paragraph(source: str) -> bool:
    """Whether the text named `source` is printed as a paragraph, where a run of whitespace
    stands between two words however long it is (one space on paper, a gap on the web): a
    field of the meeting, its organ or its protokoll. Not the content of a bilaga, read off
    its pages as they are."""
    return not source.startswith("bilaga:")


MENTION_BREAK = "\x1f"  # between the forms of a title in PublicHit.mention
REGISTER = ":register"  # a bilaga listing ksdesk's registers: masked by its own renderer


_PAGE_SOURCE = re.compile(r"^bilaga:.*:(?:bild|sida|textlager|kurvor):([0-9]+)$")
_OUTLINES = re.compile(r"^bilaga:.*:kurvor:[0-9]+$")


def page_of(source: str) -> int | None:
    """The page a bilaga source names ("bilaga:7:ab12:bild:3" → 3), None for a whole file."""
    found = _PAGE_SOURCE.match(source)
    return int(found.group(1)) if found else None


def is_pdf_text(source: str) -> bool:
    """A bilaga source naming the text drawn on a stored PDF's pages ("bilaga:7:ab12:text"),
    or the text a page draws as outlines ("bilaga:7:ab12:kurvor:3"): a number there is
    taken out of the page (blacked out), and the rest of the page is published."""
    return (source.startswith("bilaga:") and source.endswith(":text")) or bool(
        _OUTLINES.match(source)
    )
