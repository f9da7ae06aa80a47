# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'justering_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QListView, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_JusteringPage(object):
    def setupUi(self, JusteringPage):
        if not JusteringPage.objectName():
            JusteringPage.setObjectName(u"JusteringPage")
        self.justering_page_layout = QHBoxLayout(JusteringPage)
        self.justering_page_layout.setObjectName(u"justering_page_layout")
        self.justering_left = QVBoxLayout()
        self.justering_left.setObjectName(u"justering_left")
        self.justering_group = QGroupBox(JusteringPage)
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

        self.ajournering_label = QLabel(self.justering_group)
        self.ajournering_label.setObjectName(u"ajournering_label")

        self.justering_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.ajournering_label)

        self.ajournering_edit = QLineEdit(self.justering_group)
        self.ajournering_edit.setObjectName(u"ajournering_edit")

        self.justering_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.ajournering_edit)

        self.justerat_label = QLabel(self.justering_group)
        self.justerat_label.setObjectName(u"justerat_label")

        self.justering_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.justerat_label)

        self.justerat_edit = QLineEdit(self.justering_group)
        self.justerat_edit.setObjectName(u"justerat_edit")

        self.justering_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.justerat_edit)

        self.anslaget_label = QLabel(self.justering_group)
        self.anslaget_label.setObjectName(u"anslaget_label")

        self.justering_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.anslaget_label)

        self.anslaget_edit = QLineEdit(self.justering_group)
        self.anslaget_edit.setObjectName(u"anslaget_edit")

        self.justering_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.anslaget_edit)

        self.forvaringsplats_label = QLabel(self.justering_group)
        self.forvaringsplats_label.setObjectName(u"forvaringsplats_label")

        self.justering_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.forvaringsplats_label)

        self.forvaringsplats_edit = QLineEdit(self.justering_group)
        self.forvaringsplats_edit.setObjectName(u"forvaringsplats_edit")

        self.justering_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.forvaringsplats_edit)


        self.justering_left.addWidget(self.justering_group)

        self.justering_left_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.justering_left.addItem(self.justering_left_spacer)


        self.justering_page_layout.addLayout(self.justering_left)

        self.deadline_host = QWidget(JusteringPage)
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


        self.retranslateUi(JusteringPage)

        QMetaObject.connectSlotsByName(JusteringPage)
    # setupUi

    def retranslateUi(self, JusteringPage):
        self.justering_group.setTitle(QCoreApplication.translate("JusteringPage", u"Justering", None))
        self.justerare_title.setText(QCoreApplication.translate("JusteringPage", u"Justerare", None))
        self.justerare_summary_label.setText("")
        self.justering_date_label.setText(QCoreApplication.translate("JusteringPage", u"&Justeringsdag", None))
        self.justering_date_edit.setPlaceholderText(QCoreApplication.translate("JusteringPage", u"\u00c5\u00c5\u00c5\u00c5-MM-DD", None))
        self.justering_time_label.setText(QCoreApplication.translate("JusteringPage", u"Ti&d", None))
        self.justering_time_edit.setPlaceholderText(QCoreApplication.translate("JusteringPage", u"10.00", None))
        self.justering_place_label.setText(QCoreApplication.translate("JusteringPage", u"P&lats", None))
        self.justering_place_edit.setPlaceholderText(QCoreApplication.translate("JusteringPage", u"Kommunledningskontoret", None))
        self.opened_label.setText(QCoreApplication.translate("JusteringPage", u"Sammantr\u00e4det &\u00f6ppnades kl.", None))
        self.opened_edit.setPlaceholderText(QCoreApplication.translate("JusteringPage", u"14.00", None))
        self.closed_label.setText(QCoreApplication.translate("JusteringPage", u"Sammantr\u00e4det a&vslutades kl.", None))
        self.closed_edit.setPlaceholderText(QCoreApplication.translate("JusteringPage", u"16.30", None))
        self.ajournering_label.setText(QCoreApplication.translate("JusteringPage", u"Ajourner&ing kl.", None))
#if QT_CONFIG(tooltip)
        self.ajournering_edit.setToolTip(QCoreApplication.translate("JusteringPage", u"Avbrott i sammantr\u00e4det, t.ex. 15.00\u201315.15. Flera skiljs med kommatecken. Skrivs under Plats och tid i protokollet.", None))
#endif // QT_CONFIG(tooltip)
        self.ajournering_edit.setPlaceholderText(QCoreApplication.translate("JusteringPage", u"15.00\u201315.15, 17.00\u201317.30", None))
        self.justerat_label.setText(QCoreApplication.translate("JusteringPage", u"Protokollet &justerades", None))
        self.justerat_edit.setPlaceholderText(QCoreApplication.translate("JusteringPage", u"\u00c5\u00c5\u00c5\u00c5-MM-DD", None))
        self.anslaget_label.setText(QCoreApplication.translate("JusteringPage", u"Anslag&et sattes upp", None))
        self.anslaget_edit.setPlaceholderText(QCoreApplication.translate("JusteringPage", u"\u00c5\u00c5\u00c5\u00c5-MM-DD", None))
        self.forvaringsplats_label.setText(QCoreApplication.translate("JusteringPage", u"&F\u00f6rvaringsplats", None))
        self.forvaringsplats_edit.setPlaceholderText(QCoreApplication.translate("JusteringPage", u"Kommunledningskontoret", None))
        self.check_group.setTitle(QCoreApplication.translate("JusteringPage", u"Justeringskontroll", None))
        self.check_summary_label.setText("")
        self.check_button.setText(QCoreApplication.translate("JusteringPage", u"&Kontrollera igen", None))
        pass
    # retranslateUi

