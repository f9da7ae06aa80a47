"""Recording that a § was appealed (laglighetsprövning) and how the appeal ended; the Laga
kraft list reads it (services.laga_kraft)."""

from __future__ import annotations

from ksdesk.core.overklagande import Overklagande, problem
from ksdesk.core.topics import Topic
from ksdesk.db import overklagande_repo
from ksdesk.db.connection import Store
from ksdesk.services.paragraf_records import put_for_paragraf


def get(store: Store, paragraf_id: int) -> Overklagande | None:
    return overklagande_repo.get(store, paragraf_id)


def put(store: Store, paragraf_id: int, overklagande: Overklagande | None) -> Topic:
    """Record the appeal of the § (None: there was none), checked, in one transaction; the
    undo of the Uppföljning tab writes the state before through the same function."""
    put_for_paragraf(
        store, paragraf_id, overklagande, problem, overklagande_repo.save, overklagande_repo.remove
    )
    return Topic.UPPFOLJNING
