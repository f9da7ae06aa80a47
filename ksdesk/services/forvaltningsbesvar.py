"""Recording that a § is appealed by förvaltningsbesvär, and when it was delivered and
kungjort; the Laga kraft list reads it (services.laga_kraft)."""

from __future__ import annotations

from ksdesk.core.forvaltningsbesvar import Forvaltningsbesvar, problem
from ksdesk.core.topics import Topic
from ksdesk.db import besvar_repo
from ksdesk.db.connection import Store
from ksdesk.services.paragraf_records import put_for_paragraf


def get(store: Store, paragraf_id: int) -> Forvaltningsbesvar | None:
    return besvar_repo.get(store, paragraf_id)


def put(store: Store, paragraf_id: int, besvar: Forvaltningsbesvar | None) -> Topic:
    """Record how the § is appealed (None: by laglighetsprövning, from the anslag), checked,
    in one transaction; undo writes the state before through the same function."""
    put_for_paragraf(store, paragraf_id, besvar, problem, besvar_repo.save, besvar_repo.remove)
    return Topic.PROTOKOLL
