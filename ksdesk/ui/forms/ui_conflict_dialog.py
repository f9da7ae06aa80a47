# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conflict_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QVBoxLayout, QWidget)

class Ui_ConflictDialog(object):
    def setupUi(self, ConflictDialog):
        if not ConflictDialog.objectName():
            ConflictDialog.setObjectName(u"ConflictDialog")
        ConflictDialog.resize(1000, 560)
        self.main_layout = QVBoxLayout(ConflictDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.splitter = QSplitter(ConflictDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.conflict_list = QListWidget(self.splitter)
        self.conflict_list.setObjectName(u"conflict_list")
        self.splitter.addWidget(self.conflict_list)
        self.detail_panel = QWidget(self.splitter)
        self.detail_panel.setObjectName(u"detail_panel")
        self.detail_layout = QVBoxLayout(self.detail_panel)
        self.detail_layout.setObjectName(u"detail_layout")
        self.detail_layout.setContentsMargins(0, 0, 0, 0)
        self.heading_label = QLabel(self.detail_panel)
        self.heading_label.setObjectName(u"heading_label")
        self.heading_label.setWordWrap(True)
        self.heading_label.setTextFormat(Qt.TextFormat.RichText)
        self.heading_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detail_layout.addWidget(self.heading_label)

        self.side_by_side = QTableView(self.detail_panel)
        self.side_by_side.setObjectName(u"side_by_side")

        self.detail_layout.addWidget(self.side_by_side)

        self.choice_layout = QHBoxLayout()
        self.choice_layout.setObjectName(u"choice_layout")
        self.keep_mine_button = QPushButton(self.detail_panel)
        self.keep_mine_button.setObjectName(u"keep_mine_button")

        self.choice_layout.addWidget(self.keep_mine_button)

        self.take_server_button = QPushButton(self.detail_panel)
        self.take_server_button.setObjectName(u"take_server_button")

        self.choice_layout.addWidget(self.take_server_button)

        self.merge_button = QPushButton(self.detail_panel)
        self.merge_button.setObjectName(u"merge_button")

        self.choice_layout.addWidget(self.merge_button)

        self.choice_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.choice_layout.addItem(self.choice_spacer)


        self.detail_layout.addLayout(self.choice_layout)

        self.detail_layout.setStretch(1, 1)
        self.splitter.addWidget(self.detail_panel)

        self.main_layout.addWidget(self.splitter)

        self.busy_layout = QHBoxLayout()
        self.busy_layout.setObjectName(u"busy_layout")
        self.busy_progress = QProgressBar(ConflictDialog)
        self.busy_progress.setObjectName(u"busy_progress")
        self.busy_progress.setMaximumWidth(160)
        self.busy_progress.setMaximum(0)
        self.busy_progress.setTextVisible(False)

        self.busy_layout.addWidget(self.busy_progress)

        self.busy_label = QLabel(ConflictDialog)
        self.busy_label.setObjectName(u"busy_label")
        self.busy_label.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.busy_label.sizePolicy().hasHeightForWidth())
        self.busy_label.setSizePolicy(sizePolicy)

        self.busy_layout.addWidget(self.busy_label)


        self.main_layout.addLayout(self.busy_layout)

        self.message_label = QLabel(ConflictDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.RichText)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.message_label)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.close_button = QPushButton(ConflictDialog)
        self.close_button.setObjectName(u"close_button")

        self.button_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.button_layout)

        self.main_layout.setStretch(0, 1)
        QWidget.setTabOrder(self.conflict_list, self.side_by_side)
        QWidget.setTabOrder(self.side_by_side, self.keep_mine_button)
        QWidget.setTabOrder(self.keep_mine_button, self.take_server_button)
        QWidget.setTabOrder(self.take_server_button, self.merge_button)
        QWidget.setTabOrder(self.merge_button, self.close_button)

        self.retranslateUi(ConflictDialog)

        QMetaObject.connectSlotsByName(ConflictDialog)
    # setupUi

    def retranslateUi(self, ConflictDialog):
        ConflictDialog.setWindowTitle(QCoreApplication.translate("ConflictDialog", u"Konflikter mot servern", None))
#if QT_CONFIG(accessibility)
        self.conflict_list.setAccessibleName(QCoreApplication.translate("ConflictDialog", u"Konflikter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.side_by_side.setAccessibleName(QCoreApplication.translate("ConflictDialog", u"Min version och serverns, f\u00e4lt f\u00f6r f\u00e4lt", None))
#endif // QT_CONFIG(accessibility)
        self.keep_mine_button.setText(QCoreApplication.translate("ConflictDialog", u"Beh\u00e5ll &min version", None))
#if QT_CONFIG(tooltip)
        self.keep_mine_button.setToolTip(QCoreApplication.translate("ConflictDialog", u"Din version g\u00e4ller och skickas till servern vid n\u00e4sta synkning; serverns sparas i filen", None))
#endif // QT_CONFIG(tooltip)
        self.take_server_button.setText(QCoreApplication.translate("ConflictDialog", u"Ta &serverns version", None))
#if QT_CONFIG(tooltip)
        self.take_server_button.setToolTip(QCoreApplication.translate("ConflictDialog", u"Serverns version skrivs in i filen; din sparas i filen", None))
#endif // QT_CONFIG(tooltip)
        self.merge_button.setText(QCoreApplication.translate("ConflictDialog", u"Sl\u00e5 &ihop: markerade rader fr\u00e5n servern", None))
#if QT_CONFIG(tooltip)
        self.merge_button.setToolTip(QCoreApplication.translate("ConflictDialog", u"De rader du markerat tas fr\u00e5n servern, resten fr\u00e5n din fil", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.busy_progress.setAccessibleName(QCoreApplication.translate("ConflictDialog", u"Arbetar", None))
#endif // QT_CONFIG(accessibility)
        self.close_button.setText(QCoreApplication.translate("ConflictDialog", u"S&t\u00e4ng", None))
    # retranslateUi

