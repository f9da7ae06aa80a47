"""Förhinder for a meeting: the ledamöter who have reported that they cannot come, when they
reported it, and who is called in for each (the organ's inkallelseordning proposes; the
secretary may choose another ersättare). "Spara och föreslå i uppropet" also sets the upprop
from the list once the protokoll is started; before that, starting it does the same."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ksdesk.core.ersattare import Forhinder, order_text
from ksdesk.core.organ import Organ
from ksdesk.ui.help_topics import set_topic
from ksdesk.ui.models.forhinder_models import ForhinderModel
from ksdesk.ui.widgets.colors import MUTED_COLOR
from ksdesk.ui.widgets.delegates import ComboDelegate
from ksdesk.ui.widgets.tables import setup_table


class ForhinderDialog(QDialog):
    def __init__(
        self,
        organ: Organ,
        rows: list[Forhinder],
        *,
        upprop_started: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Förhinder och inkallade ersättare")
        set_topic(self, "sammantrade.md#upprop")
        self.into_upprop = False
        self.model = ForhinderModel(organ.members, organ.inkallelseordning, rows)
        self.table = QTableView()
        self.table.setObjectName("forhinder_table")
        self.table.setAccessibleName("Förhinder och inkallade ersättare")
        self.table.setModel(self.model)
        setup_table(self.table, stretch_column=ForhinderModel.ERSATTARE)
        self.table.setItemDelegateForColumn(
            ForhinderModel.ERSATTARE, ComboDelegate(self.model.choices, self)
        )
        self.summary = QLabel()
        self.summary.setObjectName("summary_label")
        self.summary.setWordWrap(True)
        self.model.changed.connect(self._show_summary)
        layout = QVBoxLayout(self)
        layout.addWidget(self._help(organ))
        layout.addWidget(self.table)
        layout.addWidget(self.summary)
        layout.addWidget(self._buttons(upprop_started))
        self.setMinimumSize(640, 400)
        self._show_summary()
        # Focus starts on Spara (Tab reaches the table): a focused table draws its current,
        # empty box cell as a stray frame.
        self.save_button.setFocus()

    def _help(self, organ: Organ) -> QLabel:
        order = order_text(organ.inkallelseordning).replace("\n", "; ")
        text = (
            "Bocka för den som har anmält förhinder. Ersättare kallas in i den ordning "
            "fullmäktige beslutat: den personliga ersättaren, partiets ersättare i "
            "registrets ordning, sedan "
            + (f"de partier som anges ({escape(order)})." if order else "inga andra partier.")
            + f" <span style='color:{MUTED_COLOR}'>Välj en annan ersättare under Inkallas; "
            "ordningen ändras under Nämndens inställningar.</span>"
        )
        label = QLabel(text)
        label.setWordWrap(True)
        return label

    def _buttons(self, upprop_started: bool) -> QDialogButtonBox:
        box = QDialogButtonBox()
        save = box.addButton("Spara", QDialogButtonBox.ButtonRole.AcceptRole)
        save.setObjectName("save_button")
        save.setDefault(True)
        self.save_button = save
        self.propose_button = box.addButton(
            "Spara och föreslå i uppropet", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.propose_button.setObjectName("propose_button")
        self.propose_button.setEnabled(upprop_started)
        if not upprop_started:
            self.propose_button.setToolTip(
                "Protokollet är inte startat: när det startas sitter de inkallade från början."
            )
        cancel = box.addButton("Avbryt", QDialogButtonBox.ButtonRole.RejectRole)
        save.clicked.connect(lambda: self._done(False))
        self.propose_button.clicked.connect(lambda: self._done(True))
        cancel.clicked.connect(self.reject)
        return box

    def _done(self, into_upprop: bool) -> None:
        self.into_upprop = into_upprop
        self.accept()

    def _show_summary(self) -> None:
        called = self.model.inkallade()
        if not called:
            self.summary.setText("Ingen har anmält förhinder.")
            return
        lines = "<br>".join(escape(c.text) for c in called)
        self.summary.setText(f"<b>Förslag till inkallelse:</b><br>{lines}")

    def result_rows(self) -> list[Forhinder]:
        return self.model.result()
