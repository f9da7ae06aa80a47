# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'kallelse_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QHeaderView, QLabel, QSizePolicy,
    QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_KallelseTab(object):
    def setupUi(self, KallelseTab):
        if not KallelseTab.objectName():
            KallelseTab.setObjectName(u"KallelseTab")
        self.main_layout = QVBoxLayout(KallelseTab)
        self.main_layout.setObjectName(u"main_layout")
        self.splitter = QSplitter(KallelseTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.meetings_panel = QWidget(self.splitter)
        self.meetings_panel.setObjectName(u"meetings_panel")
        self.meetings_layout = QVBoxLayout(self.meetings_panel)
        self.meetings_layout.setObjectName(u"meetings_layout")
        self.meetings_layout.setContentsMargins(0, 0, 0, 0)
        self.meetings_label = QLabel(self.meetings_panel)
        self.meetings_label.setObjectName(u"meetings_label")

        self.meetings_layout.addWidget(self.meetings_label)

        self.meeting_table = QTableView(self.meetings_panel)
        self.meeting_table.setObjectName(u"meeting_table")

        self.meetings_layout.addWidget(self.meeting_table)

        self.splitter.addWidget(self.meetings_panel)
        self.agenda_panel = QWidget(self.splitter)
        self.agenda_panel.setObjectName(u"agenda_panel")
        self.agenda_layout = QVBoxLayout(self.agenda_panel)
        self.agenda_layout.setObjectName(u"agenda_layout")
        self.agenda_layout.setContentsMargins(0, 0, 0, 0)
        self.meeting_heading = QLabel(self.agenda_panel)
        self.meeting_heading.setObjectName(u"meeting_heading")
        self.meeting_heading.setTextFormat(Qt.TextFormat.RichText)
        self.meeting_heading.setWordWrap(True)

        self.agenda_layout.addWidget(self.meeting_heading)

        self.agenda_label = QLabel(self.agenda_panel)
        self.agenda_label.setObjectName(u"agenda_label")

        self.agenda_layout.addWidget(self.agenda_label)

        self.agenda_table = QTableView(self.agenda_panel)
        self.agenda_table.setObjectName(u"agenda_table")

        self.agenda_layout.addWidget(self.agenda_table)

        self.splitter.addWidget(self.agenda_panel)

        self.main_layout.addWidget(self.splitter)


        self.retranslateUi(KallelseTab)

        QMetaObject.connectSlotsByName(KallelseTab)
    # setupUi

    def retranslateUi(self, KallelseTab):
        self.meetings_label.setText(QCoreApplication.translate("KallelseTab", u"<b>Sammantr\u00e4den</b>", None))
        self.agenda_label.setText(QCoreApplication.translate("KallelseTab", u"<b>\u00c4rendelista</b>", None))
        pass
    # retranslateUi

