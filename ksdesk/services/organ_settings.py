"""The nämnd's settings changed from the command line (`ksdesk namnd`): the same checks and
the same save as the settings dialog (meetings.save_organ), so a sekreterare set here is
the one every kallelse, protokoll and utdrag prints."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from ksdesk.core.errors import InvalidInput, NotFound
from ksdesk.core.format import format_date
from ksdesk.core.listing import and_listed
from ksdesk.core.organ import Organ
from ksdesk.db.connection import Store
from ksdesk.interchange.import_guard import decode_text, read_import_file
from ksdesk.services.meeting_lookup import find_organ
from ksdesk.services.meeting_names import Filled
from ksdesk.services.meetings import list_organs, save_organ, save_settings
from ksdesk.services.organ_members import members_from_text


def organ_for_command(store: Store, name: str | None) -> Organ:
    """The nämnd a command names, or the file's only one; NotFound or InvalidInput (Swedish)
    naming the nämnder there are when none or several could be meant."""
    if name is not None:
        return find_organ(store, name)
    organs = list_organs(store)
    if not organs:
        raise NotFound("Filen har ingen nämnd ännu. Skapa den med `ksdesk init` eller i fönstret.")
    if len(organs) > 1:
        names = and_listed([o.name for o in organs])
        raise InvalidInput(f"Filen har flera nämnder ({names}). Ange vilken med --organ.")
    return organs[0]


def change_settings(
    store: Store, name: str | None, changes: dict[str, Any]
) -> tuple[Organ, list[str], Filled]:
    """Save `changes` (Organ field → value) to the nämnd; the fields whose value changed and
    the meetings given its secretary (services.meeting_names). InvalidInput, nothing saved,
    when the dialog would refuse the settings."""
    organ = organ_for_command(store, name)
    changed = [field for field, value in changes.items() if getattr(organ, field) != value]
    filled = Filled()
    if changed:
        organ = dataclasses.replace(organ, **{field: changes[field] for field in changed})
        filled = save_settings(store, organ)
    return organ, changed, filled


def filled_text(organ: Organ, filled: Filled) -> list[str]:
    """What the save did to the meetings already in the file, in Swedish, line by line."""
    lines = []
    if filled.given:
        days = and_listed([format_date(day) for day in filled.given])
        lines.append(
            f"Sekreteraren {organ.secretary_name} står nu också på {_meetings(filled.given)} "
            f"som redan fanns ({days})."
        )
    if filled.kept:
        days = and_listed([format_date(day) for day in filled.kept])
        which = "Sammanträdet" if len(filled.kept) == 1 else "Sammanträdena"
        lines.append(
            f"{which} {days} står kvar utan sekreterare: ett justerat protokoll ändras inte, "
            "inte heller ett sammanträde som en kollega har."
        )
    return lines


def _meetings(days: list) -> str:
    return "1 sammanträde" if len(days) == 1 else f"{len(days)} sammanträden"


def members_from_file(store: Store, name: str | None, path: Path) -> tuple[Organ, str]:
    """The nämnd's register of ledamöter and ersättare read from a text file as the dialog
    reads a pasted list, saved; the nämnd and the import's report as text."""
    organ = organ_for_command(store, name)
    text = decode_text(read_import_file(path, "Listan"), path.name)
    read = members_from_text(text, organ.members)
    read.report.file = path.name
    organ = dataclasses.replace(organ, members=read.members)
    save_organ(store, organ)
    read.report.saved = True
    return organ, read.report.text()
