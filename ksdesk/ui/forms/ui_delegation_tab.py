# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'delegation_tab.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QStackedWidget, QTableView, QToolButton, QVBoxLayout,
    QWidget)

from ksdesk.ui.tabs.delegation_outline import ChapterOutline
from ksdesk.ui.tabs.delegation_points import PointsPanel
from ksdesk.ui.tabs.delegation_versions import VersionBar

class Ui_DelegationTab(object):
    def setupUi(self, DelegationTab):
        if not DelegationTab.objectName():
            DelegationTab.setObjectName(u"DelegationTab")
        self.main_layout = QVBoxLayout(DelegationTab)
        self.main_layout.setObjectName(u"main_layout")
        self.version_bar = VersionBar(DelegationTab)
        self.version_bar.setObjectName(u"version_bar")

        self.main_layout.addWidget(self.version_bar)

        self.splitter = QSplitter(DelegationTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.chapters_panel = ChapterOutline(self.splitter)
        self.chapters_panel.setObjectName(u"chapters_panel")
        self.splitter.addWidget(self.chapters_panel)
        self.right_splitter = QSplitter(self.splitter)
        self.right_splitter.setObjectName(u"right_splitter")
        self.right_splitter.setOrientation(Qt.Orientation.Vertical)
        self.content_stack = QStackedWidget(self.right_splitter)
        self.content_stack.setObjectName(u"content_stack")
        self.points_panel = PointsPanel()
        self.points_panel.setObjectName(u"points_panel")
        self.content_stack.addWidget(self.points_panel)
        self.right_splitter.addWidget(self.content_stack)
        self.findings_panel = QWidget(self.right_splitter)
        self.findings_panel.setObjectName(u"findings_panel")
        self.findings_layout = QVBoxLayout(self.findings_panel)
        self.findings_layout.setObjectName(u"findings_layout")
        self.findings_layout.setContentsMargins(0, 0, 0, 0)
        self.findings_row = QHBoxLayout()
        self.findings_row.setObjectName(u"findings_row")
        self.findings_toggle = QToolButton(self.findings_panel)
        self.findings_toggle.setObjectName(u"findings_toggle")
        self.findings_toggle.setAutoRaise(True)

        self.findings_row.addWidget(self.findings_toggle)

        self.findings_label = QLabel(self.findings_panel)
        self.findings_label.setObjectName(u"findings_label")

        self.findings_row.addWidget(self.findings_label)

        self.findings_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.findings_row.addItem(self.findings_spacer)

        self.fix_button = QPushButton(self.findings_panel)
        self.fix_button.setObjectName(u"fix_button")

        self.findings_row.addWidget(self.fix_button)


        self.findings_layout.addLayout(self.findings_row)

        self.finding_table = QTableView(self.findings_panel)
        self.finding_table.setObjectName(u"finding_table")

        self.findings_layout.addWidget(self.finding_table)

        self.right_splitter.addWidget(self.findings_panel)
        self.splitter.addWidget(self.right_splitter)

        self.main_layout.addWidget(self.splitter)

        self.main_layout.setStretch(1, 1)

        self.retranslateUi(DelegationTab)

        QMetaObject.connectSlotsByName(DelegationTab)
    # setupUi

    def retranslateUi(self, DelegationTab):
#if QT_CONFIG(accessibility)
        self.findings_toggle.setAccessibleName(QCoreApplication.translate("DelegationTab", u"Visa eller d\u00f6lj kontrollerna", None))
#endif // QT_CONFIG(accessibility)
        self.findings_label.setText(QCoreApplication.translate("DelegationTab", u"<b>Kontroller</b>", None))
        self.fix_button.setText(QCoreApplication.translate("DelegationTab", u"R\u00e4tta", None))
#if QT_CONFIG(tooltip)
        self.fix_button.setToolTip(QCoreApplication.translate("DelegationTab", u"Byt kyrilliska och grekiska tecken mot svenska i den valda punkten", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.finding_table.setAccessibleName(QCoreApplication.translate("DelegationTab", u"Kontroller", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

