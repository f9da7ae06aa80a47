"""Checking a version of the delegationsordning against itself, the role register and every
text of the meetings, protokoll and documents that cite a § (see core/delegation_checks)."""

from __future__ import annotations

from ksdesk.core.delegation import Version
from ksdesk.core.delegation_checks import CheckContext, check_version
from ksdesk.core.delegation_citations import Citation, Source, citations_in
from ksdesk.core.findings import Finding
from ksdesk.db import aggregate_repo, delegation_sources
from ksdesk.db.connection import Store
from ksdesk.services.delegation import resolve, role_register
from ksdesk.services.kept_while import KeptWhile

# The texts that cite a § and the citations found in them, kept between checks: an edit in
# the Delegation tab changes none of them. Reading the texts at ten years was two thirds of
# the check each edit waits for (24 of 36 ms); finding the citations in them, when ten years
# of tjänsteskrivelser cite laws by § as real ones do, was 0.3 s of CPU more.
_citing: KeptWhile[tuple[list[Source], list[Citation]]] = KeptWhile()


def citing_texts(store: Store) -> list[Source]:
    """Every text of the meetings, protokoll and documents that cites a §, read again only
    when one of them has changed since."""
    return _kept(store)[0]


def citations(store: Store) -> list[Citation]:
    """The citations of a § in those texts, found again only when one has changed."""
    return _kept(store)[1]


def _kept(store: Store) -> tuple[list[Source], list[Citation]]:
    def read() -> tuple[list[Source], list[Citation]]:
        texts = [
            *delegation_sources.meeting_sources(store),
            *delegation_sources.protokoll_sources(store),
            *delegation_sources.document_sources(store),
        ]
        return texts, citations_in(texts)

    return _citing.get(store, aggregate_repo.stamp(store, "meeting", "document"), read)


def context(store: Store) -> CheckContext:
    return CheckContext(
        roles=role_register(store),
        citations=citations(store),
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
