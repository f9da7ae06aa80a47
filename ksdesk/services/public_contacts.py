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

from ksdesk.core.contact_data import NAME, REASONS, private_contacts
from ksdesk.core.protected_phones import is_phone_field
from ksdesk.core.public_copy import REGISTER, PublicHit, hit_key
from ksdesk.services.public_mentions import Hide, mention_context

KIND = "kontakt"
# The kind a decision is stored under: the redaction table's CHECK knows a private person's
# data as "namn" (a new kind would need a migration); the log shows the reason with it.
_STORED = "namn"
# Texts no private person writes: the organ's own (its address, its secretary's phone).
_OWN = ("organ:",)


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
        for found in private_contacts(text):
            if found.value in seen or (found.kind == NAME and found.value in self.officials):
                continue
            seen.add(found.value)
            yield PublicHit(
                hit_key(KIND, source, found.value),
                KIND,
                source,
                where,
                REASONS[found.kind],
                context=mention_context(text, found.start, found.end, hide=self.hide),
                normalized=found.value,
                item_id=item_id,
                bilaga_id=bilaga_id,
            )


def stored_kind(kind: str) -> str:
    """The kind the redaction table stores a decision on a hit of `kind` under."""
    return _STORED if kind == KIND else kind
