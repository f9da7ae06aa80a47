# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'paragraf_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout,
    QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QVBoxLayout, QWidget)

class Ui_ParagrafPage(object):
    def setupUi(self, ParagrafPage):
        if not ParagrafPage.objectName():
            ParagrafPage.setObjectName(u"ParagrafPage")
        self.paragraf_page_layout = QVBoxLayout(ParagrafPage)
        self.paragraf_page_layout.setObjectName(u"paragraf_page_layout")
        self.paragraf_page_layout.setContentsMargins(0, 0, 0, 0)
        self.paragraf_splitter = QSplitter(ParagrafPage)
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
        self.editor_layout.setSpacing(4)
        self.editor_layout.setObjectName(u"editor_layout")
        self.editor_layout.setContentsMargins(-1, 2, -1, -1)
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
        self.beslut_layout.setContentsMargins(-1, 2, -1, 4)
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

        self.underlag_group = QGroupBox(self.editor_panel)
        self.underlag_group.setObjectName(u"underlag_group")
        self.underlag_layout = QVBoxLayout(self.underlag_group)
        self.underlag_layout.setObjectName(u"underlag_layout")
        self.underlag_edit = QPlainTextEdit(self.underlag_group)
        self.underlag_edit.setObjectName(u"underlag_edit")
        self.underlag_edit.setMaximumSize(QSize(16777215, 110))

        self.underlag_layout.addWidget(self.underlag_edit)

        self.underlag_buttons = QHBoxLayout()
        self.underlag_buttons.setObjectName(u"underlag_buttons")
        self.underlag_label = QLabel(self.underlag_group)
        self.underlag_label.setObjectName(u"underlag_label")
        self.underlag_label.setWordWrap(True)
        self.underlag_label.setTextFormat(Qt.TextFormat.RichText)

        self.underlag_buttons.addWidget(self.underlag_label)

        self.reset_underlag_button = QPushButton(self.underlag_group)
        self.reset_underlag_button.setObjectName(u"reset_underlag_button")

        self.underlag_buttons.addWidget(self.reset_underlag_button)

        self.underlag_buttons.setStretch(0, 1)

        self.underlag_layout.addLayout(self.underlag_buttons)


        self.editor_layout.addWidget(self.underlag_group)

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

        self.besvar_group = QGroupBox(self.editor_panel)
        self.besvar_group.setObjectName(u"besvar_group")
        self.besvar_layout = QGridLayout(self.besvar_group)
        self.besvar_layout.setObjectName(u"besvar_layout")
        self.besvar_check = QCheckBox(self.besvar_group)
        self.besvar_check.setObjectName(u"besvar_check")

        self.besvar_layout.addWidget(self.besvar_check, 0, 0, 1, 3)

        self.delgivet_label = QLabel(self.besvar_group)
        self.delgivet_label.setObjectName(u"delgivet_label")

        self.besvar_layout.addWidget(self.delgivet_label, 1, 0, 1, 1)

        self.delgivet_edit = QLineEdit(self.besvar_group)
        self.delgivet_edit.setObjectName(u"delgivet_edit")

        self.besvar_layout.addWidget(self.delgivet_edit, 1, 1, 1, 1)

        self.kungoras_check = QCheckBox(self.besvar_group)
        self.kungoras_check.setObjectName(u"kungoras_check")

        self.besvar_layout.addWidget(self.kungoras_check, 2, 0, 1, 3)

        self.kungjort_label = QLabel(self.besvar_group)
        self.kungjort_label.setObjectName(u"kungjort_label")

        self.besvar_layout.addWidget(self.kungjort_label, 3, 0, 1, 1)

        self.kungjort_edit = QLineEdit(self.besvar_group)
        self.kungjort_edit.setObjectName(u"kungjort_edit")

        self.besvar_layout.addWidget(self.kungjort_edit, 3, 1, 1, 1)

        self.besvar_label = QLabel(self.besvar_group)
        self.besvar_label.setObjectName(u"besvar_label")
        self.besvar_label.setWordWrap(True)
        self.besvar_label.setTextFormat(Qt.TextFormat.RichText)

        self.besvar_layout.addWidget(self.besvar_label, 4, 0, 1, 3)

        self.besvar_layout.setColumnStretch(2, 1)

        self.editor_layout.addWidget(self.besvar_group)

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

#if QT_CONFIG(shortcut)
        self.delgivet_label.setBuddy(self.delgivet_edit)
        self.kungjort_label.setBuddy(self.kungjort_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ParagrafPage)

        QMetaObject.connectSlotsByName(ParagrafPage)
    # setupUi

    def retranslateUi(self, ParagrafPage):
        self.paragraf_heading.setText("")
        self.tjanstgor_label.setText("")
        self.narvaro_label.setText(QCoreApplication.translate("ParagrafPage", u"N\u00e4rvaro:", None))
#if QT_CONFIG(tooltip)
        self.narvaro_person_combo.setToolTip(QCoreApplication.translate("ParagrafPage", u"Den som l\u00e4mnar eller \u00e5terkommer till sammantr\u00e4det vid den h\u00e4r paragrafen", None))
