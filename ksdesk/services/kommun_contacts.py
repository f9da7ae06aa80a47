"""The kommun's own contact data in a meeting's texts: what the review of a public copy never
puts to the secretary as a private person's (walk37 #4). The nämnd's secretary, named in
Nämndens inställningar or on the meeting, with her phone and e-mail, and the numbers the
kallelse's own notes give (where to report förhinder, how to take part at a distance: the
förvaltning's växel or kansli) are the kommun's to publish. Without this the förhinder note
"Meddela 0300-83 83 45 senast …" was a "privatpersons telefonnummer" hit, and "Maskera alla"
printed "Meddela [telefon borttagen]" in the public kallelse."""

from __future__ import annotations

from dataclasses import dataclass, field

from ksdesk.core.contact_data import NAME, contacts
from ksdesk.core.meeting import Sammantrade
from ksdesk.db import organ_repo
from ksdesk.db.connection import Store

# The meeting's fields the secretary writes for the kallelse: the kommun's text, no citizen's.
_NOTES = ("/absence_note", "/remote_note")
# Texts no private person writes: the organ's own (its address, its secretary's phone).
_OWN = ("organ:",)


@dataclass(frozen=True)
class KommunContacts:
    """`names`: the secretaries (officials, as the nämnd's ledamöter are); `values`: the
    phone numbers and e-mail addresses as core.contact_data compares them."""

    names: tuple[str, ...] = ()
    values: frozenset[str] = field(default_factory=frozenset)


NO_KOMMUN = KommunContacts()


def kommun_contacts(store: Store, meeting: Sammantrade) -> KommunContacts:
    """Every nämnd's secretary (a file may hold several nämnder, whose kallelser name each
    other's), the meeting's own secretary, and what the meeting's notes give."""
    names = [meeting.secretary_name]
    texts = [meeting.absence_note, meeting.remote_note]
    for organ in organ_repo.list_all(store):
        names.append(organ.secretary_name)
        texts += [organ.secretary_phone, organ.secretary_email]
    values = {c.value for text in texts for c in contacts(text) if c.kind != NAME}
    return KommunContacts(tuple(n for n in names if n.strip()), frozenset(values))


def is_kommun_text(source: str) -> bool:
    """The organ's texts, and a note of the meeting's kallelse (services.public_sources names
    each text by its root and field)."""
    return source.startswith(_OWN) or (source.startswith("meeting:") and source.endswith(_NOTES))
