# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'delegation_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QStackedWidget, QTableView,
    QTreeView, QVBoxLayout, QWidget)

class Ui_DelegationTab(object):
    def setupUi(self, DelegationTab):
        if not DelegationTab.objectName():
            DelegationTab.setObjectName(u"DelegationTab")
        self.main_layout = QVBoxLayout(DelegationTab)
        self.main_layout.setObjectName(u"main_layout")
        self.version_row = QHBoxLayout()
        self.version_row.setObjectName(u"version_row")
        self.version_label = QLabel(DelegationTab)
        self.version_label.setObjectName(u"version_label")

        self.version_row.addWidget(self.version_label)

        self.version_combo = QComboBox(DelegationTab)
        self.version_combo.setObjectName(u"version_combo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.version_combo.sizePolicy().hasHeightForWidth())
        self.version_combo.setSizePolicy(sizePolicy)
        self.version_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.version_combo.setMinimumContentsLength(34)

        self.version_row.addWidget(self.version_combo)

        self.version_status = QLabel(DelegationTab)
        self.version_status.setObjectName(u"version_status")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.version_status.sizePolicy().hasHeightForWidth())
        self.version_status.setSizePolicy(sizePolicy1)
        self.version_status.setWordWrap(True)

        self.version_row.addWidget(self.version_status)

        self.new_draft_button = QPushButton(DelegationTab)
        self.new_draft_button.setObjectName(u"new_draft_button")

        self.version_row.addWidget(self.new_draft_button)

        self.import_button = QPushButton(DelegationTab)
        self.import_button.setObjectName(u"import_button")

        self.version_row.addWidget(self.import_button)

        self.adopt_button = QPushButton(DelegationTab)
        self.adopt_button.setObjectName(u"adopt_button")

        self.version_row.addWidget(self.adopt_button)

        self.renumber_button = QPushButton(DelegationTab)
        self.renumber_button.setObjectName(u"renumber_button")

        self.version_row.addWidget(self.renumber_button)


        self.main_layout.addLayout(self.version_row)

        self.filter_row = QHBoxLayout()
        self.filter_row.setObjectName(u"filter_row")
        self.search_label = QLabel(DelegationTab)
        self.search_label.setObjectName(u"search_label")

        self.filter_row.addWidget(self.search_label)

        self.search_edit = QLineEdit(DelegationTab)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(260)

        self.filter_row.addWidget(self.search_edit)

        self.delegat_label = QLabel(DelegationTab)
        self.delegat_label.setObjectName(u"delegat_label")

        self.filter_row.addWidget(self.delegat_label)

        self.delegat_combo = QComboBox(DelegationTab)
        self.delegat_combo.setObjectName(u"delegat_combo")
        self.delegat_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.delegat_combo.setMinimumContentsLength(20)

        self.filter_row.addWidget(self.delegat_combo)

        self.match_label = QLabel(DelegationTab)
        self.match_label.setObjectName(u"match_label")

        self.filter_row.addWidget(self.match_label)

        self.filter_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_row.addItem(self.filter_spacer)

        self.roles_button = QPushButton(DelegationTab)
        self.roles_button.setObjectName(u"roles_button")

        self.filter_row.addWidget(self.roles_button)

        self.beslut_button = QPushButton(DelegationTab)
        self.beslut_button.setObjectName(u"beslut_button")

        self.filter_row.addWidget(self.beslut_button)


        self.main_layout.addLayout(self.filter_row)

        self.compare_row = QHBoxLayout()
        self.compare_row.setObjectName(u"compare_row")
        self.compare_label = QLabel(DelegationTab)
        self.compare_label.setObjectName(u"compare_label")

        self.compare_row.addWidget(self.compare_label)

        self.compare_combo = QComboBox(DelegationTab)
        self.compare_combo.setObjectName(u"compare_combo")
        sizePolicy.setHeightForWidth(self.compare_combo.sizePolicy().hasHeightForWidth())
        self.compare_combo.setSizePolicy(sizePolicy)
        self.compare_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.compare_combo.setMinimumContentsLength(22)

        self.compare_row.addWidget(self.compare_combo)

        self.forteckning_button = QPushButton(DelegationTab)
        self.forteckning_button.setObjectName(u"forteckning_button")

        self.compare_row.addWidget(self.forteckning_button)

        self.compare_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.compare_row.addItem(self.compare_spacer)

        self.export_button = QPushButton(DelegationTab)
        self.export_button.setObjectName(u"export_button")

        self.compare_row.addWidget(self.export_button)

        self.print_button = QPushButton(DelegationTab)
        self.print_button.setObjectName(u"print_button")

        self.compare_row.addWidget(self.print_button)


        self.main_layout.addLayout(self.compare_row)

        self.splitter = QSplitter(DelegationTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.chapters_panel = QWidget(self.splitter)
        self.chapters_panel.setObjectName(u"chapters_panel")
        self.chapters_layout = QVBoxLayout(self.chapters_panel)
        self.chapters_layout.setObjectName(u"chapters_layout")
        self.chapters_layout.setContentsMargins(0, 0, 0, 0)
        self.chapters_label = QLabel(self.chapters_panel)
        self.chapters_label.setObjectName(u"chapters_label")

        self.chapters_layout.addWidget(self.chapters_label)

        self.chapter_tree = QTreeView(self.chapters_panel)
        self.chapter_tree.setObjectName(u"chapter_tree")
        self.chapter_tree.setHeaderHidden(True)
        self.chapter_tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        self.chapters_layout.addWidget(self.chapter_tree)

        self.chapter_buttons_row = QHBoxLayout()
        self.chapter_buttons_row.setObjectName(u"chapter_buttons_row")
        self.add_chapter_button = QPushButton(self.chapters_panel)
        self.add_chapter_button.setObjectName(u"add_chapter_button")

        self.chapter_buttons_row.addWidget(self.add_chapter_button)

        self.rename_chapter_button = QPushButton(self.chapters_panel)
        self.rename_chapter_button.setObjectName(u"rename_chapter_button")

        self.chapter_buttons_row.addWidget(self.rename_chapter_button)

        self.chapter_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.chapter_buttons_row.addItem(self.chapter_buttons_spacer)


        self.chapters_layout.addLayout(self.chapter_buttons_row)

        self.chapter_buttons_row_2 = QHBoxLayout()
        self.chapter_buttons_row_2.setObjectName(u"chapter_buttons_row_2")
        self.chapter_up_button = QPushButton(self.chapters_panel)
        self.chapter_up_button.setObjectName(u"chapter_up_button")

        self.chapter_buttons_row_2.addWidget(self.chapter_up_button)

        self.chapter_down_button = QPushButton(self.chapters_panel)
        self.chapter_down_button.setObjectName(u"chapter_down_button")

        self.chapter_buttons_row_2.addWidget(self.chapter_down_button)

        self.remove_chapter_button = QPushButton(self.chapters_panel)
        self.remove_chapter_button.setObjectName(u"remove_chapter_button")

        self.chapter_buttons_row_2.addWidget(self.remove_chapter_button)


        self.chapters_layout.addLayout(self.chapter_buttons_row_2)

        self.splitter.addWidget(self.chapters_panel)
        self.right_splitter = QSplitter(self.splitter)
        self.right_splitter.setObjectName(u"right_splitter")
        self.right_splitter.setOrientation(Qt.Orientation.Vertical)
        self.content_stack = QStackedWidget(self.right_splitter)
        self.content_stack.setObjectName(u"content_stack")
        self.points_panel = QWidget()
        self.points_panel.setObjectName(u"points_panel")
        self.points_layout = QVBoxLayout(self.points_panel)
        self.points_layout.setObjectName(u"points_layout")
        self.points_layout.setContentsMargins(0, -1, 0, -1)
        self.points_row = QHBoxLayout()
        self.points_row.setObjectName(u"points_row")
        self.points_label = QLabel(self.points_panel)
        self.points_label.setObjectName(u"points_label")

        self.points_row.addWidget(self.points_label)

        self.points_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.points_row.addItem(self.points_spacer)

        self.add_point_button = QPushButton(self.points_panel)
        self.add_point_button.setObjectName(u"add_point_button")

        self.points_row.addWidget(self.add_point_button)

        self.move_point_button = QPushButton(self.points_panel)
        self.move_point_button.setObjectName(u"move_point_button")

        self.points_row.addWidget(self.move_point_button)

        self.delete_point_button = QPushButton(self.points_panel)
        self.delete_point_button.setObjectName(u"delete_point_button")

        self.points_row.addWidget(self.delete_point_button)


        self.points_layout.addLayout(self.points_row)

        self.point_table = QTableView(self.points_panel)
        self.point_table.setObjectName(u"point_table")

        self.points_layout.addWidget(self.point_table)

        self.content_stack.addWidget(self.points_panel)
        self.right_splitter.addWidget(self.content_stack)
        self.findings_panel = QWidget(self.right_splitter)
        self.findings_panel.setObjectName(u"findings_panel")
        self.findings_layout = QVBoxLayout(self.findings_panel)
        self.findings_layout.setObjectName(u"findings_layout")
        self.findings_layout.setContentsMargins(0, 0, 0, 0)
        self.findings_row = QHBoxLayout()
        self.findings_row.setObjectName(u"findings_row")
        self.findings_label = QLabel(self.findings_panel)
        self.findings_label.setObjectName(u"findings_label")

        self.findings_row.addWidget(self.findings_label)

        self.findings_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.findings_row.addItem(self.findings_spacer)

        self.fix_button = QPushButton(self.findings_panel)
        self.fix_button.setObjectName(u"fix_button")

        self.findings_row.addWidget(self.fix_button)


        self.findings_layout.addLayout(self.findings_row)

        self.finding_table = QTableView(self.findings_panel)
        self.finding_table.setObjectName(u"finding_table")

        self.findings_layout.addWidget(self.finding_table)

        self.right_splitter.addWidget(self.findings_panel)
        self.splitter.addWidget(self.right_splitter)

        self.main_layout.addWidget(self.splitter)

        self.main_layout.setStretch(3, 1)

        self.retranslateUi(DelegationTab)

        QMetaObject.connectSlotsByName(DelegationTab)
    # setupUi

    def retranslateUi(self, DelegationTab):
        self.version_label.setText(QCoreApplication.translate("DelegationTab", u"Version:", None))
        self.new_draft_button.setText(QCoreApplication.translate("DelegationTab", u"Nytt utkast\u2026", None))
#if QT_CONFIG(tooltip)
        self.new_draft_button.setToolTip(QCoreApplication.translate("DelegationTab", u"Ett nytt utkast som utg\u00e5r fr\u00e5n den g\u00e4llande versionen", None))
#endif // QT_CONFIG(tooltip)
        self.import_button.setText(QCoreApplication.translate("DelegationTab", u"Importera\u2026", None))
#if QT_CONFIG(tooltip)
        self.import_button.setToolTip(QCoreApplication.translate("DelegationTab", u"L\u00e4s in en delegationsordning fr\u00e5n Word (.docx), Excel (.xlsx) eller CSV som ett nytt utkast", None))
#endif // QT_CONFIG(tooltip)
        self.adopt_button.setText(QCoreApplication.translate("DelegationTab", u"Anta\u2026", None))
#if QT_CONFIG(tooltip)
        self.adopt_button.setToolTip(QCoreApplication.translate("DelegationTab", u"Fyll i datum och paragraf n\u00e4r n\u00e4mnden har antagit utkastet", None))
#endif // QT_CONFIG(tooltip)
        self.renumber_button.setText(QCoreApplication.translate("DelegationTab", u"Numrera om\u2026", None))
        self.search_label.setText(QCoreApplication.translate("DelegationTab", u"S\u00f6k:", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("DelegationTab", u"S\u00f6k i alla f\u00e4lt (hittar \u00e4ven text med kyrilliska tecken)", None))
        self.delegat_label.setText(QCoreApplication.translate("DelegationTab", u"Delegat:", None))
        self.roles_button.setText(QCoreApplication.translate("DelegationTab", u"Roller\u2026", None))
        self.beslut_button.setText(QCoreApplication.translate("DelegationTab", u"Delegationsbeslut\u2026", None))
        self.compare_label.setText(QCoreApplication.translate("DelegationTab", u"J\u00e4mf\u00f6r med:", None))
        self.forteckning_button.setText(QCoreApplication.translate("DelegationTab", u"F\u00f6rteckning med revideringar\u2026", None))
        self.export_button.setText(QCoreApplication.translate("DelegationTab", u"Exportera\u2026", None))
#if QT_CONFIG(tooltip)
        self.export_button.setToolTip(QCoreApplication.translate("DelegationTab", u"Spara versionen som Word (.docx), Excel (.xlsx) eller CSV", None))
#endif // QT_CONFIG(tooltip)
        self.print_button.setText(QCoreApplication.translate("DelegationTab", u"Skriv ut\u2026", None))
#if QT_CONFIG(tooltip)
        self.print_button.setToolTip(QCoreApplication.translate("DelegationTab", u"F\u00f6rhandsgranska och skriv ut delegationsordningen, \u00e4ndringar gulmarkerade (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.print_button.setShortcut(QCoreApplication.translate("DelegationTab", u"Ctrl+P", None))
#endif // QT_CONFIG(shortcut)
        self.chapters_label.setText(QCoreApplication.translate("DelegationTab", u"<b>Dokumentet</b>", None))
#if QT_CONFIG(accessibility)
        self.chapter_tree.setAccessibleName(QCoreApplication.translate("DelegationTab", u"Kapitel", None))
#endif // QT_CONFIG(accessibility)
        self.add_chapter_button.setText(QCoreApplication.translate("DelegationTab", u"Nytt kapitel\u2026", None))
#if QT_CONFIG(tooltip)
        self.add_chapter_button.setToolTip(QCoreApplication.translate("DelegationTab", u"Ett nytt kapitel efter det valda", None))
#endif // QT_CONFIG(tooltip)
        self.rename_chapter_button.setText(QCoreApplication.translate("DelegationTab", u"Byt namn\u2026", None))
#if QT_CONFIG(tooltip)
        self.rename_chapter_button.setToolTip(QCoreApplication.translate("DelegationTab", u"Byt rubrik p\u00e5 det valda kapitlet", None))
#endif // QT_CONFIG(tooltip)
        self.chapter_up_button.setText(QCoreApplication.translate("DelegationTab", u"Flytta upp", None))
#if QT_CONFIG(tooltip)
        self.chapter_up_button.setToolTip(QCoreApplication.translate("DelegationTab", u"Flytta kapitlet ett steg upp i dokumentet", None))
#endif // QT_CONFIG(tooltip)
        self.chapter_down_button.setText(QCoreApplication.translate("DelegationTab", u"Flytta ned", None))
#if QT_CONFIG(tooltip)
        self.chapter_down_button.setToolTip(QCoreApplication.translate("DelegationTab", u"Flytta kapitlet ett steg ned i dokumentet", None))
#endif // QT_CONFIG(tooltip)
        self.remove_chapter_button.setText(QCoreApplication.translate("DelegationTab", u"Ta bort", None))
#if QT_CONFIG(tooltip)
        self.remove_chapter_button.setToolTip(QCoreApplication.translate("DelegationTab", u"Ta bort det valda kapitlet med dess punkter", None))
#endif // QT_CONFIG(tooltip)
        self.points_label.setText(QCoreApplication.translate("DelegationTab", u"<b>Delegationspunkter</b>", None))
        self.add_point_button.setText(QCoreApplication.translate("DelegationTab", u"Ny punkt", None))
#if QT_CONFIG(tooltip)
        self.add_point_button.setToolTip(QCoreApplication.translate("DelegationTab", u"L\u00e4gg till en delegationspunkt (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.add_point_button.setShortcut(QCoreApplication.translate("DelegationTab", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.move_point_button.setText(QCoreApplication.translate("DelegationTab", u"Flytta till kapitel", None))
#if QT_CONFIG(tooltip)
        self.move_point_button.setToolTip(QCoreApplication.translate("DelegationTab", u"Flytta den valda punkten till ett annat kapitel (numret f\u00f6ljer med)", None))
#endif // QT_CONFIG(tooltip)
        self.delete_point_button.setText(QCoreApplication.translate("DelegationTab", u"Ta bort punkt", None))
#if QT_CONFIG(accessibility)
        self.point_table.setAccessibleName(QCoreApplication.translate("DelegationTab", u"Delegationspunkter", None))
#endif // QT_CONFIG(accessibility)
        self.findings_label.setText(QCoreApplication.translate("DelegationTab", u"<b>Kontroller</b>", None))
        self.fix_button.setText(QCoreApplication.translate("DelegationTab", u"R\u00e4tta", None))
#if QT_CONFIG(tooltip)
        self.fix_button.setToolTip(QCoreApplication.translate("DelegationTab", u"Byt kyrilliska och grekiska tecken mot svenska i den valda punkten", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.finding_table.setAccessibleName(QCoreApplication.translate("DelegationTab", u"Kontroller", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

