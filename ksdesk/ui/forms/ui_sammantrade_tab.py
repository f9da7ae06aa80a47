# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sammantrade_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListView, QPlainTextEdit,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QSplitter, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_SammantradeTab(object):
    def setupUi(self, SammantradeTab):
        if not SammantradeTab.objectName():
            SammantradeTab.setObjectName(u"SammantradeTab")
        self.main_layout = QVBoxLayout(SammantradeTab)
        self.main_layout.setObjectName(u"main_layout")
        self.top_bar = QHBoxLayout()
        self.top_bar.setObjectName(u"top_bar")
        self.meeting_label = QLabel(SammantradeTab)
        self.meeting_label.setObjectName(u"meeting_label")

        self.top_bar.addWidget(self.meeting_label)

        self.meeting_combo = QComboBox(SammantradeTab)
        self.meeting_combo.setObjectName(u"meeting_combo")

        self.top_bar.addWidget(self.meeting_combo)

        self.top_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.top_bar.addItem(self.top_spacer)

        self.start_button = QPushButton(SammantradeTab)
        self.start_button.setObjectName(u"start_button")

        self.top_bar.addWidget(self.start_button)

        self.view_button = QPushButton(SammantradeTab)
        self.view_button.setObjectName(u"view_button")

        self.top_bar.addWidget(self.view_button)

        self.unlock_code_edit = QLineEdit(SammantradeTab)
        self.unlock_code_edit.setObjectName(u"unlock_code_edit")

        self.top_bar.addWidget(self.unlock_code_edit)

        self.print_button = QPushButton(SammantradeTab)
        self.print_button.setObjectName(u"print_button")

        self.top_bar.addWidget(self.print_button)

        self.public_button = QPushButton(SammantradeTab)
        self.public_button.setObjectName(u"public_button")

        self.top_bar.addWidget(self.public_button)

        self.utdrag_button = QPushButton(SammantradeTab)
        self.utdrag_button.setObjectName(u"utdrag_button")

        self.top_bar.addWidget(self.utdrag_button)

        self.held_button = QPushButton(SammantradeTab)
        self.held_button.setObjectName(u"held_button")

        self.top_bar.addWidget(self.held_button)


        self.main_layout.addLayout(self.top_bar)

        self.meeting_heading = QLabel(SammantradeTab)
        self.meeting_heading.setObjectName(u"meeting_heading")
        self.meeting_heading.setTextFormat(Qt.TextFormat.RichText)
        self.meeting_heading.setWordWrap(True)

        self.main_layout.addWidget(self.meeting_heading)

        self.pages = QTabWidget(SammantradeTab)
        self.pages.setObjectName(u"pages")
        self.upprop_page = QWidget()
        self.upprop_page.setObjectName(u"upprop_page")
        self.upprop_layout = QVBoxLayout(self.upprop_page)
        self.upprop_layout.setObjectName(u"upprop_layout")
        self.upprop_help = QLabel(self.upprop_page)
        self.upprop_help.setObjectName(u"upprop_help")
        self.upprop_help.setWordWrap(True)

        self.upprop_layout.addWidget(self.upprop_help)

        self.upprop_table = QTableView(self.upprop_page)
        self.upprop_table.setObjectName(u"upprop_table")

        self.upprop_layout.addWidget(self.upprop_table)

        self.upprop_buttons = QHBoxLayout()
        self.upprop_buttons.setObjectName(u"upprop_buttons")
        self.add_person_button = QPushButton(self.upprop_page)
        self.add_person_button.setObjectName(u"add_person_button")

        self.upprop_buttons.addWidget(self.add_person_button)

        self.remove_person_button = QPushButton(self.upprop_page)
        self.remove_person_button.setObjectName(u"remove_person_button")

        self.upprop_buttons.addWidget(self.remove_person_button)

        self.forhinder_button = QPushButton(self.upprop_page)
        self.forhinder_button.setObjectName(u"forhinder_button")

        self.upprop_buttons.addWidget(self.forhinder_button)

        self.upprop_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.upprop_buttons.addItem(self.upprop_spacer)

        self.beslutsfor_label = QLabel(self.upprop_page)
        self.beslutsfor_label.setObjectName(u"beslutsfor_label")
        self.beslutsfor_label.setTextFormat(Qt.TextFormat.RichText)

        self.upprop_buttons.addWidget(self.beslutsfor_label)


        self.upprop_layout.addLayout(self.upprop_buttons)

        self.pages.addTab(self.upprop_page, "")
        self.paragraf_page = QWidget()
        self.paragraf_page.setObjectName(u"paragraf_page")
        self.paragraf_page_layout = QVBoxLayout(self.paragraf_page)
        self.paragraf_page_layout.setObjectName(u"paragraf_page_layout")
        self.paragraf_splitter = QSplitter(self.paragraf_page)
        self.paragraf_splitter.setObjectName(u"paragraf_splitter")
        self.paragraf_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.paragraf_list = QTableView(self.paragraf_splitter)
        self.paragraf_list.setObjectName(u"paragraf_list")
        self.paragraf_splitter.addWidget(self.paragraf_list)
        self.editor_scroll = QScrollArea(self.paragraf_splitter)
        self.editor_scroll.setObjectName(u"editor_scroll")
        self.editor_scroll.setWidgetResizable(True)
        self.editor_panel = QWidget()
        self.editor_panel.setObjectName(u"editor_panel")
        self.editor_layout = QVBoxLayout(self.editor_panel)
        self.editor_layout.setObjectName(u"editor_layout")
        self.paragraf_heading = QLabel(self.editor_panel)
        self.paragraf_heading.setObjectName(u"paragraf_heading")
        self.paragraf_heading.setTextFormat(Qt.TextFormat.RichText)
        self.paragraf_heading.setWordWrap(True)

        self.editor_layout.addWidget(self.paragraf_heading)

        self.tjanstgor_label = QLabel(self.editor_panel)
        self.tjanstgor_label.setObjectName(u"tjanstgor_label")
        self.tjanstgor_label.setTextFormat(Qt.TextFormat.RichText)
        self.tjanstgor_label.setWordWrap(True)

        self.editor_layout.addWidget(self.tjanstgor_label)

        self.narvaro_row = QHBoxLayout()
        self.narvaro_row.setObjectName(u"narvaro_row")
        self.narvaro_label = QLabel(self.editor_panel)
        self.narvaro_label.setObjectName(u"narvaro_label")

        self.narvaro_row.addWidget(self.narvaro_label)

        self.narvaro_person_combo = QComboBox(self.editor_panel)
        self.narvaro_person_combo.setObjectName(u"narvaro_person_combo")

        self.narvaro_row.addWidget(self.narvaro_person_combo)

        self.narvaro_button = QPushButton(self.editor_panel)
        self.narvaro_button.setObjectName(u"narvaro_button")

        self.narvaro_row.addWidget(self.narvaro_button)

        self.narvaro_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.narvaro_row.addItem(self.narvaro_spacer)


        self.editor_layout.addLayout(self.narvaro_row)

        self.beslut_group = QGroupBox(self.editor_panel)
        self.beslut_group.setObjectName(u"beslut_group")
        self.beslut_layout = QVBoxLayout(self.beslut_group)
        self.beslut_layout.setObjectName(u"beslut_layout")
        self.beslut_edit = QPlainTextEdit(self.beslut_group)
        self.beslut_edit.setObjectName(u"beslut_edit")
        self.beslut_edit.setMaximumSize(QSize(16777215, 170))

        self.beslut_layout.addWidget(self.beslut_edit)

        self.beslut_buttons = QHBoxLayout()
        self.beslut_buttons.setObjectName(u"beslut_buttons")
        self.reset_beslut_button = QPushButton(self.beslut_group)
        self.reset_beslut_button.setObjectName(u"reset_beslut_button")

        self.beslut_buttons.addWidget(self.reset_beslut_button)

        self.beslut_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.beslut_buttons.addItem(self.beslut_spacer)

        self.omedelbar_check = QCheckBox(self.beslut_group)
        self.omedelbar_check.setObjectName(u"omedelbar_check")

        self.beslut_buttons.addWidget(self.omedelbar_check)


        self.beslut_layout.addLayout(self.beslut_buttons)


        self.editor_layout.addWidget(self.beslut_group)

        self.justerare_group = QGroupBox(self.editor_panel)
        self.justerare_group.setObjectName(u"justerare_group")
        self.justerare_layout = QGridLayout(self.justerare_group)
        self.justerare_layout.setObjectName(u"justerare_layout")
        self.justerare1_label = QLabel(self.justerare_group)
        self.justerare1_label.setObjectName(u"justerare1_label")

        self.justerare_layout.addWidget(self.justerare1_label, 0, 0, 1, 1)

        self.justerare1_combo = QComboBox(self.justerare_group)
        self.justerare1_combo.setObjectName(u"justerare1_combo")

        self.justerare_layout.addWidget(self.justerare1_combo, 0, 1, 1, 1)

        self.justerare2_combo = QComboBox(self.justerare_group)
        self.justerare2_combo.setObjectName(u"justerare2_combo")

        self.justerare_layout.addWidget(self.justerare2_combo, 0, 2, 1, 1)

        self.justering_hint_label = QLabel(self.justerare_group)
        self.justering_hint_label.setObjectName(u"justering_hint_label")
        self.justering_hint_label.setWordWrap(True)

        self.justerare_layout.addWidget(self.justering_hint_label, 1, 0, 1, 3)


        self.editor_layout.addWidget(self.justerare_group)

        self.yrkande_group = QGroupBox(self.editor_panel)
        self.yrkande_group.setObjectName(u"yrkande_group")
        self.yrkande_layout = QVBoxLayout(self.yrkande_group)
        self.yrkande_layout.setObjectName(u"yrkande_layout")
        self.yrkande_table = QTableView(self.yrkande_group)
        self.yrkande_table.setObjectName(u"yrkande_table")
        self.yrkande_table.setMaximumSize(QSize(16777215, 130))

        self.yrkande_layout.addWidget(self.yrkande_table)

        self.yrkande_buttons = QHBoxLayout()
        self.yrkande_buttons.setObjectName(u"yrkande_buttons")
        self.yrkande_member_combo = QComboBox(self.yrkande_group)
        self.yrkande_member_combo.setObjectName(u"yrkande_member_combo")

        self.yrkande_buttons.addWidget(self.yrkande_member_combo)

        self.yrkande_text_edit = QLineEdit(self.yrkande_group)
        self.yrkande_text_edit.setObjectName(u"yrkande_text_edit")

        self.yrkande_buttons.addWidget(self.yrkande_text_edit)

        self.add_yrkande_button = QPushButton(self.yrkande_group)
        self.add_yrkande_button.setObjectName(u"add_yrkande_button")

        self.yrkande_buttons.addWidget(self.add_yrkande_button)

        self.edit_yrkande_button = QPushButton(self.yrkande_group)
        self.edit_yrkande_button.setObjectName(u"edit_yrkande_button")

        self.yrkande_buttons.addWidget(self.edit_yrkande_button)

        self.remove_yrkande_button = QPushButton(self.yrkande_group)
        self.remove_yrkande_button.setObjectName(u"remove_yrkande_button")

        self.yrkande_buttons.addWidget(self.remove_yrkande_button)


        self.yrkande_layout.addLayout(self.yrkande_buttons)

        self.propositionsordning_edit = QPlainTextEdit(self.yrkande_group)
        self.propositionsordning_edit.setObjectName(u"propositionsordning_edit")
        self.propositionsordning_edit.setMaximumSize(QSize(16777215, 70))

        self.yrkande_layout.addWidget(self.propositionsordning_edit)


        self.editor_layout.addWidget(self.yrkande_group)

        self.votering_group = QGroupBox(self.editor_panel)
        self.votering_group.setObjectName(u"votering_group")
        self.votering_group.setCheckable(True)
        self.votering_layout = QVBoxLayout(self.votering_group)
        self.votering_layout.setObjectName(u"votering_layout")
        self.votering_form = QFormLayout()
        self.votering_form.setObjectName(u"votering_form")
        self.ja_label = QLabel(self.votering_group)
        self.ja_label.setObjectName(u"ja_label")

        self.votering_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ja_label)

        self.ja_text_edit = QLineEdit(self.votering_group)
        self.ja_text_edit.setObjectName(u"ja_text_edit")

        self.votering_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.ja_text_edit)

        self.nej_label = QLabel(self.votering_group)
        self.nej_label.setObjectName(u"nej_label")

        self.votering_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nej_label)

        self.nej_text_edit = QLineEdit(self.votering_group)
        self.nej_text_edit.setObjectName(u"nej_text_edit")

        self.votering_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nej_text_edit)


        self.votering_layout.addLayout(self.votering_form)

        self.vote_table = QTableView(self.votering_group)
        self.vote_table.setObjectName(u"vote_table")
        self.vote_table.setMaximumSize(QSize(16777215, 220))

        self.votering_layout.addWidget(self.vote_table)

        self.vote_totals_label = QLabel(self.votering_group)
        self.vote_totals_label.setObjectName(u"vote_totals_label")
        self.vote_totals_label.setTextFormat(Qt.TextFormat.RichText)

        self.votering_layout.addWidget(self.vote_totals_label)


        self.editor_layout.addWidget(self.votering_group)

        self.reservation_group = QGroupBox(self.editor_panel)
        self.reservation_group.setObjectName(u"reservation_group")
        self.reservation_layout = QVBoxLayout(self.reservation_group)
        self.reservation_layout.setObjectName(u"reservation_layout")
        self.reservation_table = QTableView(self.reservation_group)
        self.reservation_table.setObjectName(u"reservation_table")
        self.reservation_table.setMaximumSize(QSize(16777215, 110))

        self.reservation_layout.addWidget(self.reservation_table)

        self.reservation_buttons = QHBoxLayout()
        self.reservation_buttons.setObjectName(u"reservation_buttons")
        self.reservation_member_combo = QComboBox(self.reservation_group)
        self.reservation_member_combo.setObjectName(u"reservation_member_combo")

        self.reservation_buttons.addWidget(self.reservation_member_combo)

        self.reservation_text_edit = QLineEdit(self.reservation_group)
        self.reservation_text_edit.setObjectName(u"reservation_text_edit")

        self.reservation_buttons.addWidget(self.reservation_text_edit)

        self.reservation_written_check = QCheckBox(self.reservation_group)
        self.reservation_written_check.setObjectName(u"reservation_written_check")

        self.reservation_buttons.addWidget(self.reservation_written_check)

        self.add_reservation_button = QPushButton(self.reservation_group)
        self.add_reservation_button.setObjectName(u"add_reservation_button")

        self.reservation_buttons.addWidget(self.add_reservation_button)

        self.edit_reservation_button = QPushButton(self.reservation_group)
        self.edit_reservation_button.setObjectName(u"edit_reservation_button")

        self.reservation_buttons.addWidget(self.edit_reservation_button)

        self.remove_reservation_button = QPushButton(self.reservation_group)
        self.remove_reservation_button.setObjectName(u"remove_reservation_button")

        self.reservation_buttons.addWidget(self.remove_reservation_button)


        self.reservation_layout.addLayout(self.reservation_buttons)

        self.reservation_reminder_label = QLabel(self.reservation_group)
        self.reservation_reminder_label.setObjectName(u"reservation_reminder_label")
        self.reservation_reminder_label.setTextFormat(Qt.TextFormat.RichText)
        self.reservation_reminder_label.setWordWrap(True)

        self.reservation_layout.addWidget(self.reservation_reminder_label)


        self.editor_layout.addWidget(self.reservation_group)

        self.anteckning_group = QGroupBox(self.editor_panel)
        self.anteckning_group.setObjectName(u"anteckning_group")
        self.anteckning_layout = QVBoxLayout(self.anteckning_group)
        self.anteckning_layout.setObjectName(u"anteckning_layout")
        self.anteckning_table = QTableView(self.anteckning_group)
        self.anteckning_table.setObjectName(u"anteckning_table")
        self.anteckning_table.setMaximumSize(QSize(16777215, 100))

        self.anteckning_layout.addWidget(self.anteckning_table)

        self.anteckning_buttons = QHBoxLayout()
        self.anteckning_buttons.setObjectName(u"anteckning_buttons")
        self.anteckning_member_combo = QComboBox(self.anteckning_group)
        self.anteckning_member_combo.setObjectName(u"anteckning_member_combo")

        self.anteckning_buttons.addWidget(self.anteckning_member_combo)

        self.anteckning_text_edit = QLineEdit(self.anteckning_group)
        self.anteckning_text_edit.setObjectName(u"anteckning_text_edit")

        self.anteckning_buttons.addWidget(self.anteckning_text_edit)

        self.add_anteckning_button = QPushButton(self.anteckning_group)
        self.add_anteckning_button.setObjectName(u"add_anteckning_button")

        self.anteckning_buttons.addWidget(self.add_anteckning_button)

        self.edit_anteckning_button = QPushButton(self.anteckning_group)
        self.edit_anteckning_button.setObjectName(u"edit_anteckning_button")

        self.anteckning_buttons.addWidget(self.edit_anteckning_button)

        self.remove_anteckning_button = QPushButton(self.anteckning_group)
        self.remove_anteckning_button.setObjectName(u"remove_anteckning_button")

        self.anteckning_buttons.addWidget(self.remove_anteckning_button)


        self.anteckning_layout.addLayout(self.anteckning_buttons)


        self.editor_layout.addWidget(self.anteckning_group)

        self.jav_group = QGroupBox(self.editor_panel)
        self.jav_group.setObjectName(u"jav_group")
        self.jav_layout = QVBoxLayout(self.jav_group)
        self.jav_layout.setObjectName(u"jav_layout")
        self.jav_table = QTableView(self.jav_group)
        self.jav_table.setObjectName(u"jav_table")
        self.jav_table.setMaximumSize(QSize(16777215, 100))

        self.jav_layout.addWidget(self.jav_table)

        self.jav_buttons = QHBoxLayout()
        self.jav_buttons.setObjectName(u"jav_buttons")
        self.jav_member_label = QLabel(self.jav_group)
        self.jav_member_label.setObjectName(u"jav_member_label")

        self.jav_buttons.addWidget(self.jav_member_label)

        self.jav_member_combo = QComboBox(self.jav_group)
        self.jav_member_combo.setObjectName(u"jav_member_combo")

        self.jav_buttons.addWidget(self.jav_member_combo)

        self.jav_ersattare_label = QLabel(self.jav_group)
        self.jav_ersattare_label.setObjectName(u"jav_ersattare_label")

        self.jav_buttons.addWidget(self.jav_ersattare_label)

        self.jav_ersattare_combo = QComboBox(self.jav_group)
        self.jav_ersattare_combo.setObjectName(u"jav_ersattare_combo")

        self.jav_buttons.addWidget(self.jav_ersattare_combo)

        self.add_jav_button = QPushButton(self.jav_group)
        self.add_jav_button.setObjectName(u"add_jav_button")

        self.jav_buttons.addWidget(self.add_jav_button)

        self.edit_jav_button = QPushButton(self.jav_group)
        self.edit_jav_button.setObjectName(u"edit_jav_button")

        self.jav_buttons.addWidget(self.edit_jav_button)

        self.remove_jav_button = QPushButton(self.jav_group)
        self.remove_jav_button.setObjectName(u"remove_jav_button")

        self.jav_buttons.addWidget(self.remove_jav_button)

        self.jav_buttons.setStretch(1, 1)
        self.jav_buttons.setStretch(3, 1)

        self.jav_layout.addLayout(self.jav_buttons)


        self.editor_layout.addWidget(self.jav_group)

        self.skickas_group = QGroupBox(self.editor_panel)
        self.skickas_group.setObjectName(u"skickas_group")
        self.skickas_layout = QVBoxLayout(self.skickas_group)
        self.skickas_layout.setObjectName(u"skickas_layout")
        self.skickas_edit = QPlainTextEdit(self.skickas_group)
        self.skickas_edit.setObjectName(u"skickas_edit")
        self.skickas_edit.setMaximumSize(QSize(16777215, 110))

        self.skickas_layout.addWidget(self.skickas_edit)

        self.expedierat_label = QLabel(self.skickas_group)
        self.expedierat_label.setObjectName(u"expedierat_label")
        self.expedierat_label.setTextFormat(Qt.TextFormat.RichText)
        self.expedierat_label.setWordWrap(True)

        self.skickas_layout.addWidget(self.expedierat_label)


        self.editor_layout.addWidget(self.skickas_group)

        self.behandling_group = QGroupBox(self.editor_panel)
        self.behandling_group.setObjectName(u"behandling_group")
        self.behandling_layout = QVBoxLayout(self.behandling_group)
        self.behandling_layout.setObjectName(u"behandling_layout")
        self.behandling_edit = QPlainTextEdit(self.behandling_group)
        self.behandling_edit.setObjectName(u"behandling_edit")
        self.behandling_edit.setMaximumSize(QSize(16777215, 110))

        self.behandling_layout.addWidget(self.behandling_edit)


        self.editor_layout.addWidget(self.behandling_group)

        self.editor_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.editor_layout.addItem(self.editor_spacer)

        self.editor_scroll.setWidget(self.editor_panel)
        self.paragraf_splitter.addWidget(self.editor_scroll)

        self.paragraf_page_layout.addWidget(self.paragraf_splitter)

        self.pages.addTab(self.paragraf_page, "")
        self.justering_page = QWidget()
        self.justering_page.setObjectName(u"justering_page")
        self.justering_page_layout = QHBoxLayout(self.justering_page)
        self.justering_page_layout.setObjectName(u"justering_page_layout")
        self.justering_left = QVBoxLayout()
        self.justering_left.setObjectName(u"justering_left")
        self.justering_group = QGroupBox(self.justering_page)
        self.justering_group.setObjectName(u"justering_group")
        self.justering_form = QFormLayout(self.justering_group)
        self.justering_form.setObjectName(u"justering_form")
        self.justerare_title = QLabel(self.justering_group)
        self.justerare_title.setObjectName(u"justerare_title")

        self.justering_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.justerare_title)

        self.justerare_summary_label = QLabel(self.justering_group)
        self.justerare_summary_label.setObjectName(u"justerare_summary_label")
        self.justerare_summary_label.setWordWrap(True)

        self.justering_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.justerare_summary_label)

        self.justering_date_label = QLabel(self.justering_group)
        self.justering_date_label.setObjectName(u"justering_date_label")

        self.justering_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.justering_date_label)

        self.justering_date_edit = QLineEdit(self.justering_group)
        self.justering_date_edit.setObjectName(u"justering_date_edit")

        self.justering_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.justering_date_edit)

        self.justering_time_label = QLabel(self.justering_group)
        self.justering_time_label.setObjectName(u"justering_time_label")

        self.justering_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.justering_time_label)

        self.justering_time_edit = QLineEdit(self.justering_group)
        self.justering_time_edit.setObjectName(u"justering_time_edit")

        self.justering_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.justering_time_edit)

        self.justering_place_label = QLabel(self.justering_group)
        self.justering_place_label.setObjectName(u"justering_place_label")

        self.justering_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.justering_place_label)

        self.justering_place_edit = QLineEdit(self.justering_group)
        self.justering_place_edit.setObjectName(u"justering_place_edit")

        self.justering_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.justering_place_edit)

        self.opened_label = QLabel(self.justering_group)
        self.opened_label.setObjectName(u"opened_label")

        self.justering_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.opened_label)

        self.opened_edit = QLineEdit(self.justering_group)
        self.opened_edit.setObjectName(u"opened_edit")

        self.justering_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.opened_edit)

        self.closed_label = QLabel(self.justering_group)
        self.closed_label.setObjectName(u"closed_label")

        self.justering_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.closed_label)

        self.closed_edit = QLineEdit(self.justering_group)
        self.closed_edit.setObjectName(u"closed_edit")

        self.justering_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.closed_edit)

        self.justerat_label = QLabel(self.justering_group)
        self.justerat_label.setObjectName(u"justerat_label")

        self.justering_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.justerat_label)

        self.justerat_edit = QLineEdit(self.justering_group)
        self.justerat_edit.setObjectName(u"justerat_edit")

        self.justering_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.justerat_edit)

        self.anslaget_label = QLabel(self.justering_group)
        self.anslaget_label.setObjectName(u"anslaget_label")

        self.justering_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.anslaget_label)

        self.anslaget_edit = QLineEdit(self.justering_group)
        self.anslaget_edit.setObjectName(u"anslaget_edit")

        self.justering_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.anslaget_edit)

        self.forvaringsplats_label = QLabel(self.justering_group)
        self.forvaringsplats_label.setObjectName(u"forvaringsplats_label")

        self.justering_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.forvaringsplats_label)

        self.forvaringsplats_edit = QLineEdit(self.justering_group)
        self.forvaringsplats_edit.setObjectName(u"forvaringsplats_edit")

        self.justering_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.forvaringsplats_edit)


        self.justering_left.addWidget(self.justering_group)

        self.justering_left_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.justering_left.addItem(self.justering_left_spacer)


        self.justering_page_layout.addLayout(self.justering_left)

        self.deadline_host = QWidget(self.justering_page)
        self.deadline_host.setObjectName(u"deadline_host")
        self.deadline_layout = QVBoxLayout(self.deadline_host)
        self.deadline_layout.setObjectName(u"deadline_layout")
        self.deadline_layout.setContentsMargins(0, 0, 0, 0)
        self.check_group = QGroupBox(self.deadline_host)
        self.check_group.setObjectName(u"check_group")
        self.check_layout = QVBoxLayout(self.check_group)
        self.check_layout.setObjectName(u"check_layout")
        self.check_summary_label = QLabel(self.check_group)
        self.check_summary_label.setObjectName(u"check_summary_label")
        self.check_summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.check_summary_label.setWordWrap(True)

        self.check_layout.addWidget(self.check_summary_label)

        self.check_list = QListView(self.check_group)
        self.check_list.setObjectName(u"check_list")

        self.check_layout.addWidget(self.check_list)

        self.check_buttons = QHBoxLayout()
        self.check_buttons.setObjectName(u"check_buttons")
        self.check_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.check_buttons.addItem(self.check_spacer)

        self.check_button = QPushButton(self.check_group)
        self.check_button.setObjectName(u"check_button")

        self.check_buttons.addWidget(self.check_button)


        self.check_layout.addLayout(self.check_buttons)


        self.deadline_layout.addWidget(self.check_group)


        self.justering_page_layout.addWidget(self.deadline_host)

        self.pages.addTab(self.justering_page, "")

        self.main_layout.addWidget(self.pages)


        self.retranslateUi(SammantradeTab)

        self.pages.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(SammantradeTab)
    # setupUi

    def retranslateUi(self, SammantradeTab):
        self.meeting_label.setText(QCoreApplication.translate("SammantradeTab", u"Sammantr\u00e4de:", None))
        self.start_button.setText(QCoreApplication.translate("SammantradeTab", u"Starta protokollet", None))
