"""The form for a § appealed by laglighetsprövning: when the appeal came in, the court and
its mål, and how it ended. Dates are typed as the secretary writes them."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QLineEdit, QWidget

from ksdesk.core.overklagande import UTFALL, UTFALL_LABELS, Overklagande
from ksdesk.ui.dialogs.uppfoljning_dialogs import Form, date_edit, read_date


class OverklagandeDialog(Form):
    def __init__(
        self,
        overklagande: Overklagande,
        what: str,
        parent: QWidget | None = None,
        *,
        known: bool = False,
    ) -> None:
        super().__init__("Överklagande", parent)
        self.overklagande = overklagande
        self.removed = False
        heading = QLabel(what)
        heading.setWordWrap(True)
        self.inkom = date_edit(overklagande.inkom)
        self.instans = QLineEdit(overklagande.instans)
        self.instans.setPlaceholderText("t.ex. Förvaltningsrätten i Göteborg")
        self.malnummer = QLineEdit(overklagande.malnummer)
        self.utfall = QComboBox()
        for value in UTFALL:
            self.utfall.addItem(UTFALL_LABELS[value], value)
        self.utfall.setCurrentIndex(max(0, self.utfall.findData(overklagande.utfall)))
        self.avgjort = date_edit(overklagande.avgjort)
        self.anteckning = QLineEdit(overklagande.anteckning)
        self.form.addRow(heading)
        for label, widget in (
            ("Inkom", self.inkom),
            ("Domstol", self.instans),
            ("Målnummer", self.malnummer),
            ("Utfall", self.utfall),
            ("Avgjort den", self.avgjort),
            ("Anteckning", self.anteckning),
        ):
            self.form.addRow(label, widget)
        if known:  # recorded by mistake: the § was never appealed
            boxes = self.findChildren(QDialogButtonBox)
            remove = boxes[0].addButton(
                "Ta bort överklagandet", QDialogButtonBox.ButtonRole.DestructiveRole
            )
            remove.clicked.connect(self._remove)

    def _remove(self) -> None:
        self.removed = True
        self.done(1)

    def read(self) -> None:
        inkom = read_date(self.inkom, "dagen då överklagandet kom in", required=True)
        self.overklagande = replace(
            self.overklagande,
            inkom=inkom,
            instans=self.instans.text().strip(),
            malnummer=self.malnummer.text().strip(),
            utfall=self.utfall.currentData(),
            avgjort=read_date(self.avgjort, "dagen då överklagandet avgjordes"),
            anteckning=self.anteckning.text().strip(),
        )
