# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'tjansteskrivelse_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QDialogButtonBox,
    QGridLayout, QHBoxLayout, QLabel,
    QLineEdit, QListView, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QTableView,
    QToolButton, QVBoxLayout, QWidget)

class Ui_TjansteskrivelseDialog(object):
    def setupUi(self, TjansteskrivelseDialog):
        if not TjansteskrivelseDialog.objectName():
            TjansteskrivelseDialog.setObjectName(u"TjansteskrivelseDialog")
        TjansteskrivelseDialog.resize(820, 640)
        self.main_layout = QVBoxLayout(TjansteskrivelseDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.header_grid = QGridLayout()
        self.header_grid.setObjectName(u"header_grid")
        self.title_label = QLabel(TjansteskrivelseDialog)
        self.title_label.setObjectName(u"title_label")

        self.header_grid.addWidget(self.title_label, 0, 0, 1, 1)

        self.title_edit = QLineEdit(TjansteskrivelseDialog)
        self.title_edit.setObjectName(u"title_edit")

        self.header_grid.addWidget(self.title_edit, 0, 1, 1, 3)

        self.datum_label = QLabel(TjansteskrivelseDialog)
        self.datum_label.setObjectName(u"datum_label")

        self.header_grid.addWidget(self.datum_label, 1, 0, 1, 1)

        self.datum_edit = QLineEdit(TjansteskrivelseDialog)
        self.datum_edit.setObjectName(u"datum_edit")

        self.header_grid.addWidget(self.datum_edit, 1, 1, 1, 1)

        self.diarienummer_label = QLabel(TjansteskrivelseDialog)
        self.diarienummer_label.setObjectName(u"diarienummer_label")

        self.header_grid.addWidget(self.diarienummer_label, 1, 2, 1, 1)

        self.diarienummer_edit = QLineEdit(TjansteskrivelseDialog)
        self.diarienummer_edit.setObjectName(u"diarienummer_edit")

        self.header_grid.addWidget(self.diarienummer_edit, 1, 3, 1, 1)

        self.handlaggare_label = QLabel(TjansteskrivelseDialog)
        self.handlaggare_label.setObjectName(u"handlaggare_label")

        self.header_grid.addWidget(self.handlaggare_label, 2, 0, 1, 1)

        self.handlaggare_edit = QLineEdit(TjansteskrivelseDialog)
        self.handlaggare_edit.setObjectName(u"handlaggare_edit")

        self.header_grid.addWidget(self.handlaggare_edit, 2, 1, 1, 1)

        self.handlaggare_titel_label = QLabel(TjansteskrivelseDialog)
        self.handlaggare_titel_label.setObjectName(u"handlaggare_titel_label")

        self.header_grid.addWidget(self.handlaggare_titel_label, 2, 2, 1, 1)

        self.handlaggare_titel_edit = QLineEdit(TjansteskrivelseDialog)
        self.handlaggare_titel_edit.setObjectName(u"handlaggare_titel_edit")

        self.header_grid.addWidget(self.handlaggare_titel_edit, 2, 3, 1, 1)

        self.telefon_label = QLabel(TjansteskrivelseDialog)
        self.telefon_label.setObjectName(u"telefon_label")

        self.header_grid.addWidget(self.telefon_label, 3, 0, 1, 1)

        self.telefon_edit = QLineEdit(TjansteskrivelseDialog)
        self.telefon_edit.setObjectName(u"telefon_edit")

        self.header_grid.addWidget(self.telefon_edit, 3, 1, 1, 1)

        self.epost_label = QLabel(TjansteskrivelseDialog)
        self.epost_label.setObjectName(u"epost_label")

        self.header_grid.addWidget(self.epost_label, 3, 2, 1, 1)

        self.epost_edit = QLineEdit(TjansteskrivelseDialog)
        self.epost_edit.setObjectName(u"epost_edit")

        self.header_grid.addWidget(self.epost_edit, 3, 3, 1, 1)

        self.ert_datum_label = QLabel(TjansteskrivelseDialog)
        self.ert_datum_label.setObjectName(u"ert_datum_label")

        self.header_grid.addWidget(self.ert_datum_label, 4, 0, 1, 1)

        self.ert_datum_edit = QLineEdit(TjansteskrivelseDialog)
        self.ert_datum_edit.setObjectName(u"ert_datum_edit")

        self.header_grid.addWidget(self.ert_datum_edit, 4, 1, 1, 1)

        self.er_referens_label = QLabel(TjansteskrivelseDialog)
        self.er_referens_label.setObjectName(u"er_referens_label")

        self.header_grid.addWidget(self.er_referens_label, 4, 2, 1, 1)

        self.er_referens_edit = QLineEdit(TjansteskrivelseDialog)
        self.er_referens_edit.setObjectName(u"er_referens_edit")

        self.header_grid.addWidget(self.er_referens_edit, 4, 3, 1, 1)

        self.mottagare_label = QLabel(TjansteskrivelseDialog)
        self.mottagare_label.setObjectName(u"mottagare_label")

        self.header_grid.addWidget(self.mottagare_label, 5, 0, 1, 1)

        self.mottagare_edit = QLineEdit(TjansteskrivelseDialog)
        self.mottagare_edit.setObjectName(u"mottagare_edit")

        self.header_grid.addWidget(self.mottagare_edit, 5, 1, 1, 3)


        self.main_layout.addLayout(self.header_grid)

        self.parts_tabs = QTabWidget(TjansteskrivelseDialog)
        self.parts_tabs.setObjectName(u"parts_tabs")
        self.forslag_page = QWidget()
        self.forslag_page.setObjectName(u"forslag_page")
        self.forslag_layout = QVBoxLayout(self.forslag_page)
        self.forslag_layout.setObjectName(u"forslag_layout")
        self.forslag_help = QLabel(self.forslag_page)
        self.forslag_help.setObjectName(u"forslag_help")
        self.forslag_help.setWordWrap(True)

        self.forslag_layout.addWidget(self.forslag_help)

        self.forslag_table = QTableView(self.forslag_page)
        self.forslag_table.setObjectName(u"forslag_table")

        self.forslag_layout.addWidget(self.forslag_table)

        self.forslag_buttons = QHBoxLayout()
        self.forslag_buttons.setObjectName(u"forslag_buttons")
        self.add_forslag_button = QPushButton(self.forslag_page)
        self.add_forslag_button.setObjectName(u"add_forslag_button")

        self.forslag_buttons.addWidget(self.add_forslag_button)

        self.remove_forslag_button = QPushButton(self.forslag_page)
        self.remove_forslag_button.setObjectName(u"remove_forslag_button")

        self.forslag_buttons.addWidget(self.remove_forslag_button)

        self.forslag_up_button = QToolButton(self.forslag_page)
        self.forslag_up_button.setObjectName(u"forslag_up_button")

        self.forslag_buttons.addWidget(self.forslag_up_button)

        self.forslag_down_button = QToolButton(self.forslag_page)
        self.forslag_down_button.setObjectName(u"forslag_down_button")

        self.forslag_buttons.addWidget(self.forslag_down_button)

        self.number_forslag_button = QPushButton(self.forslag_page)
        self.number_forslag_button.setObjectName(u"number_forslag_button")

        self.forslag_buttons.addWidget(self.number_forslag_button)

        self.forslag_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.forslag_buttons.addItem(self.forslag_spacer)


        self.forslag_layout.addLayout(self.forslag_buttons)

        self.parts_tabs.addTab(self.forslag_page, "")
        self.sections_page = QWidget()
        self.sections_page.setObjectName(u"sections_page")
        self.sections_layout = QHBoxLayout(self.sections_page)
        self.sections_layout.setObjectName(u"sections_layout")
        self.sections_list_layout = QVBoxLayout()
        self.sections_list_layout.setObjectName(u"sections_list_layout")
        self.section_list = QListView(self.sections_page)
        self.section_list.setObjectName(u"section_list")
        self.section_list.setMaximumSize(QSize(260, 16777215))

        self.sections_list_layout.addWidget(self.section_list)

        self.section_buttons = QHBoxLayout()
        self.section_buttons.setObjectName(u"section_buttons")
        self.add_section_button = QPushButton(self.sections_page)
        self.add_section_button.setObjectName(u"add_section_button")

        self.section_buttons.addWidget(self.add_section_button)

        self.remove_section_button = QPushButton(self.sections_page)
        self.remove_section_button.setObjectName(u"remove_section_button")

        self.section_buttons.addWidget(self.remove_section_button)

        self.section_up_button = QToolButton(self.sections_page)
        self.section_up_button.setObjectName(u"section_up_button")

        self.section_buttons.addWidget(self.section_up_button)

        self.section_down_button = QToolButton(self.sections_page)
        self.section_down_button.setObjectName(u"section_down_button")

        self.section_buttons.addWidget(self.section_down_button)


        self.sections_list_layout.addLayout(self.section_buttons)


        self.sections_layout.addLayout(self.sections_list_layout)

        self.section_edit_layout = QVBoxLayout()
        self.section_edit_layout.setObjectName(u"section_edit_layout")
        self.section_heading_edit = QLineEdit(self.sections_page)
        self.section_heading_edit.setObjectName(u"section_heading_edit")

        self.section_edit_layout.addWidget(self.section_heading_edit)

        self.section_text_edit = QPlainTextEdit(self.sections_page)
        self.section_text_edit.setObjectName(u"section_text_edit")

        self.section_edit_layout.addWidget(self.section_text_edit)


        self.sections_layout.addLayout(self.section_edit_layout)

        self.parts_tabs.addTab(self.sections_page, "")
        self.signatures_page = QWidget()
        self.signatures_page.setObjectName(u"signatures_page")
        self.signatures_layout = QHBoxLayout(self.signatures_page)
        self.signatures_layout.setObjectName(u"signatures_layout")
        self.signatories_layout = QVBoxLayout()
        self.signatories_layout.setObjectName(u"signatories_layout")
        self.signatories_label = QLabel(self.signatures_page)
        self.signatories_label.setObjectName(u"signatories_label")

        self.signatories_layout.addWidget(self.signatories_label)

        self.signatory_table = QTableView(self.signatures_page)
        self.signatory_table.setObjectName(u"signatory_table")

        self.signatories_layout.addWidget(self.signatory_table)

        self.signatory_buttons = QHBoxLayout()
        self.signatory_buttons.setObjectName(u"signatory_buttons")
        self.add_signatory_button = QPushButton(self.signatures_page)
        self.add_signatory_button.setObjectName(u"add_signatory_button")

        self.signatory_buttons.addWidget(self.add_signatory_button)

        self.remove_signatory_button = QPushButton(self.signatures_page)
        self.remove_signatory_button.setObjectName(u"remove_signatory_button")

        self.signatory_buttons.addWidget(self.remove_signatory_button)


        self.signatories_layout.addLayout(self.signatory_buttons)


        self.signatures_layout.addLayout(self.signatories_layout)

        self.sendlist_layout = QVBoxLayout()
        self.sendlist_layout.setObjectName(u"sendlist_layout")
        self.sendlist_label = QLabel(self.signatures_page)
        self.sendlist_label.setObjectName(u"sendlist_label")

        self.sendlist_layout.addWidget(self.sendlist_label)

        self.sendlist_edit = QPlainTextEdit(self.signatures_page)
        self.sendlist_edit.setObjectName(u"sendlist_edit")

        self.sendlist_layout.addWidget(self.sendlist_edit)


        self.signatures_layout.addLayout(self.sendlist_layout)

        self.parts_tabs.addTab(self.signatures_page, "")

        self.main_layout.addWidget(self.parts_tabs)

        self.bilagor_note = QLabel(TjansteskrivelseDialog)
        self.bilagor_note.setObjectName(u"bilagor_note")
        self.bilagor_note.setWordWrap(True)

        self.main_layout.addWidget(self.bilagor_note)

        self.button_box = QDialogButtonBox(TjansteskrivelseDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.title_label.setBuddy(self.title_edit)
        self.datum_label.setBuddy(self.datum_edit)
        self.diarienummer_label.setBuddy(self.diarienummer_edit)
        self.handlaggare_label.setBuddy(self.handlaggare_edit)
        self.handlaggare_titel_label.setBuddy(self.handlaggare_titel_edit)
        self.telefon_label.setBuddy(self.telefon_edit)
        self.epost_label.setBuddy(self.epost_edit)
        self.ert_datum_label.setBuddy(self.ert_datum_edit)
        self.er_referens_label.setBuddy(self.er_referens_edit)
        self.mottagare_label.setBuddy(self.mottagare_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TjansteskrivelseDialog)

        QMetaObject.connectSlotsByName(TjansteskrivelseDialog)
    # setupUi

    def retranslateUi(self, TjansteskrivelseDialog):
        TjansteskrivelseDialog.setWindowTitle(QCoreApplication.translate("TjansteskrivelseDialog", u"Tj\u00e4nsteskrivelse", None))
        self.title_label.setText(QCoreApplication.translate("TjansteskrivelseDialog", u"&Rubrik", None))
        self.datum_label.setText(QCoreApplication.translate("TjansteskrivelseDialog", u"&Datum", None))
        self.datum_edit.setPlaceholderText(QCoreApplication.translate("TjansteskrivelseDialog", u"\u00c5\u00c5\u00c5\u00c5-MM-DD", None))
        self.diarienummer_label.setText(QCoreApplication.translate("TjansteskrivelseDialog", u"D&iarienummer", None))
        self.handlaggare_label.setText(QCoreApplication.translate("TjansteskrivelseDialog", u"&Handl\u00e4ggare", None))
        self.handlaggare_titel_label.setText(QCoreApplication.translate("TjansteskrivelseDialog", u"Ti&tel", None))
        self.handlaggare_titel_edit.setPlaceholderText(QCoreApplication.translate("TjansteskrivelseDialog", u"T.ex. N\u00e4mndsekreterare", None))
        self.telefon_label.setText(QCoreApplication.translate("TjansteskrivelseDialog", u"T&elefon", None))
        self.epost_label.setText(QCoreApplication.translate("TjansteskrivelseDialog", u"E-&post", None))
        self.ert_datum_label.setText(QCoreApplication.translate("TjansteskrivelseDialog", u"Ert datum", None))
        self.er_referens_label.setText(QCoreApplication.translate("TjansteskrivelseDialog", u"Er referens", None))
        self.mottagare_label.setText(QCoreApplication.translate("TjansteskrivelseDialog", u"&Mottagare", None))
        self.mottagare_edit.setPlaceholderText(QCoreApplication.translate("TjansteskrivelseDialog", u"T.ex. Fullm\u00e4ktige", None))
        self.forslag_help.setText(QCoreApplication.translate("TjansteskrivelseDialog", u"En att-sats per rad. V\u00e4lj Kommunstyrelsen eller Fullm\u00e4ktige f\u00f6r att dela upp f\u00f6rslaget som i \u201dF\u00f6rslag till beslut fullm\u00e4ktige\u201d.", None))
        self.add_forslag_button.setText(QCoreApplication.translate("TjansteskrivelseDialog", u"Ny att-sats", None))
        self.remove_forslag_button.setText(QCoreApplication.translate("TjansteskrivelseDialog", u"Ta bort", None))
        self.forslag_up_button.setText(QCoreApplication.translate("TjansteskrivelseDialog", u"\u25b2", None))
        self.forslag_down_button.setText(QCoreApplication.translate("TjansteskrivelseDialog", u"\u25bc", None))
        self.number_forslag_button.setText(QCoreApplication.translate("TjansteskrivelseDialog", u"Numrera 1, 2, 3 \u2026", None))
        self.parts_tabs.setTabText(self.parts_tabs.indexOf(self.forslag_page), QCoreApplication.translate("TjansteskrivelseDialog", u"F\u00f6rslag till beslut", None))
        self.add_section_button.setText(QCoreApplication.translate("TjansteskrivelseDialog", u"Nytt avsnitt", None))
        self.remove_section_button.setText(QCoreApplication.translate("TjansteskrivelseDialog", u"Ta bort", None))
        self.section_up_button.setText(QCoreApplication.translate("TjansteskrivelseDialog", u"\u25b2", None))
        self.section_down_button.setText(QCoreApplication.translate("TjansteskrivelseDialog", u"\u25bc", None))
        self.section_heading_edit.setPlaceholderText(QCoreApplication.translate("TjansteskrivelseDialog", u"Rubrik, t.ex. Beskrivning av \u00e4rendet", None))
        self.section_text_edit.setPlaceholderText(QCoreApplication.translate("TjansteskrivelseDialog", u"Stycken skiljs \u00e5t med en tom rad. Rader som b\u00f6rjar med \u201d- \u201d blir punkter.", None))
        self.parts_tabs.setTabText(self.parts_tabs.indexOf(self.sections_page), QCoreApplication.translate("TjansteskrivelseDialog", u"Text", None))
        self.signatories_label.setText(QCoreApplication.translate("TjansteskrivelseDialog", u"<b>Underskrifter</b>", None))
        self.add_signatory_button.setText(QCoreApplication.translate("TjansteskrivelseDialog", u"Ny underskrift", None))
        self.remove_signatory_button.setText(QCoreApplication.translate("TjansteskrivelseDialog", u"Ta bort", None))
        self.sendlist_label.setText(QCoreApplication.translate("TjansteskrivelseDialog", u"<b>Beslut skickas till</b> (en mottagare per rad)", None))
        self.parts_tabs.setTabText(self.parts_tabs.indexOf(self.signatures_page), QCoreApplication.translate("TjansteskrivelseDialog", u"Underskrifter och s\u00e4ndlista", None))
        self.bilagor_note.setText(QCoreApplication.translate("TjansteskrivelseDialog", u"Bilagorna h\u00e4mtas fr\u00e5n \u00e4rendets bilagelista i fliken Kallelse.", None))
    # retranslateUi

