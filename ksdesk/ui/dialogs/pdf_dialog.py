"""A window that previews a PDF with Skriv ut… and Spara som PDF… (the shared PdfPreview)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from ksdesk.services.store import Store
from ksdesk.ui.help_topics import set_topic
from ksdesk.ui.pdf_builds import Make, build_pdf
from ksdesk.ui.widgets.button_boxes import close_only
from ksdesk.ui.widgets.pdf_preview import PdfPreview
from ksdesk.ui.widgets.screen_fit import resize_within_screen
from ksdesk.ui.widgets.web_save import Make as WebMake
from ksdesk.ui.widgets.web_save import WebSaver


class PdfDialog(QDialog):
    """A document to look at, print or save as PDF, closed with Stäng. `size` suits the
    paper: a portrait protokoll (the default) or a landscape budget sheet. `web`: a public
    document also offered as the kommun publishes it (Spara för webben…): the database and
    how to make that edition (ui/widgets/web_save.py). `web_refused`: why that edition is
    not for the web yet (a protokoll not justerat); the button is then shown disabled, its
    tooltip saying why, instead of refusing once clicked."""

    def __init__(
        self,
        data: bytes,
        title: str,
        suggested_name: str,
        parent: QWidget | None = None,
        size: tuple[int, int] = (820, 960),
        web: tuple[Store, WebMake] | None = None,
        web_refused: str = "",
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        set_topic(self, "utskrift.md")
        self.preview = PdfPreview(self)
        self.preview.set_pdf(data, suggested_name)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        buttons = close_only(self)
        self.web_button = None
        self.web_saver: WebSaver | None = None
        if web is not None:
            store, make = web
            saver = self.web_saver = WebSaver(self)
            web_name = suggested_name.removesuffix(".pdf") + "-webb.pdf"
            self.web_button = buttons.addButton(
                "Spara för webben…", QDialogButtonBox.ButtonRole.ActionRole
            )
            self.web_button.setToolTip(
                web_refused
                or "Den offentliga versionen som tillgänglig PDF (PDF/UA-1 och PDF/A-2a)"
            )
            self.web_button.setEnabled(not web_refused)
            self.web_button.clicked.connect(lambda: saver.save(store, web_name, make))
        layout.addWidget(buttons)
        resize_within_screen(self, *size)

    def done(self, result: int) -> None:
        if self.web_saver is not None:  # a save under way finishes before the window goes
            self.web_saver.runner.wait()
        super().done(result)


def show_pdf(parent: QWidget, store: Store, title: str, make: Make, suggested_name: str) -> None:
    """Build the PDF off the GUI thread (ui.pdf_builds) and open it in a preview window."""

    def show(data: bytes) -> None:
        dialog = PdfDialog(data, title, suggested_name, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    build_pdf(parent, store, title, make, show)
