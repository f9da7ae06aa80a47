# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'skyddade_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout)

class Ui_SkyddadeDialog(object):
    def setupUi(self, SkyddadeDialog):
        if not SkyddadeDialog.objectName():
            SkyddadeDialog.setObjectName(u"SkyddadeDialog")
        SkyddadeDialog.resize(860, 520)
        self.main_layout = QVBoxLayout(SkyddadeDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(SkyddadeDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)
        self.intro_label.setTextFormat(Qt.TextFormat.RichText)

        self.main_layout.addWidget(self.intro_label)

        self.person_table = QTableView(SkyddadeDialog)
        self.person_table.setObjectName(u"person_table")

        self.main_layout.addWidget(self.person_table)

        self.edit_layout = QFormLayout()
        self.edit_layout.setObjectName(u"edit_layout")
        self.namn_label = QLabel(SkyddadeDialog)
        self.namn_label.setObjectName(u"namn_label")

        self.edit_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.namn_label)

        self.namn_edit = QLineEdit(SkyddadeDialog)
        self.namn_edit.setObjectName(u"namn_edit")

        self.edit_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.namn_edit)

        self.adress_label = QLabel(SkyddadeDialog)
        self.adress_label.setObjectName(u"adress_label")

        self.edit_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.adress_label)

        self.adress_edit = QLineEdit(SkyddadeDialog)
        self.adress_edit.setObjectName(u"adress_edit")

        self.edit_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.adress_edit)

        self.personnummer_label = QLabel(SkyddadeDialog)
        self.personnummer_label.setObjectName(u"personnummer_label")

        self.edit_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.personnummer_label)

        self.personnummer_edit = QLineEdit(SkyddadeDialog)
        self.personnummer_edit.setObjectName(u"personnummer_edit")

        self.edit_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.personnummer_edit)

        self.telefon_label = QLabel(SkyddadeDialog)
        self.telefon_label.setObjectName(u"telefon_label")

        self.edit_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.telefon_label)

        self.telefon_edit = QLineEdit(SkyddadeDialog)
        self.telefon_edit.setObjectName(u"telefon_edit")

        self.edit_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.telefon_edit)

        self.anteckning_label = QLabel(SkyddadeDialog)
        self.anteckning_label.setObjectName(u"anteckning_label")

        self.edit_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.anteckning_label)

        self.anteckning_edit = QLineEdit(SkyddadeDialog)
        self.anteckning_edit.setObjectName(u"anteckning_edit")

        self.edit_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.anteckning_edit)


        self.main_layout.addLayout(self.edit_layout)

        self.status_label = QLabel(SkyddadeDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.main_layout.addWidget(self.status_label)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.new_button = QPushButton(SkyddadeDialog)
        self.new_button.setObjectName(u"new_button")

        self.button_layout.addWidget(self.new_button)

        self.save_button = QPushButton(SkyddadeDialog)
        self.save_button.setObjectName(u"save_button")

        self.button_layout.addWidget(self.save_button)

        self.delete_button = QPushButton(SkyddadeDialog)
        self.delete_button.setObjectName(u"delete_button")

        self.button_layout.addWidget(self.delete_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.close_button = QPushButton(SkyddadeDialog)
        self.close_button.setObjectName(u"close_button")

        self.button_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.button_layout)

#if QT_CONFIG(shortcut)
        self.namn_label.setBuddy(self.namn_edit)
        self.adress_label.setBuddy(self.adress_edit)
        self.personnummer_label.setBuddy(self.personnummer_edit)
        self.telefon_label.setBuddy(self.telefon_edit)
        self.anteckning_label.setBuddy(self.anteckning_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SkyddadeDialog)

        QMetaObject.connectSlotsByName(SkyddadeDialog)
    # setupUi

    def retranslateUi(self, SkyddadeDialog):
        SkyddadeDialog.setWindowTitle(QCoreApplication.translate("SkyddadeDialog", u"Skyddade personuppgifter", None))
#if QT_CONFIG(accessibility)
        self.person_table.setAccessibleName(QCoreApplication.translate("SkyddadeDialog", u"Personer med skyddade personuppgifter", None))
#endif // QT_CONFIG(accessibility)
        self.namn_label.setText(QCoreApplication.translate("SkyddadeDialog", u"&Namn:", None))
        self.namn_edit.setPlaceholderText(QCoreApplication.translate("SkyddadeDialog", u"F\u00f6r- och efternamn", None))
        self.adress_label.setText(QCoreApplication.translate("SkyddadeDialog", u"A&dress:", None))
        self.adress_edit.setPlaceholderText(QCoreApplication.translate("SkyddadeDialog", u"Valfri: gatuadress, postnummer och ort", None))
        self.personnummer_label.setText(QCoreApplication.translate("SkyddadeDialog", u"&Personnummer:", None))
        self.personnummer_edit.setPlaceholderText(QCoreApplication.translate("SkyddadeDialog", u"Valfritt: \u00c5\u00c5\u00c5\u00c5MMDD-NNNN", None))
        self.telefon_label.setText(QCoreApplication.translate("SkyddadeDialog", u"T&elefon:", None))
        self.telefon_edit.setPlaceholderText(QCoreApplication.translate("SkyddadeDialog", u"Valfritt: 0240-866 56, eller anknytningen (86656)", None))
        self.anteckning_label.setText(QCoreApplication.translate("SkyddadeDialog", u"A&nteckning:", None))
        self.anteckning_edit.setPlaceholderText(QCoreApplication.translate("SkyddadeDialog", u"Varifr\u00e5n uppgiften kommer, hur l\u00e4nge den g\u00e4ller", None))
        self.new_button.setText(QCoreApplication.translate("SkyddadeDialog", u"N&y person", None))
        self.save_button.setText(QCoreApplication.translate("SkyddadeDialog", u"&Spara", None))
        self.delete_button.setText(QCoreApplication.translate("SkyddadeDialog", u"&Ta bort", None))
        self.close_button.setText(QCoreApplication.translate("SkyddadeDialog", u"St\u00e4ng", None))
    # retranslateUi

