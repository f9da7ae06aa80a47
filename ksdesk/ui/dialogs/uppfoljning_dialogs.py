"""The forms of the Uppföljning tab: an uppdrag, and a row of the register of motioner and
medborgarförslag. Dates are typed as the secretary writes them (2021-06-14, 14/6 2021, …)
and read by core.format; a refusal is said in Swedish and the form stays open."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ksdesk.core import motion as motion_rules
from ksdesk.core import uppdrag as uppdrag_rules
from ksdesk.core.format import FormatError, format_date, parse_date
from ksdesk.core.motion import TYP_LABELS, Motion, MotionStatus, MotionTyp, status_word
from ksdesk.core.uppdrag import STATUS_LABELS, Uppdrag, UppdragStatus
from ksdesk.services.uppdrag_choices import Kalla
from ksdesk.ui.widgets.button_boxes import ok_cancel


def date_edit(value: date | None, placeholder: str = "ÅÅÅÅ-MM-DD") -> QLineEdit:
    edit = QLineEdit(format_date(value) if value else "")
    edit.setPlaceholderText(placeholder)
    return edit


def read_date(edit: QLineEdit, label: str, required: bool = False) -> date | None:
    text = edit.text().strip()
    if not text:
        if required:
            raise ValueError(f"Ange {label}.")
        return None
    try:
        return parse_date(text)
    except FormatError as error:
        raise ValueError(f"{label.capitalize()}: {error}") from None


class Form(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(ok_cancel(self, "Spara"))
        self.setMinimumWidth(560)

    def accept(self) -> None:
        try:
            self.read()
        except ValueError as error:
            QMessageBox.warning(self, self.windowTitle(), str(error))
            return
        super().accept()

    def read(self) -> None:
        raise NotImplementedError


class UppdragDialog(Form):
    def __init__(
        self,
        uppdrag: Uppdrag,
        sources: list[Kalla],
        meetings: list[tuple[str, int]],
        parent: QWidget | None = None,
        suggest: Callable[[int], list[Uppdrag]] | None = None,
    ) -> None:
        super().__init__("Uppdrag", parent)
        self.uppdrag = uppdrag
        self.sources = sources
        self.source = QComboBox()
        for kalla in sources:
            self.source.addItem(kalla.label)
        current = next(
            (
                i
                for i, k in enumerate(sources)
                if (k.paragraf_id, k.delegationsbeslut_id)
                == (uppdrag.paragraf_id, uppdrag.delegationsbeslut_id)
            ),
            -1,
        )
        self.source.setCurrentIndex(current)
        self.vad = QPlainTextEdit(uppdrag.vad)
        self.vad.setMaximumHeight(80)
        self.ansvarig = QLineEdit(uppdrag.ansvarig)
        self.senast = date_edit(uppdrag.senast)
        self.status = QComboBox()
        for status in UppdragStatus:
            self.status.addItem(STATUS_LABELS[status], str(status))
        self.status.setCurrentIndex(self.status.findData(str(uppdrag.status)))
        self.meeting = QComboBox()
        self.meeting.addItem("(inget sammanträde)", None)
        for label, meeting_id in meetings:
            self.meeting.addItem(label, meeting_id)
        self.meeting.setCurrentIndex(max(0, self.meeting.findData(uppdrag.aterrapport_meeting_id)))
        self.klart = date_edit(uppdrag.klart)
        self.anteckning = QLineEdit(uppdrag.anteckning)
        for label, widget in (
            ("Beslut", self.source),
            ("Uppdrag", self.vad),
            ("Ansvarig", self.ansvarig),
            ("Senast", self.senast),
            ("Återrapporteras till", self.meeting),
            ("Status", self.status),
            ("Klart den", self.klart),
            ("Anteckning", self.anteckning),
        ):
            self.form.addRow(label, widget)
        # A new uppdrag takes what the chosen § says ("Förvaltningen får i uppdrag att …
        # senast den 31 mars 2017"): the secretary checks it rather than types it again.
        self._suggest = suggest if uppdrag.id is None else None
        self._filled = self._typed()
        self.source.currentIndexChanged.connect(self._fill_from_beslut)

    def _typed(self) -> tuple[str, str, str]:
        return (self.vad.toPlainText(), self.ansvarig.text(), self.senast.text())

    def _fill_from_beslut(self, index: int) -> None:
        """Fill the task, who and the last day from the §'s beslut, unless the secretary has
        written something of her own there since."""
        if self._suggest is None or index < 0 or self._typed() != self._filled:
            return
        paragraf_id = self.sources[index].paragraf_id
        found = self._suggest(paragraf_id) if paragraf_id is not None else []
        first = found[0] if found else Uppdrag(vad="")
        self.vad.setPlainText(first.vad)
        self.ansvarig.setText(first.ansvarig)
        self.senast.setText(format_date(first.senast) if first.senast else "")
        self._filled = self._typed()

    def read(self) -> None:
        index = self.source.currentIndex()
        if index < 0:
            raise ValueError("Välj beslutet som uppdraget kommer från.")
        kalla = self.sources[index]
        status = self.status.currentData()
        klart = read_date(self.klart, "dagen då uppdraget blev klart")
        if status != UppdragStatus.PAGAR and klart is None:
            klart = date.today()
        self.uppdrag = replace(
            self.uppdrag,
            paragraf_id=kalla.paragraf_id,
            delegationsbeslut_id=kalla.delegationsbeslut_id,
            vad=" ".join(self.vad.toPlainText().split()),
            ansvarig=self.ansvarig.text().strip(),
            senast=read_date(self.senast, "sista dag"),
            status=status,
            aterrapport_meeting_id=self.meeting.currentData(),
            klart=None if status == UppdragStatus.PAGAR else klart,
            anteckning=self.anteckning.text().strip(),
        )
        if not self.uppdrag.vad:
            raise ValueError("Skriv vad uppdraget gäller.")
        if wrong := uppdrag_rules.check(self.uppdrag):  # the register's own rule, said here
            raise ValueError(wrong)  # before it closed and lost what was typed


class MotionDialog(Form):
    def __init__(self, motion: Motion, parent: QWidget | None = None) -> None:
        super().__init__("Motion eller medborgarförslag", parent)
        self.motion = motion
        self.typ = QComboBox()
        for typ in MotionTyp:
            self.typ.addItem(TYP_LABELS[typ], str(typ))
        self.typ.setCurrentIndex(self.typ.findData(str(motion.typ)))
        self.rubrik = QLineEdit(motion.rubrik)
        self.av = QLineEdit(motion.av)
        self.adress = QLineEdit(motion.adress)
        self.adress.setToolTip("Förslagsställarens adress: personuppgift, skrivs aldrig ut.")
        self.publiceras = QCheckBox("Förslagsställaren medger att namnet publiceras")
        self.publiceras.setChecked(motion.namn_publiceras)
        self.vackt = date_edit(motion.vackt)
        self.vackt_paragraf = QLineEdit(motion.vackt_paragraf)
        self.dnr = QLineEdit(motion.dnr)
        self.remitterad_till = QLineEdit(motion.remitterad_till)
        self.remitterad = date_edit(motion.remitterad)
        self.status = QComboBox()
        for status in MotionStatus:
            self.status.addItem("", str(status))
        self.status.setCurrentIndex(self.status.findData(str(motion.status)))
        self._status_words()
        self.typ.currentIndexChanged.connect(self._status_words)
        self.besvarad = date_edit(motion.besvarad)
        self.besvarad_paragraf = QLineEdit(motion.besvarad_paragraf)
        self.anteckning = QLineEdit(motion.anteckning)
        for label, widget in (
            ("Typ", self.typ),
            ("Rubrik", self.rubrik),
            ("Väckt av", self.av),
            ("Adress", self.adress),
            ("", self.publiceras),
            ("Väckt i fullmäktige", self.vackt),
            ("Väckt, §", self.vackt_paragraf),
            ("Dnr", self.dnr),
            ("Remitterad till", self.remitterad_till),
            ("Remitterad den", self.remitterad),
            ("Status", self.status),
            ("Besvarad den", self.besvarad),
            ("Besvarad, § i KF", self.besvarad_paragraf),
            ("Anteckning", self.anteckning),
        ):
            self.form.addRow(label, widget)

    def _status_words(self) -> None:
        """The statuses in the chosen noun's gender: en motion besvarad, ett förslag besvarat."""
        typ = self.typ.currentData()
        for index in range(self.status.count()):
            word = status_word(self.status.itemData(index), typ)
            self.status.setItemText(index, word.capitalize())

    def read(self) -> None:
        self.motion = replace(
            self.motion,
            typ=self.typ.currentData(),
            rubrik=" ".join(self.rubrik.text().split()),
            av=self.av.text().strip(),
            adress=self.adress.text().strip(),
            namn_publiceras=self.publiceras.isChecked(),
            vackt=read_date(self.vackt, "dagen då det väcktes", required=True),
            vackt_paragraf=self.vackt_paragraf.text().strip(),
            dnr=self.dnr.text().strip(),
            remitterad_till=self.remitterad_till.text().strip(),
            remitterad=read_date(self.remitterad, "dagen då det remitterades"),
            status=self.status.currentData(),
            besvarad=read_date(self.besvarad, "dagen då det besvarades"),
            besvarad_paragraf=self.besvarad_paragraf.text().strip(),
            anteckning=self.anteckning.text().strip(),
        )
        if not self.motion.rubrik:
            raise ValueError("Skriv rubriken.")
        # The register's own rule ("besvaras innan det väcktes"), said while the dialog is
        # open: refused by the save after it had closed, everything typed was lost.
        if wrong := motion_rules.check(self.motion):
            raise ValueError(wrong)
