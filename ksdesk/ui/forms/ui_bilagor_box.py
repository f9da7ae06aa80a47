# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'bilagor_box.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QHBoxLayout, QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QToolButton, QVBoxLayout)

class Ui_BilagorBox(object):
    def setupUi(self, BilagorBox):
        if not BilagorBox.objectName():
            BilagorBox.setObjectName(u"BilagorBox")
        self.bilagor_layout = QVBoxLayout(BilagorBox)
        self.bilagor_layout.setObjectName(u"bilagor_layout")
        self.bilaga_table = QTableView(BilagorBox)
        self.bilaga_table.setObjectName(u"bilaga_table")

        self.bilagor_layout.addWidget(self.bilaga_table)

        self.bilaga_buttons = QHBoxLayout()
        self.bilaga_buttons.setObjectName(u"bilaga_buttons")
        self.attach_pdf_button = QPushButton(BilagorBox)
        self.attach_pdf_button.setObjectName(u"attach_pdf_button")

        self.bilaga_buttons.addWidget(self.attach_pdf_button)

        self.attach_ref_button = QPushButton(BilagorBox)
        self.attach_ref_button.setObjectName(u"attach_ref_button")

        self.bilaga_buttons.addWidget(self.attach_ref_button)

        self.edit_bilaga_button = QPushButton(BilagorBox)
        self.edit_bilaga_button.setObjectName(u"edit_bilaga_button")

        self.bilaga_buttons.addWidget(self.edit_bilaga_button)

        self.remove_bilaga_button = QPushButton(BilagorBox)
        self.remove_bilaga_button.setObjectName(u"remove_bilaga_button")

        self.bilaga_buttons.addWidget(self.remove_bilaga_button)

        self.bilaga_up_button = QToolButton(BilagorBox)
        self.bilaga_up_button.setObjectName(u"bilaga_up_button")

        self.bilaga_buttons.addWidget(self.bilaga_up_button)

        self.bilaga_down_button = QToolButton(BilagorBox)
        self.bilaga_down_button.setObjectName(u"bilaga_down_button")

        self.bilaga_buttons.addWidget(self.bilaga_down_button)

        self.bilaga_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bilaga_buttons.addItem(self.bilaga_spacer)


        self.bilagor_layout.addLayout(self.bilaga_buttons)


        self.retranslateUi(BilagorBox)

        QMetaObject.connectSlotsByName(BilagorBox)
    # setupUi

    def retranslateUi(self, BilagorBox):
        BilagorBox.setTitle(QCoreApplication.translate("BilagorBox", u"Bilagor till valt \u00e4rende", None))
#if QT_CONFIG(accessibility)
        self.bilaga_table.setAccessibleName(QCoreApplication.translate("BilagorBox", u"Bilagor", None))
#endif // QT_CONFIG(accessibility)
        self.attach_pdf_button.setText(QCoreApplication.translate("BilagorBox", u"Bifoga PDF\u2026", None))
        self.attach_ref_button.setText(QCoreApplication.translate("BilagorBox", u"Bifoga fr\u00e5n ksdesk\u2026", None))
#if QT_CONFIG(tooltip)
        self.attach_ref_button.setToolTip(QCoreApplication.translate("BilagorBox", u"Ett budgetblad, delegationsordningen, ett dokument eller ett delegationsbeslut", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.edit_bilaga_button.setAccessibleName(QCoreApplication.translate("BilagorBox", u"\u00c4ndra bilaga", None))
#endif // QT_CONFIG(accessibility)
        self.edit_bilaga_button.setText(QCoreApplication.translate("BilagorBox", u"\u00c4ndra\u2026", None))
#if QT_CONFIG(accessibility)
        self.remove_bilaga_button.setAccessibleName(QCoreApplication.translate("BilagorBox", u"Ta bort bilaga", None))
#endif // QT_CONFIG(accessibility)
        self.remove_bilaga_button.setText(QCoreApplication.translate("BilagorBox", u"Ta bort", None))
#if QT_CONFIG(accessibility)
        self.bilaga_up_button.setAccessibleName(QCoreApplication.translate("BilagorBox", u"Flytta bilagan upp", None))
#endif // QT_CONFIG(accessibility)
        self.bilaga_up_button.setText(QCoreApplication.translate("BilagorBox", u"\u25b2", None))
#if QT_CONFIG(tooltip)
        self.bilaga_up_button.setToolTip(QCoreApplication.translate("BilagorBox", u"Flytta upp", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.bilaga_down_button.setAccessibleName(QCoreApplication.translate("BilagorBox", u"Flytta bilagan ned", None))
#endif // QT_CONFIG(accessibility)
        self.bilaga_down_button.setText(QCoreApplication.translate("BilagorBox", u"\u25bc", None))
#if QT_CONFIG(tooltip)
        self.bilaga_down_button.setToolTip(QCoreApplication.translate("BilagorBox", u"Flytta ned", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

