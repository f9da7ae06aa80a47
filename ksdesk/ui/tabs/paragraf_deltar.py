"""The § editor's "Deltar inte i beslut": the members who sit at the § but take no part in its
beslut, and those who abstain from voting outside a votering (core.protokoll_deltar prints
them under the Beslut). Shown as the protokoll will print it; Ändra… opens one dialog with
both lists and the reason they gave. Each change is one undoable edit of the §."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from ksdesk.core.protokoll import DeltarInte, Paragraf, Protokoll
from ksdesk.core.protokoll_deltar import deltar_inte_sections
from ksdesk.ui.dialogs.entry_dialogs import EntryDialog, Names
from ksdesk.ui.forms.ui_paragraf_page import Ui_ParagrafPage
from ksdesk.ui.tabs.paragraf_people import sitting

NOBODY = "Alla som tjänstgör deltar i beslutet."
Save = Callable[[str], bool]  # writes the § as one undoable edit named by its argument
Show = Callable[[], None]


class DeltarInteDialog(EntryDialog):
    def __init__(self, members: Names, entries: list[DeltarInte], parent: QWidget | None) -> None:
        super().__init__("Deltar inte i beslut", parent)
        deltar = next((d for d in entries if not d.avstar), DeltarInte())
        avstar = next((d for d in entries if d.avstar), DeltarInte(avstar=True))
        self.deltar_names = self.name_list(members, deltar.names)
        self.deltar_names.setObjectName("deltar_names")
        self.text_edit = self.text_box(
            "text_edit", deltar.text, 'Valfritt: vad de meddelade ("Ledamöterna meddelar att …")'
        )
        self.avstar_names = self.name_list(members, avstar.names)
        self.avstar_names.setObjectName("avstar_names")
        self.form.addRow("&Deltar inte i beslutet", self.deltar_names)
        self.form.addRow("&Varför", self.text_edit)
        self.form.addRow("&Avstår från att rösta", self.avstar_names)
        self.finish()

    def value(self) -> list[DeltarInte]:
        deltar = self.ticked(self.deltar_names)
        avstar = self.ticked(self.avstar_names)
        result = [DeltarInte(deltar, self.text_edit.toPlainText().strip())] if deltar else []
        return result + ([DeltarInte(avstar, avstar=True)] if avstar else [])

    def problem(self) -> str:
        both = set(self.ticked(self.deltar_names)) & set(self.ticked(self.avstar_names))
        if both:
            return (
                f"{sorted(both)[0]} kan inte både avstå från att rösta och inte delta i beslutet."
            )
        return ""


class DeltarInteBox(QObject):
    """A group under the protokollsanteckningar; `save(what)` writes the § as one undoable
    edit, `refresh()` shows it again."""

    def __init__(self, ui: Ui_ParagrafPage, parent: QWidget, save: Save, refresh: Show) -> None:
        super().__init__(parent)
        self.parent_widget, self._save, self._refresh = parent, save, refresh
        self.protokoll: Protokoll | None = None
        self.paragraf: Paragraf | None = None
        self.group = QGroupBox("Deltar inte i beslut", ui.editor_panel)
        self.group.setObjectName("deltar_inte_group")
        layout = QVBoxLayout(self.group)
        self.label = QLabel(NOBODY, self.group)
        self.label.setObjectName("deltar_inte_label")
        self.label.setWordWrap(True)
        self.button = QPushButton("Ändra…", self.group)
        self.button.setObjectName("edit_deltar_inte_button")
        self.button.setToolTip(
            "Ledamöter som tjänstgör men inte deltar i beslutet, eller som avstår från att "
            "rösta utan votering: skrivs under beslutet i protokollet."
        )
        layout.addWidget(self.label)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        at = ui.editor_layout.indexOf(ui.anteckning_group) + 1
        ui.editor_layout.insertWidget(at, self.group)
        self.button.clicked.connect(self.edit)

    def show(self, protokoll: Protokoll | None, paragraf: Paragraf | None) -> None:
        self.protokoll, self.paragraf = protokoll, paragraf
        people = protokoll.upprop if protokoll else []
        sections = deltar_inte_sections(paragraf, people) if paragraf else []
        html = "".join(
            f"<b>{escape(heading)}</b><br>{'<br>'.join(escape(line) for line in lines)}<br>"
            for heading, lines in sections
        )
        self.label.setText(html or NOBODY)

    def edit(self) -> None:
        p, protokoll = self.paragraf, self.protokoll
        if p is None or protokoll is None:
            return
        dialog = DeltarInteDialog(sitting(protokoll.upprop, p), p.deltar_inte, self.parent_widget)
        if not dialog.exec():
            return
        p.deltar_inte = dialog.value()
        self._save("Ändra vilka som inte deltar i beslutet")
        self._refresh()
