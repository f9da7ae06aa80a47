"""The uppdrag and motion registers edited from their pages of the Uppföljning tab: a form
to add or change a row, Klart for an uppdrag, Ta bort; each one undoable edit (Ctrl+Z takes
it back)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QWidget

from ksdesk.core.motion import Motion
from ksdesk.core.topics import Topic
from ksdesk.core.uppdrag import Uppdrag, UppdragStatus
from ksdesk.services import motioner, uppdrag, uppdrag_choices
from ksdesk.services.store import Store
from ksdesk.ui.tabs.base_tab import Record


class RegisterEdits:
    """What the tab's buttons do to a register row; `refresh` shows the pages again after."""

    def __init__(
        self, parent: QWidget, store: Store, edit: Record, refresh: Callable[[], None]
    ) -> None:
        self.parent, self.store, self.edit, self.refresh = parent, store, edit, refresh

    def edit_row(self, row: object) -> None:
        if isinstance(row, Uppdrag):
            self._uppdrag_form(row)
        elif isinstance(row, Motion):
            self._motion_form(row)

    def new(self, *, motion: bool) -> None:
        if motion:
            self._motion_form(Motion("motion", "", date.today()))
        else:
            self._uppdrag_form(Uppdrag(vad=""))

    def mark_done(self, item: Uppdrag, today: date) -> None:
        done = Uppdrag(**{**item.__dict__, "status": UppdragStatus.KLART, "klart": today})
        self._save_uppdrag(item, done, "Markera uppdraget klart")

    def delete(self, row: object) -> None:
        store = self.store
        if isinstance(row, Uppdrag) and row.id is not None:
            uid = row.id
            removed = uppdrag.delete(store, uid)
            self.edit("Ta bort uppdrag", lambda v: uppdrag.put(store, v, uid), removed, None)
        elif isinstance(row, Motion) and row.id is not None:
            mid = row.id
            removed_motion = motioner.delete(store, mid)
            self.edit(
                "Ta bort ur motionsregistret",
                lambda v: motioner.put(store, v, mid),
                removed_motion,
                None,
            )
        self.refresh()

    def _uppdrag_form(self, item: Uppdrag) -> None:
        from ksdesk.ui.dialogs.uppfoljning_dialogs import UppdragDialog

        store = self.store
        dialog = UppdragDialog(
            item,
            uppdrag_choices.source_choices(store),
            uppdrag_choices.meeting_choices(store),
            self.parent,
            suggest=lambda paragraf_id: uppdrag.suggestions(store, paragraf_id),
        )
        if dialog.exec():
            self._save_uppdrag(item if item.id else None, dialog.uppdrag, "Ändra uppdrag")

    def _save_uppdrag(self, before: Uppdrag | None, after: Uppdrag, text: str) -> None:
        store = self.store
        saved = uppdrag.save(store, after)
        uid = saved.id or 0

        def apply(value: Uppdrag | None) -> Topic:
            return uppdrag.put(store, value, uid)

        self.edit(text, apply, before, saved)
        self.refresh()

    def _motion_form(self, item: Motion) -> None:
        from ksdesk.ui.dialogs.uppfoljning_dialogs import MotionDialog

        dialog = MotionDialog(item, self.parent)
        if not dialog.exec():
            return
        store = self.store
        saved = motioner.save(store, dialog.motion)
        mid = saved.id or 0

        def apply(value: Motion | None) -> Topic:
            return motioner.put(store, value, mid)

        self.edit("Ändra i motionsregistret", apply, item if item.id else None, saved)
        self.refresh()
