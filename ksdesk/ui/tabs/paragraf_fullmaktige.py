"""The § editor's button that marks part of a beslut as a förslag to kommunfullmäktige: from the
line the cursor is on (core.beslut_groups). A beslut imported from a kallelse or a
tjänsteskrivelse that says so has the heading already; one typed or pasted without it would
print as the organ's own "Beslut" and be listed as gaining laga kraft."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from ksdesk.core.beslut_groups import is_split, with_fullmaktige_from
from ksdesk.ui.forms.ui_paragraf_page import Ui_ParagrafPage

TIP = (
    "Markera beslutet från markörens rad och nedåt som förslag till kommunfullmäktige. "
    "Protokollet skriver den delen under ”Beslut – Förslag till kommunfullmäktige” och "
    "raderna ovanför under ”Beslut”; bara det egna beslutet vinner laga kraft."
)


class FullmaktigeButton:
    """Beside "Återställ till förslaget"; enabled while the beslut has text and no part of it
    is marked for fullmäktige yet."""

    def __init__(self, ui: Ui_ParagrafPage) -> None:
        self.edit = ui.beslut_edit
        self.button = QPushButton("Förslag till KF", ui.beslut_group)
        self.button.setObjectName("fullmaktige_button")
        self.button.setToolTip(TIP)
        self.button.setAccessibleDescription(TIP)
        ui.beslut_buttons.insertWidget(1, self.button)
        self.button.clicked.connect(self.mark)
        self.edit.textChanged.connect(self.update)
        self.update()

    def update(self) -> None:
        text = self.edit.toPlainText()
        self.button.setEnabled(bool(text.strip()) and not is_split(text))

    def mark(self) -> None:
        line = self.edit.textCursor().blockNumber()
        self.edit.setPlainText(with_fullmaktige_from(self.edit.toPlainText(), line))
