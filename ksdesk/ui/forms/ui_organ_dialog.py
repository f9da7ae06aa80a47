# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'organ_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTabWidget, QTableView,
    QToolButton, QVBoxLayout, QWidget)

class Ui_OrganDialog(object):
    def setupUi(self, OrganDialog):
        if not OrganDialog.objectName():
            OrganDialog.setObjectName(u"OrganDialog")
        OrganDialog.setMinimumSize(QSize(520, 0))
        self.main_layout = QVBoxLayout(OrganDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.pages = QTabWidget(OrganDialog)
        self.pages.setObjectName(u"pages")
        self.kallelse_page = QWidget()
        self.kallelse_page.setObjectName(u"kallelse_page")
        self.kallelse_page_layout = QVBoxLayout(self.kallelse_page)
        self.kallelse_page_layout.setObjectName(u"kallelse_page_layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.name_label = QLabel(self.kallelse_page)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(self.kallelse_page)
        self.name_edit.setObjectName(u"name_edit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.kommun_label = QLabel(self.kallelse_page)
        self.kommun_label.setObjectName(u"kommun_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kommun_label)

        self.kommun_edit = QLineEdit(self.kallelse_page)
        self.kommun_edit.setObjectName(u"kommun_edit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kommun_edit)

        self.short_label = QLabel(self.kallelse_page)
        self.short_label.setObjectName(u"short_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.short_label)

        self.short_edit = QLineEdit(self.kallelse_page)
        self.short_edit.setObjectName(u"short_edit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.short_edit)

        self.place_label = QLabel(self.kallelse_page)
        self.place_label.setObjectName(u"place_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.place_label)

        self.place_edit = QLineEdit(self.kallelse_page)
        self.place_edit.setObjectName(u"place_edit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.place_edit)

        self.days_label = QLabel(self.kallelse_page)
        self.days_label.setObjectName(u"days_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.days_label)

        self.days_layout = QHBoxLayout()
        self.days_layout.setObjectName(u"days_layout")
        self.days_spin = QSpinBox(self.kallelse_page)
        self.days_spin.setObjectName(u"days_spin")
        self.days_spin.setMaximum(60)

        self.days_layout.addWidget(self.days_spin)

        self.days_suffix = QLabel(self.kallelse_page)
        self.days_suffix.setObjectName(u"days_suffix")

        self.days_layout.addWidget(self.days_suffix)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.days_layout)

        self.secretary_label = QLabel(self.kallelse_page)
        self.secretary_label.setObjectName(u"secretary_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.secretary_label)

        self.secretary_layout = QHBoxLayout()
        self.secretary_layout.setObjectName(u"secretary_layout")
        self.secretary_name_edit = QLineEdit(self.kallelse_page)
        self.secretary_name_edit.setObjectName(u"secretary_name_edit")

        self.secretary_layout.addWidget(self.secretary_name_edit)

        self.secretary_title_edit = QLineEdit(self.kallelse_page)
        self.secretary_title_edit.setObjectName(u"secretary_title_edit")

        self.secretary_layout.addWidget(self.secretary_title_edit)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.secretary_layout)

        self.contact_layout = QHBoxLayout()
        self.contact_layout.setObjectName(u"contact_layout")
        self.secretary_email_edit = QLineEdit(self.kallelse_page)
        self.secretary_email_edit.setObjectName(u"secretary_email_edit")

        self.contact_layout.addWidget(self.secretary_email_edit)

        self.secretary_phone_edit = QLineEdit(self.kallelse_page)
        self.secretary_phone_edit.setObjectName(u"secretary_phone_edit")

        self.contact_layout.addWidget(self.secretary_phone_edit)


        self.form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.contact_layout)

        self.forvaringsplats_label = QLabel(self.kallelse_page)
        self.forvaringsplats_label.setObjectName(u"forvaringsplats_label")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.forvaringsplats_label)

        self.forvaringsplats_edit = QLineEdit(self.kallelse_page)
        self.forvaringsplats_edit.setObjectName(u"forvaringsplats_edit")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.forvaringsplats_edit)

        self.standard_label = QLabel(self.kallelse_page)
        self.standard_label.setObjectName(u"standard_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.standard_label)

        self.standard_items_edit = QPlainTextEdit(self.kallelse_page)
        self.standard_items_edit.setObjectName(u"standard_items_edit")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.standard_items_edit)


        self.kallelse_page_layout.addLayout(self.form)

        self.pages.addTab(self.kallelse_page, "")
        self.ersattare_page = QWidget()
        self.ersattare_page.setObjectName(u"ersattare_page")
        self.ersattare_page_layout = QVBoxLayout(self.ersattare_page)
        self.ersattare_page_layout.setObjectName(u"ersattare_page_layout")
        self.ersattare_help = QLabel(self.ersattare_page)
        self.ersattare_help.setObjectName(u"ersattare_help")
        self.ersattare_help.setWordWrap(True)

        self.ersattare_page_layout.addWidget(self.ersattare_help)

        self.ersattare_form = QFormLayout()
        self.ersattare_form.setObjectName(u"ersattare_form")
        self.inkallelse_label = QLabel(self.ersattare_page)
        self.inkallelse_label.setObjectName(u"inkallelse_label")

        self.ersattare_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.inkallelse_label)

        self.inkallelse_edit = QPlainTextEdit(self.ersattare_page)
        self.inkallelse_edit.setObjectName(u"inkallelse_edit")
        self.inkallelse_edit.setMaximumSize(QSize(16777215, 80))

        self.ersattare_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.inkallelse_edit)

        self.ersattare_label = QLabel(self.ersattare_page)
        self.ersattare_label.setObjectName(u"ersattare_label")

        self.ersattare_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ersattare_label)

        self.ersattare_layout = QVBoxLayout()
        self.ersattare_layout.setObjectName(u"ersattare_layout")
        self.ersattare_table = QTableView(self.ersattare_page)
        self.ersattare_table.setObjectName(u"ersattare_table")

        self.ersattare_layout.addWidget(self.ersattare_table)

        self.members_summary = QLabel(self.ersattare_page)
        self.members_summary.setObjectName(u"members_summary")
        self.members_summary.setWordWrap(True)

        self.ersattare_layout.addWidget(self.members_summary)

        self.ersattare_buttons = QHBoxLayout()
        self.ersattare_buttons.setObjectName(u"ersattare_buttons")
        self.ersattare_up_button = QToolButton(self.ersattare_page)
        self.ersattare_up_button.setObjectName(u"ersattare_up_button")

        self.ersattare_buttons.addWidget(self.ersattare_up_button)

        self.ersattare_down_button = QToolButton(self.ersattare_page)
        self.ersattare_down_button.setObjectName(u"ersattare_down_button")

        self.ersattare_buttons.addWidget(self.ersattare_down_button)

        self.paste_members_button = QPushButton(self.ersattare_page)
        self.paste_members_button.setObjectName(u"paste_members_button")

        self.ersattare_buttons.addWidget(self.paste_members_button)

        self.ersattare_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ersattare_buttons.addItem(self.ersattare_spacer)


        self.ersattare_layout.addLayout(self.ersattare_buttons)


        self.ersattare_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.ersattare_layout)


        self.ersattare_page_layout.addLayout(self.ersattare_form)

        self.pages.addTab(self.ersattare_page, "")

        self.main_layout.addWidget(self.pages)

        self.button_box = QDialogButtonBox(OrganDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.kommun_label.setBuddy(self.kommun_edit)
        self.short_label.setBuddy(self.short_edit)
        self.place_label.setBuddy(self.place_edit)
        self.secretary_label.setBuddy(self.secretary_name_edit)
        self.forvaringsplats_label.setBuddy(self.forvaringsplats_edit)
        self.standard_label.setBuddy(self.standard_items_edit)
        self.inkallelse_label.setBuddy(self.inkallelse_edit)
        self.ersattare_label.setBuddy(self.ersattare_table)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OrganDialog)

        QMetaObject.connectSlotsByName(OrganDialog)
    # setupUi

    def retranslateUi(self, OrganDialog):
        OrganDialog.setWindowTitle(QCoreApplication.translate("OrganDialog", u"N\u00e4mndens inst\u00e4llningar", None))
        self.name_label.setText(QCoreApplication.translate("OrganDialog", u"&Namn", None))
        self.kommun_label.setText(QCoreApplication.translate("OrganDialog", u"&Kommun", None))
        self.short_label.setText(QCoreApplication.translate("OrganDialog", u"&F\u00f6rkortning", None))
        self.short_edit.setPlaceholderText(QCoreApplication.translate("OrganDialog", u"T.ex. KS", None))
        self.place_label.setText(QCoreApplication.translate("OrganDialog", u"&Plats", None))
        self.days_label.setText(QCoreApplication.translate("OrganDialog", u"Kallelsen skickas", None))
        self.days_suffix.setText(QCoreApplication.translate("OrganDialog", u"dagar f\u00f6re sammantr\u00e4det (enligt reglementet)", None))
        self.secretary_label.setText(QCoreApplication.translate("OrganDialog", u"S&ekreterare", None))
        self.secretary_name_edit.setPlaceholderText(QCoreApplication.translate("OrganDialog", u"Namn", None))
        self.secretary_title_edit.setPlaceholderText(QCoreApplication.translate("OrganDialog", u"Titel", None))
        self.secretary_email_edit.setPlaceholderText(QCoreApplication.translate("OrganDialog", u"E-post", None))
        self.secretary_phone_edit.setPlaceholderText(QCoreApplication.translate("OrganDialog", u"Telefon", None))
        self.forvaringsplats_label.setText(QCoreApplication.translate("OrganDialog", u"F\u00f6rva&ringsplats", None))
        self.forvaringsplats_edit.setPlaceholderText(QCoreApplication.translate("OrganDialog", u"D\u00e4r det justerade protokollet f\u00f6rvaras, t.ex. Kommunledningskontoret", None))
        self.standard_label.setText(QCoreApplication.translate("OrganDialog", u"&St\u00e5ende \u00e4renden", None))
#if QT_CONFIG(tooltip)
        self.standard_items_edit.setToolTip(QCoreApplication.translate("OrganDialog", u"Ett \u00e4rende per rad, i den ordning de ska st\u00e5 p\u00e5 ett nytt sammantr\u00e4de", None))
#endif // QT_CONFIG(tooltip)
        self.pages.setTabText(self.pages.indexOf(self.kallelse_page), QCoreApplication.translate("OrganDialog", u"Kallelse", None))
        self.ersattare_help.setText(QCoreApplication.translate("OrganDialog", u"N\u00e4r en ledamot har f\u00f6rhinder kallas i f\u00f6rsta hand den personliga ers\u00e4ttaren in, sedan partiets ers\u00e4ttare i ordningen nedan och d\u00e4refter ers\u00e4ttare fr\u00e5n de partier som fullm\u00e4ktige best\u00e4mt.", None))
        self.inkallelse_label.setText(QCoreApplication.translate("OrganDialog", u"&Inkallelseordning", None))
        self.inkallelse_edit.setPlaceholderText(QCoreApplication.translate("OrganDialog", u"S: V, MP\n"
"M: C, KD, L", None))
#if QT_CONFIG(tooltip)
        self.inkallelse_edit.setToolTip(QCoreApplication.translate("OrganDialog", u"En rad per parti: vilka partiers ers\u00e4ttare som kallas in, i tur och ordning, n\u00e4r partiets egna ers\u00e4ttare inte r\u00e4cker (som fullm\u00e4ktige beslutat)", None))
#endif // QT_CONFIG(tooltip)
        self.ersattare_label.setText(QCoreApplication.translate("OrganDialog", u"Ers\u00e4ttare", None))
#if QT_CONFIG(accessibility)
        self.ersattare_table.setAccessibleName(QCoreApplication.translate("OrganDialog", u"Ers\u00e4ttare i den ordning de kallas in", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.ersattare_table.setToolTip(QCoreApplication.translate("OrganDialog", u"Ers\u00e4ttarna kallas in i den h\u00e4r ordningen inom sitt parti; en personlig ers\u00e4ttare kallas f\u00f6rst f\u00f6r sin ledamot", None))
#endif // QT_CONFIG(tooltip)
        self.ersattare_up_button.setText(QCoreApplication.translate("OrganDialog", u"\u25b2", None))
#if QT_CONFIG(accessibility)
        self.ersattare_up_button.setAccessibleName(QCoreApplication.translate("OrganDialog", u"Flytta ers\u00e4ttaren upp", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.ersattare_up_button.setToolTip(QCoreApplication.translate("OrganDialog", u"Kallas in tidigare", None))
#endif // QT_CONFIG(tooltip)
        self.ersattare_down_button.setText(QCoreApplication.translate("OrganDialog", u"\u25bc", None))
#if QT_CONFIG(accessibility)
        self.ersattare_down_button.setAccessibleName(QCoreApplication.translate("OrganDialog", u"Flytta ers\u00e4ttaren ned", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.ersattare_down_button.setToolTip(QCoreApplication.translate("OrganDialog", u"Kallas in senare", None))
#endif // QT_CONFIG(tooltip)
        self.paste_members_button.setText(QCoreApplication.translate("OrganDialog", u"&Klistra in ledam\u00f6ter och ers\u00e4ttare\u2026", None))
#if QT_CONFIG(tooltip)
        self.paste_members_button.setToolTip(QCoreApplication.translate("OrganDialog", u"N\u00e4mndens lista fr\u00e5n kommunens webbsida, valberedningens f\u00f6rslag eller ett protokolls n\u00e4rvarolista: den blir n\u00e4mndens register", None))
#endif // QT_CONFIG(tooltip)
        self.pages.setTabText(self.pages.indexOf(self.ersattare_page), QCoreApplication.translate("OrganDialog", u"Ers\u00e4ttare", None))
    # retranslateUi

