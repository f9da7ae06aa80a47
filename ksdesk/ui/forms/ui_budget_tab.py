# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'budget_tab.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QHeaderView, QLabel, QListView,
    QSizePolicy, QSplitter, QTableView, QVBoxLayout,
    QWidget)

class Ui_BudgetTab(object):
    def setupUi(self, BudgetTab):
        if not BudgetTab.objectName():
            BudgetTab.setObjectName(u"BudgetTab")
        self.main_layout = QVBoxLayout(BudgetTab)
        self.main_layout.setObjectName(u"main_layout")
        self.splitter = QSplitter(BudgetTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.sheets_panel = QWidget(self.splitter)
        self.sheets_panel.setObjectName(u"sheets_panel")
        self.sheets_layout = QVBoxLayout(self.sheets_panel)
        self.sheets_layout.setObjectName(u"sheets_layout")
        self.sheets_layout.setContentsMargins(0, 0, 0, 0)
        self.sheets_label = QLabel(self.sheets_panel)
        self.sheets_label.setObjectName(u"sheets_label")

        self.sheets_layout.addWidget(self.sheets_label)

        self.sheet_list = QListView(self.sheets_panel)
        self.sheet_list.setObjectName(u"sheet_list")

        self.sheets_layout.addWidget(self.sheet_list)

        self.splitter.addWidget(self.sheets_panel)
        self.sheet_panel = QWidget(self.splitter)
        self.sheet_panel.setObjectName(u"sheet_panel")
        self.sheet_layout = QVBoxLayout(self.sheet_panel)
        self.sheet_layout.setObjectName(u"sheet_layout")
        self.sheet_layout.setContentsMargins(0, 0, 0, 0)
        self.sheet_heading = QLabel(self.sheet_panel)
        self.sheet_heading.setObjectName(u"sheet_heading")
        self.sheet_heading.setTextFormat(Qt.TextFormat.RichText)
        self.sheet_heading.setWordWrap(True)

        self.sheet_layout.addWidget(self.sheet_heading)

        self.sheet_table = QTableView(self.sheet_panel)
        self.sheet_table.setObjectName(u"sheet_table")

        self.sheet_layout.addWidget(self.sheet_table)

        self.splitter.addWidget(self.sheet_panel)

        self.main_layout.addWidget(self.splitter)


        self.retranslateUi(BudgetTab)

        QMetaObject.connectSlotsByName(BudgetTab)
    # setupUi

    def retranslateUi(self, BudgetTab):
        self.sheets_label.setText(QCoreApplication.translate("BudgetTab", u"<b>Budgetblad</b>", None))
        pass
    # retranslateUi

