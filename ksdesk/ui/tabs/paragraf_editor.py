"""The § editor of the Sammanträde tab: beslut (starting from the förslag), yrkanden and
propositionsordning, votering, reservationer, protokollsanteckningar, jäv, beslutsunderlag,
Beslut skickas till, omedelbar justering, and at "Val av justerare" the justerare.

Every change is written at once through the services; typed text after a short pause, so a
crash loses at most the last second of typing."""

from __future__ import annotations

import re
from copy import deepcopy
from html import escape

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from ksdesk.core.beslutsunderlag import edited_by_hand
from ksdesk.core.protokoll import (
    Paragraf,
    Protokoll,
    Votering,
)
from ksdesk.core.protokoll_justerare import justerare_paragraf, reset_text
from ksdesk.core.protokoll_rules import (
    tjanstgorande,
)
from ksdesk.core.topics import Topic
from ksdesk.services import protokoll as protokoll_service
from ksdesk.services.store import Store
from ksdesk.ui.forms.ui_paragraf_page import Ui_ParagrafPage
from ksdesk.ui.models.protokoll_models import (
    AnteckningModel,
    JavModel,
    ReservationModel,
    VoteModel,
    YrkandeModel,
)
from ksdesk.ui.tabs.base_tab import Record
from ksdesk.ui.tabs.paragraf_besvar import BesvarBox
from ksdesk.ui.tabs.paragraf_deltar import DeltarInteBox
from ksdesk.ui.tabs.paragraf_entries import ParagrafEntries
from ksdesk.ui.tabs.paragraf_fullmaktige import FullmaktigeButton
from ksdesk.ui.tabs.paragraf_texts import reminder_html, tjanstgor_html, vote_totals_html
from ksdesk.ui.widgets.colors import OK_COLOR
from ksdesk.ui.widgets.tables import setup_table

TYPING_PAUSE_MS = 500


