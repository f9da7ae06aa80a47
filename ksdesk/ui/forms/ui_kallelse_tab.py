# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'kallelse_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTabWidget, QTableView, QToolButton,
    QVBoxLayout, QWidget)

class Ui_KallelseTab(object):
    def setupUi(self, KallelseTab):
        if not KallelseTab.objectName():
            KallelseTab.setObjectName(u"KallelseTab")
        self.main_layout = QVBoxLayout(KallelseTab)
        self.main_layout.setObjectName(u"main_layout")
        self.splitter = QSplitter(KallelseTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.meetings_panel = QWidget(self.splitter)
        self.meetings_panel.setObjectName(u"meetings_panel")
        self.meetings_layout = QVBoxLayout(self.meetings_panel)
        self.meetings_layout.setObjectName(u"meetings_layout")
        self.meetings_layout.setContentsMargins(0, 0, 0, 0)
        self.meetings_label = QLabel(self.meetings_panel)
        self.meetings_label.setObjectName(u"meetings_label")

        self.meetings_layout.addWidget(self.meetings_label)

        self.meeting_table = QTableView(self.meetings_panel)
        self.meeting_table.setObjectName(u"meeting_table")

        self.meetings_layout.addWidget(self.meeting_table)

        self.meeting_buttons = QGridLayout()
        self.meeting_buttons.setObjectName(u"meeting_buttons")
        self.new_meeting_button = QPushButton(self.meetings_panel)
        self.new_meeting_button.setObjectName(u"new_meeting_button")

        self.meeting_buttons.addWidget(self.new_meeting_button, 0, 0, 1, 1)

        self.copy_meeting_button = QPushButton(self.meetings_panel)
        self.copy_meeting_button.setObjectName(u"copy_meeting_button")

        self.meeting_buttons.addWidget(self.copy_meeting_button, 0, 1, 1, 1)

        self.edit_meeting_button = QPushButton(self.meetings_panel)
        self.edit_meeting_button.setObjectName(u"edit_meeting_button")

        self.meeting_buttons.addWidget(self.edit_meeting_button, 1, 0, 1, 1)

        self.delete_meeting_button = QPushButton(self.meetings_panel)
        self.delete_meeting_button.setObjectName(u"delete_meeting_button")

        self.meeting_buttons.addWidget(self.delete_meeting_button, 1, 1, 1, 1)

        self.organ_button = QPushButton(self.meetings_panel)
        self.organ_button.setObjectName(u"organ_button")

        self.meeting_buttons.addWidget(self.organ_button, 2, 0, 1, 2)


        self.meetings_layout.addLayout(self.meeting_buttons)

        self.splitter.addWidget(self.meetings_panel)
        self.detail_tabs = QTabWidget(self.splitter)
        self.detail_tabs.setObjectName(u"detail_tabs")
        self.agenda_page = QWidget()
        self.agenda_page.setObjectName(u"agenda_page")
        self.agenda_layout = QVBoxLayout(self.agenda_page)
        self.agenda_layout.setObjectName(u"agenda_layout")
        self.meeting_heading = QLabel(self.agenda_page)
        self.meeting_heading.setObjectName(u"meeting_heading")
        self.meeting_heading.setTextFormat(Qt.TextFormat.RichText)
        self.meeting_heading.setWordWrap(True)

        self.agenda_layout.addWidget(self.meeting_heading)

        self.status_note = QLabel(self.agenda_page)
        self.status_note.setObjectName(u"status_note")
        self.status_note.setTextFormat(Qt.TextFormat.RichText)
        self.status_note.setWordWrap(True)

        self.agenda_layout.addWidget(self.status_note)

        self.agenda_toolbar = QHBoxLayout()
        self.agenda_toolbar.setObjectName(u"agenda_toolbar")
        self.agenda_label = QLabel(self.agenda_page)
        self.agenda_label.setObjectName(u"agenda_label")

        self.agenda_toolbar.addWidget(self.agenda_label)

        self.agenda_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.agenda_toolbar.addItem(self.agenda_spacer)

        self.add_item_button = QPushButton(self.agenda_page)
        self.add_item_button.setObjectName(u"add_item_button")

        self.agenda_toolbar.addWidget(self.add_item_button)

        self.add_section_button = QPushButton(self.agenda_page)
        self.add_section_button.setObjectName(u"add_section_button")

        self.agenda_toolbar.addWidget(self.add_section_button)

        self.edit_item_button = QPushButton(self.agenda_page)
        self.edit_item_button.setObjectName(u"edit_item_button")

        self.agenda_toolbar.addWidget(self.edit_item_button)

        self.ts_button = QPushButton(self.agenda_page)
        self.ts_button.setObjectName(u"ts_button")

        self.agenda_toolbar.addWidget(self.ts_button)

        self.delete_item_button = QPushButton(self.agenda_page)
        self.delete_item_button.setObjectName(u"delete_item_button")

        self.agenda_toolbar.addWidget(self.delete_item_button)

        self.up_button = QToolButton(self.agenda_page)
        self.up_button.setObjectName(u"up_button")

        self.agenda_toolbar.addWidget(self.up_button)

        self.down_button = QToolButton(self.agenda_page)
        self.down_button.setObjectName(u"down_button")

        self.agenda_toolbar.addWidget(self.down_button)

        self.import_button = QPushButton(self.agenda_page)
        self.import_button.setObjectName(u"import_button")

        self.agenda_toolbar.addWidget(self.import_button)

        self.open_matters_button = QPushButton(self.agenda_page)
        self.open_matters_button.setObjectName(u"open_matters_button")

        self.agenda_toolbar.addWidget(self.open_matters_button)


        self.agenda_layout.addLayout(self.agenda_toolbar)

        self.agenda_splitter = QSplitter(self.agenda_page)
        self.agenda_splitter.setObjectName(u"agenda_splitter")
        self.agenda_splitter.setOrientation(Qt.Orientation.Vertical)
        self.agenda_table = QTableView(self.agenda_splitter)
        self.agenda_table.setObjectName(u"agenda_table")
        self.agenda_splitter.addWidget(self.agenda_table)
        self.bilagor_group = QGroupBox(self.agenda_splitter)
        self.bilagor_group.setObjectName(u"bilagor_group")
        self.bilagor_layout = QVBoxLayout(self.bilagor_group)
        self.bilagor_layout.setObjectName(u"bilagor_layout")
        self.bilaga_table = QTableView(self.bilagor_group)
        self.bilaga_table.setObjectName(u"bilaga_table")

        self.bilagor_layout.addWidget(self.bilaga_table)

        self.bilaga_buttons = QHBoxLayout()
        self.bilaga_buttons.setObjectName(u"bilaga_buttons")
        self.attach_pdf_button = QPushButton(self.bilagor_group)
        self.attach_pdf_button.setObjectName(u"attach_pdf_button")

        self.bilaga_buttons.addWidget(self.attach_pdf_button)

        self.attach_ref_button = QPushButton(self.bilagor_group)
        self.attach_ref_button.setObjectName(u"attach_ref_button")

        self.bilaga_buttons.addWidget(self.attach_ref_button)

        self.edit_bilaga_button = QPushButton(self.bilagor_group)
        self.edit_bilaga_button.setObjectName(u"edit_bilaga_button")

        self.bilaga_buttons.addWidget(self.edit_bilaga_button)

        self.remove_bilaga_button = QPushButton(self.bilagor_group)
        self.remove_bilaga_button.setObjectName(u"remove_bilaga_button")

        self.bilaga_buttons.addWidget(self.remove_bilaga_button)

        self.bilaga_up_button = QToolButton(self.bilagor_group)
        self.bilaga_up_button.setObjectName(u"bilaga_up_button")

        self.bilaga_buttons.addWidget(self.bilaga_up_button)

        self.bilaga_down_button = QToolButton(self.bilagor_group)
        self.bilaga_down_button.setObjectName(u"bilaga_down_button")

        self.bilaga_buttons.addWidget(self.bilaga_down_button)

        self.bilaga_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bilaga_buttons.addItem(self.bilaga_spacer)


        self.bilagor_layout.addLayout(self.bilaga_buttons)

        self.agenda_splitter.addWidget(self.bilagor_group)

        self.agenda_layout.addWidget(self.agenda_splitter)

        self.warnings_label = QLabel(self.agenda_page)
        self.warnings_label.setObjectName(u"warnings_label")
        self.warnings_label.setTextFormat(Qt.TextFormat.RichText)
        self.warnings_label.setWordWrap(True)

        self.agenda_layout.addWidget(self.warnings_label)

        self.detail_tabs.addTab(self.agenda_page, "")
        self.print_page = QWidget()
        self.print_page.setObjectName(u"print_page")
        self.print_layout = QVBoxLayout(self.print_page)
        self.print_layout.setObjectName(u"print_layout")
        self.print_options = QHBoxLayout()
        self.print_options.setObjectName(u"print_options")
        self.print_kind_combo = QComboBox(self.print_page)
        self.print_kind_combo.addItem("")
        self.print_kind_combo.addItem("")
        self.print_kind_combo.setObjectName(u"print_kind_combo")

        self.print_options.addWidget(self.print_kind_combo)

        self.public_check = QCheckBox(self.print_page)
        self.public_check.setObjectName(u"public_check")

        self.print_options.addWidget(self.public_check)

        self.proposals_check = QCheckBox(self.print_page)
        self.proposals_check.setObjectName(u"proposals_check")

        self.print_options.addWidget(self.proposals_check)

        self.print_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.print_options.addItem(self.print_spacer)

        self.refresh_preview_button = QPushButton(self.print_page)
        self.refresh_preview_button.setObjectName(u"refresh_preview_button")

        self.print_options.addWidget(self.refresh_preview_button)

        self.web_button = QPushButton(self.print_page)
        self.web_button.setObjectName(u"web_button")
        self.web_button.setEnabled(False)

        self.print_options.addWidget(self.web_button)


        self.print_layout.addLayout(self.print_options)

        self.print_status = QLabel(self.print_page)
        self.print_status.setObjectName(u"print_status")
        self.print_status.setWordWrap(True)

        self.print_layout.addWidget(self.print_status)

        self.build_row = QHBoxLayout()
        self.build_row.setObjectName(u"build_row")
        self.build_progress = QProgressBar(self.print_page)
        self.build_progress.setObjectName(u"build_progress")
        self.build_progress.setVisible(False)
        self.build_progress.setTextVisible(True)

        self.build_row.addWidget(self.build_progress)

        self.cancel_build_button = QPushButton(self.print_page)
        self.cancel_build_button.setObjectName(u"cancel_build_button")
        self.cancel_build_button.setVisible(False)

        self.build_row.addWidget(self.cancel_build_button)

        self.review_button = QPushButton(self.print_page)
        self.review_button.setObjectName(u"review_button")
        self.review_button.setVisible(False)

        self.build_row.addWidget(self.review_button)

        self.build_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.build_row.addItem(self.build_spacer)


        self.print_layout.addLayout(self.build_row)

        self.preview_host = QWidget(self.print_page)
        self.preview_host.setObjectName(u"preview_host")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.preview_host.sizePolicy().hasHeightForWidth())
        self.preview_host.setSizePolicy(sizePolicy)
        self.preview_layout = QVBoxLayout(self.preview_host)
        self.preview_layout.setObjectName(u"preview_layout")
        self.preview_layout.setContentsMargins(0, 0, 0, 0)

        self.print_layout.addWidget(self.preview_host)

        self.detail_tabs.addTab(self.print_page, "")
        self.splitter.addWidget(self.detail_tabs)

        self.main_layout.addWidget(self.splitter)


        self.retranslateUi(KallelseTab)

        QMetaObject.connectSlotsByName(KallelseTab)
    # setupUi

    def retranslateUi(self, KallelseTab):
        self.meetings_label.setText(QCoreApplication.translate("KallelseTab", u"<b>Sammantr\u00e4den</b>", None))
