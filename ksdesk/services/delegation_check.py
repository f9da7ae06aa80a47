"""Checking a version of the delegationsordning against itself, the role register and every
text of the meetings, protokoll and documents that cite a § (see core/delegation_checks)."""

from __future__ import annotations

from ksdesk.core.delegation import Version
from ksdesk.core.delegation_checks import CheckContext, check_version
from ksdesk.core.delegation_citations import Source
from ksdesk.core.findings import Finding
from ksdesk.db import aggregate_repo, delegation_sources
from ksdesk.db.connection import Store
from ksdesk.services.delegation import resolve, role_register

# The texts that cite a § as last read: (the store, what they were read from, the texts). An
# edit in the Delegation tab changes none of them, and reading them at ten years was two
# thirds of the check each edit waits for (24 of 36 ms).
_read: tuple[Store, tuple, list[Source]] | None = None


def citing_texts(store: Store) -> list[Source]:
    """Every text of the meetings, protokoll and documents that cites a §, read again only
    when one of them has changed since."""
    global _read
    stamp = aggregate_repo.stamp(store, "meeting", "document")
    if _read is not None and _read[0] is store and _read[1] == stamp:
        return _read[2]
    sources = [
        *delegation_sources.meeting_sources(store),
        *delegation_sources.protokoll_sources(store),
        *delegation_sources.document_sources(store),
    ]
    # Not kept from inside a transaction: rolled back, its change_txn comes round again on
    # the next commit, and the stamp would then vouch for texts that were never committed.
    if not store.db.conn.in_transaction:
        _read = (store, stamp, sources)
    return sources


def context(store: Store) -> CheckContext:
    return CheckContext(
        roles=role_register(store),
        sources=citing_texts(store),
        facts=lambda numbers: delegation_sources.paragraf_facts(store, numbers),
        known_abbreviations=frozenset(delegation_sources.organ_shorts(store)),
    )


def check(store: Store, key_or_id: str | int | None = None) -> tuple[Version, list[Finding]]:
    """The version checked and its findings."""
    version = resolve(store, key_or_id)
    return version, check_version(version, context(store))


def check_loaded(store: Store, version: Version) -> list[Finding]:
    """Findings for a version the caller already holds (the tab, after an edit)."""
    return check_version(version, context(store))
