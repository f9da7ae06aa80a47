"""The meeting's justerare, the names the protokoll's first page and the combo at "Val av
justerare" read: chosen there, or proposed by the kallelse when it is imported (the
justerare alone written, the rest of the justering as it was), and the beslut of "Val av
justerare" following them while the secretary has not written one of her own."""

from __future__ import annotations

from ksdesk.core.protokoll import Justering
from ksdesk.core.protokoll_justerare import beslut_follows_justerare, justerare_text
from ksdesk.core.protokoll_rules import is_val_av_justerare
from ksdesk.core.topics import Topic
from ksdesk.db import meeting_repo, organ_repo, protokoll_repo, upprop_repo
from ksdesk.db.connection import Store


def chosen(store: Store, meeting_id: int) -> list[str]:
    """The justerare chosen so far (none before anyone chose)."""
    justering = protokoll_repo.get_justering(store, meeting_id)
    return list(justering.justerare) if justering is not None else []


def set_justerare(store: Store, meeting_id: int, names: list[str]) -> Topic:
    """Write the justerare alone: a kallelse's proposal, and its undo."""
    with store.atomic():
        justering = protokoll_repo.get_justering(store, meeting_id) or Justering()
        before, justering.justerare = justering.justerare, list(names)
        protokoll_repo.save_justering(store, meeting_id, justering)
        follow_justerare(store, meeting_id, before, justering.justerare)
    return Topic.PROTOKOLL


def follow_justerare(store: Store, meeting_id: int, before: list[str], chosen: list[str]) -> None:
    """The beslut of "Val av justerare" names the justerare chosen, unless the secretary
    wrote one of her own (core.protokoll_justerare; the justering check warns then)."""
    meeting = meeting_repo.get(store, meeting_id)
    organ = organ_repo.get(store, meeting.organ_id)
    people = upprop_repo.list_for_meeting(store, meeting_id)

    def text(names: list[str]) -> str:
        return justerare_text(organ.name, people, names)

    for paragraf in protokoll_repo.list_for_meeting(store, meeting_id):
        ours = beslut_follows_justerare(paragraf.beslut, paragraf.forslag, text(before))
        if not (is_val_av_justerare(paragraf.title) and ours):
            continue
        written = text(chosen)
        if written != paragraf.beslut and (written or paragraf.beslut == text(before)):
            paragraf.beslut = written
            protokoll_repo.save(store, paragraf)
