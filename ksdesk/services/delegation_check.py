"""Checking a version of the delegationsordning against itself, the role register and every
text of the meetings, protokoll and documents that cite a § (see core/delegation_checks)."""

from __future__ import annotations

from ksdesk.core.delegation import Version
from ksdesk.core.delegation_checks import CheckContext, check_version
from ksdesk.core.findings import Finding
from ksdesk.db import delegation_sources
from ksdesk.db.connection import Store
from ksdesk.services.delegation import resolve, role_register


def context(store: Store) -> CheckContext:
    sources = [
        *delegation_sources.meeting_sources(store),
        *delegation_sources.protokoll_sources(store),
        *delegation_sources.document_sources(store),
    ]
    return CheckContext(
        roles=role_register(store),
        sources=sources,
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
