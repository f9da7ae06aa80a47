"""The Uppföljning tab: every decision followed to its end, as `ksdesk uppfoljning` shows it.
Open ärenden (återremitterade, bordlagda), uppdrag, motioner and medborgarförslag, what gains
laga kraft and when, delegationsbeslut never anmälda, and the expediering of a meeting; each
a page of its own (ListPage), the tab holding the date, the organ and the meeting."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
)

from ksdesk.core.errors import KsdeskError
from ksdesk.core.meeting import latest_held
from ksdesk.core.topics import Topic
from ksdesk.services import (
    expediering,
    meetings,
    motioner,
    uppdrag,
    uppdrag_choices,
    uppfoljning,
)
from ksdesk.services.store import Store
from ksdesk.ui.models import uppfoljning_models as models
from ksdesk.ui.tabs.base_tab import BaseTab
from ksdesk.ui.tabs.uppfoljning_anmalan import ej_anmalda_page, link_late
from ksdesk.ui.tabs.uppfoljning_expediera import SendOut
from ksdesk.ui.tabs.uppfoljning_filters import FilterRead, PagesRead, read_pages
from ksdesk.ui.tabs.uppfoljning_first_read import READING, first_read_of
from ksdesk.ui.tabs.uppfoljning_matters import change_utfall, show_history
from ksdesk.ui.tabs.uppfoljning_overklagande import record_appeal
from ksdesk.ui.tabs.uppfoljning_pages import ListPage
from ksdesk.ui.tabs.uppfoljning_registers import RegisterEdits


class UppfoljningTab(BaseTab):
    concerns = frozenset(
        {Topic.UPPFOLJNING, Topic.MEETINGS, Topic.AGENDA, Topic.PROTOKOLL, Topic.DELEGATION}
    )

    def __init__(self, store: Store) -> None:
        super().__init__(store)
        self.first_read = first_read_of(store)  # the file's first reading, on a worker
        self.first_read.ready.connect(self._show_matters)
        self.registers = RegisterEdits(self, store, self.edit, self.refresh)
        self.expediera_work = SendOut(self, store, self._expedierat)
        self.filter_read = FilterRead(store, self._show_read, self.refresh, self)
        self._own_change = False  # the tab's own announcement: it shows what changed itself
        self.pages = QTabWidget()
        self.pages.setObjectName("uppfoljning_pages")
        self.matters = ListPage(
            models.OpenMatterModel(),
            "Ärenden som återremitterats eller bordlagts och ännu inte avgjorts av en senare "
            "paragraf. Länken går på diarienumret; de som inte finns på någon dagordning "
            "erbjuds när nämndens nästa dagordning görs.",
            [("gang", "Ärendets gång…", True), ("utfall", "Ändra utfall…", True)],
            stretch_column=4,
        )
        self.uppdrag_page = ListPage(
            models.UppdragModel(),
            "Uppdrag som getts i en paragraf eller ett delegationsbeslut. Försenade visas i "
            "varningsfärg.",
            [
                ("edit", "Ändra…", True),
                ("new", "Nytt uppdrag…", False),
                ("done", "Markera klart", True),
                ("delete", "Ta bort", True),
                ("print", "Uppföljning av beslut…", False),
            ],
        )
        self.motion_page = ListPage(
            models.MotionModel(),
            "Motioner och medborgarförslag. Ett ärende bör beredas så att fullmäktige kan "
            "besluta inom ett år (KL 5 kap. 35 §); de som passerat året visas i varningsfärg.",
            [
                ("edit", "Ändra…", True),
                ("new", "Ny…", False),
                ("delete", "Ta bort", True),
                ("report", "Redovisning…", False),
            ],
        )
        self.laga_kraft_page = ListPage(
            models.LagaKraftModel(),
            "Beslut som vinner laga kraft: dagen efter att överklagandetiden (tre veckor från "
            "anslaget) har gått ut. Beräknade datum (inget anslag än) visas i varningsfärg. "
            "Datumen gäller laglighetsprövning (kommunallagen 13 kap.). Ett beslut som "
            "överklagas genom förvaltningsbesvär (t.ex. ett bygglov) räknas från delgivning "
            "och kungörelse: markera det under Sammanträde → Paragrafer → Överklagande och "
            "laga kraft.",
            [("overklagande", "Överklagande…", True)],
            stretch_column=5,
        )
        self.ej_anmalda_page = ej_anmalda_page()
        self.expediering_page = ListPage(
            models.ExpedieringModel(),
            "Paragraferna i sammanträdet ovan och vart de har skickats.",
            [("expediera", "Expediera…", False)],
        )
        self.top = self._top_row()
        layout = QVBoxLayout(self)
        layout.addLayout(self.top)
        layout.addWidget(self.pages, 1)
        for page, title in (
            (self.matters, "Öppna ärenden"),
            (self.uppdrag_page, "Uppdrag"),
            (self.motion_page, "Motioner"),
            (self.laga_kraft_page, "Laga kraft"),
            (self.ej_anmalda_page, "Ej anmälda"),
            (self.expediering_page, "Expediering"),
        ):
            self.pages.addTab(page, title)
            page.action.connect(self._action)
        self.pages.currentChanged.connect(lambda _index: self._show_expediering())
        self.refresh()

    def _top_row(self) -> QHBoxLayout:
        self.day_edit = QDateEdit(QDate.currentDate())
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self.day_edit.dateChanged.connect(lambda _d: self._filtered())
        self.organ_combo = QComboBox()
        self.organ_combo.currentIndexChanged.connect(lambda _i: self._filtered())
        self.meeting_combo = QComboBox()
        self.meeting_combo.currentIndexChanged.connect(lambda _i: self._show_expediering())
        self.summary = QLabel()
        refresh = QPushButton("Uppdatera")
        refresh.clicked.connect(lambda: self.refresh())
        row = QHBoxLayout()
        for label, widget in (
            ("Per dag:", self.day_edit),
            ("Nämnd:", self.organ_combo),
            ("Sammanträde:", self.meeting_combo),
        ):
            row.addWidget(QLabel(label))
            row.addWidget(widget)
        row.addWidget(refresh)
        row.addStretch(1)
        return row

    # -- showing -----------------------------------------------------------------------------

    @property
    def today(self) -> date:
        return self.day_edit.date().toPython()

    def stop_work(self) -> None:
        self.first_read.stop()
        self.expediera_work.stop()
        self.filter_read.stop()

    def refresh(self, *, choices: bool = True) -> None:
        if choices:  # a filter changes the pages, not what to choose from (ten years' meetings)
            self._fill_combos()
        self.filter_read.forget()  # read here and now: what a worker reads is older
        self._show_read(read_pages(self.store, self.today, self.organ_combo.currentData()))

    def _filtered(self) -> None:
        """The day or the nämnd changed: in a file of many meetings read on a worker."""
        meetings = self.meeting_combo.count()
        if not self.filter_read.start(self.today, self.organ_combo.currentData(), meetings):
            self.refresh(choices=False)

    def _show_read(self, read: PagesRead) -> None:
        o, day = read.overview, read.overview.today  # a page judges its rows by it (late …)
        models.UppdragModel.today = models.MotionModel.today = day
        self.uppdrag_page.set_rows(read.uppdrag, day)
        self.motion_page.set_rows(read.motioner, day)
        self.laga_kraft_page.set_rows(o.laga_kraft, day)
        self.ej_anmalda_page.set_rows(o.ej_anmalda, day)
        for index, title in enumerate(read.titles(), start=1):
            self.pages.setTabText(index, title)
        self._show_matters()
        self._show_expediering()

    def _show_matters(self) -> None:
        """The open matters; while the file is first read on the worker, a line saying so
        above the empty table (FirstRead.ready shows them, and nothing else again)."""
        if self.first_read.pending():
            self.matters.set_busy(READING)
            self.pages.setTabText(0, "Öppna ärenden")
            return
        matters = uppfoljning.open_matters(self.store, self.organ_combo.currentData())
        self.matters.set_rows(matters, self.today)
        self.matters.set_busy("")  # after the rows: see ListPage.set_busy
        count = f" ({len(matters)})" if matters else ""
        self.pages.setTabText(0, f"Öppna ärenden{count}")

    def _fill_combos(self) -> None:
        organ = self.organ_combo.currentData()
        meeting = self.meeting_combo.currentData()
        for combo in (self.organ_combo, self.meeting_combo):
            combo.blockSignals(True)
            combo.clear()
        self.organ_combo.addItem("Alla nämnder", None)
        for o in meetings.list_organs(self.store):
            self.organ_combo.addItem(o.name, o.id)
        for label, meeting_id in uppdrag_choices.meeting_choices(self.store):
            self.meeting_combo.addItem(label, meeting_id)
        self.organ_combo.setCurrentIndex(max(0, self.organ_combo.findData(organ)))
        if meeting is None:  # first shown: the meeting just held, not one planned ahead
            held = latest_held(meetings.list_meetings(self.store), self.today)
            meeting = held.id if held else None
        self.meeting_combo.setCurrentIndex(max(0, self.meeting_combo.findData(meeting)))
        for combo in (self.organ_combo, self.meeting_combo):
            combo.blockSignals(False)

    def _show_expediering(self) -> None:
        """The §§ of the meeting chosen, read when the Expediering page is in front (or
        brought forward): they are the whole protokoll, which no other page shows."""
        if self.expediering_page.isHidden():
            return
        meeting_id = self.meeting_combo.currentData()
        rows = expediering.paragraf_rows(self.store, meeting_id) if meeting_id else []
        self.expediering_page.set_rows(rows)

    # -- actions -----------------------------------------------------------------------------

    def _action(self, name: str, row: object) -> None:
        handlers = {
            "gang": lambda matter: show_history(self, self.store, matter),
            "utfall": lambda matter: change_utfall(self, self.store, matter, self.edit),
            "edit": self.registers.edit_row,
            "new": self._new,
            "done": lambda item: self.registers.mark_done(item, self.today),
            "delete": self.registers.delete,
            "print": self._print_uppfoljning,
            "report": self._print_redovisning,
            "expediera": self._expediera,
            "overklagande": lambda row: record_appeal(self, self.store, row, self.today, self.edit),
            "koppla": lambda row: link_late(self, self.store, row, self.today, self.edit),
        }
        try:
            handlers[name](row)
        except KsdeskError as error:
            QMessageBox.warning(self, "Uppföljning", str(error))

    def _new(self, _row: object) -> None:
        self.registers.new(motion=self.pages.currentWidget() is self.motion_page)

    def _print_uppfoljning(self, _row: object) -> None:
        from ksdesk.ui.dialogs.pdf_dialog import show_pdf

        meeting_id = self.meeting_combo.currentData()
        if not meeting_id:
            QMessageBox.information(self, "Uppföljning", "Välj ett sammanträde först.")
            return
        show_pdf(
            self,
            self.store,
            "Uppföljning av beslut",
            lambda reader: uppdrag.uppfoljning_pdf(reader, meeting_id),
            "Uppföljning av beslut.pdf",
        )

    def _print_redovisning(self, _row: object) -> None:
        from ksdesk.ui.dialogs.pdf_dialog import show_pdf

        day = self.today
        show_pdf(
            self,
            self.store,
            "Redovisning av motioner och medborgarförslag",
            lambda reader: motioner.redovisning_pdf(reader, day),
            f"Redovisning motioner {day.isoformat()}.pdf",
        )

    def refresh_for(self, topic: Topic) -> None:
        if not self._own_change:
            self.refresh()

    def _expedierat(self, _sent: object) -> None:
        """The log written: the Sammanträde tab's §§ say where they went, this tab's Expediering
        page too; nothing else here changed (a refresh read ten years again, 0.2 s)."""
        from ksdesk.ui.undo import announce

        self._own_change = True  # refresh_for: nothing to read again here
        try:
            announce(Topic.PROTOKOLL)
        finally:
            self._own_change = False
        self._show_expediering()

    def _expediera(self, _row: object) -> None:
        meeting_id = self.meeting_combo.currentData()
        if meeting_id:
            self.expediera_work.ask(meeting_id, self.today)
