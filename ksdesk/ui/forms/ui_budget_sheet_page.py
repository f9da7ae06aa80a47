# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'budget_sheet_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout)

class Ui_SheetPage(object):
    def setupUi(self, SheetPage):
        if not SheetPage.objectName():
            SheetPage.setObjectName(u"SheetPage")
        self.sheet_layout = QVBoxLayout(SheetPage)
        self.sheet_layout.setObjectName(u"sheet_layout")
        self.sheet_layout.setContentsMargins(0, 0, 0, 0)
        self.heading_layout = QHBoxLayout()
        self.heading_layout.setObjectName(u"heading_layout")
        self.sheet_heading = QLabel(SheetPage)
        self.sheet_heading.setObjectName(u"sheet_heading")
        self.sheet_heading.setTextFormat(Qt.TextFormat.RichText)
        self.sheet_heading.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.sheet_heading.sizePolicy().hasHeightForWidth())
        self.sheet_heading.setSizePolicy(sizePolicy)

        self.heading_layout.addWidget(self.sheet_heading)

        self.properties_button = QPushButton(SheetPage)
        self.properties_button.setObjectName(u"properties_button")

        self.heading_layout.addWidget(self.properties_button)

        self.export_button = QPushButton(SheetPage)
        self.export_button.setObjectName(u"export_button")

        self.heading_layout.addWidget(self.export_button)

        self.print_button = QPushButton(SheetPage)
        self.print_button.setObjectName(u"print_button")

        self.heading_layout.addWidget(self.print_button)


        self.sheet_layout.addLayout(self.heading_layout)

        self.row_bar = QHBoxLayout()
        self.row_bar.setObjectName(u"row_bar")
        self.row_label = QLabel(SheetPage)
        self.row_label.setObjectName(u"row_label")

        self.row_bar.addWidget(self.row_label)

        self.add_row_button = QPushButton(SheetPage)
        self.add_row_button.setObjectName(u"add_row_button")

        self.row_bar.addWidget(self.add_row_button)

        self.remove_row_button = QPushButton(SheetPage)
        self.remove_row_button.setObjectName(u"remove_row_button")

        self.row_bar.addWidget(self.remove_row_button)

        self.row_up_button = QPushButton(SheetPage)
        self.row_up_button.setObjectName(u"row_up_button")

        self.row_bar.addWidget(self.row_up_button)

        self.row_down_button = QPushButton(SheetPage)
        self.row_down_button.setObjectName(u"row_down_button")

        self.row_bar.addWidget(self.row_down_button)

        self.row_kind_combo = QComboBox(SheetPage)
        self.row_kind_combo.setObjectName(u"row_kind_combo")

        self.row_bar.addWidget(self.row_kind_combo)

        self.percent_row_check = QCheckBox(SheetPage)
        self.percent_row_check.setObjectName(u"percent_row_check")

        self.row_bar.addWidget(self.percent_row_check)

        self.row_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.row_bar.addItem(self.row_spacer)


        self.sheet_layout.addLayout(self.row_bar)

        self.column_bar = QHBoxLayout()
        self.column_bar.setObjectName(u"column_bar")
        self.column_label = QLabel(SheetPage)
        self.column_label.setObjectName(u"column_label")

        self.column_bar.addWidget(self.column_label)

        self.add_column_button = QPushButton(SheetPage)
        self.add_column_button.setObjectName(u"add_column_button")

        self.column_bar.addWidget(self.add_column_button)

        self.remove_column_button = QPushButton(SheetPage)
        self.remove_column_button.setObjectName(u"remove_column_button")

        self.column_bar.addWidget(self.remove_column_button)

        self.column_left_button = QPushButton(SheetPage)
        self.column_left_button.setObjectName(u"column_left_button")

        self.column_bar.addWidget(self.column_left_button)

        self.column_right_button = QPushButton(SheetPage)
        self.column_right_button.setObjectName(u"column_right_button")

        self.column_bar.addWidget(self.column_right_button)

        self.column_kind_combo = QComboBox(SheetPage)
        self.column_kind_combo.setObjectName(u"column_kind_combo")

        self.column_bar.addWidget(self.column_kind_combo)

        self.rename_column_button = QPushButton(SheetPage)
        self.rename_column_button.setObjectName(u"rename_column_button")

        self.column_bar.addWidget(self.rename_column_button)

        self.column_sums_button = QPushButton(SheetPage)
        self.column_sums_button.setObjectName(u"column_sums_button")

        self.column_bar.addWidget(self.column_sums_button)

        self.more_button = QPushButton(SheetPage)
        self.more_button.setObjectName(u"more_button")

        self.column_bar.addWidget(self.more_button)

        self.column_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.column_bar.addItem(self.column_spacer)


        self.sheet_layout.addLayout(self.column_bar)

        self.sheet_table = QTableView(SheetPage)
        self.sheet_table.setObjectName(u"sheet_table")

        self.sheet_layout.addWidget(self.sheet_table)

        self.entry_message = QLabel(SheetPage)
        self.entry_message.setObjectName(u"entry_message")
        self.entry_message.setWordWrap(True)

        self.sheet_layout.addWidget(self.entry_message)


        self.retranslateUi(SheetPage)

        QMetaObject.connectSlotsByName(SheetPage)
    # setupUi

    def retranslateUi(self, SheetPage):
        self.properties_button.setText(QCoreApplication.translate("SheetPage", u"Rubrik och enhet\u2026", None))
        self.export_button.setText(QCoreApplication.translate("SheetPage", u"Exportera till Excel\u2026", None))
#if QT_CONFIG(tooltip)
        self.export_button.setToolTip(QCoreApplication.translate("SheetPage", u"Spara som .xlsx med formler f\u00f6r summorna", None))
