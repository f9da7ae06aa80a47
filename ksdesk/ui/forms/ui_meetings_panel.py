# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meetings_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QGridLayout, QLabel,
    QPushButton, QTableView, QVBoxLayout)

class Ui_MeetingsPanel(object):
    def setupUi(self, MeetingsPanel):
        if not MeetingsPanel.objectName():
            MeetingsPanel.setObjectName(u"MeetingsPanel")
        self.meetings_layout = QVBoxLayout(MeetingsPanel)
        self.meetings_layout.setObjectName(u"meetings_layout")
        self.meetings_layout.setContentsMargins(0, 0, 0, 0)
        self.meetings_label = QLabel(MeetingsPanel)
        self.meetings_label.setObjectName(u"meetings_label")

        self.meetings_layout.addWidget(self.meetings_label)

        self.meeting_table = QTableView(MeetingsPanel)
        self.meeting_table.setObjectName(u"meeting_table")

        self.meetings_layout.addWidget(self.meeting_table)

        self.meeting_buttons = QGridLayout()
        self.meeting_buttons.setObjectName(u"meeting_buttons")
        self.new_meeting_button = QPushButton(MeetingsPanel)
        self.new_meeting_button.setObjectName(u"new_meeting_button")

        self.meeting_buttons.addWidget(self.new_meeting_button, 0, 0, 1, 1)

        self.copy_meeting_button = QPushButton(MeetingsPanel)
        self.copy_meeting_button.setObjectName(u"copy_meeting_button")

        self.meeting_buttons.addWidget(self.copy_meeting_button, 0, 1, 1, 1)

        self.edit_meeting_button = QPushButton(MeetingsPanel)
        self.edit_meeting_button.setObjectName(u"edit_meeting_button")

        self.meeting_buttons.addWidget(self.edit_meeting_button, 1, 0, 1, 1)

        self.delete_meeting_button = QPushButton(MeetingsPanel)
        self.delete_meeting_button.setObjectName(u"delete_meeting_button")

        self.meeting_buttons.addWidget(self.delete_meeting_button, 1, 1, 1, 1)

        self.organ_button = QPushButton(MeetingsPanel)
        self.organ_button.setObjectName(u"organ_button")

        self.meeting_buttons.addWidget(self.organ_button, 2, 0, 1, 2)


        self.meetings_layout.addLayout(self.meeting_buttons)


        self.retranslateUi(MeetingsPanel)

        QMetaObject.connectSlotsByName(MeetingsPanel)
    # setupUi

    def retranslateUi(self, MeetingsPanel):
        self.meetings_label.setText(QCoreApplication.translate("MeetingsPanel", u"<b>Sammantr\u00e4den</b>", None))
#if QT_CONFIG(accessibility)
        self.meeting_table.setAccessibleName(QCoreApplication.translate("MeetingsPanel", u"Sammantr\u00e4den", None))
#endif // QT_CONFIG(accessibility)
        self.new_meeting_button.setText(QCoreApplication.translate("MeetingsPanel", u"Nytt\u2026", None))
#if QT_CONFIG(tooltip)
        self.new_meeting_button.setToolTip(QCoreApplication.translate("MeetingsPanel", u"Nytt sammantr\u00e4de med n\u00e4mndens st\u00e5ende \u00e4renden", None))
#endif // QT_CONFIG(tooltip)
        self.copy_meeting_button.setText(QCoreApplication.translate("MeetingsPanel", u"Nytt fr\u00e5n f\u00f6reg\u00e5ende\u2026", None))
#if QT_CONFIG(tooltip)
        self.copy_meeting_button.setToolTip(QCoreApplication.translate("MeetingsPanel", u"Nytt sammantr\u00e4de med det valda sammantr\u00e4dets uppgifter, st\u00e5ende \u00e4renden och rubriker", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.edit_meeting_button.setAccessibleName(QCoreApplication.translate("MeetingsPanel", u"\u00c4ndra sammantr\u00e4de", None))
#endif // QT_CONFIG(accessibility)
        self.edit_meeting_button.setText(QCoreApplication.translate("MeetingsPanel", u"\u00c4ndra\u2026", None))
#if QT_CONFIG(accessibility)
        self.delete_meeting_button.setAccessibleName(QCoreApplication.translate("MeetingsPanel", u"Ta bort sammantr\u00e4de", None))
#endif // QT_CONFIG(accessibility)
        self.delete_meeting_button.setText(QCoreApplication.translate("MeetingsPanel", u"Ta bort", None))
        self.organ_button.setText(QCoreApplication.translate("MeetingsPanel", u"N\u00e4mndens inst\u00e4llningar\u2026", None))
#if QT_CONFIG(tooltip)
        self.organ_button.setToolTip(QCoreApplication.translate("MeetingsPanel", u"St\u00e5ende \u00e4renden, dagar f\u00f6re sammantr\u00e4det, sekreterare", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

