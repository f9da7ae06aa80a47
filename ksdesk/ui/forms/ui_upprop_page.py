# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'upprop_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout)

class Ui_UppropPage(object):
    def setupUi(self, UppropPage):
        if not UppropPage.objectName():
            UppropPage.setObjectName(u"UppropPage")
        self.upprop_layout = QVBoxLayout(UppropPage)
        self.upprop_layout.setObjectName(u"upprop_layout")
        self.upprop_help = QLabel(UppropPage)
        self.upprop_help.setObjectName(u"upprop_help")
        self.upprop_help.setWordWrap(True)

        self.upprop_layout.addWidget(self.upprop_help)

        self.upprop_table = QTableView(UppropPage)
        self.upprop_table.setObjectName(u"upprop_table")

        self.upprop_layout.addWidget(self.upprop_table)

        self.upprop_buttons = QHBoxLayout()
        self.upprop_buttons.setObjectName(u"upprop_buttons")
        self.add_person_button = QPushButton(UppropPage)
        self.add_person_button.setObjectName(u"add_person_button")

        self.upprop_buttons.addWidget(self.add_person_button)

        self.remove_person_button = QPushButton(UppropPage)
        self.remove_person_button.setObjectName(u"remove_person_button")

        self.upprop_buttons.addWidget(self.remove_person_button)

        self.forhinder_button = QPushButton(UppropPage)
        self.forhinder_button.setObjectName(u"forhinder_button")

        self.upprop_buttons.addWidget(self.forhinder_button)

        self.find_label = QLabel(UppropPage)
        self.find_label.setObjectName(u"find_label")

        self.upprop_buttons.addWidget(self.find_label)

        self.find_edit = QLineEdit(UppropPage)
        self.find_edit.setObjectName(u"find_edit")
        self.find_edit.setMaximumSize(QSize(220, 16777215))
        self.find_edit.setClearButtonEnabled(True)

        self.upprop_buttons.addWidget(self.find_edit)

        self.upprop_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.upprop_buttons.addItem(self.upprop_spacer)

        self.beslutsfor_label = QLabel(UppropPage)
        self.beslutsfor_label.setObjectName(u"beslutsfor_label")
        self.beslutsfor_label.setTextFormat(Qt.TextFormat.RichText)

        self.upprop_buttons.addWidget(self.beslutsfor_label)


        self.upprop_layout.addLayout(self.upprop_buttons)

        self.empty_label = QLabel(UppropPage)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setTextFormat(Qt.TextFormat.RichText)
        self.empty_label.setWordWrap(True)

        self.upprop_layout.addWidget(self.empty_label)

#if QT_CONFIG(shortcut)
        self.find_label.setBuddy(self.find_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(UppropPage)

        QMetaObject.connectSlotsByName(UppropPage)
    # setupUi

    def retranslateUi(self, UppropPage):
        self.upprop_help.setText(QCoreApplication.translate("UppropPage", u"Bocka i de n\u00e4rvarande. Ers\u00e4tter: ledamoten en ers\u00e4ttare tj\u00e4nstg\u00f6r f\u00f6r. N\u00e4rvaro: till exempel \u201d217\u2013219, 221\u2013223\u201d.", None))
#if QT_CONFIG(tooltip)
        self.upprop_help.setToolTip(QCoreApplication.translate("UppropPage", u"Bocka i vem som \u00e4r n\u00e4rvarande. En ers\u00e4ttare som tj\u00e4nstg\u00f6r i en ledamots st\u00e4lle anges under Ers\u00e4tter. Den som kommer, g\u00e5r och kommer tillbaka under m\u00f6tet f\u00e5r sina paragrafer under N\u00e4rvaro, till exempel \u201d217\u2013219, 221\u2013223\u201d (eller anv\u00e4nd L\u00e4mnar/\u00c5terkommer vid paragrafen).", None))
#endif // QT_CONFIG(tooltip)
        self.add_person_button.setText(QCoreApplication.translate("UppropPage", u"L\u00e4gg till person\u2026", None))
#if QT_CONFIG(tooltip)
        self.add_person_button.setToolTip(QCoreApplication.translate("UppropPage", u"En ers\u00e4ttare, tj\u00e4nstg\u00f6rande ledamot eller tj\u00e4nsteman; ledam\u00f6ter och ers\u00e4ttare kan sparas i n\u00e4mndens ledamotsregister", None))
#endif // QT_CONFIG(tooltip)
        self.remove_person_button.setText(QCoreApplication.translate("UppropPage", u"Ta bort", None))
        self.forhinder_button.setText(QCoreApplication.translate("UppropPage", u"F\u00f6rhinder\u2026", None))
#if QT_CONFIG(tooltip)
        self.forhinder_button.setToolTip(QCoreApplication.translate("UppropPage", u"Vem som har anm\u00e4lt f\u00f6rhinder och vilka ers\u00e4ttare som kallas in enligt inkallelseordningen", None))
#endif // QT_CONFIG(tooltip)
        self.find_label.setText(QCoreApplication.translate("UppropPage", u"S\u00f6&k namn:", None))
        self.find_edit.setPlaceholderText(QCoreApplication.translate("UppropPage", u"namn eller parti", None))
#if QT_CONFIG(tooltip)
        self.find_edit.setToolTip(QCoreApplication.translate("UppropPage", u"Visar bara de rader som st\u00e4mmer. Enter g\u00e5r till N\u00e4rvarande p\u00e5 f\u00f6rsta raden, d\u00e4r mellanslag bockar i eller ur; Esc visar alla igen", None))
#endif // QT_CONFIG(tooltip)
        self.beslutsfor_label.setText("")
        self.empty_label.setText("")
        pass
    # retranslateUi

