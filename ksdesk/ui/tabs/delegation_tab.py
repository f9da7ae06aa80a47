"""The Delegation tab: versions of the delegationsordning, its outline (chapters, and the
header, revisions, introduction and abbreviations, each edited on its own page), the points
(edited in place in a draft, every edit saved at once and undoable), the findings of the
checks shown in a list and on the rows, search over every field (look-alike letters too), a
delegat filter, renumbering, adoption, export, printing and the Förteckning med
revideringar."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex

from ksdesk.core.delegation import Point, Version, VersionStatus
from ksdesk.core.delegation_diff import FIELD_LABELS
from ksdesk.core.errors import KsdeskError
from ksdesk.core.findings import Finding
from ksdesk.core.format import format_date
from ksdesk.core.topics import Topic
from ksdesk.services import delegation as delegation_service
from ksdesk.services import delegation_check, delegation_edit
from ksdesk.services.store import Store
from ksdesk.ui.forms.ui_delegation_tab import Ui_DelegationTab
from ksdesk.ui.models.delegation_models import (
    ALL_CHAPTERS,
    CHAPTER_ROLE,
    PART_ROLE,
    POINTS,
    ROLE_FIELDS,
    FindingTableModel,
    PointFilterProxy,
    PointTableModel,
    chapter_tree,
)
from ksdesk.ui.tabs.base_tab import BaseTab
from ksdesk.ui.tabs.delegation_actions import DelegationActions
from ksdesk.ui.tabs.delegation_chapters import ChapterActions
from ksdesk.ui.tabs.delegation_document import DocumentPage, HeaderPage
from ksdesk.ui.tabs.delegation_list_pages import AbbreviationsPage, IntroPage, RevisionsPage
from ksdesk.ui.widgets.tables import setup_table

ALL_DELEGATES = "Alla"


class DelegationTab(ChapterActions, DelegationActions, BaseTab):
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
        self.pages: dict[str, DocumentPage] = {
            "header": HeaderPage(store, self.edit, self),
            "revisions": RevisionsPage(store, self.edit, self),
            "intro": IntroPage(store, self.edit, self),
            "abbreviations": AbbreviationsPage(store, self.edit, self),
        }
        for name, page in self.pages.items():
            page.setObjectName(f"{name}_page")
            self.ui.content_stack.addWidget(page)
        self.point_model = PointTableModel()
        self.point_model.on_edit = self._edit_point
        self.proxy = PointFilterProxy()
        self.proxy.setSourceModel(self.point_model)
        self.finding_model = FindingTableModel()
        self._setup_views()
        self._connect()
        self.refresh()

    def _setup_views(self) -> None:
        table = self.ui.point_table
        table.setModel(self.proxy)
        setup_table(table, stretch_column=7, widths={0: 22, 2: 330, 3: 120, 4: 190, 5: 170, 6: 110})
        table.setSortingEnabled(False)
        self.ui.finding_table.setModel(self.finding_model)
        setup_table(self.ui.finding_table, stretch_column=4)
        self.ui.splitter.setSizes([230, 970])
        self.ui.right_splitter.setSizes([520, 180])

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
        ui.point_table.selectionModel().currentRowChanged.connect(lambda *_: self._buttons())
        ui.fix_button.clicked.connect(self._fix)
        ui.renumber_button.clicked.connect(self._renumber)
        ui.add_point_button.clicked.connect(self._add_point)
        ui.delete_point_button.clicked.connect(self._delete_point)
        ui.new_draft_button.clicked.connect(self._new_draft)
        ui.import_button.clicked.connect(lambda: self._import())
        ui.adopt_button.clicked.connect(self._adopt)
        ui.print_button.clicked.connect(self._print)
        ui.export_button.clicked.connect(lambda: self._export())
        self._connect_chapters()
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
        scroll = self.ui.point_table.verticalScrollBar().value()
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
        self._fill_tree()
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
            self.ui.point_table.verticalScrollBar().setValue(scroll)
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

    def _fill_tree(self) -> None:
        model = chapter_tree(self.version, self.findings)
        self.ui.chapter_tree.setModel(model)
        self.ui.chapter_tree.expandAll()
        self.ui.chapter_tree.selectionModel().currentChanged.connect(self._chapter_selected)
        root = model.index(0, 0)
        target = (
            root if self.chapter_index == ALL_CHAPTERS else model.index(self.chapter_index, 0, root)
        )
        if self.part != POINTS:
            rows = (model.index(r, 0) for r in range(model.rowCount()))
            target = next((i for i in rows if i.data(PART_ROLE) == self.part), root)
        if target.isValid():
            self.ui.chapter_tree.setCurrentIndex(target)

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

    def _chapter_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.part = current.data(PART_ROLE) or POINTS
            if self.part == POINTS:
                self.chapter_index = current.data(CHAPTER_ROLE)
            self._show_part()
            self._buttons()

    def _show_part(self) -> None:
        """The points of the chosen chapter, or the page of the chosen part."""
        page = self.pages.get(self.part) if self.version is not None else None
        if page is None:
            self.ui.content_stack.setCurrentWidget(self.ui.points_panel)
            self._show_points()
            return
        page.show_version(self.version, self._editable(), self.findings)
        self.ui.content_stack.setCurrentWidget(page)

    def _editable(self) -> bool:
        return bool(
            self.version and self.version.status == VersionStatus.UTKAST and not self.read_only
        )

    def _show_points(self) -> None:
        version = self.version
        title = ""
        if version is None:
            rows: list[tuple[str, Point]] = []
        elif self.chapter_index == ALL_CHAPTERS:
            rows = [(c.title, p) for c, p in version.all_points()]
        else:
            chapter = version.chapters[self.chapter_index]
            rows, title = [(chapter.title, p) for p in chapter.points], f" – {chapter.title}"
        self.point_model.set_rows(rows, self.findings, self._editable())
        self.ui.points_label.setText(f"<b>Delegationspunkter{escape(title)}</b>")
        # Most kommuner have no "Med rätt att vidaredelegera" column: show it only when used.
        self.ui.point_table.setColumnHidden(6, not any(p.vidaredelegation for _, p in rows))
        self._apply_filters()

    def _apply_filters(self) -> None:
        role = self.ui.delegat_combo.currentText()
        self.proxy.set_filters(self.ui.search_edit.text(), "" if role == ALL_DELEGATES else role)
        shown, total = self.proxy.rowCount(), self.point_model.rowCount()
        self.ui.match_label.setText(f"{shown} av {total} punkter" if shown != total else "")

    def _buttons(self) -> None:
        draft = self._editable()
        point = self.selected_point()
        self._chapter_buttons(draft)
        self.ui.export_button.setEnabled(self.version is not None)
        for button in (self.ui.renumber_button, self.ui.adopt_button, self.ui.add_point_button):
            button.setEnabled(draft)
        self.ui.delete_point_button.setEnabled(draft and point is not None)
        self.ui.fix_button.setEnabled(draft and self._fixable() is not None)
        self.ui.print_button.setEnabled(self.version is not None)
        self.ui.forteckning_button.setEnabled(self.ui.compare_combo.count() > 1)

    # Selection ----------------------------------------------------------------------------

    def selected_point(self) -> Point | None:
        index = self.ui.point_table.currentIndex()
        if not index.isValid():
            return None
        return self.point_model.point(self.proxy.mapToSource(index).row())

    def select_point(self, uid: str) -> bool:
        row = self.point_model.row_of(uid) if self.part == POINTS else None
        if row is None and (self.chapter_index != ALL_CHAPTERS or self.part != POINTS):
            self._show_chapter(ALL_CHAPTERS)
            row = self.point_model.row_of(uid)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.point_model.index(row, 1))
        if not index.isValid():  # hidden by the search: clear it
            self.ui.search_edit.clear()
            self.ui.delegat_combo.setCurrentIndex(0)
            index = self.proxy.mapFromSource(self.point_model.index(row, 1))
        table = self.ui.point_table
        table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        table.scrollTo(index)
        return True

    def show_found(self, version_id: int, uid: str) -> None:
        """The version and the point a search found."""
        index = self.ui.version_combo.findData(version_id)
        if index >= 0:
            self.ui.version_combo.setCurrentIndex(index)
            table = self.ui.point_table
            table.resizeRowsToContents()  # the heights first (else measured when idle)
            if self.select_point(uid):
                table.scrollTo(table.currentIndex(), table.ScrollHint.PositionAtCenter)

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

    def _edit_point(self, point: Point, field: str, value: Any) -> bool:
        assert self.version is not None
        version_id, uid = self.version.id, point.uid
        before = list(getattr(point, field)) if field in ROLE_FIELDS else getattr(point, field)
        after = delegation_edit.split_roles(value) if field in ROLE_FIELDS else str(value)

        def apply(v: Any) -> Topic:
            return delegation_edit.update_point(self.store, version_id, uid, field, v)

        label = FIELD_LABELS[field].lower()
        return self.edit(
            f"Ändra {label} i punkt {point.nr}",
            apply,
            before,
            after,
            merge_key=(version_id, uid, field),
        )

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
