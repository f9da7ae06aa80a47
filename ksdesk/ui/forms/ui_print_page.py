# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'print_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFrame,
    QHBoxLayout, QLabel, QProgressBar, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_PrintPage(object):
    def setupUi(self, PrintPage):
        if not PrintPage.objectName():
            PrintPage.setObjectName(u"PrintPage")
        self.print_layout = QVBoxLayout(PrintPage)
        self.print_layout.setObjectName(u"print_layout")
        self.print_options = QHBoxLayout()
        self.print_options.setObjectName(u"print_options")
        self.print_kind_combo = QComboBox(PrintPage)
        self.print_kind_combo.addItem("")
        self.print_kind_combo.addItem("")
        self.print_kind_combo.setObjectName(u"print_kind_combo")

        self.print_options.addWidget(self.print_kind_combo)

        self.public_check = QCheckBox(PrintPage)
        self.public_check.setObjectName(u"public_check")

        self.print_options.addWidget(self.public_check)

        self.proposals_check = QCheckBox(PrintPage)
        self.proposals_check.setObjectName(u"proposals_check")

        self.print_options.addWidget(self.proposals_check)

        self.print_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.print_options.addItem(self.print_spacer)

        self.refresh_preview_button = QPushButton(PrintPage)
        self.refresh_preview_button.setObjectName(u"refresh_preview_button")

        self.print_options.addWidget(self.refresh_preview_button)

        self.web_button = QPushButton(PrintPage)
        self.web_button.setObjectName(u"web_button")
        self.web_button.setEnabled(False)

        self.print_options.addWidget(self.web_button)


        self.print_layout.addLayout(self.print_options)

        self.print_status_area = QScrollArea(PrintPage)
        self.print_status_area.setObjectName(u"print_status_area")
        self.print_status_area.setFrameShape(QFrame.Shape.NoFrame)
        self.print_status_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.print_status_area.setWidgetResizable(True)
        self.print_status_contents = QWidget()
        self.print_status_contents.setObjectName(u"print_status_contents")
        self.print_status_layout = QVBoxLayout(self.print_status_contents)
        self.print_status_layout.setObjectName(u"print_status_layout")
        self.print_status_layout.setContentsMargins(0, 0, 0, 0)
        self.print_status = QLabel(self.print_status_contents)
        self.print_status.setObjectName(u"print_status")
        self.print_status.setWordWrap(True)
        self.print_status.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.print_status_layout.addWidget(self.print_status)

        self.print_status_area.setWidget(self.print_status_contents)

        self.print_layout.addWidget(self.print_status_area)

        self.build_row = QHBoxLayout()
        self.build_row.setObjectName(u"build_row")
        self.build_progress = QProgressBar(PrintPage)
        self.build_progress.setObjectName(u"build_progress")
        self.build_progress.setVisible(False)
        self.build_progress.setTextVisible(True)

        self.build_row.addWidget(self.build_progress)

        self.cancel_build_button = QPushButton(PrintPage)
        self.cancel_build_button.setObjectName(u"cancel_build_button")
        self.cancel_build_button.setVisible(False)

        self.build_row.addWidget(self.cancel_build_button)

        self.review_button = QPushButton(PrintPage)
        self.review_button.setObjectName(u"review_button")
        self.review_button.setVisible(False)

        self.build_row.addWidget(self.review_button)

        self.build_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.build_row.addItem(self.build_spacer)


        self.print_layout.addLayout(self.build_row)

        self.preview_host = QWidget(PrintPage)
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


        self.retranslateUi(PrintPage)

        QMetaObject.connectSlotsByName(PrintPage)
    # setupUi

    def retranslateUi(self, PrintPage):
        self.print_kind_combo.setItemText(0, QCoreApplication.translate("PrintPage", u"Kallelse", None))
        self.print_kind_combo.setItemText(1, QCoreApplication.translate("PrintPage", u"Kallelse med handlingar (paket)", None))

        self.public_check.setText(QCoreApplication.translate("PrintPage", u"Offentlig version", None))
#if QT_CONFIG(tooltip)
        self.public_check.setToolTip(QCoreApplication.translate("PrintPage", u"Sekretess\u00e4renden f\u00e5r en neutral rubrik och deras handlingar utel\u00e4mnas", None))
#endif // QT_CONFIG(tooltip)
        self.proposals_check.setText(QCoreApplication.translate("PrintPage", u"F\u00f6rslag till beslut i \u00e4rendelistan", None))
        self.refresh_preview_button.setText(QCoreApplication.translate("PrintPage", u"Uppdatera", None))
        self.web_button.setText(QCoreApplication.translate("PrintPage", u"Spara f\u00f6r webben\u2026", None))
#if QT_CONFIG(tooltip)
        self.web_button.setToolTip(QCoreApplication.translate("PrintPage", u"Den offentliga versionen som tillg\u00e4nglig PDF (PDF/UA-1 och PDF/A-2a) att publicera p\u00e5 kommunens webbplats", None))
#endif // QT_CONFIG(tooltip)
        self.cancel_build_button.setText(QCoreApplication.translate("PrintPage", u"Avbryt", None))
#if QT_CONFIG(tooltip)
        self.cancel_build_button.setToolTip(QCoreApplication.translate("PrintPage", u"Sluta bygga f\u00f6rhandsvisningen", None))
#endif // QT_CONFIG(tooltip)
        self.review_button.setText(QCoreApplication.translate("PrintPage", u"Granska offentlig kopia\u2026", None))
#if QT_CONFIG(tooltip)
        self.review_button.setToolTip(QCoreApplication.translate("PrintPage", u"Maskera eller beh\u00e5ll varje personnummer och sekretessmarkering", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

