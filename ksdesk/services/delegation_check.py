"""Checking a version of the delegationsordning against itself, the role register and every
text of the meetings, protokoll and documents that cite a § (see core/delegation_checks)."""

from __future__ import annotations

from collections.abc import Callable

from ksdesk.core.delegation import Version
from ksdesk.core.delegation_checks import CheckContext, check_version
from ksdesk.core.delegation_citations import Citation, MeetingCitations, Source
from ksdesk.core.findings import Finding
from ksdesk.db import delegation_sources
from ksdesk.db.connection import Store
from ksdesk.services import citing_texts as citing
from ksdesk.services.delegation import resolve, role_register

# The citations found in the texts that cite a § are kept between checks, and in the file
# (services.citing_texts): an edit in the Delegation tab changes none of them, and reading
# and searching them at ten years was most of the check each edit waits for.


def citing_texts(store: Store) -> list[Source]:
    """Every text of the meetings, protokoll and documents that cites a §, read now (the
    check itself needs only the citations found in them, which are kept)."""
    return citing.texts(store)


def citations(store: Store) -> list[Citation]:
    """The citations of a § in those texts, found again only in a text that has changed."""
    return citing.citations(store)


def searches_many(store: Store) -> bool:
    """Whether the next check would search many meetings' texts (the first check in a file,
    200–300 ms at ten years): the window then runs search_beside on a worker first."""
    return citing.searches_many(store)


def search_beside(
    store: Store, progress: Callable[[int, int], None]
) -> dict[int, MeetingCitations]:
    """The citations the file does not keep, found on a worker thread through a connection
    of its own; hand them to `adopt` on the GUI thread, then check."""
    return citing.search_beside(store, progress)


def adopt(store: Store, found: dict[int, MeetingCitations]) -> None:
    """Keep what search_beside found (for the store and in the file), so the check that
    follows searches only what changed meanwhile."""
    citing.adopt(store, found)


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
