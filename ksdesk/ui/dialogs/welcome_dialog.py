"""The welcome on first start (no database yet), and Hjälp → Kom igång…: the ways in. Try the
demo, make a database for one's own kommun, import documents into one, or open a file one
already has. The dialog only asks; ui/startup.py does what was chosen."""

from __future__ import annotations

import enum

from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ksdesk import paths
from ksdesk.ui.help_topics import set_topic


class Way(enum.Enum):
    DEMO = "demo"
    OWN = "egen"
    IMPORT = "import"
    OPEN = "oppna"


# (way, title, what it gives)
WAYS = (
    (
        Way.DEMO,
        "&Prova med demodatabasen",
        "Ludvika kommunstyrelse den 7 december 2020: kallelse, ärenden med handlingar, "
        "budgetblad, delegationsordning och protokoll. Ändra fritt – den kan skapas på nytt.",
    ),
    (
        Way.OWN,
        "Skapa en databas för &min kommun",
        "En tom databas med kommunens och nämndens namn, som sedan står på allt ksdesk "
        "skriver ut. Därefter lägger du in sammanträden, ledamöter och handlingar.",
    ),
    (
        Way.IMPORT,
        "&Importera dokument",
        "Börja med det du redan har: en delegationsordning i Word eller Excel, eller "
        "budgetblad från Excel eller CSV – inläst i en ny databas för din kommun.",
    ),
    (
        Way.OPEN,
        "Öppna en &befintlig databas…",
        "En ksdesk-fil som du eller en kollega redan har, till exempel från en tidigare dator.",
    ),
)


class WelcomeDialog(QDialog):
    def __init__(
        self, parent: QWidget | None = None, *, unavailable: dict[Way, str] | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Välkommen till ksdesk")
        set_topic(self, "kom-igang.md")
        self.chosen: Way | None = None
        self.buttons: dict[Way, QCommandLinkButton] = {}
        intro = QLabel(
            "<h2 style='margin:0'>Välkommen till ksdesk</h2>"
            "<p>Kallelser, handlingar, budget, delegationsordning och protokoll för "
            "nämndsekreteraren – allt i en fil på din dator. Hur vill du börja?</p>",
            self,
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for way, title, text in WAYS:
            button = QCommandLinkButton(title.replace("&", ""), text, self)
            button.setText(title)
            button.setAccessibleName(title.replace("&", ""))
            button.setAccessibleDescription(text)
            reason = (unavailable or {}).get(way)
            if reason:
                button.setEnabled(False)
                button.setDescription(f"{text} ({reason})")
            button.clicked.connect(lambda _checked=False, w=way: self._choose(w))
            self.buttons[way] = button
            layout.addWidget(button)
        where = QLabel(
            f"Allt sparas på den här datorn, i <b>{paths.data_dir_location()}</b>. "
            "Handboken (F1) säger var varje fil finns och hur säkerhetskopiorna fungerar.",
            self,
        )
        where.setWordWrap(True)
        layout.addWidget(where)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        close.button(QDialogButtonBox.StandardButton.Cancel).setText("&Avbryt")
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.buttons[Way.DEMO].setDefault(True)
        self.buttons[Way.DEMO].setFocus()
        self.setMinimumWidth(640)

    def _choose(self, way: Way) -> None:
        self.chosen = way
        self.accept()