#if QT_CONFIG(accessibility)
        self.meeting_table.setAccessibleName(QCoreApplication.translate("KallelseTab", u"Sammantr\u00e4den", None))
#endif // QT_CONFIG(accessibility)
        self.new_meeting_button.setText(QCoreApplication.translate("KallelseTab", u"Nytt\u2026", None))
#if QT_CONFIG(tooltip)
        self.new_meeting_button.setToolTip(QCoreApplication.translate("KallelseTab", u"Nytt sammantr\u00e4de med n\u00e4mndens st\u00e5ende \u00e4renden", None))
#endif // QT_CONFIG(tooltip)
        self.copy_meeting_button.setText(QCoreApplication.translate("KallelseTab", u"Nytt fr\u00e5n f\u00f6reg\u00e5ende\u2026", None))
#if QT_CONFIG(tooltip)
        self.copy_meeting_button.setToolTip(QCoreApplication.translate("KallelseTab", u"Nytt sammantr\u00e4de med det valda sammantr\u00e4dets uppgifter, st\u00e5ende \u00e4renden och rubriker", None))
#endif // QT_CONFIG(tooltip)
        self.edit_meeting_button.setText(QCoreApplication.translate("KallelseTab", u"\u00c4ndra\u2026", None))
        self.delete_meeting_button.setText(QCoreApplication.translate("KallelseTab", u"Ta bort", None))
        self.organ_button.setText(QCoreApplication.translate("KallelseTab", u"N\u00e4mndens inst\u00e4llningar\u2026", None))
