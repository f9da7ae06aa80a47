"""Recording that a § was appealed (laglighetsprövning) and how the appeal ended; the Laga
kraft list reads it (services.laga_kraft)."""

from __future__ import annotations

from ksdesk.core.errors import InvalidInput, NotFound
from ksdesk.core.overklagande import Overklagande, problem
from ksdesk.core.topics import Topic
from ksdesk.db import overklagande_repo, protokoll_repo
from ksdesk.db.connection import Store


def get(store: Store, paragraf_id: int) -> Overklagande | None:
    return overklagande_repo.get(store, paragraf_id)


def put(store: Store, paragraf_id: int, overklagande: Overklagande | None) -> Topic:
    """Record the appeal of the § (None: there was none), checked, in one transaction; the
    undo of the Uppföljning tab writes the state before through the same function."""
    from ksdesk.services.public_copy import current_user

    paragraf = protokoll_repo.get(store, paragraf_id)
    if paragraf is None:
        raise NotFound("Paragrafen finns inte längre.")
    if overklagande is not None:
        wrong = problem(overklagande, paragraf.meeting_date)
        if wrong:
            raise InvalidInput(wrong)
    with store.atomic():
        if overklagande is None:
            overklagande_repo.remove(store, paragraf_id)
        else:
            overklagande.paragraf_id = paragraf_id
            overklagande_repo.save(store, overklagande, current_user())
    return Topic.UPPFOLJNING