#endif // QT_CONFIG(tooltip)
        self.narvaro_button.setText(QCoreApplication.translate("ParagrafPage", u"L\u00e4mnar f\u00f6re paragrafen", None))
        self.beslut_group.setTitle(QCoreApplication.translate("ParagrafPage", u"Beslut", None))
        self.reset_beslut_button.setText(QCoreApplication.translate("ParagrafPage", u"\u00c5terst\u00e4ll till f\u00f6rslaget", None))
        self.omedelbar_check.setText(QCoreApplication.translate("ParagrafPage", u"Paragrafen justeras omedelbart", None))
        self.justerare_group.setTitle(QCoreApplication.translate("ParagrafPage", u"Val av justerare", None))
        self.justerare1_label.setText(QCoreApplication.translate("ParagrafPage", u"Justerare:", None))
        self.justering_hint_label.setText("")
        self.yrkande_group.setTitle(QCoreApplication.translate("ParagrafPage", u"Yrkanden och propositionsordning", None))
        self.yrkande_text_edit.setPlaceholderText(QCoreApplication.translate("ParagrafPage", u"yrkar bifall till f\u00f6rvaltningens f\u00f6rslag", None))
        self.add_yrkande_button.setText(QCoreApplication.translate("ParagrafPage", u"L\u00e4gg till", None))
        self.edit_yrkande_button.setText(QCoreApplication.translate("ParagrafPage", u"\u00c4ndra\u2026", None))
#if QT_CONFIG(tooltip)
        self.edit_yrkande_button.setToolTip(QCoreApplication.translate("ParagrafPage", u"\u00c4ndra den markerade raden (eller dubbelklicka p\u00e5 den)", None))
#endif // QT_CONFIG(tooltip)
        self.remove_yrkande_button.setText(QCoreApplication.translate("ParagrafPage", u"Ta bort", None))
        self.propositionsordning_edit.setPlaceholderText(QCoreApplication.translate("ParagrafPage", u"Ordf\u00f6randen st\u00e4ller proposition p\u00e5 \u2026 och finner att \u2026 bifalls.", None))
        self.votering_group.setTitle(QCoreApplication.translate("ParagrafPage", u"Votering", None))
        self.ja_label.setText(QCoreApplication.translate("ParagrafPage", u"Ja-r\u00f6st f\u00f6r", None))
        self.ja_text_edit.setPlaceholderText(QCoreApplication.translate("ParagrafPage", u"f\u00f6rvaltningens f\u00f6rslag", None))
        self.nej_label.setText(QCoreApplication.translate("ParagrafPage", u"Nej-r\u00f6st f\u00f6r", None))
        self.nej_text_edit.setPlaceholderText(QCoreApplication.translate("ParagrafPage", u"t.ex. Roland Johanssons avslagsyrkande", None))
        self.vote_totals_label.setText("")
        self.reservation_group.setTitle(QCoreApplication.translate("ParagrafPage", u"Reservationer", None))
        self.reservation_text_edit.setPlaceholderText(QCoreApplication.translate("ParagrafPage", u"till f\u00f6rm\u00e5n f\u00f6r eget yrkande", None))
        self.reservation_written_check.setText(QCoreApplication.translate("ParagrafPage", u"Skriftlig motivering aviserad", None))
        self.add_reservation_button.setText(QCoreApplication.translate("ParagrafPage", u"L\u00e4gg till", None))
#if QT_CONFIG(tooltip)
        self.add_reservation_button.setToolTip(QCoreApplication.translate("ParagrafPage", u"Samma text som en tidigare reservation: namnet l\u00e4ggs till den", None))
#endif // QT_CONFIG(tooltip)
        self.edit_reservation_button.setText(QCoreApplication.translate("ParagrafPage", u"\u00c4ndra\u2026", None))
#if QT_CONFIG(tooltip)
        self.edit_reservation_button.setToolTip(QCoreApplication.translate("ParagrafPage", u"\u00c4ndra den markerade raden (eller dubbelklicka p\u00e5 den)", None))
#endif // QT_CONFIG(tooltip)
        self.remove_reservation_button.setText(QCoreApplication.translate("ParagrafPage", u"Ta bort", None))
        self.reservation_reminder_label.setText("")
        self.anteckning_group.setTitle(QCoreApplication.translate("ParagrafPage", u"Protokollsanteckningar", None))
        self.anteckning_text_edit.setPlaceholderText(QCoreApplication.translate("ParagrafPage", u"Protokollsanteckningens text", None))
        self.add_anteckning_button.setText(QCoreApplication.translate("ParagrafPage", u"L\u00e4gg till", None))
        self.edit_anteckning_button.setText(QCoreApplication.translate("ParagrafPage", u"\u00c4ndra\u2026", None))
#if QT_CONFIG(tooltip)
        self.edit_anteckning_button.setToolTip(QCoreApplication.translate("ParagrafPage", u"\u00c4ndra den markerade raden (eller dubbelklicka p\u00e5 den)", None))