#endif // QT_CONFIG(tooltip)
        self.print_button.setText(QCoreApplication.translate("SheetPage", u"F\u00f6rhandsgranska och skriv ut\u2026", None))
#if QT_CONFIG(tooltip)
        self.print_button.setToolTip(QCoreApplication.translate("SheetPage", u"F\u00f6rhandsgranska och skriv ut budgetbladet (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.print_button.setShortcut(QCoreApplication.translate("SheetPage", u"Ctrl+P", None))
#endif // QT_CONFIG(shortcut)
        self.row_label.setText(QCoreApplication.translate("SheetPage", u"Rad:", None))
        self.add_row_button.setText(QCoreApplication.translate("SheetPage", u"Ny rad", None))
#if QT_CONFIG(tooltip)
        self.add_row_button.setToolTip(QCoreApplication.translate("SheetPage", u"L\u00e4gg till en rad under den markerade (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.add_row_button.setShortcut(QCoreApplication.translate("SheetPage", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.remove_row_button.setText(QCoreApplication.translate("SheetPage", u"Ta bort", None))
#if QT_CONFIG(tooltip)
        self.remove_row_button.setToolTip(QCoreApplication.translate("SheetPage", u"Ta bort den markerade raden", None))
#endif // QT_CONFIG(tooltip)
        self.row_up_button.setText(QCoreApplication.translate("SheetPage", u"Flytta upp", None))
#if QT_CONFIG(tooltip)
        self.row_up_button.setToolTip(QCoreApplication.translate("SheetPage", u"Flytta raden upp\u00e5t", None))
#endif // QT_CONFIG(tooltip)
        self.row_down_button.setText(QCoreApplication.translate("SheetPage", u"Flytta ned", None))
#if QT_CONFIG(tooltip)
        self.row_down_button.setToolTip(QCoreApplication.translate("SheetPage", u"Flytta raden ned\u00e5t", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.row_kind_combo.setToolTip(QCoreApplication.translate("SheetPage", u"Radtyp: en Summa summerar raderna i sitt block, en Delsumma raderna sedan f\u00f6reg\u00e5ende delsumma eller l\u00f6pande", None))
#endif // QT_CONFIG(tooltip)
        self.percent_row_check.setText(QCoreApplication.translate("SheetPage", u"Procentrad", None))
#if QT_CONFIG(tooltip)
        self.percent_row_check.setToolTip(QCoreApplication.translate("SheetPage", u"Raden inneh\u00e5ller procent och summeras aldrig", None))
#endif // QT_CONFIG(tooltip)
        self.column_label.setText(QCoreApplication.translate("SheetPage", u"Kolumn:", None))
        self.add_column_button.setText(QCoreApplication.translate("SheetPage", u"Ny kolumn", None))
#if QT_CONFIG(tooltip)
        self.add_column_button.setToolTip(QCoreApplication.translate("SheetPage", u"L\u00e4gg till en beloppskolumn till h\u00f6ger om den markerade", None))
#endif // QT_CONFIG(tooltip)
        self.remove_column_button.setText(QCoreApplication.translate("SheetPage", u"Ta bort", None))
#if QT_CONFIG(tooltip)
        self.remove_column_button.setToolTip(QCoreApplication.translate("SheetPage", u"Ta bort den markerade kolumnen", None))
#endif // QT_CONFIG(tooltip)
        self.column_left_button.setText(QCoreApplication.translate("SheetPage", u"Flytta v\u00e4nster", None))
#if QT_CONFIG(tooltip)
        self.column_left_button.setToolTip(QCoreApplication.translate("SheetPage", u"Flytta kolumnen \u00e5t v\u00e4nster", None))
#endif // QT_CONFIG(tooltip)
        self.column_right_button.setText(QCoreApplication.translate("SheetPage", u"Flytta h\u00f6ger", None))
#if QT_CONFIG(tooltip)
        self.column_right_button.setToolTip(QCoreApplication.translate("SheetPage", u"Flytta kolumnen \u00e5t h\u00f6ger", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.column_kind_combo.setToolTip(QCoreApplication.translate("SheetPage", u"Kolumntyp: koder h\u00e5lls som text s\u00e5 att 0032 f\u00f6rblir 0032", None))
#endif // QT_CONFIG(tooltip)
        self.rename_column_button.setText(QCoreApplication.translate("SheetPage", u"Rubrik\u2026", None))
#if QT_CONFIG(tooltip)
        self.rename_column_button.setToolTip(QCoreApplication.translate("SheetPage", u"Byt kolumnens rubrik (eller dubbelklicka p\u00e5 rubriken)", None))
#endif // QT_CONFIG(tooltip)
        self.column_sums_button.setText(QCoreApplication.translate("SheetPage", u"Summerar\u2026", None))
#if QT_CONFIG(tooltip)
        self.column_sums_button.setToolTip(QCoreApplication.translate("SheetPage", u"Ange vilka kolumner den h\u00e4r kolumnen \u00e4r summan av", None))
#endif // QT_CONFIG(tooltip)
        self.more_button.setText(QCoreApplication.translate("SheetPage", u"Mer", None))
#if QT_CONFIG(tooltip)
        self.more_button.setToolTip(QCoreApplication.translate("SheetPage", u"Det som inte f\u00e5r plats i f\u00f6nstret: flytta rader och kolumner, radtyp, procentrad, kolumntyp, kolumnrubrik, summering, rubrik och enhet, export till Excel", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.sheet_table.setAccessibleName(QCoreApplication.translate("SheetPage", u"Bladets rader och kolumner", None))
#endif // QT_CONFIG(accessibility)
        self.entry_message.setText("")
        pass
    # retranslateUi