#if QT_CONFIG(tooltip)
        self.organ_button.setToolTip(QCoreApplication.translate("KallelseTab", u"St\u00e5ende \u00e4renden, dagar f\u00f6re sammantr\u00e4det, sekreterare", None))
#endif // QT_CONFIG(tooltip)
        self.agenda_label.setText(QCoreApplication.translate("KallelseTab", u"<b>\u00c4rendelista</b>", None))
        self.add_item_button.setText(QCoreApplication.translate("KallelseTab", u"Nytt \u00e4rende\u2026", None))
#if QT_CONFIG(tooltip)
        self.add_item_button.setToolTip(QCoreApplication.translate("KallelseTab", u"L\u00e4gg till ett \u00e4rende efter det markerade (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.add_item_button.setShortcut(QCoreApplication.translate("KallelseTab", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.add_section_button.setText(QCoreApplication.translate("KallelseTab", u"Ny rubrik\u2026", None))
#if QT_CONFIG(tooltip)
        self.add_section_button.setToolTip(QCoreApplication.translate("KallelseTab", u"En rubrikrad utan nummer, t.ex. Besluts\u00e4renden", None))
#endif // QT_CONFIG(tooltip)
        self.edit_item_button.setText(QCoreApplication.translate("KallelseTab", u"\u00c4ndra\u2026", None))
        self.ts_button.setText(QCoreApplication.translate("KallelseTab", u"Tj\u00e4nsteskrivelse\u2026", None))
        self.delete_item_button.setText(QCoreApplication.translate("KallelseTab", u"Ta bort", None))
        self.up_button.setText(QCoreApplication.translate("KallelseTab", u"\u25b2", None))
#if QT_CONFIG(tooltip)
        self.up_button.setToolTip(QCoreApplication.translate("KallelseTab", u"Flytta upp (Ctrl+Upp)", None))
#endif // QT_CONFIG(tooltip)
        self.down_button.setText(QCoreApplication.translate("KallelseTab", u"\u25bc", None))
#if QT_CONFIG(tooltip)
        self.down_button.setToolTip(QCoreApplication.translate("KallelseTab", u"Flytta ned (Ctrl+Ned)", None))
#endif // QT_CONFIG(tooltip)
        self.import_button.setText(QCoreApplication.translate("KallelseTab", u"Importera\u2026", None))
#if QT_CONFIG(tooltip)
        self.import_button.setToolTip(QCoreApplication.translate("KallelseTab", u"L\u00e4s in \u00e4renden fr\u00e5n en CSV- eller Excel-fil", None))
#endif // QT_CONFIG(tooltip)
        self.open_matters_button.setText(QCoreApplication.translate("KallelseTab", u"\u00d6ppna \u00e4renden\u2026", None))
#if QT_CONFIG(tooltip)
        self.open_matters_button.setToolTip(QCoreApplication.translate("KallelseTab", u"Ta upp \u00e5terremitterade och bordlagda \u00e4renden som \u00e4nnu inte \u00e4r avgjorda", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.agenda_table.setAccessibleName(QCoreApplication.translate("KallelseTab", u"\u00c4rendelista", None))
#endif // QT_CONFIG(accessibility)
        self.bilagor_group.setTitle(QCoreApplication.translate("KallelseTab", u"Bilagor till valt \u00e4rende", None))
#if QT_CONFIG(accessibility)
        self.bilaga_table.setAccessibleName(QCoreApplication.translate("KallelseTab", u"Bilagor", None))
#endif // QT_CONFIG(accessibility)
        self.attach_pdf_button.setText(QCoreApplication.translate("KallelseTab", u"Bifoga PDF\u2026", None))
        self.attach_ref_button.setText(QCoreApplication.translate("KallelseTab", u"Bifoga fr\u00e5n ksdesk\u2026", None))
#if QT_CONFIG(tooltip)
        self.attach_ref_button.setToolTip(QCoreApplication.translate("KallelseTab", u"Ett budgetblad, delegationsordningen, ett dokument eller ett delegationsbeslut", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.edit_bilaga_button.setAccessibleName(QCoreApplication.translate("KallelseTab", u"\u00c4ndra bilaga", None))
#endif // QT_CONFIG(accessibility)
        self.edit_bilaga_button.setText(QCoreApplication.translate("KallelseTab", u"\u00c4ndra\u2026", None))
#if QT_CONFIG(accessibility)
        self.remove_bilaga_button.setAccessibleName(QCoreApplication.translate("KallelseTab", u"Ta bort bilaga", None))
#endif // QT_CONFIG(accessibility)
        self.remove_bilaga_button.setText(QCoreApplication.translate("KallelseTab", u"Ta bort", None))
#if QT_CONFIG(accessibility)
        self.bilaga_up_button.setAccessibleName(QCoreApplication.translate("KallelseTab", u"Flytta bilagan upp", None))
#endif // QT_CONFIG(accessibility)
        self.bilaga_up_button.setText(QCoreApplication.translate("KallelseTab", u"\u25b2", None))
#if QT_CONFIG(tooltip)
        self.bilaga_up_button.setToolTip(QCoreApplication.translate("KallelseTab", u"Flytta upp", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.bilaga_down_button.setAccessibleName(QCoreApplication.translate("KallelseTab", u"Flytta bilagan ned", None))
#endif // QT_CONFIG(accessibility)
        self.bilaga_down_button.setText(QCoreApplication.translate("KallelseTab", u"\u25bc", None))
#if QT_CONFIG(tooltip)
        self.bilaga_down_button.setToolTip(QCoreApplication.translate("KallelseTab", u"Flytta ned", None))
#endif // QT_CONFIG(tooltip)
        self.detail_tabs.setTabText(self.detail_tabs.indexOf(self.agenda_page), QCoreApplication.translate("KallelseTab", u"\u00c4renden", None))
        self.print_kind_combo.setItemText(0, QCoreApplication.translate("KallelseTab", u"Kallelse", None))
        self.print_kind_combo.setItemText(1, QCoreApplication.translate("KallelseTab", u"Kallelse med handlingar (paket)", None))

        self.public_check.setText(QCoreApplication.translate("KallelseTab", u"Offentlig version", None))
#if QT_CONFIG(tooltip)
        self.public_check.setToolTip(QCoreApplication.translate("KallelseTab", u"Sekretess\u00e4renden f\u00e5r en neutral rubrik och deras handlingar utel\u00e4mnas", None))
#endif // QT_CONFIG(tooltip)
        self.proposals_check.setText(QCoreApplication.translate("KallelseTab", u"F\u00f6rslag till beslut i \u00e4rendelistan", None))
        self.refresh_preview_button.setText(QCoreApplication.translate("KallelseTab", u"Uppdatera", None))
        self.web_button.setText(QCoreApplication.translate("KallelseTab", u"Spara f\u00f6r webben\u2026", None))
#if QT_CONFIG(tooltip)
        self.web_button.setToolTip(QCoreApplication.translate("KallelseTab", u"Den offentliga versionen som tillg\u00e4nglig PDF (PDF/UA-1 och PDF/A-2a) att publicera p\u00e5 kommunens webbplats", None))
#endif // QT_CONFIG(tooltip)
        self.cancel_build_button.setText(QCoreApplication.translate("KallelseTab", u"Avbryt", None))
#if QT_CONFIG(tooltip)
        self.cancel_build_button.setToolTip(QCoreApplication.translate("KallelseTab", u"Sluta bygga f\u00f6rhandsvisningen", None))
#endif // QT_CONFIG(tooltip)
        self.review_button.setText(QCoreApplication.translate("KallelseTab", u"Granska offentlig kopia\u2026", None))
#if QT_CONFIG(tooltip)
        self.review_button.setToolTip(QCoreApplication.translate("KallelseTab", u"Maskera eller beh\u00e5ll varje personnummer och sekretessmarkering", None))
#endif // QT_CONFIG(tooltip)
        self.detail_tabs.setTabText(self.detail_tabs.indexOf(self.print_page), QCoreApplication.translate("KallelseTab", u"Utskrift", None))
        pass
    # retranslateUi

