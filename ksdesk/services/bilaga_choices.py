"""What can be attached to an ärende as a bilaga that refers to data held in ksdesk, for the
bilaga picker: budget sheets, versions of the delegationsordning, documents, delegationsbeslut
and, for a meeting, the lists made for it (how each is printed: services.bilaga_render)."""

from __future__ import annotations

from dataclasses import dataclass

from ksdesk.db import (
    budget_repo,
    delegation_repo,
    delegationsbeslut_repo,
    document_repo,
    meeting_repo,
)
from ksdesk.db.connection import Store
from ksdesk.services import budget_names
from ksdesk.services.delegationsbeslut_anmalan import ANMALAN_REF_PREFIX
from ksdesk.services.delegationsbeslut_bilagor import bilaga_ref, bilaga_title


@dataclass
class Attachable:
    group: str  # "Budgetblad", "Delegationsordning", ...
    ref: str
    title: str  # the bilaga's rubrik when picked
    shown: str = ""  # what the picker lists, when more than the title ("… (nyckel) – 1 fel")


def attachable(store: Store, meeting_id: int | None = None) -> list[Attachable]:
    """What can be attached as a referenced bilaga, for the bilaga picker (with a meeting:
    also the list of delegationsbeslut reported to it)."""
    shown = {key: label for _id, key, label in budget_names.listed(store)}
    result = [
        Attachable("Budgetblad", f"budget:{key}", title, shown[key])
        for _id, key, title in budget_repo.list_sheets(store)
    ]
    result += [
        Attachable("Delegationsordning", f"delegationsordning:{key}", f"{name} ({status})")
        for _id, key, name, status in delegation_repo.list_versions(store)
    ]
    result += [
        Attachable("Dokument", f"doc:{key}", title) for key, title in document_repo.titles(store)
    ]
    # The label becomes the bilaga's rubrik, printed in the kallelse and the public copy: the
    # title the decision prints under (a flagged one's is not printed: delegationsbeslut_print),
    # kept so when the flag changes after the pick (delegationsbeslut_bilagor.follow_flags).
    result += [
        Attachable(
            "Delegationsbeslut",
            bilaga_ref(b.dnr),
            bilaga_title(b),
        )
        for b in delegationsbeslut_repo.list_all(store)
    ]
    if meeting_id is not None:
        result.append(
            Attachable(
                "Delegationsbeslut",
                f"{ANMALAN_REF_PREFIX}:{meeting_id}",
                "Förteckning över delegationsbeslut som anmäls vid sammanträdet",
            )
        )
        meeting = meeting_repo.get(store, meeting_id, with_items=False)
        result += [
            Attachable("Uppföljning", f"uppfoljning:{meeting_id}", "Uppföljning av beslut"),
            Attachable(
                "Uppföljning",
                f"motionsredovisning:{meeting.date.isoformat()}",
                "Redovisning av motioner och medborgarförslag som inte har beretts färdigt",
            ),
        ]
    return result
