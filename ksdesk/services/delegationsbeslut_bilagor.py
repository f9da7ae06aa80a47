"""The title of a bilaga that prints one delegationsbeslut ("delegationsbeslut:<Dnr>", picked
in the bilaga picker): the decision's title as printed, and "<Dnr> Delegationsbeslut" while
the decision is flagged sekretess (core.delegationsbeslut_print), also for a bilaga picked
before the flag was set: the title is printed in the kallelse, the packet's list of bilagor,
the public copy and the web edition, where the decision's own title would name the person.

A flagged decision's bilaga is read so by the meeting's own query (db.meeting_tree), whatever
its stored title, so a flag never has to write into a meeting: a flag pulled by a sync, or
set while a colleague has the meeting checked out, holds at once. `follow_flags` runs in the
transaction of every change to the register (a flag set or taken off, a decision changed,
imported, removed or put back by undo) for the way back: a bilaga stored with the flagged
title (picked while flagged, or retitled by an older ksdesk) gets the decision's title again
once the flag is off. `follow_dnr` moves a decision's bilagor to its new Dnr when the
register's form or undo changes it (the ref named the old one)."""

from __future__ import annotations

from collections.abc import Iterable

from ksdesk.core.beslut_bilaga import REF_PREFIX, SECRET_TITLE
from ksdesk.core.delegation import Delegationsbeslut
from ksdesk.core.delegationsbeslut_print import as_printed
from ksdesk.db import delegationsbeslut_repo, meeting_repo
from ksdesk.db.connection import Store


def bilaga_ref(dnr: str) -> str:
    return f"{REF_PREFIX}:{dnr}"


def bilaga_title(beslut: Delegationsbeslut) -> str:
    """The title a bilaga printing `beslut` has: its Dnr and the title it prints under."""
    return f"{beslut.dnr} {as_printed(beslut).title or SECRET_TITLE}".strip()


def follow_flags(store: Store, dnrs: Iterable[str]) -> int:
    """Give the bilagor printing the decisions of `dnrs` (the ref prints the first of a Dnr,
    delegationsbeslut_repo.find_by_dnr) that are not flagged their title back where they
    have the flagged one, so a title the secretary wrote is kept. A flagged decision's are
    left as stored: they are read with the flagged title. In the caller's transaction;
    returns how many bilagor were retitled."""
    retitled = 0
    for dnr in dict.fromkeys(d for d in dnrs if d):
        beslut = delegationsbeslut_repo.find_by_dnr(store, dnr)
        if beslut is None or beslut.sekretess:
            continue
        secret_title = f"{dnr} {SECRET_TITLE}"
        title = bilaga_title(beslut)
        ref = bilaga_ref(dnr)
        for meeting_id in delegationsbeslut_repo.meetings_with_bilaga(store, ref):
            meeting = meeting_repo.get(store, meeting_id)
            changed = 0
            for item in meeting.items:
                for bilaga in item.bilagor:
                    if bilaga.ref == ref and bilaga.title == secret_title != title:
                        bilaga.title = title
                        changed += 1
            if changed:
                meeting_repo.save(store, meeting)
                retitled += changed
    return retitled


def follow_dnr(store: Store, old_dnr: str, beslut: Delegationsbeslut) -> int:
    """Point the bilagor printing `old_dnr` at `beslut`, whose Dnr it was, when no decision
    has that Dnr any longer; a title the picker gave ("<old Dnr> …", flagged or not) becomes
    the one `beslut` prints under, a title the secretary wrote is kept. In the caller's
    transaction; returns how many bilagor were moved."""
    if not old_dnr or old_dnr == beslut.dnr:
        return 0
    if delegationsbeslut_repo.find_by_dnr(store, old_dnr) is not None:
        return 0  # another decision answers to the old Dnr: its bilagor stay its
    old_ref, title = bilaga_ref(old_dnr), bilaga_title(beslut)
    moved = 0
    for meeting_id in delegationsbeslut_repo.meetings_with_bilaga(store, old_ref):
        meeting = meeting_repo.get(store, meeting_id)
        for bilaga in (b for item in meeting.items for b in item.bilagor if b.ref == old_ref):
            bilaga.ref = bilaga_ref(beslut.dnr)
            if bilaga.title.startswith(f"{old_dnr} "):  # the picker's "<Dnr> <title>"
                bilaga.title = title
            moved += 1
        meeting_repo.save(store, meeting)
    return moved
