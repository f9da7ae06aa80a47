# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'organ_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_OrganDialog(object):
    def setupUi(self, OrganDialog):
        if not OrganDialog.objectName():
            OrganDialog.setObjectName(u"OrganDialog")
        OrganDialog.setMinimumSize(QSize(520, 0))
        self.main_layout = QVBoxLayout(OrganDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.name_label = QLabel(OrganDialog)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(OrganDialog)
        self.name_edit.setObjectName(u"name_edit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.kommun_label = QLabel(OrganDialog)
        self.kommun_label.setObjectName(u"kommun_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kommun_label)

        self.kommun_edit = QLineEdit(OrganDialog)
        self.kommun_edit.setObjectName(u"kommun_edit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kommun_edit)

        self.short_label = QLabel(OrganDialog)
        self.short_label.setObjectName(u"short_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.short_label)

        self.short_edit = QLineEdit(OrganDialog)
        self.short_edit.setObjectName(u"short_edit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.short_edit)

        self.place_label = QLabel(OrganDialog)
        self.place_label.setObjectName(u"place_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.place_label)

        self.place_edit = QLineEdit(OrganDialog)
        self.place_edit.setObjectName(u"place_edit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.place_edit)

        self.days_label = QLabel(OrganDialog)
        self.days_label.setObjectName(u"days_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.days_label)

        self.days_layout = QHBoxLayout()
        self.days_layout.setObjectName(u"days_layout")
        self.days_spin = QSpinBox(OrganDialog)
        self.days_spin.setObjectName(u"days_spin")
        self.days_spin.setMaximum(60)

        self.days_layout.addWidget(self.days_spin)

        self.days_suffix = QLabel(OrganDialog)
        self.days_suffix.setObjectName(u"days_suffix")

        self.days_layout.addWidget(self.days_suffix)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.days_layout)

        self.secretary_label = QLabel(OrganDialog)
        self.secretary_label.setObjectName(u"secretary_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.secretary_label)

        self.secretary_layout = QHBoxLayout()
        self.secretary_layout.setObjectName(u"secretary_layout")
        self.secretary_name_edit = QLineEdit(OrganDialog)
        self.secretary_name_edit.setObjectName(u"secretary_name_edit")

        self.secretary_layout.addWidget(self.secretary_name_edit)

        self.secretary_title_edit = QLineEdit(OrganDialog)
        self.secretary_title_edit.setObjectName(u"secretary_title_edit")

        self.secretary_layout.addWidget(self.secretary_title_edit)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.secretary_layout)

        self.contact_layout = QHBoxLayout()
        self.contact_layout.setObjectName(u"contact_layout")
        self.secretary_email_edit = QLineEdit(OrganDialog)
        self.secretary_email_edit.setObjectName(u"secretary_email_edit")

        self.contact_layout.addWidget(self.secretary_email_edit)

        self.secretary_phone_edit = QLineEdit(OrganDialog)
        self.secretary_phone_edit.setObjectName(u"secretary_phone_edit")

        self.contact_layout.addWidget(self.secretary_phone_edit)


        self.form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.contact_layout)

        self.forvaringsplats_label = QLabel(OrganDialog)
        self.forvaringsplats_label.setObjectName(u"forvaringsplats_label")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.forvaringsplats_label)

        self.forvaringsplats_edit = QLineEdit(OrganDialog)
        self.forvaringsplats_edit.setObjectName(u"forvaringsplats_edit")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.forvaringsplats_edit)

        self.standard_label = QLabel(OrganDialog)
        self.standard_label.setObjectName(u"standard_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.standard_label)

        self.standard_items_edit = QPlainTextEdit(OrganDialog)
        self.standard_items_edit.setObjectName(u"standard_items_edit")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.standard_items_edit)


        self.main_layout.addLayout(self.form)

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
    # retranslateUi

