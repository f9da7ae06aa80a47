# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'public_check_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QHBoxLayout,
    QLabel, QLineEdit, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout)

class Ui_PublicCheckDialog(object):
    def setupUi(self, PublicCheckDialog):
        if not PublicCheckDialog.objectName():
            PublicCheckDialog.setObjectName(u"PublicCheckDialog")
        PublicCheckDialog.resize(980, 540)
        self.main_layout = QVBoxLayout(PublicCheckDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.meeting_layout = QHBoxLayout()
        self.meeting_layout.setObjectName(u"meeting_layout")
        self.meeting_label = QLabel(PublicCheckDialog)
        self.meeting_label.setObjectName(u"meeting_label")

        self.meeting_layout.addWidget(self.meeting_label)

        self.meeting_combo = QComboBox(PublicCheckDialog)
        self.meeting_combo.setObjectName(u"meeting_combo")
        self.meeting_combo.setMinimumContentsLength(30)

        self.meeting_layout.addWidget(self.meeting_combo)

        self.meeting_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.meeting_layout.addItem(self.meeting_spacer)

        self.by_label = QLabel(PublicCheckDialog)
        self.by_label.setObjectName(u"by_label")

        self.meeting_layout.addWidget(self.by_label)

        self.by_edit = QLineEdit(PublicCheckDialog)
        self.by_edit.setObjectName(u"by_edit")

        self.meeting_layout.addWidget(self.by_edit)


        self.main_layout.addLayout(self.meeting_layout)

        self.status_label = QLabel(PublicCheckDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.RichText)

        self.main_layout.addWidget(self.status_label)

        self.scan_layout = QHBoxLayout()
        self.scan_layout.setObjectName(u"scan_layout")
        self.scan_progress = QProgressBar(PublicCheckDialog)
        self.scan_progress.setObjectName(u"scan_progress")
        self.scan_progress.setTextVisible(True)

        self.scan_layout.addWidget(self.scan_progress)

        self.cancel_scan_button = QPushButton(PublicCheckDialog)
        self.cancel_scan_button.setObjectName(u"cancel_scan_button")

        self.scan_layout.addWidget(self.cancel_scan_button)

        self.rescan_button = QPushButton(PublicCheckDialog)
        self.rescan_button.setObjectName(u"rescan_button")

        self.scan_layout.addWidget(self.rescan_button, 0, Qt.AlignmentFlag.AlignLeft)


        self.main_layout.addLayout(self.scan_layout)

        self.hit_table = QTableView(PublicCheckDialog)
        self.hit_table.setObjectName(u"hit_table")

        self.main_layout.addWidget(self.hit_table)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.mask_button = QPushButton(PublicCheckDialog)
        self.mask_button.setObjectName(u"mask_button")

        self.button_layout.addWidget(self.mask_button)

        self.keep_button = QPushButton(PublicCheckDialog)
        self.keep_button.setObjectName(u"keep_button")

        self.button_layout.addWidget(self.keep_button)

        self.mask_all_button = QPushButton(PublicCheckDialog)
        self.mask_all_button.setObjectName(u"mask_all_button")

        self.button_layout.addWidget(self.mask_all_button)

        self.own_button = QPushButton(PublicCheckDialog)
        self.own_button.setObjectName(u"own_button")

        self.button_layout.addWidget(self.own_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.close_button = QPushButton(PublicCheckDialog)
        self.close_button.setObjectName(u"close_button")

        self.button_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.button_layout)


        self.retranslateUi(PublicCheckDialog)

        QMetaObject.connectSlotsByName(PublicCheckDialog)
    # setupUi

    def retranslateUi(self, PublicCheckDialog):
        PublicCheckDialog.setWindowTitle(QCoreApplication.translate("PublicCheckDialog", u"Granska offentlig kopia", None))
        self.meeting_label.setText(QCoreApplication.translate("PublicCheckDialog", u"Sammantr\u00e4de:", None))
        self.by_label.setText(QCoreApplication.translate("PublicCheckDialog", u"Beslutas av:", None))
        self.cancel_scan_button.setText(QCoreApplication.translate("PublicCheckDialog", u"Avbryt granskningen", None))
        self.rescan_button.setText(QCoreApplication.translate("PublicCheckDialog", u"&Granska igen", None))
        self.mask_button.setText(QCoreApplication.translate("PublicCheckDialog", u"&Maskera", None))
        self.keep_button.setText(QCoreApplication.translate("PublicCheckDialog", u"&Beh\u00e5ll medvetet", None))
        self.mask_all_button.setText(QCoreApplication.translate("PublicCheckDialog", u"Maskera &alla ohanterade", None))
        self.own_button.setText(QCoreApplication.translate("PublicCheckDialog", u"Maskera &egen text\u2026", None))
#if QT_CONFIG(tooltip)
        self.own_button.setToolTip(QCoreApplication.translate("PublicCheckDialog", u"Skriv ett namn eller n\u00e5gra ord som ska maskeras i alla texter och bilagor i den offentliga kopian (t.ex. ett namn som syns i Sammanhang)", None))
#endif // QT_CONFIG(tooltip)
        self.close_button.setText(QCoreApplication.translate("PublicCheckDialog", u"St\u00e4ng", None))
    # retranslateUi

