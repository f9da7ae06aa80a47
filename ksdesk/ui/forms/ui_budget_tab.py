# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'budget_tab.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QListView, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QVBoxLayout, QWidget)

class Ui_BudgetTab(object):
    def setupUi(self, BudgetTab):
        if not BudgetTab.objectName():
            BudgetTab.setObjectName(u"BudgetTab")
        self.main_layout = QVBoxLayout(BudgetTab)
        self.main_layout.setObjectName(u"main_layout")
        self.splitter = QSplitter(BudgetTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.sheets_panel = QWidget(self.splitter)
        self.sheets_panel.setObjectName(u"sheets_panel")
        self.sheets_layout = QVBoxLayout(self.sheets_panel)
        self.sheets_layout.setObjectName(u"sheets_layout")
        self.sheets_layout.setContentsMargins(0, 0, 0, 0)
        self.sheets_label = QLabel(self.sheets_panel)
        self.sheets_label.setObjectName(u"sheets_label")

        self.sheets_layout.addWidget(self.sheets_label)

        self.sheet_list = QListView(self.sheets_panel)
        self.sheet_list.setObjectName(u"sheet_list")

        self.sheets_layout.addWidget(self.sheet_list)

        self.sheet_buttons = QHBoxLayout()
        self.sheet_buttons.setObjectName(u"sheet_buttons")
        self.new_sheet_button = QPushButton(self.sheets_panel)
        self.new_sheet_button.setObjectName(u"new_sheet_button")

        self.sheet_buttons.addWidget(self.new_sheet_button)

        self.import_button = QPushButton(self.sheets_panel)
        self.import_button.setObjectName(u"import_button")

        self.sheet_buttons.addWidget(self.import_button)

        self.delete_sheet_button = QPushButton(self.sheets_panel)
        self.delete_sheet_button.setObjectName(u"delete_sheet_button")

        self.sheet_buttons.addWidget(self.delete_sheet_button)


        self.sheets_layout.addLayout(self.sheet_buttons)

        self.splitter.addWidget(self.sheets_panel)
        self.sheet_panel = QWidget(self.splitter)
        self.sheet_panel.setObjectName(u"sheet_panel")
        self.sheet_layout = QVBoxLayout(self.sheet_panel)
        self.sheet_layout.setObjectName(u"sheet_layout")
        self.sheet_layout.setContentsMargins(0, 0, 0, 0)
        self.heading_layout = QHBoxLayout()
        self.heading_layout.setObjectName(u"heading_layout")
        self.sheet_heading = QLabel(self.sheet_panel)
        self.sheet_heading.setObjectName(u"sheet_heading")
        self.sheet_heading.setTextFormat(Qt.TextFormat.RichText)
        self.sheet_heading.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.sheet_heading.sizePolicy().hasHeightForWidth())
        self.sheet_heading.setSizePolicy(sizePolicy)

        self.heading_layout.addWidget(self.sheet_heading)

        self.properties_button = QPushButton(self.sheet_panel)
        self.properties_button.setObjectName(u"properties_button")

        self.heading_layout.addWidget(self.properties_button)

        self.export_button = QPushButton(self.sheet_panel)
        self.export_button.setObjectName(u"export_button")

        self.heading_layout.addWidget(self.export_button)

        self.print_button = QPushButton(self.sheet_panel)
        self.print_button.setObjectName(u"print_button")

        self.heading_layout.addWidget(self.print_button)


        self.sheet_layout.addLayout(self.heading_layout)

        self.row_bar = QHBoxLayout()
        self.row_bar.setObjectName(u"row_bar")
        self.row_label = QLabel(self.sheet_panel)
        self.row_label.setObjectName(u"row_label")

        self.row_bar.addWidget(self.row_label)

        self.add_row_button = QPushButton(self.sheet_panel)
        self.add_row_button.setObjectName(u"add_row_button")

        self.row_bar.addWidget(self.add_row_button)

        self.remove_row_button = QPushButton(self.sheet_panel)
        self.remove_row_button.setObjectName(u"remove_row_button")

        self.row_bar.addWidget(self.remove_row_button)

        self.row_up_button = QPushButton(self.sheet_panel)
        self.row_up_button.setObjectName(u"row_up_button")

        self.row_bar.addWidget(self.row_up_button)

        self.row_down_button = QPushButton(self.sheet_panel)
        self.row_down_button.setObjectName(u"row_down_button")

        self.row_bar.addWidget(self.row_down_button)

        self.row_kind_combo = QComboBox(self.sheet_panel)
        self.row_kind_combo.setObjectName(u"row_kind_combo")

        self.row_bar.addWidget(self.row_kind_combo)

        self.percent_row_check = QCheckBox(self.sheet_panel)
        self.percent_row_check.setObjectName(u"percent_row_check")

        self.row_bar.addWidget(self.percent_row_check)

        self.row_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.row_bar.addItem(self.row_spacer)


        self.sheet_layout.addLayout(self.row_bar)

        self.column_bar = QHBoxLayout()
        self.column_bar.setObjectName(u"column_bar")
        self.column_label = QLabel(self.sheet_panel)
        self.column_label.setObjectName(u"column_label")

        self.column_bar.addWidget(self.column_label)

        self.add_column_button = QPushButton(self.sheet_panel)
        self.add_column_button.setObjectName(u"add_column_button")

        self.column_bar.addWidget(self.add_column_button)

        self.remove_column_button = QPushButton(self.sheet_panel)
        self.remove_column_button.setObjectName(u"remove_column_button")

        self.column_bar.addWidget(self.remove_column_button)

        self.column_left_button = QPushButton(self.sheet_panel)
        self.column_left_button.setObjectName(u"column_left_button")

        self.column_bar.addWidget(self.column_left_button)

        self.column_right_button = QPushButton(self.sheet_panel)
        self.column_right_button.setObjectName(u"column_right_button")

        self.column_bar.addWidget(self.column_right_button)

        self.column_kind_combo = QComboBox(self.sheet_panel)
        self.column_kind_combo.setObjectName(u"column_kind_combo")

        self.column_bar.addWidget(self.column_kind_combo)

        self.rename_column_button = QPushButton(self.sheet_panel)
        self.rename_column_button.setObjectName(u"rename_column_button")

        self.column_bar.addWidget(self.rename_column_button)

        self.column_sums_button = QPushButton(self.sheet_panel)
        self.column_sums_button.setObjectName(u"column_sums_button")

        self.column_bar.addWidget(self.column_sums_button)

        self.column_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.column_bar.addItem(self.column_spacer)


        self.sheet_layout.addLayout(self.column_bar)

        self.sheet_table = QTableView(self.sheet_panel)
        self.sheet_table.setObjectName(u"sheet_table")

        self.sheet_layout.addWidget(self.sheet_table)

        self.entry_message = QLabel(self.sheet_panel)
        self.entry_message.setObjectName(u"entry_message")
        self.entry_message.setWordWrap(True)

        self.sheet_layout.addWidget(self.entry_message)

        self.splitter.addWidget(self.sheet_panel)
        self.findings_panel = QWidget(self.splitter)
        self.findings_panel.setObjectName(u"findings_panel")
        self.findings_layout = QVBoxLayout(self.findings_panel)
        self.findings_layout.setObjectName(u"findings_layout")
        self.findings_layout.setContentsMargins(0, 0, 0, 0)
        self.findings_label = QLabel(self.findings_panel)
        self.findings_label.setObjectName(u"findings_label")

        self.findings_layout.addWidget(self.findings_label)

        self.findings_table = QTableView(self.findings_panel)
        self.findings_table.setObjectName(u"findings_table")

        self.findings_layout.addWidget(self.findings_table)

        self.finding_detail = QLabel(self.findings_panel)
        self.finding_detail.setObjectName(u"finding_detail")
        self.finding_detail.setWordWrap(True)
        self.finding_detail.setTextFormat(Qt.TextFormat.PlainText)
        self.finding_detail.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.findings_layout.addWidget(self.finding_detail)

        self.splitter.addWidget(self.findings_panel)

        self.main_layout.addWidget(self.splitter)


        self.retranslateUi(BudgetTab)

        QMetaObject.connectSlotsByName(BudgetTab)
    # setupUi

    def retranslateUi(self, BudgetTab):
        self.sheets_label.setText(QCoreApplication.translate("BudgetTab", u"<b>Budgetblad</b>", None))
