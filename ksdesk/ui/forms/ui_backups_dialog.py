# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'backups_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout)

class Ui_BackupsDialog(object):
    def setupUi(self, BackupsDialog):
        if not BackupsDialog.objectName():
            BackupsDialog.setObjectName(u"BackupsDialog")
        BackupsDialog.resize(760, 460)
        self.main_layout = QVBoxLayout(BackupsDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(BackupsDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)
        self.intro_label.setTextFormat(Qt.TextFormat.RichText)

        self.main_layout.addWidget(self.intro_label)

        self.backup_table = QTableView(BackupsDialog)
        self.backup_table.setObjectName(u"backup_table")

        self.main_layout.addWidget(self.backup_table)

        self.folder_label = QLabel(BackupsDialog)
        self.folder_label.setObjectName(u"folder_label")
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.folder_label)

        self.second_layout = QHBoxLayout()
        self.second_layout.setObjectName(u"second_layout")
        self.second_folder_label = QLabel(BackupsDialog)
        self.second_folder_label.setObjectName(u"second_folder_label")
        self.second_folder_label.setWordWrap(True)
        self.second_folder_label.setTextFormat(Qt.TextFormat.RichText)
        self.second_folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.second_layout.addWidget(self.second_folder_label)

        self.choose_second_button = QPushButton(BackupsDialog)
        self.choose_second_button.setObjectName(u"choose_second_button")

        self.second_layout.addWidget(self.choose_second_button)

        self.clear_second_button = QPushButton(BackupsDialog)
        self.clear_second_button.setObjectName(u"clear_second_button")

        self.second_layout.addWidget(self.clear_second_button)


        self.main_layout.addLayout(self.second_layout)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.create_button = QPushButton(BackupsDialog)
        self.create_button.setObjectName(u"create_button")

        self.button_layout.addWidget(self.create_button)

        self.restore_button = QPushButton(BackupsDialog)
        self.restore_button.setObjectName(u"restore_button")

        self.button_layout.addWidget(self.restore_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.close_button = QPushButton(BackupsDialog)
        self.close_button.setObjectName(u"close_button")

        self.button_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.button_layout)


        self.retranslateUi(BackupsDialog)

        QMetaObject.connectSlotsByName(BackupsDialog)
    # setupUi

    def retranslateUi(self, BackupsDialog):
        BackupsDialog.setWindowTitle(QCoreApplication.translate("BackupsDialog", u"S\u00e4kerhetskopior", None))
#if QT_CONFIG(accessibility)
        self.backup_table.setAccessibleName(QCoreApplication.translate("BackupsDialog", u"S\u00e4kerhetskopior", None))
#endif // QT_CONFIG(accessibility)
        self.choose_second_button.setText(QCoreApplication.translate("BackupsDialog", u"&V\u00e4lj andra mapp\u2026", None))
#if QT_CONFIG(tooltip)
        self.choose_second_button.setToolTip(QCoreApplication.translate("BackupsDialog", u"En mapp p\u00e5 en annan disk eller server (till exempel hemkatalogen) som varje f\u00e4rdig s\u00e4kerhetskopia ocks\u00e5 kopieras till", None))
#endif // QT_CONFIG(tooltip)
        self.clear_second_button.setText(QCoreApplication.translate("BackupsDialog", u"Sluta &kopiera dit", None))
        self.create_button.setText(QCoreApplication.translate("BackupsDialog", u"&Skapa s\u00e4kerhetskopia nu", None))
        self.restore_button.setText(QCoreApplication.translate("BackupsDialog", u"&\u00c5terst\u00e4ll vald\u2026", None))
        self.close_button.setText(QCoreApplication.translate("BackupsDialog", u"S&t\u00e4ng", None))
    # retranslateUi