#endif // QT_CONFIG(tooltip)
        self.remove_anteckning_button.setText(QCoreApplication.translate("ParagrafPage", u"Ta bort", None))
        self.jav_group.setTitle(QCoreApplication.translate("ParagrafPage", u"J\u00e4v", None))
        self.jav_member_label.setText(QCoreApplication.translate("ParagrafPage", u"J\u00e4vig:", None))
        self.jav_ersattare_label.setText(QCoreApplication.translate("ParagrafPage", u"Ers\u00e4tts av:", None))
        self.add_jav_button.setText(QCoreApplication.translate("ParagrafPage", u"L\u00e4gg till", None))
        self.edit_jav_button.setText(QCoreApplication.translate("ParagrafPage", u"\u00c4ndra\u2026", None))
#if QT_CONFIG(tooltip)
        self.edit_jav_button.setToolTip(QCoreApplication.translate("ParagrafPage", u"\u00c4ndra den markerade raden (eller dubbelklicka p\u00e5 den)", None))
#endif // QT_CONFIG(tooltip)
        self.remove_jav_button.setText(QCoreApplication.translate("ParagrafPage", u"Ta bort", None))
        self.underlag_group.setTitle(QCoreApplication.translate("ParagrafPage", u"Beslutsunderlag (ett dokument per rad)", None))
#if QT_CONFIG(tooltip)
        self.underlag_edit.setToolTip(QCoreApplication.translate("ParagrafPage", u"Skrivs fr\u00e5n \u00e4rendets tj\u00e4nsteskrivelse och bilagor och numreras i protokollet. Uppdatera paragraferna skriver om listan n\u00e4r \u00e4rendets handlingar \u00e4ndras, men inte en lista du har \u00e4ndrat sj\u00e4lv.", None))
#endif // QT_CONFIG(tooltip)
        self.reset_underlag_button.setText(QCoreApplication.translate("ParagrafPage", u"H\u00e4mta fr\u00e5n \u00e4rendet", None))
#if QT_CONFIG(tooltip)
        self.reset_underlag_button.setToolTip(QCoreApplication.translate("ParagrafPage", u"Ers\u00e4tt listan med \u00e4rendets tj\u00e4nsteskrivelse och bilagor", None))
#endif // QT_CONFIG(tooltip)
        self.skickas_group.setTitle(QCoreApplication.translate("ParagrafPage", u"Beslut skickas till (en mottagare per rad)", None))
#if QT_CONFIG(tooltip)
        self.expedierat_label.setToolTip(QCoreApplication.translate("ParagrafPage", u"Protokollsutdrag skickade med Expediera (fliken Uppf\u00f6ljning eller ksdesk expediera)", None))
#endif // QT_CONFIG(tooltip)
        self.besvar_group.setTitle(QCoreApplication.translate("ParagrafPage", u"\u00d6verklagande och laga kraft", None))
        self.besvar_check.setText(QCoreApplication.translate("ParagrafPage", u"\u00d6verklagas genom f\u00f6rvaltningsbesv\u00e4r (till exempel bygglov till l\u00e4nsstyrelsen)", None))
#if QT_CONFIG(tooltip)
        self.besvar_check.setToolTip(QCoreApplication.translate("ParagrafPage", u"Tiden f\u00f6r \u00f6verklagande r\u00e4knas d\u00e5 fr\u00e5n delgivningen och kung\u00f6relsen, inte fr\u00e5n anslaget av protokollet (f\u00f6rvaltningslagen 44 \u00a7, plan- och bygglagen 13 kap. 16 \u00a7)", None))
#endif // QT_CONFIG(tooltip)
        self.delgivet_label.setText(QCoreApplication.translate("ParagrafPage", u"&Delgivet:", None))
        self.delgivet_edit.setPlaceholderText(QCoreApplication.translate("ParagrafPage", u"\u00c5\u00c5\u00c5\u00c5-MM-DD", None))
#if QT_CONFIG(tooltip)
        self.delgivet_edit.setToolTip(QCoreApplication.translate("ParagrafPage", u"Dagen d\u00e5 parten (den sista av dem) fick del av beslutet", None))
#endif // QT_CONFIG(tooltip)
        self.kungoras_check.setText(QCoreApplication.translate("ParagrafPage", u"Kung\u00f6rs i Post- och Inrikes Tidningar (lov och positivt f\u00f6rhandsbesked)", None))
        self.kungjort_label.setText(QCoreApplication.translate("ParagrafPage", u"Ku&ngjort:", None))
        self.kungjort_edit.setPlaceholderText(QCoreApplication.translate("ParagrafPage", u"\u00c5\u00c5\u00c5\u00c5-MM-DD", None))
#if QT_CONFIG(tooltip)
        self.kungjort_edit.setToolTip(QCoreApplication.translate("ParagrafPage", u"Dagen d\u00e5 beslutet kungjordes i Post- och Inrikes Tidningar", None))
#endif // QT_CONFIG(tooltip)
        self.behandling_group.setTitle(QCoreApplication.translate("ParagrafPage", u"Behandling, fri text (skrivs efter yrkandena)", None))
        pass
    # retranslateUi