#if QT_CONFIG(accessibility)
        self.sheet_list.setAccessibleName(QCoreApplication.translate("BudgetTab", u"Budgetblad", None))
#endif // QT_CONFIG(accessibility)
        self.new_sheet_button.setText(QCoreApplication.translate("BudgetTab", u"Nytt\u2026", None))
#if QT_CONFIG(tooltip)
        self.new_sheet_button.setToolTip(QCoreApplication.translate("BudgetTab", u"Skapa ett nytt budgetblad", None))
#endif // QT_CONFIG(tooltip)
        self.import_button.setText(QCoreApplication.translate("BudgetTab", u"Importera\u2026", None))
#if QT_CONFIG(tooltip)
        self.import_button.setToolTip(QCoreApplication.translate("BudgetTab", u"L\u00e4s in ett blad fr\u00e5n Excel (.xlsx) eller CSV", None))
#endif // QT_CONFIG(tooltip)
        self.delete_sheet_button.setText(QCoreApplication.translate("BudgetTab", u"Ta bort", None))
#if QT_CONFIG(tooltip)
        self.delete_sheet_button.setToolTip(QCoreApplication.translate("BudgetTab", u"Ta bort det valda budgetbladet (kan \u00e5ngras)", None))
#endif // QT_CONFIG(tooltip)
        self.properties_button.setText(QCoreApplication.translate("BudgetTab", u"Rubrik och enhet\u2026", None))
        self.export_button.setText(QCoreApplication.translate("BudgetTab", u"Exportera till Excel\u2026", None))
