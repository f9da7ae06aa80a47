# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'delegation_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QHeaderView,
    QLabel, QListView, QSizePolicy, QSpacerItem,
    QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_DelegationTab(object):
    def setupUi(self, DelegationTab):
        if not DelegationTab.objectName():
            DelegationTab.setObjectName(u"DelegationTab")
        self.main_layout = QVBoxLayout(DelegationTab)
        self.main_layout.setObjectName(u"main_layout")
        self.version_row = QHBoxLayout()
        self.version_row.setObjectName(u"version_row")
        self.version_label = QLabel(DelegationTab)
        self.version_label.setObjectName(u"version_label")

        self.version_row.addWidget(self.version_label)

        self.version_combo = QComboBox(DelegationTab)
        self.version_combo.setObjectName(u"version_combo")
        self.version_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.version_row.addWidget(self.version_combo)

        self.version_status = QLabel(DelegationTab)
        self.version_status.setObjectName(u"version_status")

        self.version_row.addWidget(self.version_status)

        self.version_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.version_row.addItem(self.version_spacer)


        self.main_layout.addLayout(self.version_row)

        self.splitter = QSplitter(DelegationTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.chapters_panel = QWidget(self.splitter)
        self.chapters_panel.setObjectName(u"chapters_panel")
        self.chapters_layout = QVBoxLayout(self.chapters_panel)
        self.chapters_layout.setObjectName(u"chapters_layout")
        self.chapters_layout.setContentsMargins(0, 0, 0, 0)
        self.chapters_label = QLabel(self.chapters_panel)
        self.chapters_label.setObjectName(u"chapters_label")

        self.chapters_layout.addWidget(self.chapters_label)

        self.chapter_list = QListView(self.chapters_panel)
        self.chapter_list.setObjectName(u"chapter_list")

        self.chapters_layout.addWidget(self.chapter_list)

        self.splitter.addWidget(self.chapters_panel)
        self.points_panel = QWidget(self.splitter)
        self.points_panel.setObjectName(u"points_panel")
        self.points_layout = QVBoxLayout(self.points_panel)
        self.points_layout.setObjectName(u"points_layout")
        self.points_layout.setContentsMargins(0, 0, 0, 0)
        self.points_label = QLabel(self.points_panel)
        self.points_label.setObjectName(u"points_label")

        self.points_layout.addWidget(self.points_label)

        self.point_table = QTableView(self.points_panel)
        self.point_table.setObjectName(u"point_table")

        self.points_layout.addWidget(self.point_table)

        self.splitter.addWidget(self.points_panel)

        self.main_layout.addWidget(self.splitter)

        self.main_layout.setStretch(1, 1)

        self.retranslateUi(DelegationTab)

        QMetaObject.connectSlotsByName(DelegationTab)
    # setupUi

    def retranslateUi(self, DelegationTab):
        self.version_label.setText(QCoreApplication.translate("DelegationTab", u"Version:", None))
        self.chapters_label.setText(QCoreApplication.translate("DelegationTab", u"<b>Kapitel</b>", None))
        self.points_label.setText(QCoreApplication.translate("DelegationTab", u"<b>Delegationspunkter</b>", None))
        pass
    # retranslateUi

