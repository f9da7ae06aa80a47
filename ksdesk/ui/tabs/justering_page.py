"""The justering part of the Sammanträde tab: justerare chosen at "Val av justerare", the
justering's time and place and what happened after (justerat, anslaget), and the check that
lists what is missing before the protokoll can be signed."""

from __future__ import annotations

from copy import deepcopy
from datetime import date, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from ksdesk.core.errors import KsdeskError
from ksdesk.core.findings import Finding
from ksdesk.core.format import (
    format_count,
    format_date,
    format_date_long,
    format_time,
    format_time_kl,
    parse_date,
    parse_time,
)
from ksdesk.core.protokoll import Justering
from ksdesk.core.protokoll_rules import display_name
from ksdesk.core.topics import Topic
from ksdesk.services import protokoll as protokoll_service
from ksdesk.ui.models.base_model import ColumnSpec, ObjectTableModel
from ksdesk.ui.widgets.colors import ERROR_COLOR, OK_COLOR
from ksdesk.ui.widgets.combos import fill_names

if TYPE_CHECKING:
    from ksdesk.ui.tabs.sammantrade_tab import SammantradeTab

# (line edit, Justering attribute) for each kind of field of the Justering page.
DATE_FIELDS = (
    ("justering_date_edit", "date"),
    ("justerat_edit", "justerat"),
    ("anslaget_edit", "anslaget"),
)
TIME_FIELDS = (
    ("justering_time_edit", "time"),
    ("opened_edit", "opened"),
    ("closed_edit", "closed"),
)
TEXT_FIELDS = (("justering_place_edit", "place"), ("forvaringsplats_edit", "forvaringsplats"))


class ProblemModel(ObjectTableModel[Finding]):
    columns = (
        ColumnSpec(
            "Problem", lambda p: ("" if p.is_error else f"{p.severity.label}: ") + p.message
        ),
    )


class JusteringPage(QObject):
    def __init__(self, tab: SammantradeTab) -> None:
        super().__init__(tab)
        self.tab, self.ui = tab, tab.ui
        self.problem_model = ProblemModel()
        self.ui.check_list.setModel(self.problem_model)
        self.ui.justerare1_combo.currentIndexChanged.connect(self.justerare_chosen)
        self.ui.justerare2_combo.currentIndexChanged.connect(self.justerare_chosen)
        for name, _attr in (*DATE_FIELDS, *TIME_FIELDS, *TEXT_FIELDS):
            getattr(self.ui, name).editingFinished.connect(self.save_fields)
        self.ui.check_button.clicked.connect(self.run_check)
        # The page's wrapping texts (the deadlines' law note) make Qt under-count what the
        # form needs, and a short window squeezed its fields until their text was cut: the
        # form keeps its full height, the check list below takes what is left.
        group = self.ui.justering_group
        group.setMinimumHeight(group.sizeHint().height())
        # Three lines of the check's list at the least (it scrolls): the page then fits a
        # 1080p screen at 150 % with room left above the taskbar.
        lines = self.ui.check_list.fontMetrics().lineSpacing()
        self.ui.check_list.setMinimumHeight(3 * lines + 8)

    def fill_justerare(self) -> None:
        """The justerare choices at "Val av justerare": whoever is present, övriga excepted."""
        p = self.tab.protokoll
        if p is None:
            return
        names = [(a.name, a.display) for a in p.upprop if a.present and a.role != "övrig"]
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

    def justerare_chosen(self) -> None:
        if self.tab.protokoll is None or self.tab.meeting is None:
            return
        names = [c.currentData() for c in (self.ui.justerare1_combo, self.ui.justerare2_combo)]
        justering = self.tab.protokoll.justering
        justering.justerare = list(dict.fromkeys(n for n in names if n))
        self.save(justering)

    def save(self, justering: Justering) -> None:
        """Write the justering as one undoable edit; the screen then shows what is stored."""
        tab = self.tab
        meeting_id, store = tab.meeting.id, tab.store
        number = tab.editor.paragraf.nr if tab.editor.paragraf else None

        def apply(snapshot: Justering) -> Topic:
            return protokoll_service.save_justering(store, meeting_id, deepcopy(snapshot))

        tab.record("Ändra justeringen", apply, tab.saved_justering, deepcopy(justering))
        tab.reload(keep_paragraf=number)

    def show(self) -> None:
        protokoll = self.tab.protokoll
        j = protokoll.justering if protokoll else None
        for name, attr in DATE_FIELDS:
            getattr(self.ui, name).setText(format_date(getattr(j, attr)) if j else "")
        for name, attr in TIME_FIELDS:
            getattr(self.ui, name).setText(format_time(getattr(j, attr)) if j else "")
        for name, attr in TEXT_FIELDS:
            getattr(self.ui, name).setText(getattr(j, attr) if j else "")
        own = getattr(self.tab, "organ_forvaringsplats", "")
        self.ui.forvaringsplats_edit.setPlaceholderText(own or "Kommunledningskontoret")
        people = protokoll.upprop if protokoll else []
        names = [display_name(people, n) for n in (j.justerare if j else [])]
        self.ui.justerare_summary_label.setText(
            ", ".join(names) or "Väljs vid paragrafen Val av justerare."
        )
        self.ui.justering_group.setEnabled(bool(protokoll and protokoll.paragrafer))

    def save_fields(self) -> None:
        protokoll = self.tab.protokoll
        if protokoll is None or self.tab.meeting is None or not protokoll.paragrafer:
            return
        values: dict[str, date | time | str | None] = {}
        try:
            for name, attr in DATE_FIELDS:
                text = getattr(self.ui, name).text().strip()
                values[attr] = parse_date(text) if text else None
            for name, attr in TIME_FIELDS:
                text = getattr(self.ui, name).text().strip()
                values[attr] = parse_time(text) if text else None
        except KsdeskError as error:
            QMessageBox.warning(self.tab, "Kan inte spara justeringen", str(error))
            return
        for name, attr in TEXT_FIELDS:
            values[attr] = getattr(self.ui, name).text().strip()
        justering = protokoll.justering
        if all(getattr(justering, k) == v for k, v in values.items()):
            return
        for key, value in values.items():
            setattr(justering, key, value)
        self.save(justering)

    def run_check(self) -> list[Finding]:
        tab = self.tab
        tab.editor.save_text()
        started = bool(tab.meeting and tab.protokoll and tab.protokoll.paragrafer)
        problems = protokoll_service.check(tab.store, tab.meeting.id) if started else []
        self.problem_model.set_rows(problems)
        errors = sum(1 for p in problems if p.is_error)
        if not started:
            text = "<i>Protokollet är inte startat.</i>"
        elif not problems:
            text = f"<b style='color:{OK_COLOR}'>Inget saknas: protokollet kan justeras.</b>"
        else:
            reminders = format_count(len(problems) - errors, "påminnelse", "påminnelser")
            text = (
                f"<b style='color:{ERROR_COLOR}'>{errors} fel</b> och {reminders} före justeringen:"
            )
        self.ui.check_summary_label.setText(text)
        return problems
