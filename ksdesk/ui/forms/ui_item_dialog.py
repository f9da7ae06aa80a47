# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'item_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox,
    QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QRadioButton,
    QVBoxLayout)

class Ui_ItemDialog(object):
    def setupUi(self, ItemDialog):
        if not ItemDialog.objectName():
            ItemDialog.setObjectName(u"ItemDialog")
        ItemDialog.setMinimumSize(QSize(600, 0))
        self.main_layout = QVBoxLayout(ItemDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.title_label = QLabel(ItemDialog)
        self.title_label.setObjectName(u"title_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_edit = QLineEdit(ItemDialog)
        self.title_edit.setObjectName(u"title_edit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title_edit)

        self.dnr_label = QLabel(ItemDialog)
        self.dnr_label.setObjectName(u"dnr_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dnr_label)

        self.dnr_layout = QVBoxLayout()
        self.dnr_layout.setObjectName(u"dnr_layout")
        self.dnr_edit = QLineEdit(ItemDialog)
        self.dnr_edit.setObjectName(u"dnr_edit")

        self.dnr_layout.addWidget(self.dnr_edit)

        self.dnr_warning = QLabel(ItemDialog)
        self.dnr_warning.setObjectName(u"dnr_warning")
        self.dnr_warning.setWordWrap(True)

        self.dnr_layout.addWidget(self.dnr_warning)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.dnr_layout)

        self.kind_label = QLabel(ItemDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(ItemDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.presenter_label = QLabel(ItemDialog)
        self.presenter_label.setObjectName(u"presenter_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.presenter_label)

        self.presenter_edit = QLineEdit(ItemDialog)
        self.presenter_edit.setObjectName(u"presenter_edit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.presenter_edit)

        self.time_slot_label = QLabel(ItemDialog)
        self.time_slot_label.setObjectName(u"time_slot_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.time_slot_label)

        self.time_slot_edit = QLineEdit(ItemDialog)
        self.time_slot_edit.setObjectName(u"time_slot_edit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.time_slot_edit)

        self.proposal_label = QLabel(ItemDialog)
        self.proposal_label.setObjectName(u"proposal_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.proposal_label)

        self.proposal_edit = QPlainTextEdit(ItemDialog)
        self.proposal_edit.setObjectName(u"proposal_edit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.proposal_edit)

        self.publish_label = QLabel(ItemDialog)
        self.publish_label.setObjectName(u"publish_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.publish_label)

        self.publish_layout = QVBoxLayout()
        self.publish_layout.setObjectName(u"publish_layout")
        self.open_radio = QRadioButton(ItemDialog)
        self.open_radio.setObjectName(u"open_radio")
        self.open_radio.setChecked(True)

        self.publish_layout.addWidget(self.open_radio)

        self.not_in_full_layout = QHBoxLayout()
        self.not_in_full_layout.setObjectName(u"not_in_full_layout")
        self.not_in_full_radio = QRadioButton(ItemDialog)
        self.not_in_full_radio.setObjectName(u"not_in_full_radio")

        self.not_in_full_layout.addWidget(self.not_in_full_radio)

        self.not_in_full_edit = QLineEdit(ItemDialog)
        self.not_in_full_edit.setObjectName(u"not_in_full_edit")

        self.not_in_full_layout.addWidget(self.not_in_full_edit)


        self.publish_layout.addLayout(self.not_in_full_layout)

        self.secret_layout = QHBoxLayout()
        self.secret_layout.setObjectName(u"secret_layout")
        self.secret_radio = QRadioButton(ItemDialog)
        self.secret_radio.setObjectName(u"secret_radio")

        self.secret_layout.addWidget(self.secret_radio)

        self.secrecy_ref_edit = QLineEdit(ItemDialog)
        self.secrecy_ref_edit.setObjectName(u"secrecy_ref_edit")

        self.secret_layout.addWidget(self.secrecy_ref_edit)


        self.publish_layout.addLayout(self.secret_layout)


        self.form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.publish_layout)

        self.public_title_label = QLabel(ItemDialog)
        self.public_title_label.setObjectName(u"public_title_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.public_title_label)

        self.public_title_edit = QLineEdit(ItemDialog)
        self.public_title_edit.setObjectName(u"public_title_edit")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.public_title_edit)

        self.standard_check = QCheckBox(ItemDialog)
        self.standard_check.setObjectName(u"standard_check")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.standard_check)

        self.history_title = QLabel(ItemDialog)
        self.history_title.setObjectName(u"history_title")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.history_title)

        self.history_label = QLabel(ItemDialog)
        self.history_label.setObjectName(u"history_label")
        self.history_label.setTextFormat(Qt.TextFormat.RichText)
        self.history_label.setWordWrap(True)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.history_label)


        self.main_layout.addLayout(self.form)

        self.message_label = QLabel(ItemDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.main_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(ItemDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.title_label.setBuddy(self.title_edit)
        self.dnr_label.setBuddy(self.dnr_edit)
        self.kind_label.setBuddy(self.kind_combo)
        self.presenter_label.setBuddy(self.presenter_edit)
        self.time_slot_label.setBuddy(self.time_slot_edit)
        self.proposal_label.setBuddy(self.proposal_edit)
        self.public_title_label.setBuddy(self.public_title_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ItemDialog)

        QMetaObject.connectSlotsByName(ItemDialog)
    # setupUi

    def retranslateUi(self, ItemDialog):
        ItemDialog.setWindowTitle(QCoreApplication.translate("ItemDialog", u"\u00c4rende", None))
        self.title_label.setText(QCoreApplication.translate("ItemDialog", u"&Rubrik", None))
        self.dnr_label.setText(QCoreApplication.translate("ItemDialog", u"&Dnr", None))
        self.dnr_edit.setPlaceholderText(QCoreApplication.translate("ItemDialog", u"T.ex. KS 2020/434", None))
        self.kind_label.setText(QCoreApplication.translate("ItemDialog", u"&Typ", None))
        self.presenter_label.setText(QCoreApplication.translate("ItemDialog", u"&F\u00f6redragande", None))
        self.time_slot_label.setText(QCoreApplication.translate("ItemDialog", u"T&id", None))
        self.time_slot_edit.setPlaceholderText(QCoreApplication.translate("ItemDialog", u"T.ex. 13.00\u201313.20 (frivilligt)", None))
        self.proposal_label.setText(QCoreApplication.translate("ItemDialog", u"F\u00f6rslag till &beslut", None))
        self.publish_label.setText(QCoreApplication.translate("ItemDialog", u"Publicering", None))
        self.open_radio.setText(QCoreApplication.translate("ItemDialog", u"&Publiceras i sin helhet", None))
        self.not_in_full_radio.setText(QCoreApplication.translate("ItemDialog", u"Publiceras i&nte i sin helhet:", None))
#if QT_CONFIG(tooltip)
        self.not_in_full_radio.setToolTip(QCoreApplication.translate("ItemDialog", u"Personuppgifter (dataskyddsf\u00f6rordningen), ingen sekretess: rubrik och Dnr visas i de offentliga versionerna med meningen h\u00e4r bredvid, men inte tj\u00e4nsteskrivelse, f\u00f6rslag, beslutstext eller bilagor", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.not_in_full_edit.setAccessibleName(QCoreApplication.translate("ItemDialog", u"Mening i st\u00e4llet f\u00f6r \u00e4rendets texter", None))
#endif // QT_CONFIG(accessibility)
        self.secret_radio.setText(QCoreApplication.translate("ItemDialog", u"&Omfattas av sekretess enligt", None))
#if QT_CONFIG(tooltip)
        self.secret_radio.setToolTip(QCoreApplication.translate("ItemDialog", u"Sekretess enligt offentlighets- och sekretesslagen: de offentliga versionerna visar bara numret och en neutral rubrik, varken rubrik eller Dnr", None))
#endif // QT_CONFIG(tooltip)
        self.secrecy_ref_edit.setPlaceholderText(QCoreApplication.translate("ItemDialog", u"T.ex. 21 kap. 1 \u00a7 OSL", None))
#if QT_CONFIG(accessibility)
        self.secrecy_ref_edit.setAccessibleName(QCoreApplication.translate("ItemDialog", u"Paragraf i OSL", None))
#endif // QT_CONFIG(accessibility)
        self.public_title_label.setText(QCoreApplication.translate("ItemDialog", u"Offentli&g rubrik", None))
        self.public_title_edit.setPlaceholderText(QCoreApplication.translate("ItemDialog", u"T.ex. \u00c4rende enligt socialtj\u00e4nstlagen (frivilligt)", None))
#if QT_CONFIG(tooltip)
        self.public_title_edit.setToolTip(QCoreApplication.translate("ItemDialog", u"Visas i st\u00e4llet f\u00f6r rubriken i alla offentliga versioner", None))
#endif // QT_CONFIG(tooltip)
        self.standard_check.setText(QCoreApplication.translate("ItemDialog", u"S&t\u00e5ende \u00e4rende", None))
        self.history_title.setText(QCoreApplication.translate("ItemDialog", u"\u00c4rendets g\u00e5ng", None))
#if QT_CONFIG(tooltip)
        self.history_label.setToolTip(QCoreApplication.translate("ItemDialog", u"De sammantr\u00e4den d\u00e4r \u00e4rendet har behandlats tidigare (\u00e5terremiss, bordl\u00e4ggning) och var det tas upp igen", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

