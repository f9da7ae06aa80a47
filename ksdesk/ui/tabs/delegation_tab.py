"""The Delegation tab: versions of the delegationsordning, its outline (delegation_outline.py:
chapters, and the header, revisions, introduction and abbreviations, each edited on its own
page), the points (delegation_points.py: edited in place in a draft, every edit saved at once
and undoable), the findings of the checks shown in a list and on the rows, search over every
field (look-alike letters too), a delegat filter, renumbering, adoption, export, printing and
the Förteckning med revideringar (delegation_actions.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex

from ksdesk.core.delegation import Point, Version, VersionStatus
from ksdesk.core.errors import KsdeskError
from ksdesk.core.findings import Finding
from ksdesk.core.format import format_date
from ksdesk.core.topics import Topic
from ksdesk.services import delegation as delegation_service
from ksdesk.services import delegation_check, delegation_edit
from ksdesk.services.store import Store
from ksdesk.ui.forms.ui_delegation_tab import Ui_DelegationTab
from ksdesk.ui.models.delegation_models import ALL_CHAPTERS, POINTS, FindingTableModel
from ksdesk.ui.tabs.base_tab import BaseTab
from ksdesk.ui.tabs.delegation_actions import DelegationActions
from ksdesk.ui.tabs.delegation_document import DocumentPage, HeaderPage
from ksdesk.ui.tabs.delegation_list_pages import AbbreviationsPage, IntroPage, RevisionsPage
from ksdesk.ui.widgets.tables import setup_table

ALL_DELEGATES = "Alla"


class DelegationTab(DelegationActions, BaseTab):
    # § citations in meetings and protokoll feed the date check.
    concerns = frozenset({Topic.DELEGATION, Topic.MEETINGS, Topic.PROTOKOLL})

    def __init__(self, store: Store) -> None:
        super().__init__(store)
        self.ui = Ui_DelegationTab()
        self.ui.setupUi(self)
        self.version: Version | None = None
        self.findings: list[Finding] = []
        self.chapter_index = ALL_CHAPTERS
        self.part = POINTS  # what the outline shows: the points, or a part of the document
        self.outline = self.ui.chapters_panel
        self.points = self.ui.points_panel
        self.outline.bind(store, self.version_edit)
        self.points.bind(store, self.edit, self.version_edit)
        self.point_model = self.points.model
        self.proxy = self.points.proxy
        self.pages: dict[str, DocumentPage] = {
            "header": HeaderPage(store, self.edit, self),
            "revisions": RevisionsPage(store, self.edit, self),
            "intro": IntroPage(store, self.edit, self),
            "abbreviations": AbbreviationsPage(store, self.edit, self),
        }
        for name, page in self.pages.items():
            page.setObjectName(f"{name}_page")
            self.ui.content_stack.addWidget(page)
        self.finding_model = FindingTableModel()
        self.ui.finding_table.setModel(self.finding_model)
        setup_table(self.ui.finding_table, stretch_column=4)
        self.ui.splitter.setSizes([230, 970])
        self.ui.right_splitter.setSizes([520, 180])
        self._connect()
        self.refresh()

    def _connect(self) -> None:
        ui = self.ui
        ui.version_combo.currentIndexChanged.connect(lambda _i: self._load_version())
        ui.search_edit.textChanged.connect(lambda _t: self._apply_filters())
        ui.delegat_combo.currentIndexChanged.connect(lambda _i: self._apply_filters())
        # One click (or the arrow keys) on a finding selects the point it is about.
        ui.finding_table.clicked.connect(self._finding_activated)
        ui.finding_table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._finding_activated(current)
        )
        ui.finding_table.selectionModel().currentRowChanged.connect(lambda *_: self._buttons())
        self.outline.chosen.connect(self._chosen)
        self.points.selection_changed.connect(self._buttons)
        self.points.added.connect(self._point_added)
        self.points.moved.connect(self._point_moved)
        self.points.refused.connect(self.show_error)
        ui.fix_button.clicked.connect(self._fix)
        ui.renumber_button.clicked.connect(self._renumber)
        ui.new_draft_button.clicked.connect(self._new_draft)
        ui.import_button.clicked.connect(lambda: self._import())
        ui.adopt_button.clicked.connect(self._adopt)
        ui.print_button.clicked.connect(self._print)
        ui.export_button.clicked.connect(lambda: self._export())
        ui.forteckning_button.clicked.connect(self._forteckning)
        ui.roles_button.clicked.connect(self._roles)
        ui.beslut_button.clicked.connect(lambda: self._beslut())

    # Loading ------------------------------------------------------------------------------

    def flush_pending(self) -> None:
        for page in self.pages.values():
            flush = getattr(page, "flush", None)
            if flush is not None:
                flush()

    def import_document(self) -> bool:
        """A delegationsordning from Word, Excel or CSV, as the tab's Importera…."""
        return self._import()

    def refresh(self) -> None:
        keep = self.version.id if self.version else None
        versions = delegation_service.list_versions(self.store)
        combo = self.ui.version_combo
        combo.blockSignals(True)
        combo.clear()
        for version_id, _key, name, status in versions:
            combo.addItem(f"{name} ({status.label.lower()})", version_id)
        index = combo.findData(keep) if keep is not None else -1
        if index < 0 and versions:
            newest = delegation_service.resolve(self.store, None).id
            index = combo.findData(newest)
        combo.setCurrentIndex(index)
        combo.blockSignals(False)
        self._load_version()

    def _load_version(self) -> None:
        version_id = self.ui.version_combo.currentData()
        selected = self.selected_point()
        scroll = self.points.ui.point_table.verticalScrollBar().value()
        same = self.version is not None and self.version.id == version_id
        self.version = (
            delegation_service.get_version(self.store, version_id) if version_id else None
        )
        self.findings = (
            delegation_check.check_loaded(self.store, self.version) if self.version else []
        )
        chapters = len(self.version.chapters) if self.version else 0
        if not same or self.chapter_index >= chapters:  # (a chapter removed by undo)
            self.chapter_index = ALL_CHAPTERS
        self._fill_outline()
        self._fill_compare()
        self._fill_delegates()
        self._show_part()
        self.finding_model.set_rows(self.findings)
        errors = sum(f.is_error for f in self.findings)
        self.ui.findings_label.setText(
            f"<b>Kontroller</b> – {errors} fel, {len(self.findings) - errors} övriga"
        )
        self._status_text()
        if same and selected is not None:
            self.select_point(selected.uid)
            self.points.ui.point_table.verticalScrollBar().setValue(scroll)
        self._buttons()

    def _status_text(self) -> None:
        v = self.version
        if v is None:
            self.ui.version_status.setText("<i>Ingen delegationsordning</i>")
        elif v.status == VersionStatus.ANTAGEN and v.adopted_date:
            self.ui.version_status.setText(
                f"Antagen {format_date(v.adopted_date)} § {v.adopted_paragraf}"
            )
        else:
            self.ui.version_status.setText("Utkast – ändringar sparas direkt")

    def _fill_outline(self) -> None:
        self.outline.show_outline(
            self.version, self.findings, self.part, self.chapter_index, self._editable()
        )

    def _fill_compare(self) -> None:
        combo = self.ui.compare_combo
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("(ingen)", None)
        for _id, key, name, _status in delegation_service.list_versions(self.store):
            if self.version is None or key != self.version.key:
                combo.addItem(name, key)
        wanted = keep or (self.version.based_on if self.version else None)
        combo.setCurrentIndex(max(0, combo.findData(wanted)))
        combo.blockSignals(False)

    def _fill_delegates(self) -> None:
        combo = self.ui.delegat_combo
        keep = combo.currentText()
        roles = sorted(
            {r for _, p in (self.version.all_points() if self.version else []) for r in p.delegat}
        )
        combo.blockSignals(True)
        combo.clear()
        combo.addItems([ALL_DELEGATES, *roles])
        combo.setCurrentIndex(max(0, combo.findText(keep)))
        combo.blockSignals(False)

    def _chosen(self, part: str, chapter_index: int) -> None:
        """The outline chose a part of the document, or the points of a chapter."""
        self.part, self.chapter_index = part, chapter_index
        self._show_part()
        self._buttons()

    def _show_chapter(self, index: int) -> None:
        self.outline.show_chapter(index)  # told back by `chosen`

    def _show_part(self) -> None:
        """The points of the chosen chapter, or the page of the chosen part."""
        page = self.pages.get(self.part) if self.version is not None else None
        if page is None:
            self.ui.content_stack.setCurrentWidget(self.points)
            self.points.show_points(
                self.version, self.chapter_index, self.findings, self._editable()
            )
            self._apply_filters()
            return
        page.show_version(self.version, self._editable(), self.findings)
        self.ui.content_stack.setCurrentWidget(page)

    def _editable(self) -> bool:
        return bool(
            self.version and self.version.status == VersionStatus.UTKAST and not self.read_only
        )

    def _apply_filters(self) -> None:
        role = self.ui.delegat_combo.currentText()
        text = self.ui.search_edit.text()
        self.ui.match_label.setText(
            self.points.set_filters(text, "" if role == ALL_DELEGATES else role)
        )

    def _buttons(self) -> None:
        draft = self._editable()
        self.points.enable(draft)
        self.ui.export_button.setEnabled(self.version is not None)
        for button in (self.ui.renumber_button, self.ui.adopt_button):
            button.setEnabled(draft)
        self.ui.fix_button.setEnabled(draft and self._fixable() is not None)
        self.ui.print_button.setEnabled(self.version is not None)
        self.ui.forteckning_button.setEnabled(self.ui.compare_combo.count() > 1)

    # Selection ----------------------------------------------------------------------------

    def selected_point(self) -> Point | None:
        return self.points.selected_point()

    def select_point(self, uid: str) -> bool:
        """Select the point, showing every chapter's points (and no filter) when it is not
        among those shown."""
        if self.part == POINTS and self.points.select(uid):
            return True
        if self.point_model.row_of(uid) is None or self.part != POINTS:
            self._show_chapter(ALL_CHAPTERS)
        if self.point_model.row_of(uid) is None:
            return False
        if not self.points.shows(uid):  # hidden by the search: clear it
            self.ui.search_edit.clear()
            self.ui.delegat_combo.setCurrentIndex(0)
        return self.points.select(uid)

    def show_found(self, version_id: int, uid: str) -> None:
        """The version and the point a search found."""
        index = self.ui.version_combo.findData(version_id)
        if index >= 0:
            self.ui.version_combo.setCurrentIndex(index)
            table = self.points.ui.point_table
            table.resizeRowsToContents()  # the heights first (else measured when idle)
            if self.select_point(uid):
                table.scrollTo(table.currentIndex(), table.ScrollHint.PositionAtCenter)

    def _point_added(self, uid: str) -> None:
        if self.select_point(uid):
            self.points.edit_arende()

    def _point_moved(self, uid: str, chapter_index: int) -> None:
        self._show_chapter(chapter_index)
        self.select_point(uid)

    def move_point_to(self, point: Point, chapter_index: int) -> bool:
        return self.points.move_point_to(point, chapter_index)

    def _finding_activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        finding = self.finding_model.row_object(index.row())
        if finding.uids:
            self.select_point(finding.uids[-1])

    def _fixable(self) -> Finding | None:
        index = self.ui.finding_table.currentIndex()
        if index.isValid():
            finding = self.finding_model.row_object(index.row())
            if finding.fixable:
                return finding
        point = self.selected_point()
        if point is not None:
            return next((f for f in self.findings if f.fixable and point.uid in f.uids), None)
        return None

    # Edits --------------------------------------------------------------------------------

    def version_edit(self, text: str, operation: Callable[[], object]) -> object | None:
        """Run a service operation on the whole draft, undoable as one step (the version
        before and after it)."""
        assert self.version is not None
        version_id = self.version.id
        try:
            before = delegation_edit.snapshot(self.store, version_id)
            result = operation()
            after = delegation_edit.snapshot(self.store, version_id)
        except KsdeskError as error:
            self.show_error(str(error))
            return None

        def apply(v: Version) -> Topic:
            return delegation_edit.restore(self.store, v)

        ok = self.edit(text, apply, before, after)
        return result if ok else None

    def _fix(self) -> None:
        finding = self._fixable()
        if finding is None or self.version is None:
            return
        version_id, uid = self.version.id, finding.uids[0]
        self.version_edit(
            f"Rätta blandad skrift i punkt {finding.nr}",
            lambda: delegation_edit.fix_mixed_script(self.store, version_id, uid),
        )

    def _renumber(self) -> None:
        from ksdesk.ui.dialogs.renumber_dialog import RenumberDialog

        if self.version is None:
            return
        dialog = RenumberDialog(self.version, self)
        if dialog.exec() and dialog.plan:
            version_id, plan = self.version.id, dialog.plan
            self.version_edit(
                "Numrera om punkterna",
                lambda: delegation_edit.renumber(self.store, version_id, plan),
            )
