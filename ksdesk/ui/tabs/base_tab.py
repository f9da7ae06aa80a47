"""What every tab shares: the open store and a refresh when data it shows has changed."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

from ksdesk.services.store import Store


class BaseTab(QWidget):
    # The topics of KsdeskApp.data_changed this tab shows ("meetings", "budget", ...).
    concerns: frozenset[str] = frozenset()

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        app = QApplication.instance()
        signal = getattr(app, "data_changed", None)
        if signal is not None:
            signal.connect(self._on_data_changed)

    def _on_data_changed(self, topic: str) -> None:
        if topic in self.concerns or topic == "*":
            self.refresh()

    def refresh(self) -> None:
        """Reload what the tab shows from the store."""
        raise NotImplementedError
