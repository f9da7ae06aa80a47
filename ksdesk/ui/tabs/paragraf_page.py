"""The Paragrafer page of the Sammanträde tab: the §§ of the protokoll on the left, the
chosen § in the editor (paragraf_editor.py) on the right, with a person leaving or coming
back before the § and, at "Val av justerare", the justerare."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QWidget

from ksdesk.core.format import format_date_long, format_time_kl
from ksdesk.core.protokoll import OTHER_ROLE, Deltagare, Paragraf, Protokoll
from ksdesk.core.protokoll_rules import display_name
from ksdesk.services.store import Store
from ksdesk.ui.forms.ui_paragraf_page import Ui_ParagrafPage
from ksdesk.ui.models.protokoll_models import ParagrafListModel
from ksdesk.ui.tabs.base_tab import Record
from ksdesk.ui.tabs.paragraf_editor import ParagrafEditor
from ksdesk.ui.widgets.column_priority import UNCAPPED, PriorityColumns
from ksdesk.ui.widgets.combos import fill_names
from ksdesk.ui.widgets.flow_layout import wrap_row
from ksdesk.ui.widgets.tables import setup_table


class ParagrafPage(QWidget):
    saved = Signal()  # a § was written: seats (jäv) and the justering check follow
    chosen = Signal()  # another § is shown
    presence_toggled = Signal(str, int)  # (name, §): leaves or comes back before the §
    justerare_chosen = Signal(list)  # the names chosen at "Val av justerare"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ParagrafPage()
        self.ui.setupUi(self)
        # The widest rows of the § editor wrap: beside the list of §§ on a laptop at 150 %
        # the editor is some 600 pixels wide and they made it scroll sideways.
        wrap_row(self.ui.reservation_buttons)
        wrap_row(self.ui.jav_buttons)
        self.protokoll: Protokoll | None = None
        self.editor: ParagrafEditor | None = None
        self.model = ParagrafListModel()
        self.ui.paragraf_list.setModel(self.model)
        # A long word of a title ("samhällsbyggnadsnämnden") is never cut: the titles wrap
        # no narrower than it, and only then Noteringar ("saknar / beslut").
        setup_table(self.ui.paragraf_list, owner_fits_columns=True)
        self.columns = PriorityColumns(
            self.ui.paragraf_list,
            priority=(0, 2, 1),
            whole=(0,),
            stretch=1,
            wrapped={1: UNCAPPED, 2: UNCAPPED},
            drop=False,
        )
        # The list over a third of the page (on a laptop at 150 % some 300 pixels; 240 cut
        # the titles' long words); the § editor has the rest.
        self.ui.paragraf_splitter.setSizes([420, 780])
        self.ui.paragraf_list.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.ui.narvaro_person_combo.currentIndexChanged.connect(lambda _i: self._presence())
        self.ui.narvaro_button.clicked.connect(self._toggle_presence)
        self.ui.justerare1_combo.currentIndexChanged.connect(self._justerare_chosen)
        self.ui.justerare2_combo.currentIndexChanged.connect(self._justerare_chosen)

    def bind(self, store: Store, record: Record) -> None:
        """The database, and how an edit is written and put on the undo stack."""
        self.editor = ParagrafEditor(self.ui, self, store, record)
        self.editor.saved.connect(self._saved)

    @property
    def paragraf(self) -> Paragraf | None:
        return self.editor.paragraf if self.editor else None

    def show_protokoll(
        self, protokoll: Protokoll | None, organ_name: str, keep: int | None = None
    ) -> None:
        """Show the §§ of `protokoll` and the one numbered `keep` (else the first)."""
        self.protokoll = protokoll
        self.editor.set_context(protokoll, organ_name)
        self.model.set_rows(protokoll.paragrafer if protokoll else [])
        self.select_paragraf(keep)

    def select_paragraf(self, number: int | None) -> None:
        rows = self.model.rowCount()
        if not rows:
            self._show(None)
            return
        numbers = [self.model.row_object(i).nr for i in range(rows)]
        row = numbers.index(number) if number in numbers else 0
        self.ui.paragraf_list.selectRow(row)
        self._show(self.model.row_object(row))

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show(self.model.row_object(current.row()))

    def _show(self, paragraf: Paragraf | None) -> None:
        self.editor.show_paragraf(paragraf)
        self._fill_presence()
        self._fill_justerare()
        self.chosen.emit()

    def upprop_changed(self) -> None:
        """Who is present changed: the lists, the choices and the buttons follow."""
        self.editor.refresh_lists()
        self._fill_presence()
        self._fill_justerare()

    def _saved(self) -> None:
        top, bottom = self.model.index(0, 0), self.model.index(self.model.rowCount() - 1, 2)
        self.model.dataChanged.emit(top, bottom)
        self.saved.emit()

    # -- leaving and coming back before the § on screen --------------------------------------

    def _people(self) -> list[Deltagare]:
        return self.protokoll.upprop if self.protokoll else []

    def _fill_presence(self) -> None:
        people = [(a.name, a.display) for a in self._people()] if self.paragraf else []
        fill_names(self.ui.narvaro_person_combo, people)
        self._presence()

    def _person(self) -> Deltagare | None:
        name = self.ui.narvaro_person_combo.currentData()
        return next((a for a in self._people() if a.name == name), None)

    def _presence(self) -> None:
        paragraf, person = self.paragraf, self._person()
        button = self.ui.narvaro_button
        button.setEnabled(paragraf is not None and person is not None)
        # The text changes with the person: its mnemonic is written here (Alt+L, Alt+K).
        if paragraf is None or person is None:
            button.setText("&Lämnar före paragrafen")
        elif person.present_at(paragraf.nr):
            button.setText(f"&Lämnar före {paragraf.label}")
        else:
            verb = "Åter&kommer" if person.present else "&Kommer"
            button.setText(f"{verb} före {paragraf.label}")

    def _toggle_presence(self) -> None:
        paragraf, person = self.paragraf, self._person()
        if paragraf is not None and person is not None:
            self.presence_toggled.emit(person.name, paragraf.nr)

    # -- the justerare, at "Val av justerare" ------------------------------------------------

    def _fill_justerare(self) -> None:
        """Whoever is present may be chosen, övriga excepted. A justerare chosen who is not
        (a name the kallelse proposed, kept as written, or someone since marked absent) is
        offered too: the combo shows what the first page prints."""
        p = self.protokoll
        if p is None:
            return
        names = [(a.name, a.display) for a in p.upprop if a.present and a.role != OTHER_ROLE]
        offered = {name for name, _shown in names}
        names += [(n, display_name(p.upprop, n)) for n in p.justering.justerare if n not in offered]
        chosen = [*p.justering.justerare, "", ""]
        for combo, name in (
            (self.ui.justerare1_combo, chosen[0]),
            (self.ui.justerare2_combo, chosen[1]),
        ):
            fill_names(combo, names, blank="(välj justerare)")
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(name), 0))
            combo.blockSignals(False)
        j = p.justering
        parts = (j.place, format_date_long(j.date) if j.date else "", format_time_kl(j.time))
        when = ", ".join(x for x in parts if x)
        self.ui.justering_hint_label.setText(
            f"Justering: {when}."
            if when
            else "Tid och plats för justeringen anges under fliken Justering."
        )

    def _justerare_chosen(self) -> None:
        combos = (self.ui.justerare1_combo, self.ui.justerare2_combo)
        self.justerare_chosen.emit([c.currentData() for c in combos])
