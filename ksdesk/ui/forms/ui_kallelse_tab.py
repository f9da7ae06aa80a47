# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'kallelse_tab.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QFrame, QScrollArea, QSplitter, QTabWidget, QVBoxLayout)

from ksdesk.ui.tabs.agenda_page import AgendaPage
from ksdesk.ui.tabs.kallelse_meetings import MeetingsPanel
from ksdesk.ui.tabs.kallelse_print import PrintPage

class Ui_KallelseTab(object):
    def setupUi(self, KallelseTab):
        if not KallelseTab.objectName():
            KallelseTab.setObjectName(u"KallelseTab")
        self.main_layout = QVBoxLayout(KallelseTab)
        self.main_layout.setObjectName(u"main_layout")
        self.splitter = QSplitter(KallelseTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.meetings_panel = MeetingsPanel(self.splitter)
        self.meetings_panel.setObjectName(u"meetings_panel")
        self.splitter.addWidget(self.meetings_panel)
        self.detail_tabs = QTabWidget(self.splitter)
        self.detail_tabs.setObjectName(u"detail_tabs")
        self.agenda_scroll = QScrollArea()
        self.agenda_scroll.setObjectName(u"agenda_scroll")
        self.agenda_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.agenda_scroll.setWidgetResizable(True)
        self.agenda_page = AgendaPage()
        self.agenda_page.setObjectName(u"agenda_page")
        self.agenda_scroll.setWidget(self.agenda_page)
        self.detail_tabs.addTab(self.agenda_scroll, "")
        self.print_page = PrintPage()
        self.print_page.setObjectName(u"print_page")
        self.detail_tabs.addTab(self.print_page, "")
        self.splitter.addWidget(self.detail_tabs)

        self.main_layout.addWidget(self.splitter)


        self.retranslateUi(KallelseTab)

        QMetaObject.connectSlotsByName(KallelseTab)
    # setupUi

    def retranslateUi(self, KallelseTab):
        self.detail_tabs.setTabText(self.detail_tabs.indexOf(self.agenda_scroll), QCoreApplication.translate("KallelseTab", u"\u00c4renden", None))
        self.detail_tabs.setTabText(self.detail_tabs.indexOf(self.print_page), QCoreApplication.translate("KallelseTab", u"Utskrift", None))
        pass
    # retranslateUi