#if QT_CONFIG(tooltip)
        self.start_button.setToolTip(QCoreApplication.translate("SammantradeTab", u"G\u00f6r \u00e4rendena till paragrafer och ta uppropet fr\u00e5n ledamotsregistret", None))
#endif // QT_CONFIG(tooltip)
        self.view_button.setText(QCoreApplication.translate("SammantradeTab", u"M\u00f6tesvy (F11)", None))
#if QT_CONFIG(tooltip)
        self.view_button.setToolTip(QCoreApplication.translate("SammantradeTab", u"\u00d6ppna presidiets m\u00f6tesvy i helsk\u00e4rm", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.unlock_code_edit.setAccessibleName(QCoreApplication.translate("SammantradeTab", u"Kod f\u00f6r att l\u00e5sa upp m\u00f6tesvyn", None))
#endif // QT_CONFIG(accessibility)
        self.unlock_code_edit.setPlaceholderText(QCoreApplication.translate("SammantradeTab", u"L\u00e5skod", None))
#if QT_CONFIG(tooltip)
        self.unlock_code_edit.setToolTip(QCoreApplication.translate("SammantradeTab", u"Koden som kr\u00e4vs f\u00f6r att l\u00e5sa upp redigering i m\u00f6tesvyn (tomt: bekr\u00e4ftelse r\u00e4cker)", None))
#endif // QT_CONFIG(tooltip)
        self.print_button.setText(QCoreApplication.translate("SammantradeTab", u"Protokoll\u2026", None))
#if QT_CONFIG(tooltip)
        self.print_button.setToolTip(QCoreApplication.translate("SammantradeTab", u"F\u00f6rhandsgranska och skriv ut protokollet (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.print_button.setShortcut(QCoreApplication.translate("SammantradeTab", u"Ctrl+P", None))
#endif // QT_CONFIG(shortcut)
        self.public_button.setText(QCoreApplication.translate("SammantradeTab", u"Offentlig version\u2026", None))
#if QT_CONFIG(tooltip)
        self.public_button.setToolTip(QCoreApplication.translate("SammantradeTab", u"Protokollet f\u00f6r allm\u00e4nheten: sekretessparagrafer utan text, personnummer maskerade enligt granskningen", None))
#endif // QT_CONFIG(tooltip)
        self.utdrag_button.setText(QCoreApplication.translate("SammantradeTab", u"Protokollsutdrag\u2026", None))
        self.held_button.setText(QCoreApplication.translate("SammantradeTab", u"Markera som genomf\u00f6rt", None))
        self.meeting_heading.setText("")
        self.upprop_help.setText(QCoreApplication.translate("SammantradeTab", u"Bocka i vem som \u00e4r n\u00e4rvarande. En ers\u00e4ttare som tj\u00e4nstg\u00f6r i en ledamots st\u00e4lle anges under Ers\u00e4tter. Den som kommer, g\u00e5r och kommer tillbaka under m\u00f6tet f\u00e5r sina paragrafer under N\u00e4rvaro, till exempel \u201d217\u2013219, 221\u2013223\u201d (eller anv\u00e4nd L\u00e4mnar/\u00c5terkommer vid paragrafen).", None))
        self.add_person_button.setText(QCoreApplication.translate("SammantradeTab", u"L\u00e4gg till person\u2026", None))
#if QT_CONFIG(tooltip)
        self.add_person_button.setToolTip(QCoreApplication.translate("SammantradeTab", u"En ers\u00e4ttare, tj\u00e4nstg\u00f6rande ledamot eller tj\u00e4nsteman; ledam\u00f6ter och ers\u00e4ttare kan sparas i n\u00e4mndens ledamotsregister", None))
#endif // QT_CONFIG(tooltip)
        self.remove_person_button.setText(QCoreApplication.translate("SammantradeTab", u"Ta bort", None))
        self.forhinder_button.setText(QCoreApplication.translate("SammantradeTab", u"F\u00f6rhinder\u2026", None))
#if QT_CONFIG(tooltip)
        self.forhinder_button.setToolTip(QCoreApplication.translate("SammantradeTab", u"Vem som har anm\u00e4lt f\u00f6rhinder och vilka ers\u00e4ttare som kallas in enligt inkallelseordningen", None))
#endif // QT_CONFIG(tooltip)
        self.beslutsfor_label.setText("")
        self.pages.setTabText(self.pages.indexOf(self.upprop_page), QCoreApplication.translate("SammantradeTab", u"Upprop", None))
        self.paragraf_heading.setText("")
        self.tjanstgor_label.setText("")
        self.narvaro_label.setText(QCoreApplication.translate("SammantradeTab", u"N\u00e4rvaro:", None))
#if QT_CONFIG(tooltip)
        self.narvaro_person_combo.setToolTip(QCoreApplication.translate("SammantradeTab", u"Den som l\u00e4mnar eller \u00e5terkommer till sammantr\u00e4det vid den h\u00e4r paragrafen", None))
#endif // QT_CONFIG(tooltip)
        self.narvaro_button.setText(QCoreApplication.translate("SammantradeTab", u"L\u00e4mnar f\u00f6re paragrafen", None))
        self.beslut_group.setTitle(QCoreApplication.translate("SammantradeTab", u"Beslut", None))
        self.reset_beslut_button.setText(QCoreApplication.translate("SammantradeTab", u"\u00c5terst\u00e4ll till f\u00f6rslaget", None))
        self.omedelbar_check.setText(QCoreApplication.translate("SammantradeTab", u"Paragrafen justeras omedelbart", None))
        self.justerare_group.setTitle(QCoreApplication.translate("SammantradeTab", u"Val av justerare", None))
        self.justerare1_label.setText(QCoreApplication.translate("SammantradeTab", u"Justerare:", None))
        self.justering_hint_label.setText("")
        self.yrkande_group.setTitle(QCoreApplication.translate("SammantradeTab", u"Yrkanden och propositionsordning", None))
        self.yrkande_text_edit.setPlaceholderText(QCoreApplication.translate("SammantradeTab", u"yrkar bifall till f\u00f6rvaltningens f\u00f6rslag", None))
        self.add_yrkande_button.setText(QCoreApplication.translate("SammantradeTab", u"L\u00e4gg till", None))
        self.edit_yrkande_button.setText(QCoreApplication.translate("SammantradeTab", u"\u00c4ndra\u2026", None))
#if QT_CONFIG(tooltip)
        self.edit_yrkande_button.setToolTip(QCoreApplication.translate("SammantradeTab", u"\u00c4ndra den markerade raden (eller dubbelklicka p\u00e5 den)", None))
#endif // QT_CONFIG(tooltip)
        self.remove_yrkande_button.setText(QCoreApplication.translate("SammantradeTab", u"Ta bort", None))
        self.propositionsordning_edit.setPlaceholderText(QCoreApplication.translate("SammantradeTab", u"Ordf\u00f6randen st\u00e4ller proposition p\u00e5 \u2026 och finner att \u2026 bifalls.", None))
        self.votering_group.setTitle(QCoreApplication.translate("SammantradeTab", u"Votering", None))
        self.ja_label.setText(QCoreApplication.translate("SammantradeTab", u"Ja-r\u00f6st f\u00f6r", None))
        self.ja_text_edit.setPlaceholderText(QCoreApplication.translate("SammantradeTab", u"f\u00f6rvaltningens f\u00f6rslag", None))
        self.nej_label.setText(QCoreApplication.translate("SammantradeTab", u"Nej-r\u00f6st f\u00f6r", None))
        self.nej_text_edit.setPlaceholderText(QCoreApplication.translate("SammantradeTab", u"t.ex. Roland Johanssons avslagsyrkande", None))
        self.vote_totals_label.setText("")
        self.reservation_group.setTitle(QCoreApplication.translate("SammantradeTab", u"Reservationer", None))
        self.reservation_text_edit.setPlaceholderText(QCoreApplication.translate("SammantradeTab", u"till f\u00f6rm\u00e5n f\u00f6r eget yrkande", None))
        self.reservation_written_check.setText(QCoreApplication.translate("SammantradeTab", u"Skriftlig motivering aviserad", None))
        self.add_reservation_button.setText(QCoreApplication.translate("SammantradeTab", u"L\u00e4gg till", None))
#if QT_CONFIG(tooltip)
        self.add_reservation_button.setToolTip(QCoreApplication.translate("SammantradeTab", u"Samma text som en tidigare reservation: namnet l\u00e4ggs till den", None))
#endif // QT_CONFIG(tooltip)
        self.edit_reservation_button.setText(QCoreApplication.translate("SammantradeTab", u"\u00c4ndra\u2026", None))
#if QT_CONFIG(tooltip)
        self.edit_reservation_button.setToolTip(QCoreApplication.translate("SammantradeTab", u"\u00c4ndra den markerade raden (eller dubbelklicka p\u00e5 den)", None))
#endif // QT_CONFIG(tooltip)
        self.remove_reservation_button.setText(QCoreApplication.translate("SammantradeTab", u"Ta bort", None))
        self.reservation_reminder_label.setText("")
        self.anteckning_group.setTitle(QCoreApplication.translate("SammantradeTab", u"Protokollsanteckningar", None))
        self.anteckning_text_edit.setPlaceholderText(QCoreApplication.translate("SammantradeTab", u"Protokollsanteckningens text", None))
        self.add_anteckning_button.setText(QCoreApplication.translate("SammantradeTab", u"L\u00e4gg till", None))
        self.edit_anteckning_button.setText(QCoreApplication.translate("SammantradeTab", u"\u00c4ndra\u2026", None))
#if QT_CONFIG(tooltip)
        self.edit_anteckning_button.setToolTip(QCoreApplication.translate("SammantradeTab", u"\u00c4ndra den markerade raden (eller dubbelklicka p\u00e5 den)", None))
#endif // QT_CONFIG(tooltip)
        self.remove_anteckning_button.setText(QCoreApplication.translate("SammantradeTab", u"Ta bort", None))
        self.jav_group.setTitle(QCoreApplication.translate("SammantradeTab", u"J\u00e4v", None))
        self.jav_member_label.setText(QCoreApplication.translate("SammantradeTab", u"J\u00e4vig:", None))
        self.jav_ersattare_label.setText(QCoreApplication.translate("SammantradeTab", u"Ers\u00e4tts av:", None))
        self.add_jav_button.setText(QCoreApplication.translate("SammantradeTab", u"L\u00e4gg till", None))
        self.edit_jav_button.setText(QCoreApplication.translate("SammantradeTab", u"\u00c4ndra\u2026", None))
#if QT_CONFIG(tooltip)
        self.edit_jav_button.setToolTip(QCoreApplication.translate("SammantradeTab", u"\u00c4ndra den markerade raden (eller dubbelklicka p\u00e5 den)", None))
#endif // QT_CONFIG(tooltip)
        self.remove_jav_button.setText(QCoreApplication.translate("SammantradeTab", u"Ta bort", None))
        self.skickas_group.setTitle(QCoreApplication.translate("SammantradeTab", u"Beslut skickas till (en mottagare per rad)", None))
#if QT_CONFIG(tooltip)
        self.expedierat_label.setToolTip(QCoreApplication.translate("SammantradeTab", u"Protokollsutdrag skickade med Expediera (fliken Uppf\u00f6ljning eller ksdesk expediera)", None))
#endif // QT_CONFIG(tooltip)
        self.behandling_group.setTitle(QCoreApplication.translate("SammantradeTab", u"Behandling, fri text (skrivs efter yrkandena)", None))
        self.pages.setTabText(self.pages.indexOf(self.paragraf_page), QCoreApplication.translate("SammantradeTab", u"Paragrafer", None))
        self.justering_group.setTitle(QCoreApplication.translate("SammantradeTab", u"Justering", None))
        self.justerare_title.setText(QCoreApplication.translate("SammantradeTab", u"Justerare", None))
        self.justerare_summary_label.setText("")
        self.justering_date_label.setText(QCoreApplication.translate("SammantradeTab", u"Justeringsdag", None))
        self.justering_date_edit.setPlaceholderText(QCoreApplication.translate("SammantradeTab", u"\u00c5\u00c5\u00c5\u00c5-MM-DD", None))
        self.justering_time_label.setText(QCoreApplication.translate("SammantradeTab", u"Tid", None))
        self.justering_time_edit.setPlaceholderText(QCoreApplication.translate("SammantradeTab", u"10.00", None))
        self.justering_place_label.setText(QCoreApplication.translate("SammantradeTab", u"Plats", None))
        self.justering_place_edit.setPlaceholderText(QCoreApplication.translate("SammantradeTab", u"Kommunledningskontoret", None))
        self.opened_label.setText(QCoreApplication.translate("SammantradeTab", u"Sammantr\u00e4det \u00f6ppnades kl.", None))
        self.opened_edit.setPlaceholderText(QCoreApplication.translate("SammantradeTab", u"14.00", None))
        self.closed_label.setText(QCoreApplication.translate("SammantradeTab", u"Sammantr\u00e4det avslutades kl.", None))
        self.closed_edit.setPlaceholderText(QCoreApplication.translate("SammantradeTab", u"16.30", None))
        self.justerat_label.setText(QCoreApplication.translate("SammantradeTab", u"Protokollet justerades", None))
        self.justerat_edit.setPlaceholderText(QCoreApplication.translate("SammantradeTab", u"\u00c5\u00c5\u00c5\u00c5-MM-DD", None))
        self.anslaget_label.setText(QCoreApplication.translate("SammantradeTab", u"Anslaget sattes upp", None))
        self.anslaget_edit.setPlaceholderText(QCoreApplication.translate("SammantradeTab", u"\u00c5\u00c5\u00c5\u00c5-MM-DD", None))
        self.forvaringsplats_label.setText(QCoreApplication.translate("SammantradeTab", u"F\u00f6rvaringsplats", None))
        self.forvaringsplats_edit.setPlaceholderText(QCoreApplication.translate("SammantradeTab", u"Kommunledningskontoret", None))
        self.check_group.setTitle(QCoreApplication.translate("SammantradeTab", u"Justeringskontroll", None))
        self.check_summary_label.setText("")
        self.check_button.setText(QCoreApplication.translate("SammantradeTab", u"Kontrollera igen", None))
        self.pages.setTabText(self.pages.indexOf(self.justering_page), QCoreApplication.translate("SammantradeTab", u"Justering", None))
        pass
    # retranslateUi

