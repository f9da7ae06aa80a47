# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QCheckBox, QComboBox,
    QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QVBoxLayout)

class Ui_MeetingDialog(object):
    def setupUi(self, MeetingDialog):
        if not MeetingDialog.objectName():
            MeetingDialog.setObjectName(u"MeetingDialog")
        MeetingDialog.setMinimumSize(QSize(560, 0))
        self.main_layout = QVBoxLayout(MeetingDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.organ_label = QLabel(MeetingDialog)
        self.organ_label.setObjectName(u"organ_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.organ_label)

        self.organ_combo = QComboBox(MeetingDialog)
        self.organ_combo.setObjectName(u"organ_combo")
        self.organ_combo.setEditable(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.organ_combo)

        self.date_label = QLabel(MeetingDialog)
        self.date_label.setObjectName(u"date_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date_edit = QLineEdit(MeetingDialog)
        self.date_edit.setObjectName(u"date_edit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.date_edit)

        self.time_label = QLabel(MeetingDialog)
        self.time_label.setObjectName(u"time_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.time_label)

        self.time_edit = QLineEdit(MeetingDialog)
        self.time_edit.setObjectName(u"time_edit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.time_edit)

        self.place_label = QLabel(MeetingDialog)
        self.place_label.setObjectName(u"place_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.place_label)

        self.place_edit = QLineEdit(MeetingDialog)
        self.place_edit.setObjectName(u"place_edit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.place_edit)

        self.remote_label = QLabel(MeetingDialog)
        self.remote_label.setObjectName(u"remote_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.remote_label)

        self.remote_note_edit = QPlainTextEdit(MeetingDialog)
        self.remote_note_edit.setObjectName(u"remote_note_edit")
        self.remote_note_edit.setMaximumSize(QSize(16777215, 60))

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.remote_note_edit)

        self.absence_label = QLabel(MeetingDialog)
        self.absence_label.setObjectName(u"absence_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.absence_label)

        self.absence_layout = QVBoxLayout()
        self.absence_layout.setObjectName(u"absence_layout")
        self.absence_note_edit = QPlainTextEdit(MeetingDialog)
        self.absence_note_edit.setObjectName(u"absence_note_edit")
        self.absence_note_edit.setMaximumSize(QSize(16777215, 60))

        self.absence_layout.addWidget(self.absence_note_edit)

        self.absence_default_button = QPushButton(MeetingDialog)
        self.absence_default_button.setObjectName(u"absence_default_button")

        self.absence_layout.addWidget(self.absence_default_button)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.absence_layout)

        self.status_label = QLabel(MeetingDialog)
        self.status_label.setObjectName(u"status_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status_combo = QComboBox(MeetingDialog)
        self.status_combo.setObjectName(u"status_combo")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.status_combo)

        self.chair_label = QLabel(MeetingDialog)
        self.chair_label.setObjectName(u"chair_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.chair_label)

        self.chair_layout = QHBoxLayout()
        self.chair_layout.setObjectName(u"chair_layout")
        self.chair_name_edit = QLineEdit(MeetingDialog)
        self.chair_name_edit.setObjectName(u"chair_name_edit")

        self.chair_layout.addWidget(self.chair_name_edit)

        self.chair_title_edit = QLineEdit(MeetingDialog)
        self.chair_title_edit.setObjectName(u"chair_title_edit")

        self.chair_layout.addWidget(self.chair_title_edit)


        self.form.setLayout(7, QFormLayout.ItemRole.FieldRole, self.chair_layout)

        self.secretary_label = QLabel(MeetingDialog)
        self.secretary_label.setObjectName(u"secretary_label")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.secretary_label)

        self.secretary_layout = QHBoxLayout()
        self.secretary_layout.setObjectName(u"secretary_layout")
        self.secretary_name_edit = QLineEdit(MeetingDialog)
        self.secretary_name_edit.setObjectName(u"secretary_name_edit")

        self.secretary_layout.addWidget(self.secretary_name_edit)

        self.secretary_title_edit = QLineEdit(MeetingDialog)
        self.secretary_title_edit.setObjectName(u"secretary_title_edit")

        self.secretary_layout.addWidget(self.secretary_title_edit)


        self.form.setLayout(8, QFormLayout.ItemRole.FieldRole, self.secretary_layout)

        self.show_proposals_check = QCheckBox(MeetingDialog)
        self.show_proposals_check.setObjectName(u"show_proposals_check")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.show_proposals_check)


        self.main_layout.addLayout(self.form)

        self.message_label = QLabel(MeetingDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.main_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(MeetingDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.organ_label.setBuddy(self.organ_combo)
        self.date_label.setBuddy(self.date_edit)
        self.time_label.setBuddy(self.time_edit)
        self.place_label.setBuddy(self.place_edit)
        self.remote_label.setBuddy(self.remote_note_edit)
        self.absence_label.setBuddy(self.absence_note_edit)
        self.status_label.setBuddy(self.status_combo)
        self.chair_label.setBuddy(self.chair_name_edit)
        self.secretary_label.setBuddy(self.secretary_name_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MeetingDialog)

        QMetaObject.connectSlotsByName(MeetingDialog)
    # setupUi

    def retranslateUi(self, MeetingDialog):
        MeetingDialog.setWindowTitle(QCoreApplication.translate("MeetingDialog", u"Sammantr\u00e4de", None))
        self.organ_label.setText(QCoreApplication.translate("MeetingDialog", u"&N\u00e4mnd", None))
        self.date_label.setText(QCoreApplication.translate("MeetingDialog", u"&Datum", None))
        self.date_edit.setPlaceholderText(QCoreApplication.translate("MeetingDialog", u"\u00c5\u00c5\u00c5\u00c5-MM-DD", None))
        self.time_label.setText(QCoreApplication.translate("MeetingDialog", u"&Tid", None))
        self.time_edit.setPlaceholderText(QCoreApplication.translate("MeetingDialog", u"14.00", None))
        self.place_label.setText(QCoreApplication.translate("MeetingDialog", u"&Plats", None))
        self.remote_label.setText(QCoreApplication.translate("MeetingDialog", u"&Distansdeltagande", None))
        self.remote_note_edit.setPlaceholderText(QCoreApplication.translate("MeetingDialog", u"T.ex. Sammantr\u00e4det sker p\u00e5 distans via \u2026 f\u00f6r samtliga utom presidiet.", None))
        self.absence_label.setText(QCoreApplication.translate("MeetingDialog", u"&F\u00f6rhinder", None))
        self.absence_default_button.setText(QCoreApplication.translate("MeetingDialog", u"F\u00f6resl\u00e5 text utifr\u00e5n datumet", None))
        self.status_label.setText(QCoreApplication.translate("MeetingDialog", u"&Status", None))
        self.chair_label.setText(QCoreApplication.translate("MeetingDialog", u"&Ordf\u00f6rande", None))
        self.chair_name_edit.setPlaceholderText(QCoreApplication.translate("MeetingDialog", u"Namn", None))
        self.chair_title_edit.setPlaceholderText(QCoreApplication.translate("MeetingDialog", u"Titel", None))
        self.secretary_label.setText(QCoreApplication.translate("MeetingDialog", u"S&ekreterare", None))
        self.secretary_name_edit.setPlaceholderText(QCoreApplication.translate("MeetingDialog", u"Namn", None))
        self.secretary_title_edit.setPlaceholderText(QCoreApplication.translate("MeetingDialog", u"Titel", None))
        self.show_proposals_check.setText(QCoreApplication.translate("MeetingDialog", u"Visa f\u00f6rslag till beslut i kallelsens \u00e4rendelista", None))
    # retranslateUi

