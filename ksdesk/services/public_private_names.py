"""The review's hits for private persons a delegationsbeslut names (core.private_names: the
sökande of a bygglov, the klagande of a yttrande), in the bilagor that print the register
of delegationsbeslut: the list reported to a meeting, or one decision.

Such a list masks itself, as it masks a citizen's name without consent (the register spans
meetings: services.public_delegationsbeslut), so the hit says what the list will not print:
"maskera" is what the list does anyway (each form of the name as "en enskild person"), and
"behåll" prints the name in the list reported to that meeting. The last check of the list
reads for every name it masked."""

from __future__ import annotations

from collections.abc import Iterator

from ksdesk.core.citizen_mentions import name_forms
from ksdesk.core.delegation import Delegationsbeslut
from ksdesk.core.delegationsbeslut_print import as_printed
from ksdesk.core.meeting import Bilaga, Sammantrade, numbered
from ksdesk.core.personnummer_masking import mask_personnummer
from ksdesk.core.private_names import private_names
from ksdesk.core.public_copy import REGISTER, PublicHit, hit_key
from ksdesk.core.secret_mentions import mentions, neutral_for_each
from ksdesk.db import delegationsbeslut_repo, organ_repo, redaction_repo
from ksdesk.db.connection import Store
from ksdesk.interchange.given_names import GIVEN_NAMES
from ksdesk.services.public_individual import printed_decisions
from ksdesk.services.public_mentions import Hide, mention_context
from ksdesk.services.public_sources import bilaga_source

KIND = "namn"
NEUTRAL = "en enskild person"
# The fields that say what a decision is about, where its party is named.
_ABOUT = ("title", "beslut", "beskrivning")


def officials(store: Store) -> list[str]:
    """The names the file knows as officials': every organ's ledamöter, ersättare and
    secretary, and every decision's delegat, handläggare and beslutsfattare."""
    names = []
    for organ in organ_repo.list_all(store):
        names += [member.name for member in organ.members] + [organ.secretary_name]
    for beslut in delegationsbeslut_repo.list_all(store):
        names += [beslut.delegat, beslut.handlaggare, beslut.beslutsfattare]
    return [name for name in names if name and name.strip()]


def named_in(beslut: Delegationsbeslut, known: list[str]) -> list[str]:
    """The private persons `beslut` names, by what it is about as printed (a decision
    flagged sekretess prints none of it: core.delegationsbeslut_print)."""
    printed = as_printed(beslut)
    about = "\n".join(getattr(printed, field) or "" for field in _ABOUT)
    return private_names(about, GIVEN_NAMES, known)


def private_name_hits(
    store: Store, meeting: Sammantrade, hide: Hide | None = None
) -> Iterator[PublicHit]:
    """A hit for each private person a printed delegationsbeslut names, in the bilaga.
    `hide`: what a context hides before it is cut (a protected person, as for every other
    hit: core.protected_hiding), so that no cut leaves part of a registered name."""
    known = officials(store)
    for nr, item in numbered(meeting.items):
        label = f"ärende {nr}" if nr is not None else "en rubrik i ärendelistan"
        for bilaga in item.bilagor:
            if bilaga.content is not None:
                continue  # a stored file is read as it is, by the scan of its text
            where = " ".join(
                mask_personnummer(f"{label}, bilaga {bilaga.nr} {bilaga.title}").split()
            )
            for beslut in printed_decisions(store, bilaga):
                for name in named_in(beslut, known):
                    yield _hit(bilaga, beslut, name, where, item.id, hide)


def _hit(
    bilaga: Bilaga,
    beslut: Delegationsbeslut,
    name: str,
    where: str,
    item_id: int | None,
    hide: Hide | None = None,
) -> PublicHit:
    source = register_source(bilaga)
    about = "\n".join(getattr(beslut, field) or "" for field in _ABOUT)
    found = mentions(about, name_forms(name)) or [(0, 0)]
    return PublicHit(
        _key(source, beslut, name),
        KIND,
        source,
        where,
        f"delegationsbeslut {beslut.dnr} nämner en enskild person vid namn",
        context=mention_context(about, *found[0], hide=hide),
        item_id=item_id,
        bilaga_id=bilaga.id,
    )


def register_source(bilaga: Bilaga) -> str:
    """The source the review names the printed register by (services.public_sources)."""
    return f"{bilaga_source(bilaga)}{REGISTER}"


def _key(source: str, beslut: Delegationsbeslut, name: str) -> str:
    return hit_key(KIND, source, f"{beslut.dnr}\x1f{name.casefold()}")


def masked_names(
    store: Store, decisions: list[Delegationsbeslut], kept_in: tuple[int, Bilaga] | None = None
) -> dict[str, list[str]]:
    """For each decision (by Dnr), the private persons' names its public version masks: all
    it names, but those the review of `kept_in` (meeting id, the bilaga printing the list)
    decided "behåll"."""
    known = officials(store)
    kept: set[str] = set()
    if kept_in is not None:
        meeting_id, bilaga = kept_in
        decided = redaction_repo.current(store, meeting_id)
        source = register_source(bilaga)
        kept = {key for key, decision in decided.items() if decision.decision == "behåll"}
    masked: dict[str, list[str]] = {}
    for beslut in decisions:
        names = named_in(beslut, known)
        if kept_in is not None:
            names = [name for name in names if _key(source, beslut, name) not in kept]
        masked[beslut.dnr] = names
    return masked


def replacements(names: list[str]) -> dict[str, str]:
    """What each form of each of `names` is printed as."""
    replaced: dict[str, str] = {}
    for name in names:
        replaced |= neutral_for_each(name_forms(name), NEUTRAL)
    return replaced