class ParagrafEditor(QObject):
    """The editor part of the Paragrafer page (`ui`, its form): the § it shows, written
    through `record`."""

    saved = Signal()  # the § was written

    def __init__(self, ui: Ui_ParagrafPage, parent: QWidget, store: Store, record: Record) -> None:
        super().__init__(parent)
        self.ui, self.store, self._record, self.parent_widget = ui, store, record, parent
        self.protokoll: Protokoll | None = None
        self.paragraf: Paragraf | None = None
        self.written: Paragraf | None = None  # the § as last written: an undo's "before"
        self.organ_name = ""
        self.models = {
            "yrkande": YrkandeModel(),
            "reservation": ReservationModel(),
            "anteckning": AnteckningModel(),
            "jav": JavModel(),
        }
        self.vote_model = VoteModel()
        for key, model in self.models.items():
            view = getattr(ui, f"{key}_table")
            view.setModel(model)
            setup_table(view, stretch_column=1)
        ui.vote_table.setModel(self.vote_model)
        setup_table(ui.vote_table, stretch_column=0)
        self.typing = QTimer(self)
        self.typing.setSingleShot(True)
        self.typing.setInterval(TYPING_PAUSE_MS)
        self.typing.timeout.connect(self.save_text)
        self.entries = ParagrafEntries(ui, parent, self.save, self.refresh_lists)
        self.besvar = BesvarBox(ui, parent, store, record)
        self.deltar = DeltarInteBox(ui, parent, self.save, self.refresh_lists)
        self.fullmaktige = FullmaktigeButton(ui)  # typing the text saves it (_typed)
        self._connect()
        self.show_paragraf(None)

    def _connect(self) -> None:
        ui = self.ui
        for edit in (
            ui.beslut_edit,
            ui.propositionsordning_edit,
            ui.underlag_edit,
            ui.skickas_edit,
            ui.behandling_edit,
        ):
            edit.textChanged.connect(self._typed)
        for edit in (ui.ja_text_edit, ui.nej_text_edit):
            edit.textEdited.connect(self._typed)
        ui.reset_beslut_button.clicked.connect(self.reset_beslut)
        ui.reset_underlag_button.clicked.connect(self.reset_underlag)
        ui.omedelbar_check.toggled.connect(self._omedelbar)
        ui.votering_group.toggled.connect(self._votering_toggled)
        self.vote_model.edited.connect(self._votes_changed)

    # -- showing ---------------------------------------------------------------------------

    def set_context(self, protokoll: Protokoll | None, organ_name: str) -> None:
        self.protokoll, self.organ_name = protokoll, organ_name

    def show_paragraf(self, paragraf: Paragraf | None) -> None:
        self.save_text()
        self.paragraf = paragraf
        self.written = deepcopy(paragraf)
        ui = self.ui
        ui.editor_panel.setEnabled(paragraf is not None)
        loading = [ui.beslut_edit, ui.propositionsordning_edit, ui.skickas_edit, ui.behandling_edit]
        loading.append(ui.underlag_edit)
        loading += [ui.ja_text_edit, ui.nej_text_edit, ui.omedelbar_check, ui.votering_group]
        for widget in loading:
            widget.blockSignals(True)
        p = paragraf
        ui.paragraf_heading.setText(self._heading(p))
        ui.beslut_edit.setPlainText(p.beslut if p else "")
        ui.reset_beslut_button.setEnabled(bool(p and p.forslag))
        ui.omedelbar_check.setChecked(bool(p and p.omedelbar_justering))
        ui.propositionsordning_edit.setPlainText(p.propositionsordning if p else "")
        ui.underlag_edit.setPlainText("\n".join(p.beslutsunderlag) if p else "")
        ui.skickas_edit.setPlainText("\n".join(p.beslut_skickas_till) if p else "")
        ui.behandling_edit.setPlainText(p.behandling if p else "")
        ui.votering_group.setChecked(bool(p and p.votering is not None))
        ui.ja_text_edit.setText(p.votering.ja_text if p and p.votering else "")
        ui.nej_text_edit.setText(p.votering.nej_text if p and p.votering else "")
        for widget in loading:
            widget.blockSignals(False)
        at = justerare_paragraf(self.protokoll) if self.protokoll else None
        ui.justerare_group.setVisible(bool(p and p.nr == at))
        self._show_underlag_state(p)
        self._show_expedierat(p)
        self.besvar.show(p)
        self.refresh_lists()

    def _show_underlag_state(self, p: Paragraf | None) -> None:
        """Whether the list is the secretary's own (kept when the §§ are updated)."""
        own = p is not None and edited_by_hand(p)
        self.ui.underlag_label.setText(
            "<i>Ändrad av dig: Uppdatera paragraferna skriver inte över listan.</i>" if own else ""
        )
        self.ui.reset_underlag_button.setEnabled(own)

    def _show_expedierat(self, p: Paragraf | None) -> None:
        """ "Expedierat 2020-12-22 till …" under the recipients, once utdrag have gone out."""
        from ksdesk.services.expediering import expedierat_for

        sent = ""
        if p is not None and p.meeting_id is not None:
            sent = expedierat_for(self.store, p.meeting_id).get(p.nr, "")
        lines = "<br>".join(escape(line) for line in sent.splitlines())
        self.ui.expedierat_label.setText(f"<span style='color:{OK_COLOR}'>{lines}</span>")
        self.ui.expedierat_label.setVisible(bool(sent))

    def _heading(self, p: Paragraf | None) -> str:
        if p is None:
            return "<i>Starta protokollet och välj en paragraf.</i>"
        # At 150 % on a laptop every line above the Beslut box counts: the title one size
        # smaller (the list beside it shows the § too), and the Dnr the block after it (a <br>
        # before it was an empty line).
        dnr = f"Dnr {escape(p.dnr)}" if p.dnr else ""
        return f"<h3 style='margin:0'>{escape(p.label)} {escape(p.title)}</h3>{dnr}"

    def refresh_lists(self) -> None:
        """Everything that depends on who is present: the lists, votes, name choices."""
        p, protokoll = self.paragraf, self.protokoll
        self.entries.show(protokoll, p)
        self.deltar.show(protokoll, p)
        if p is None or protokoll is None:
            for model in self.models.values():
                model.set_rows([])
            self.vote_model.set_votering([], None)
            self.ui.tjanstgor_label.setText("")
            return
        people = protokoll.upprop
        sitting = tjanstgorande(people, p)
        self.models["yrkande"].set_rows(p.yrkanden)
        self.models["reservation"].set_rows(p.reservationer)
        self.models["anteckning"].set_rows(p.anteckningar)
        self.models["jav"].set_rows(p.jav)
        self.vote_model.set_votering(sitting, p.votering)
        self._update_totals()
        self.ui.tjanstgor_label.setText(tjanstgor_html(self.protokoll.upprop, p))
        self.entries.fill_combos()
        self._update_reminder()

    def _update_totals(self) -> None:
        p, protokoll = self.paragraf, self.protokoll
        shown = p is not None and p.votering is not None and protokoll is not None
        self.ui.vote_totals_label.setText(vote_totals_html(p, protokoll.upprop) if shown else "")

    def _update_reminder(self) -> None:
        p, protokoll = self.paragraf, self.protokoll
        shown = p is not None and protokoll is not None
        self.ui.reservation_reminder_label.setText(reminder_html(p, protokoll) if shown else "")

    # -- recording --------------------------------------------------------------------------

    def save(self, what: str, typing: bool = False) -> bool:
        """Write the § now, as one undoable edit named `what` ("Lägg till yrkande").
        Typed text merges into one edit per § until something else is done."""
        p = self.paragraf
        if p is None:
            return False
        after = deepcopy(p)
        if after == self.written:
            return True
        store = self.store

        def apply(snapshot: Paragraf) -> Topic:
            return protokoll_service.save_paragraf(store, deepcopy(snapshot))

        merge_key = ("paragraftext", p.id) if typing else None
        if not self._record(f"{what} {p.label}", apply, self.written, after, merge_key=merge_key):
            # Refused: the screen goes back to what is stored.
            vars(p).update(vars(deepcopy(self.written)))
            self.show_paragraf(p)
            return False
        self.written = after
        self.saved.emit()
        return True

    def _typed(self) -> None:
        self.typing.start()

    def save_text(self) -> None:
        """Copy the typed fields into the § and save (after a pause, or before leaving it)."""
        self.typing.stop()
        p = self.paragraf
        if p is None:
            return
        ui = self.ui
        fields = (
            ui.beslut_edit.toPlainText(),
            ui.propositionsordning_edit.toPlainText(),
            _lines(ui.skickas_edit.toPlainText()),
            ui.behandling_edit.toPlainText(),
            [_UNDERLAG_NUMBER.sub("", line) for line in _lines(ui.underlag_edit.toPlainText())],
        )
        stored = (p.beslut, p.propositionsordning, p.beslut_skickas_till, p.behandling)
        changed = fields != (*stored, p.beslutsunderlag)
        p.beslut, p.propositionsordning, p.beslut_skickas_till, p.behandling = fields[:4]
        p.beslutsunderlag = fields[4]
        if p.votering is not None:
            texts = (ui.ja_text_edit.text().strip(), ui.nej_text_edit.text().strip())
            changed |= texts != (p.votering.ja_text, p.votering.nej_text)
            p.votering.ja_text, p.votering.nej_text = texts
        if changed:
            self.save("Skriv i", typing=True)
            self._show_underlag_state(p)

    def reset_beslut(self) -> None:
        p = self.paragraf
        if p is not None and self.protokoll is not None:
            text = reset_text(self.organ_name, self.protokoll, p.title, p.forslag)
            self.ui.beslut_edit.setPlainText(text)
            self.save_text()

    def reset_underlag(self) -> None:
        """The list as the ärende's tjänsteskrivelse and bilagor give it (at the last update)."""
        p = self.paragraf
        if p is not None and p.underlag_fran_arendet is not None:
            self.ui.underlag_edit.setPlainText("\n".join(p.underlag_fran_arendet))
            self.save_text()

    def _omedelbar(self, checked: bool) -> None:
        if self.paragraf is not None:
            self.paragraf.omedelbar_justering = checked
            self.save("Omedelbar justering")

    def _votering_toggled(self, on: bool) -> None:
        if self.paragraf is None:
            return
        self.paragraf.votering = Votering() if on else None
        self.save("Votering" if on else "Ta bort votering")
        self.refresh_lists()

    def _votes_changed(self) -> None:
        self.save("Röst")
        self._update_totals()


# The protokoll numbers the beslutsunderlag itself: "1. Tjänsteskrivelse" pasted from a
# document would print as "1. 1. Tjänsteskrivelse".
_UNDERLAG_NUMBER = re.compile(r"^\d{1,2}[.)]\s+")


def _lines(text: str) -> list[str]:
    """One entry a line, blank lines left out."""
    return [line.strip() for line in text.splitlines() if line.strip()]
