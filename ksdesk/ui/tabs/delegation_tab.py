"""The Delegation tab: versions of the delegationsordning, its chapters and points."""

from __future__ import annotations

from ksdesk.core.delegation import Version
from ksdesk.services import delegation as delegation_service
from ksdesk.services.store import Store
from ksdesk.ui.forms.ui_delegation_tab import Ui_DelegationTab
from ksdesk.ui.models.delegation_models import ChapterTableModel, PointTableModel
from ksdesk.ui.tabs.base_tab import BaseTab
from ksdesk.ui.widgets.tables import setup_table

STATUS_LABELS = {"utkast": "Utkast", "antagen": "Antagen"}


class DelegationTab(BaseTab):
    concerns = frozenset({"delegation"})

    def __init__(self, store: Store) -> None:
        super().__init__(store)
        self.ui = Ui_DelegationTab()
        self.ui.setupUi(self)
        self.chapter_model = ChapterTableModel()
        self.point_model = PointTableModel()
        self.ui.chapter_list.setModel(self.chapter_model)
        self.ui.point_table.setModel(self.point_model)
        setup_table(
            self.ui.point_table, stretch_column=6, widths={1: 330, 2: 120, 3: 190, 4: 170, 5: 110}
        )
        self.ui.splitter.setSizes([230, 970])
        self.ui.chapter_list.selectionModel().currentRowChanged.connect(self._chapter_selected)
        self.ui.version_combo.currentIndexChanged.connect(self._version_selected)
        self.version: Version | None = None
        self.refresh()

    def refresh(self) -> None:
        versions = delegation_service.list_versions(self.store)
        combo = self.ui.version_combo
        combo.blockSignals(True)
        combo.clear()
        for version_id, _key, name, _status in versions:
            combo.addItem(name, version_id)
        combo.blockSignals(False)
        if versions:
            combo.setCurrentIndex(len(versions) - 1)
        self._version_selected(combo.currentIndex())

    def _version_selected(self, index: int) -> None:
        version_id = self.ui.version_combo.itemData(index) if index >= 0 else None
        self.version = (
            delegation_service.get_version(self.store, version_id) if version_id else None
        )
        status = STATUS_LABELS.get(self.version.status, "") if self.version else ""
        self.ui.version_status.setText(status)
        self.chapter_model.set_rows(self.version.chapters if self.version else [])
        if self.version and self.version.chapters:
            self.ui.chapter_list.setCurrentIndex(self.chapter_model.index(0, 0))
        else:
            self.point_model.set_rows([])

    def _chapter_selected(self, current, _previous) -> None:
        if current.isValid():
            points = self.chapter_model.row_object(current.row()).points
            self.point_model.set_rows(points)
            # Most kommuner have no "Med rätt att vidaredelegera" column: show it only when used.
            self.ui.point_table.setColumnHidden(5, not any(p.vidaredelegation for p in points))
