# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'bilaga_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QCheckBox, QComboBox,
    QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QListView, QVBoxLayout)

class Ui_BilagaDialog(object):
    def setupUi(self, BilagaDialog):
        if not BilagaDialog.objectName():
            BilagaDialog.setObjectName(u"BilagaDialog")
        BilagaDialog.setMinimumSize(QSize(520, 0))
        self.main_layout = QVBoxLayout(BilagaDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.source_label = QLabel(BilagaDialog)
        self.source_label.setObjectName(u"source_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.source_label)

        self.source_combo = QComboBox(BilagaDialog)
        self.source_combo.setObjectName(u"source_combo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.source_combo)

        self.filter_label = QLabel(BilagaDialog)
        self.filter_label.setObjectName(u"filter_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.filter_label)

        self.filter_edit = QLineEdit(BilagaDialog)
        self.filter_edit.setObjectName(u"filter_edit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.filter_edit)

        self.source_list = QListView(BilagaDialog)
        self.source_list.setObjectName(u"source_list")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.source_list)

        self.nr_label = QLabel(BilagaDialog)
        self.nr_label.setObjectName(u"nr_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.nr_label)

        self.nr_edit = QLineEdit(BilagaDialog)
        self.nr_edit.setObjectName(u"nr_edit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nr_edit)

        self.title_label = QLabel(BilagaDialog)
        self.title_label.setObjectName(u"title_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_edit = QLineEdit(BilagaDialog)
        self.title_edit.setObjectName(u"title_edit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.title_edit)

        self.title_hint = QLabel(BilagaDialog)
        self.title_hint.setObjectName(u"title_hint")
        self.title_hint.setWordWrap(True)
        self.title_hint.setStyleSheet(u"color: #555")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.title_hint)

        self.secret_label = QLabel(BilagaDialog)
        self.secret_label.setObjectName(u"secret_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.secret_label)

        self.secret_layout = QHBoxLayout()
        self.secret_layout.setObjectName(u"secret_layout")
        self.secret_check = QCheckBox(BilagaDialog)
        self.secret_check.setObjectName(u"secret_check")

        self.secret_layout.addWidget(self.secret_check)

        self.secrecy_ref_edit = QLineEdit(BilagaDialog)
        self.secrecy_ref_edit.setObjectName(u"secrecy_ref_edit")

        self.secret_layout.addWidget(self.secrecy_ref_edit)


        self.form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.secret_layout)

        self.secret_hint = QLabel(BilagaDialog)
        self.secret_hint.setObjectName(u"secret_hint")
        self.secret_hint.setStyleSheet(u"color: #555")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.secret_hint)


        self.main_layout.addLayout(self.form)

        self.button_box = QDialogButtonBox(BilagaDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.filter_label.setBuddy(self.filter_edit)
        self.nr_label.setBuddy(self.nr_edit)
        self.title_label.setBuddy(self.title_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BilagaDialog)

        QMetaObject.connectSlotsByName(BilagaDialog)
    # setupUi

    def retranslateUi(self, BilagaDialog):
        BilagaDialog.setWindowTitle(QCoreApplication.translate("BilagaDialog", u"Bilaga", None))
        self.source_label.setText(QCoreApplication.translate("BilagaDialog", u"K\u00e4lla", None))
        self.filter_label.setText(QCoreApplication.translate("BilagaDialog", u"&S\u00f6k", None))
        self.filter_edit.setPlaceholderText(QCoreApplication.translate("BilagaDialog", u"Filtrera listan", None))
#if QT_CONFIG(accessibility)
        self.source_list.setAccessibleName(QCoreApplication.translate("BilagaDialog", u"Dokument att bifoga", None))
#endif // QT_CONFIG(accessibility)
        self.nr_label.setText(QCoreApplication.translate("BilagaDialog", u"&Nr", None))
        self.nr_edit.setPlaceholderText(QCoreApplication.translate("BilagaDialog", u"L\u00e4mna tomt f\u00f6r automatisk numrering", None))
        self.title_label.setText(QCoreApplication.translate("BilagaDialog", u"&Rubrik", None))
        self.secret_label.setText(QCoreApplication.translate("BilagaDialog", u"Sekretess", None))
        self.secret_check.setText(QCoreApplication.translate("BilagaDialog", u"&Omfattas av sekretess enligt", None))
        self.secrecy_ref_edit.setPlaceholderText(QCoreApplication.translate("BilagaDialog", u"T.ex. 19 kap. 3 \u00a7 OSL", None))
        self.secret_hint.setText(QCoreApplication.translate("BilagaDialog", u"En sekretessmarkerad bilaga ing\u00e5r inte i den offentliga versionen.", None))
    # retranslateUi

