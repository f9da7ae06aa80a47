# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sammantrade_tab.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QFrame, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSpinBox, QTabWidget,
    QVBoxLayout)

from ksdesk.ui.tabs.justering_page import JusteringPage
from ksdesk.ui.tabs.paragraf_page import ParagrafPage
from ksdesk.ui.tabs.upprop_page import UppropPage
from ksdesk.ui.widgets.combos import LongestItemCombo

class Ui_SammantradeTab(object):
    def setupUi(self, SammantradeTab):
        if not SammantradeTab.objectName():
            SammantradeTab.setObjectName(u"SammantradeTab")
        self.main_layout = QVBoxLayout(SammantradeTab)
        self.main_layout.setSpacing(4)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(-1, 4, -1, 4)
        self.top_bar = QHBoxLayout()
        self.top_bar.setObjectName(u"top_bar")
        self.meeting_label = QLabel(SammantradeTab)
        self.meeting_label.setObjectName(u"meeting_label")

        self.top_bar.addWidget(self.meeting_label)

        self.meeting_combo = LongestItemCombo(SammantradeTab)
        self.meeting_combo.setObjectName(u"meeting_combo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.meeting_combo.sizePolicy().hasHeightForWidth())
        self.meeting_combo.setSizePolicy(sizePolicy)
        self.meeting_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.meeting_combo.setMinimumContentsLength(18)

        self.top_bar.addWidget(self.meeting_combo)

        self.top_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.top_bar.addItem(self.top_spacer)

        self.first_label = QLabel(SammantradeTab)
        self.first_label.setObjectName(u"first_label")

        self.top_bar.addWidget(self.first_label)

        self.first_spin = QSpinBox(SammantradeTab)
        self.first_spin.setObjectName(u"first_spin")
        self.first_spin.setMinimum(1)
        self.first_spin.setMaximum(9999)

        self.top_bar.addWidget(self.first_spin)

        self.start_button = QPushButton(SammantradeTab)
        self.start_button.setObjectName(u"start_button")

        self.top_bar.addWidget(self.start_button)

        self.view_button = QPushButton(SammantradeTab)
        self.view_button.setObjectName(u"view_button")

        self.top_bar.addWidget(self.view_button)

        self.unlock_code_edit = QLineEdit(SammantradeTab)
        self.unlock_code_edit.setObjectName(u"unlock_code_edit")
        self.unlock_code_edit.setMinimumSize(QSize(90, 0))

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
        self.upprop_page = UppropPage()
        self.upprop_page.setObjectName(u"upprop_page")
        self.pages.addTab(self.upprop_page, "")
        self.paragraf_page = ParagrafPage()
        self.paragraf_page.setObjectName(u"paragraf_page")
        self.pages.addTab(self.paragraf_page, "")
        self.justering_scroll = QScrollArea()
        self.justering_scroll.setObjectName(u"justering_scroll")
        self.justering_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.justering_scroll.setWidgetResizable(True)
        self.justering_page = JusteringPage()
        self.justering_page.setObjectName(u"justering_page")
        self.justering_scroll.setWidget(self.justering_page)
        self.pages.addTab(self.justering_scroll, "")

        self.main_layout.addWidget(self.pages)

#if QT_CONFIG(shortcut)
        self.first_label.setBuddy(self.first_spin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SammantradeTab)

        self.pages.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(SammantradeTab)
    # setupUi

    def retranslateUi(self, SammantradeTab):
        self.meeting_label.setText(QCoreApplication.translate("SammantradeTab", u"Sammantr\u00e4de:", None))
#if QT_CONFIG(tooltip)
        self.meeting_combo.setToolTip(QCoreApplication.translate("SammantradeTab", u"Sammantr\u00e4dets dag, tid och plats", None))
#endif // QT_CONFIG(tooltip)
        self.first_label.setText(QCoreApplication.translate("SammantradeTab", u"F\u00f6rsta &\u00a7:", None))
#if QT_CONFIG(tooltip)
        self.first_spin.setToolTip(QCoreApplication.translate("SammantradeTab", u"Paragrafnumret sammantr\u00e4det b\u00f6rjar p\u00e5, n\u00e4r \u00e5rets tidigare paragrafer inte finns i filen (t.ex. 187 f\u00f6r den som b\u00f6rjar med ksdesk i h\u00f6st)", None))
#endif // QT_CONFIG(tooltip)
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
        self.pages.setTabText(self.pages.indexOf(self.upprop_page), QCoreApplication.translate("SammantradeTab", u"Upprop", None))
        self.pages.setTabText(self.pages.indexOf(self.paragraf_page), QCoreApplication.translate("SammantradeTab", u"Paragrafer", None))
        self.pages.setTabText(self.pages.indexOf(self.justering_scroll), QCoreApplication.translate("SammantradeTab", u"Justering", None))
        pass
    # retranslateUi

