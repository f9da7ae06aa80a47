"""The form of the delegationsbeslut dialog: registering a decision, or changing one.

A decision of one of this database's organs rests on a point of the delegationsordning in
force on the decision date (chosen from that version's points); another nämnd's decision
(the seed's SBN 2020/877) names its point as that nämnd's own order does, as free text. The
Dnr is read by core/dnr.py as it is typed: what looks odd is said under the field, and
saving is still allowed."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ksdesk.core.delegation import Delegationsbeslut
from ksdesk.core.delegation_choice import point_choice
from ksdesk.core.dnr import parse_dnr
from ksdesk.core.format import format_date
from ksdesk.services import delegation as delegation_service
from ksdesk.services import delegationsbeslut
from ksdesk.services.delegationsbeslut import BeslutInput
from ksdesk.services.store import Store
from ksdesk.ui.widgets.colors import warning_html

# What the sekretess flag does (the form's box and the register's button).
SECRET_TIP = (
    "Anmälan, protokollets lista, den offentliga versionen och webbversionen skriver "
    "”Sekretess” i stället för beslutets text. Texten finns kvar här i registret."
)


def _date_edit(parent: QWidget, name: str) -> QDateEdit:
    edit = QDateEdit(QDate.currentDate(), parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class BeslutForm(QGroupBox):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__("Registrera beslut", parent)
        self.store = store
        self.editing: Delegationsbeslut | None = None
        self.organ_combo = QComboBox(self)
        self.organ_combo.setObjectName("beslut_organ")
        self.organ_combo.setEditable(True)
        self.organ_combo.setToolTip(
            "Nämnden vars delegation beslutet fattades med. En annan nämnds beslut vilar på "
            "dess egen delegationsordning: skriv då punkten som den står där."
        )
        self.date_edit = _date_edit(self, "beslut_date")
        self.dnr_edit = QLineEdit(self)
        self.dnr_edit.setObjectName("beslut_dnr")
        self.dnr_note = QLabel(self)
        self.dnr_note.setObjectName("beslut_dnr_note")
        self.dnr_note.setWordWrap(True)
        self.delegat_combo = QComboBox(self)
        self.delegat_combo.setObjectName("beslut_delegat")
        self.delegat_combo.setEditable(True)
        self.point_combo = QComboBox(self)
        self.point_combo.setObjectName("beslut_point")
        # Long point texts must not widen the form (nor make it jump when the row is hidden).
        self.point_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.point_combo.setMinimumContentsLength(40)
        self.punkt_edit = QLineEdit(self)
        self.punkt_edit.setObjectName("beslut_punkt")
        self.punkt_edit.setPlaceholderText("punkt, t.ex. 4")
        self.kapitel_edit = QLineEdit(self)
        self.kapitel_edit.setObjectName("beslut_kapitel")
        self.kapitel_edit.setPlaceholderText("kapitel, t.ex. Allmänna ärenden")
        self.other_point = QWidget(self)
        row = QHBoxLayout(self.other_point)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.punkt_edit, 1)
        row.addWidget(self.kapitel_edit, 3)
        self.text_edit = QLineEdit(self)
        self.text_edit.setObjectName("beslut_text")
        self.text_edit.setPlaceholderText("Kort: vad beslutades")
        self.received_edit = _date_edit(self, "beslut_received")
        self.secret_check = QCheckBox("Sekretess: texten skrivs inte ut", self)
        self.secret_check.setObjectName("beslut_sekretess")
        self.secret_check.setToolTip(SECRET_TIP)
        self.register_button = QPushButton("Registrera", self)
        self.register_button.setObjectName("register_button")
        self.cancel_button = QPushButton("Avbryt ändringen", self)
        self.cancel_button.setObjectName("cancel_edit_button")
        self.cancel_button.hide()
        self.message = QLabel(self)
        self.message.setObjectName("beslut_message")
        self.message.setWordWrap(True)
        self._layout()
        self.organ_combo.currentTextChanged.connect(lambda _t: self._organ_changed())
        self.date_edit.dateChanged.connect(lambda _d: self._fill_points())
        self.dnr_edit.textChanged.connect(self._check_dnr)
        self.cancel_button.clicked.connect(self.clear)

    def _layout(self) -> None:
        form = QFormLayout(self)
        form.addRow("Organ:", self.organ_combo)
        form.addRow("Beslutsdatum:", self.date_edit)
        dnr = QWidget(self)  # the field with what core/dnr.py says right under it
        column = QVBoxLayout(dnr)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.dnr_edit)
        column.addWidget(self.dnr_note)
        self.dnr_note.hide()
        form.addRow("Diarienummer:", dnr)
        form.addRow("Delegat:", self.delegat_combo)
        form.addRow("Med stöd av punkt:", self.point_combo)
        form.addRow("Med stöd av punkt:", self.other_point)
        form.addRow("Beslut:", self.text_edit)
        form.addRow("Inkom till sekreteraren:", self.received_edit)
        form.addRow("", self.secret_check)
        buttons = QHBoxLayout()
        buttons.addWidget(self.register_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        form.addRow(self.message)
        self.form = form

    # Choices ------------------------------------------------------------------------------

    def reload_choices(self) -> None:
        own, others = delegationsbeslut.organ_names(self.store)
        self.dnr_edit.setPlaceholderText(delegationsbeslut.dnr_placeholder(self.store))
        current = self.organ_combo.currentText()
        self.organ_combo.blockSignals(True)
        self.organ_combo.clear()
        self.organ_combo.addItems([*own, *others])
        self.organ_combo.setEditText(current or (own[0] if own else ""))
        self.organ_combo.blockSignals(False)
        register = delegation_service.role_register(self.store)
        delegat = self.delegat_combo.currentText()
        self.delegat_combo.clear()
        self.delegat_combo.addItems([r.name for r in register.roles if not r.retired])
        self.delegat_combo.setEditText(delegat)
        self._organ_changed()

    def own_organ(self) -> bool:
        return delegationsbeslut.is_own_organ(self.store, self.organ_combo.currentText())

    def _organ_changed(self) -> None:
        own = self.own_organ()
        self.form.setRowVisible(self.point_combo, own)
        self.form.setRowVisible(self.other_point, not own)
        if own and not self.point_combo.count():
            self._fill_points()

    def _fill_points(self) -> None:
        day = self.date_edit.date().toPython()
        keep = self.point_combo.currentData()
        version = delegation_service.version_in_force(self.store, day)
        self.point_combo.clear()
        if version is None:
            self.point_combo.addItem(f"Ingen antagen delegationsordning gällde {format_date(day)}")
            return
        for chapter, point in version.all_points():
            self.point_combo.addItem(point_choice(point.nr, point.arende, chapter.title), point.uid)
        self.point_combo.setToolTip(f"Punkterna i {version.name}, som gällde {format_date(day)}")
        if keep is not None and self.point_combo.findData(keep) >= 0:
            self.point_combo.setCurrentIndex(self.point_combo.findData(keep))

    def _check_dnr(self, text: str) -> None:
        warnings = parse_dnr(text).warnings if text.strip() else ()
        self.dnr_note.setText(warning_html(" ".join(warnings)))
        self.dnr_note.setVisible(bool(warnings))

    # Values -------------------------------------------------------------------------------

    def value(self) -> BeslutInput:
        own = self.own_organ()
        return BeslutInput(
            dnr=self.dnr_edit.text(),
            date=self.date_edit.date().toPython(),
            delegat=self.delegat_combo.currentText(),
            beslut=self.text_edit.text(),
            point_uid=self.point_combo.currentData() if own else None,
            punkt="" if own else self.punkt_edit.text(),
            punkt_kapitel="" if own else self.kapitel_edit.text(),
            organ=self.organ_combo.currentText(),
            received=self.received_edit.date().toPython(),
            sekretess=self.secret_check.isChecked(),
        )

    def load(self, beslut: Delegationsbeslut) -> None:
        """Fill the form with a registered decision, to change it."""
        self.editing = beslut
        self.setTitle(f"Ändra beslut {beslut.dnr}")
        self.register_button.setText("Spara ändringen")
        self.cancel_button.show()
        own, _others = delegationsbeslut.organ_names(self.store)
        self.organ_combo.setEditText(beslut.organ or (own[0] if own else ""))
        self.date_edit.setDate(QDate(beslut.date))
        self.dnr_edit.setText(beslut.dnr)
        self.delegat_combo.setEditText(beslut.delegat)
        self.text_edit.setText(beslut.beslut or beslut.title)
        self.received_edit.setDate(QDate(beslut.received or beslut.date))
        self.secret_check.setChecked(beslut.sekretess)
        self._organ_changed()
        if self.own_organ():
            self._fill_points()
            self.point_combo.setCurrentIndex(max(0, self.point_combo.findData(beslut.point_uid)))
        else:
            self.punkt_edit.setText(beslut.punkt)
            self.kapitel_edit.setText(beslut.punkt_kapitel)
        self.message.clear()

    def clear(self) -> None:
        """Back to registering a new decision (the organ and dates are kept)."""
        self.editing = None
        self.setTitle("Registrera beslut")
        self.register_button.setText("Registrera")
        self.cancel_button.hide()
        for edit in (self.dnr_edit, self.text_edit, self.punkt_edit, self.kapitel_edit):
            edit.clear()
        self.secret_check.setChecked(False)