#if QT_CONFIG(tooltip)
        self.export_button.setToolTip(QCoreApplication.translate("BudgetTab", u"Spara som .xlsx med formler f\u00f6r summorna", None))
#endif // QT_CONFIG(tooltip)
        self.print_button.setText(QCoreApplication.translate("BudgetTab", u"F\u00f6rhandsgranska och skriv ut\u2026", None))
#if QT_CONFIG(tooltip)
        self.print_button.setToolTip(QCoreApplication.translate("BudgetTab", u"F\u00f6rhandsgranska och skriv ut budgetbladet (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.print_button.setShortcut(QCoreApplication.translate("BudgetTab", u"Ctrl+P", None))
#endif // QT_CONFIG(shortcut)
        self.row_label.setText(QCoreApplication.translate("BudgetTab", u"Rad:", None))
        self.add_row_button.setText(QCoreApplication.translate("BudgetTab", u"Ny rad", None))
#if QT_CONFIG(tooltip)
        self.add_row_button.setToolTip(QCoreApplication.translate("BudgetTab", u"L\u00e4gg till en rad under den markerade (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.add_row_button.setShortcut(QCoreApplication.translate("BudgetTab", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.remove_row_button.setText(QCoreApplication.translate("BudgetTab", u"Ta bort", None))
#if QT_CONFIG(tooltip)
        self.remove_row_button.setToolTip(QCoreApplication.translate("BudgetTab", u"Ta bort den markerade raden", None))
#endif // QT_CONFIG(tooltip)
        self.row_up_button.setText(QCoreApplication.translate("BudgetTab", u"Flytta upp", None))
#if QT_CONFIG(tooltip)
        self.row_up_button.setToolTip(QCoreApplication.translate("BudgetTab", u"Flytta raden upp\u00e5t", None))
#endif // QT_CONFIG(tooltip)
        self.row_down_button.setText(QCoreApplication.translate("BudgetTab", u"Flytta ned", None))
#if QT_CONFIG(tooltip)
        self.row_down_button.setToolTip(QCoreApplication.translate("BudgetTab", u"Flytta raden ned\u00e5t", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.row_kind_combo.setToolTip(QCoreApplication.translate("BudgetTab", u"Radtyp: en Summa summerar raderna i sitt block, en Delsumma raderna sedan f\u00f6reg\u00e5ende delsumma eller l\u00f6pande", None))
#endif // QT_CONFIG(tooltip)
        self.percent_row_check.setText(QCoreApplication.translate("BudgetTab", u"Procentrad", None))
#if QT_CONFIG(tooltip)
        self.percent_row_check.setToolTip(QCoreApplication.translate("BudgetTab", u"Raden inneh\u00e5ller procent och summeras aldrig", None))
#endif // QT_CONFIG(tooltip)
        self.column_label.setText(QCoreApplication.translate("BudgetTab", u"Kolumn:", None))
        self.add_column_button.setText(QCoreApplication.translate("BudgetTab", u"Ny kolumn", None))
#if QT_CONFIG(tooltip)
        self.add_column_button.setToolTip(QCoreApplication.translate("BudgetTab", u"L\u00e4gg till en beloppskolumn till h\u00f6ger om den markerade", None))
#endif // QT_CONFIG(tooltip)
        self.remove_column_button.setText(QCoreApplication.translate("BudgetTab", u"Ta bort", None))
#if QT_CONFIG(tooltip)
        self.remove_column_button.setToolTip(QCoreApplication.translate("BudgetTab", u"Ta bort den markerade kolumnen", None))
#endif // QT_CONFIG(tooltip)
        self.column_left_button.setText(QCoreApplication.translate("BudgetTab", u"Flytta v\u00e4nster", None))
#if QT_CONFIG(tooltip)
        self.column_left_button.setToolTip(QCoreApplication.translate("BudgetTab", u"Flytta kolumnen \u00e5t v\u00e4nster", None))
#endif // QT_CONFIG(tooltip)
        self.column_right_button.setText(QCoreApplication.translate("BudgetTab", u"Flytta h\u00f6ger", None))
#if QT_CONFIG(tooltip)
        self.column_right_button.setToolTip(QCoreApplication.translate("BudgetTab", u"Flytta kolumnen \u00e5t h\u00f6ger", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.column_kind_combo.setToolTip(QCoreApplication.translate("BudgetTab", u"Kolumntyp: koder h\u00e5lls som text s\u00e5 att 0032 f\u00f6rblir 0032", None))
#endif // QT_CONFIG(tooltip)
        self.rename_column_button.setText(QCoreApplication.translate("BudgetTab", u"Rubrik\u2026", None))
#if QT_CONFIG(tooltip)
        self.rename_column_button.setToolTip(QCoreApplication.translate("BudgetTab", u"Byt kolumnens rubrik (eller dubbelklicka p\u00e5 rubriken)", None))
#endif // QT_CONFIG(tooltip)
        self.column_sums_button.setText(QCoreApplication.translate("BudgetTab", u"Summerar\u2026", None))
#if QT_CONFIG(tooltip)
        self.column_sums_button.setToolTip(QCoreApplication.translate("BudgetTab", u"Ange vilka kolumner den h\u00e4r kolumnen \u00e4r summan av", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.sheet_table.setAccessibleName(QCoreApplication.translate("BudgetTab", u"Bladets rader och kolumner", None))
#endif // QT_CONFIG(accessibility)
        self.entry_message.setText("")
        self.findings_label.setText(QCoreApplication.translate("BudgetTab", u"<b>Kontroll av summorna</b>", None))
#if QT_CONFIG(accessibility)
        self.findings_table.setAccessibleName(QCoreApplication.translate("BudgetTab", u"Kontroll av summorna", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.findings_table.setToolTip(QCoreApplication.translate("BudgetTab", u"Dubbelklicka f\u00f6r att g\u00e5 till cellen", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

