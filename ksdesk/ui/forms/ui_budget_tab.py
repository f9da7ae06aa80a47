# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'budget_tab.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QMetaObject, Qt)
from PySide6.QtWidgets import (QSplitter, QVBoxLayout)

from ksdesk.ui.tabs.budget_findings import FindingsPanel
from ksdesk.ui.tabs.budget_sheet_page import SheetPage
from ksdesk.ui.tabs.budget_sheets import SheetsPanel

class Ui_BudgetTab(object):
    def setupUi(self, BudgetTab):
        if not BudgetTab.objectName():
            BudgetTab.setObjectName(u"BudgetTab")
        self.main_layout = QVBoxLayout(BudgetTab)
        self.main_layout.setObjectName(u"main_layout")
        self.splitter = QSplitter(BudgetTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.sheets_panel = SheetsPanel(self.splitter)
        self.sheets_panel.setObjectName(u"sheets_panel")
        self.splitter.addWidget(self.sheets_panel)
        self.sheet_panel = SheetPage(self.splitter)
        self.sheet_panel.setObjectName(u"sheet_panel")
        self.splitter.addWidget(self.sheet_panel)
        self.findings_panel = FindingsPanel(self.splitter)
        self.findings_panel.setObjectName(u"findings_panel")
        self.splitter.addWidget(self.findings_panel)

        self.main_layout.addWidget(self.splitter)


        self.retranslateUi(BudgetTab)

        QMetaObject.connectSlotsByName(BudgetTab)
    # setupUi

    def retranslateUi(self, BudgetTab):
        pass
    # retranslateUi

