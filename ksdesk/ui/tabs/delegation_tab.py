"""The Delegation tab: the version bar (delegation_versions.py: the version shown, the search
and delegat filters, the version to compare with; new draft, import, adoption, export,
printing, the Förteckning med revideringar, roles and delegationsbeslut), the outline
(delegation_outline.py: chapters, and the header, revisions, introduction and abbreviations,
each edited on its own page), the points (delegation_points.py: edited in place in a draft,
every edit saved at once and undoable), the findings of the checks shown in a list
(delegation_findings.py) and on the rows (look-alike letters fixed by Rätta; the first check in
a file waits for its search on a worker, delegation_first_search.py), and renumbering."""

from __future__ import annotations

from collections.abc import Callable

from ksdesk.core.delegation import Point, Version, VersionStatus
from ksdesk.core.errors import KsdeskError
from ksdesk.core.findings import Finding
from ksdesk.core.topics import Topic
from ksdesk.services import delegation as delegation_service
from ksdesk.services import delegation_check, delegation_edit
from ksdesk.services.store import Store
from ksdesk.ui.forms.ui_delegation_tab import Ui_DelegationTab
from ksdesk.ui.models.delegation_outline_model import ALL_CHAPTERS, POINTS
from ksdesk.ui.tabs.base_tab import NOT_READ, BaseTab
from ksdesk.ui.tabs.delegation_document import DocumentPage, HeaderPage
from ksdesk.ui.tabs.delegation_findings import FindingsList
from ksdesk.ui.tabs.delegation_first_search import FirstSearch
from ksdesk.ui.tabs.delegation_list_pages import AbbreviationsPage, IntroPage, RevisionsPage


class DelegationTab(BaseTab):
    # § citations in meetings and protokoll feed the date check.
    concerns = frozenset({Topic.DELEGATION, Topic.MEETINGS, Topic.PROTOKOLL})

    def __init__(self, store: Store) -> None:
        super().__init__(store)
        self.ui = Ui_DelegationTab()
        self.ui.setupUi(self)
        self.version: Version | None = None
        self.findings: list[Finding] = []
        self.checking = False  # the findings wait for the first search (FirstSearch)
        self.chapter_index = ALL_CHAPTERS
        self.part = POINTS  # what the outline shows: the points, or a part of the document
        self.outline = self.ui.chapters_panel
        self.points = self.ui.points_panel
        self.versions = self.ui.version_bar
        self.versions.bind(store, self.edit, self.undo_stack, lambda: self.read_only)
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
        self.first_search = FirstSearch(store, self)
        self.findings_list = FindingsList(self.ui, self)
        self.finding_model = self.findings_list.model
        self.findings_pane = self.findings_list.pane
        self.ui.splitter.setSizes([230, 970])
        self.ui.right_splitter.setSizes([520, 180])
        self._connect()
        self.refresh()

    def _connect(self) -> None:
        self.versions.version_chosen.connect(self._load_version)
        self.versions.filters_changed.connect(self._apply_filters)
        self.versions.renumber_requested.connect(self._renumber)
        self.versions.refused.connect(self.show_error)
        # Not "Kan inte spara" over a file that is no delegationsordning: nothing was saved.
        self.versions.not_read.connect(lambda message: self.show_error(message, NOT_READ))
        self.findings_list.point_chosen.connect(self.select_point)
        self.findings_list.current_changed.connect(self._buttons)
        self.outline.chosen.connect(self._chosen)
        self.points.selection_changed.connect(self._buttons)
        self.points.added.connect(self._point_added)
        self.points.moved.connect(self._point_moved)
        self.points.refused.connect(self.show_error)
        self.ui.fix_button.clicked.connect(self._fix)
        self.first_search.progressed.connect(self.findings_list.searching)
        self.first_search.ready.connect(self._load_version)

    # Loading ------------------------------------------------------------------------------

    def flush_pending(self) -> None:
        for page in self.pages.values():
            flush = getattr(page, "flush", None)
            if flush is not None:
                flush()

    def stop_work(self) -> None:
        self.first_search.stop()

    def import_document(self) -> bool:
        """A delegationsordning from Word, Excel or CSV, as the tab's Importera…."""
        return self.versions.import_file()

    def refresh(self) -> None:
        self.versions.show_versions(self.version.id if self.version else None)
        self._load_version()

    def _load_version(self) -> None:
        version_id = self.versions.chosen_id()
        selected = self.selected_point()
        scroll = self.points.ui.point_table.verticalScrollBar().value()
        same = self.version is not None and self.version.id == version_id
        self.version = (
            delegation_service.get_version(self.store, version_id) if version_id else None
        )
        self.checking = self.version is not None and self.first_search.pending()
        self.findings = (
            delegation_check.check_loaded(self.store, self.version)
            if self.version and not self.checking
            else []
        )
        chapters = len(self.version.chapters) if self.version else 0
        if not same or self.chapter_index >= chapters:  # (a chapter removed by undo)
            self.chapter_index = ALL_CHAPTERS
        self._fill_outline()
        errors = sum(f.is_error for f in self.findings)
        self.versions.show_version(self.version, errors, self._editable())
        self._show_part()
        self.findings_list.show_findings(self.findings)
        if self.checking:
            self.findings_list.searching(0, 0)
        if same and selected is not None:
            self.select_point(selected.uid)
            self.points.ui.point_table.verticalScrollBar().setValue(scroll)
        self._buttons()

    def _fill_outline(self) -> None:
        self.outline.show_outline(
            self.version, self.findings, self.part, self.chapter_index, self._editable()
        )

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
        self.versions.show_matches(self.points.set_filters(*self.versions.filters()))

    def _buttons(self) -> None:
        draft = self._editable()
        self.points.enable(draft)
        self.versions.enable(draft)
        if self.checking:  # Anta… tells how many errors the checks find: not known yet
            self.versions.ui.adopt_button.setEnabled(False)
        self.ui.fix_button.setEnabled(draft and self._fixable() is not None)

    # Selection ----------------------------------------------------------------------------

    def selected_point(self) -> Point | None:
        return self.points.selected_point()

    def show_beslut(self, beslut_id: int) -> None:
        """The register of delegationsbeslut, with the one a search found selected."""
        self.versions.show_beslut(beslut_id)

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
            self.versions.clear_filters()
        return self.points.select(uid)

    def show_found(self, version_id: int, uid: str) -> None:
        """The version and the point a search found."""
        if self.versions.choose(version_id):
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

    def _fixable(self) -> Finding | None:
        return self.findings_list.fixable(self.findings, self.selected_point())

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
