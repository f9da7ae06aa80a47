"""What the main window reads in the background once it is painted, for the file it shows:
the text of stored files the search index has not read (from before search, or from a team
pull; ui.bilaga_texts, again whenever the data changes), and every ärende's way of a long
history (ui.tabs.uppfoljning_first_read: ten years took 150 ms of the GUI thread where the
open matters were offered or the Uppföljning tab opened). Stopped when
the file closes, before anything is checkpointed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from ksdesk.ui.bilaga_texts import BilagaTexts
    from ksdesk.ui.main_window import MainWindow


class BackgroundReads:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.texts: BilagaTexts | None = None

    def start(self) -> None:
        """Both readings, for the window's file now."""
        from ksdesk.ui.tabs.uppfoljning_first_read import first_read_of

        if self.texts is None:
            from ksdesk.ui.bilaga_texts import BilagaTexts

            self.texts = BilagaTexts(self.window)
            signal = getattr(QApplication.instance(), "data_changed", None)
            if signal is not None:
                signal.connect(self.texts.on_data_changed)
        self.texts.start()
        first_read_of(self.window.store).pending()  # starts it when the file has many meetings

    def stop(self) -> None:
        from ksdesk.ui.tabs.uppfoljning_first_read import stop_reading

        stop_reading(self.window.store)
        if self.texts is not None:
            self.texts.stop()
