"""Creating or editing a meeting's header: organ, date, time, place, the remote and absence
notes (the absence text proposed from the date: "senast fredag 13.00"), status, ordförande
and sekreterare. A date on a day off is questioned as it is typed."""

from __future__ import annotations

import contextlib
import re
from dataclasses import replace
from datetime import date, time

from PySide6.QtWidgets import QDialog, QWidget

from ksdesk.core.errors import KsdeskError
from ksdesk.core.format import format_date, format_time, parse_date, parse_time
from ksdesk.core.kallelse import default_absence_note, meeting_day_note
from ksdesk.core.meeting import MeetingStatus, Sammantrade
from ksdesk.core.meeting_agenda import new_meeting
from ksdesk.core.organ import Organ
from ksdesk.ui.forms.ui_meeting_dialog import Ui_MeetingDialog
from ksdesk.ui.widgets.colors import error_html, warning_html

_TYPED_OUT = re.compile(r"\d{4}-\d{2}-\d{2}")


class MeetingDialog(QDialog):
    """`meeting` None: a new meeting (organ chosen or typed). Otherwise its header is edited;
    `result_meeting()` gives a copy with the new values (the agenda untouched)."""

    def __init__(
        self,
        organs: list[Organ],
        meeting: Sammantrade | None = None,
        parent: QWidget | None = None,
        title: str = "",
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MeetingDialog()
        self.ui.setupUi(self)
        self.organs = organs
        self.meeting = meeting
        self.setWindowTitle(title or ("Ändra sammanträde" if meeting else "Nytt sammanträde"))
        for organ in organs:
            self.ui.organ_combo.addItem(organ.name)
        for status in MeetingStatus:
            self.ui.status_combo.addItem(status.label, status)
        self.ui.absence_default_button.clicked.connect(self._propose_absence)
        self.ui.date_edit.textChanged.connect(self._date_typed)
        self.ui.date_edit.editingFinished.connect(
            lambda: self._date_typed(self.ui.date_edit.text(), whole=True)
        )
        self.ui.button_box.accepted.connect(self._accept)
        self.ui.button_box.rejected.connect(self.reject)
        self.day: date | None = None
        self.at: time | None = None
        # The organ's defaults shown in a new meeting's fields as its organ is chosen: they
        # were filled in only on OK, the secretary never seeing what would print (walk31).
        self._shown_defaults: dict[str, str] = {}
        if meeting is not None:
            self._fill(meeting)
            self.ui.organ_combo.setEnabled(False)  # a meeting belongs to its organ
        else:
            self.ui.time_edit.setText("14.00")
            self.ui.organ_combo.currentTextChanged.connect(lambda _name: self._show_defaults())
            self._show_defaults()

    def _fill(self, meeting: Sammantrade) -> None:
        organ = next((o for o in self.organs if o.id == meeting.organ_id), None)
        if organ is not None:
            self.ui.organ_combo.setCurrentText(organ.name)
        self.ui.date_edit.setText(format_date(meeting.date))
        self.ui.time_edit.setText(format_time(meeting.time))
        self.ui.place_edit.setText(meeting.place)
        self.ui.remote_note_edit.setPlainText(meeting.remote_note)
        self.ui.absence_note_edit.setPlainText(meeting.absence_note)
        self.ui.status_combo.setCurrentIndex(list(MeetingStatus).index(meeting.status))
        self.ui.chair_name_edit.setText(meeting.chair_name)
        self.ui.chair_title_edit.setText(meeting.chair_title)
        self.ui.secretary_name_edit.setText(meeting.secretary_name)
        self.ui.secretary_title_edit.setText(meeting.secretary_title)
        self.ui.show_proposals_check.setChecked(meeting.show_proposals)

    def _show_defaults(self) -> None:
        """The chosen organ's place, ordförande and sekreterare in the fields that are empty or
        still show the previous organ's (what the secretary typed herself stays)."""
        proposed = new_meeting(self._organ(), date.today(), time(14))
        fields = {
            "place": (self.ui.place_edit, proposed.place),
            "chair_name": (self.ui.chair_name_edit, proposed.chair_name),
            "chair_title": (self.ui.chair_title_edit, proposed.chair_title),
            "secretary_name": (self.ui.secretary_name_edit, proposed.secretary_name),
            "secretary_title": (self.ui.secretary_title_edit, proposed.secretary_title),
        }
        for key, (edit, value) in fields.items():
            if edit.text().strip() in ("", self._shown_defaults.get(key, "")):
                edit.setText(value)
                self._shown_defaults[key] = value

    def organ_name(self) -> str:
        return " ".join(self.ui.organ_combo.currentText().split())

    def _organ(self) -> Organ:
        found = next((o for o in self.organs if o.name == self.organ_name()), None)
        return found or Organ(name=self.organ_name())

    def _propose_absence(self) -> None:
        try:
            day = parse_date(self.ui.date_edit.text())
        except KsdeskError as error:
            self.ui.message_label.setText(error_html(str(error)))
            return
        self.ui.absence_note_edit.setPlainText(default_absence_note(self._organ(), day))

    def _date_typed(self, text: str, whole: bool = False) -> None:
        """A date on a Saturday, Sunday or helgdag is questioned (the meeting is still saved:
        a board may mean it) once it is typed out as ÅÅÅÅ-MM-DD or the field is left ("2021-01-1"
        on its way to the 17th reads as nyårsdagen); anything else clears the line."""
        note = ""
        if whole or _TYPED_OUT.fullmatch(text.strip()):
            with contextlib.suppress(KsdeskError):  # said by OK, in parse_date's words
                note = meeting_day_note(parse_date(text))
        self.ui.message_label.setText(warning_html(f"⚠ {note}") if note else "")

    def _accept(self) -> None:
        try:
            if not self.organ_name():
                raise ValueError("Ange nämnden.")
            self.day = parse_date(self.ui.date_edit.text())
            self.at = parse_time(self.ui.time_edit.text())
        except (KsdeskError, ValueError) as error:
            self.ui.message_label.setText(error_html(str(error)))
            return
        self.accept()

    def result_meeting(self) -> Sammantrade:
        """The edited meeting (a copy); for a new one, organ_id is the chosen organ's or 0."""
        base = self.meeting or Sammantrade(
            organ_id=self._organ().id or 0, date=date.today(), time=time(14)
        )
        return replace(
            base,
            organ_id=base.organ_id if self.meeting else (self._organ().id or 0),
            date=self.day or base.date,
            time=self.at or base.time,
            place=self.ui.place_edit.text().strip(),
            remote_note=self.ui.remote_note_edit.toPlainText().strip(),
            absence_note=self.ui.absence_note_edit.toPlainText().strip(),
            status=self.ui.status_combo.currentData(),
            chair_name=self.ui.chair_name_edit.text().strip(),
            chair_title=self.ui.chair_title_edit.text().strip(),
            secretary_name=self.ui.secretary_name_edit.text().strip(),
            secretary_title=self.ui.secretary_title_edit.text().strip(),
            show_proposals=self.ui.show_proposals_check.isChecked(),
        )
