"""Recording that a § is appealed by förvaltningsbesvär, and when it was delivered and
kungjort; the Laga kraft list reads it (services.laga_kraft)."""

from __future__ import annotations

from datetime import date

from ksdesk.core.besvar_hint import besvar_hint
from ksdesk.core.errors import NotFound
from ksdesk.core.findings import Finding, Severity
from ksdesk.core.forvaltningsbesvar import Forvaltningsbesvar, problem
from ksdesk.core.protokoll import Paragraf, Protokoll
from ksdesk.core.topics import Topic
from ksdesk.db import besvar_repo, protokoll_repo
from ksdesk.db.connection import Store
from ksdesk.services.paragraf_records import put_for_paragraf


def get(store: Store, paragraf_id: int) -> Forvaltningsbesvar | None:
    return besvar_repo.get(store, paragraf_id)


def put(store: Store, paragraf_id: int, besvar: Forvaltningsbesvar | None) -> Topic:
    """Record how the § is appealed (None: by laglighetsprövning, from the anslag), checked,
    in one transaction; undo writes the state before through the same function."""
    put_for_paragraf(store, paragraf_id, besvar, problem, besvar_repo.save, besvar_repo.remove)
    return Topic.PROTOKOLL


def findings(store: Store, protokoll: Protokoll) -> list[Finding]:
    """For the justering check: a reminder for each § that looks appealed by
    förvaltningsbesvär (a bygglov) but is not marked so; its laga kraft would otherwise be
    counted from the anslag (walk34: § 54 Bygglov said laga kraft 2025-04-23, never delivered)."""
    marked = besvar_repo.all_by_paragraf(store)
    found = []
    for p in protokoll.paragrafer:
        hint = None if p.id in marked else besvar_hint(p.title, p.beslut, p.beslut_skickas_till)
        if hint is None:
            continue
        waits = "delgivning och kungörelse i PoIT" if hint.kungoras else "delgivning"
        text = (
            f"{p.label}: troligen förvaltningsbesvär ({hint.word}). Kryssa i Förvaltningsbesvär "
            f"under Överklagande och laga kraft på paragrafen: tiden räknas då från {waits}, "
            "inte från anslaget."
        )
        found.append(Finding(Severity.PAMINNELSE, text, code="forvaltningsbesvar", paragraf=p.nr))
    return found


def of_meeting(store: Store, meeting_id: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The meeting's §§ ("§ 54") marked as förvaltningsbesvär, and those only suggested."""
    marked_ids = besvar_repo.all_by_paragraf(store)
    marked, suggested = [], []
    for p in protokoll_repo.list_for_meeting(store, meeting_id):
        if p.id in marked_ids:
            marked.append(p.label)
        elif besvar_hint(p.title, p.beslut, p.beslut_skickas_till) is not None:
            suggested.append(p.label)
    return tuple(marked), tuple(suggested)


def mark(
    store: Store,
    meeting_id: int,
    number: int,
    *,
    delgivet: date | None = None,
    kungjort: date | None = None,
    kungoras: bool = False,
    remove: bool = False,
) -> tuple[Paragraf, Forvaltningsbesvar | None]:
    """What `ksdesk forvaltningsbesvar` records on § `number` of the meeting, as the § editor's
    box does: the § marked (a day given adds to what was recorded before; a kungörelse day
    means it is kungjord), or unmarked with `remove` (laglighetsprövning, from the anslag)."""
    paragrafer = protokoll_repo.list_for_meeting(store, meeting_id)
    paragraf = next((p for p in paragrafer if p.nr == number), None)
    if paragraf is None or paragraf.id is None:
        have = ", ".join(p.label for p in paragrafer) or "inga paragrafer ännu"
        raise NotFound(f"Sammanträdet har ingen § {number} ({have}).")
    besvar = None
    if not remove:
        besvar = get(store, paragraf.id) or Forvaltningsbesvar(paragraf.id)
        besvar.delgivet = delgivet or besvar.delgivet
        besvar.kungjort = kungjort or besvar.kungjort
        besvar.kungoras = besvar.kungoras or kungoras or kungjort is not None
    put(store, paragraf.id, besvar)
    return paragraf, besvar
