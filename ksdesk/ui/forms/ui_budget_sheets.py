# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'budget_sheets.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListView,
    QPushButton, QSizePolicy, QToolButton, QVBoxLayout)

class Ui_SheetsPanel(object):
    def setupUi(self, SheetsPanel):
        if not SheetsPanel.objectName():
            SheetsPanel.setObjectName(u"SheetsPanel")
        self.sheets_layout = QVBoxLayout(SheetsPanel)
        self.sheets_layout.setObjectName(u"sheets_layout")
        self.sheets_layout.setContentsMargins(0, 0, 0, 0)
        self.sheets_heading = QHBoxLayout()
        self.sheets_heading.setObjectName(u"sheets_heading")
        self.sheets_label = QLabel(SheetsPanel)
        self.sheets_label.setObjectName(u"sheets_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.sheets_label.sizePolicy().hasHeightForWidth())
        self.sheets_label.setSizePolicy(sizePolicy)

        self.sheets_heading.addWidget(self.sheets_label)

        self.fold_button = QToolButton(SheetsPanel)
        self.fold_button.setObjectName(u"fold_button")

        self.sheets_heading.addWidget(self.fold_button)


        self.sheets_layout.addLayout(self.sheets_heading)

        self.sheet_list = QListView(SheetsPanel)
        self.sheet_list.setObjectName(u"sheet_list")
        self.sheet_list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.sheet_list.setWordWrap(True)

        self.sheets_layout.addWidget(self.sheet_list)

        self.sheet_buttons = QHBoxLayout()
        self.sheet_buttons.setObjectName(u"sheet_buttons")
        self.new_sheet_button = QPushButton(SheetsPanel)
        self.new_sheet_button.setObjectName(u"new_sheet_button")

        self.sheet_buttons.addWidget(self.new_sheet_button)

        self.import_button = QPushButton(SheetsPanel)
        self.import_button.setObjectName(u"import_button")

        self.sheet_buttons.addWidget(self.import_button)

        self.delete_sheet_button = QPushButton(SheetsPanel)
        self.delete_sheet_button.setObjectName(u"delete_sheet_button")

        self.sheet_buttons.addWidget(self.delete_sheet_button)


        self.sheets_layout.addLayout(self.sheet_buttons)

        self.paste_button = QPushButton(SheetsPanel)
        self.paste_button.setObjectName(u"paste_button")

        self.sheets_layout.addWidget(self.paste_button)


        self.retranslateUi(SheetsPanel)

        QMetaObject.connectSlotsByName(SheetsPanel)
    # setupUi

    def retranslateUi(self, SheetsPanel):
        self.sheets_label.setText(QCoreApplication.translate("SheetsPanel", u"<b>Budgetblad</b>", None))
#if QT_CONFIG(accessibility)
        self.fold_button.setAccessibleName(QCoreApplication.translate("SheetsPanel", u"D\u00f6lj budgetbladen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sheet_list.setAccessibleName(QCoreApplication.translate("SheetsPanel", u"Budgetblad", None))
#endif // QT_CONFIG(accessibility)
        self.new_sheet_button.setText(QCoreApplication.translate("SheetsPanel", u"Nytt\u2026", None))
#if QT_CONFIG(tooltip)
        self.new_sheet_button.setToolTip(QCoreApplication.translate("SheetsPanel", u"Skapa ett nytt budgetblad", None))
#endif // QT_CONFIG(tooltip)
        self.import_button.setText(QCoreApplication.translate("SheetsPanel", u"Importera\u2026", None))
#if QT_CONFIG(tooltip)
        self.import_button.setToolTip(QCoreApplication.translate("SheetsPanel", u"L\u00e4s in ett blad fr\u00e5n Excel (.xlsx) eller CSV", None))
#endif // QT_CONFIG(tooltip)
        self.delete_sheet_button.setText(QCoreApplication.translate("SheetsPanel", u"Ta bort", None))
#if QT_CONFIG(tooltip)
        self.delete_sheet_button.setToolTip(QCoreApplication.translate("SheetsPanel", u"Ta bort det valda budgetbladet (kan \u00e5ngras)", None))
#endif // QT_CONFIG(tooltip)
        self.paste_button.setText(QCoreApplication.translate("SheetsPanel", u"Klistra in tabell\u2026", None))
#if QT_CONFIG(tooltip)
        self.paste_button.setToolTip(QCoreApplication.translate("SheetsPanel", u"L\u00e4s in en tabell som kopierats ur en PDF (eller ur Excel) som ett nytt budgetblad", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

