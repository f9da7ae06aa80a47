# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'delegation_versions.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout)

class Ui_VersionBar(object):
    def setupUi(self, VersionBar):
        if not VersionBar.objectName():
            VersionBar.setObjectName(u"VersionBar")
        self.bar_layout = QVBoxLayout(VersionBar)
        self.bar_layout.setObjectName(u"bar_layout")
        self.bar_layout.setContentsMargins(0, 0, 0, 0)
        self.version_row = QHBoxLayout()
        self.version_row.setObjectName(u"version_row")
        self.version_label = QLabel(VersionBar)
        self.version_label.setObjectName(u"version_label")

        self.version_row.addWidget(self.version_label)

        self.version_combo = QComboBox(VersionBar)
        self.version_combo.setObjectName(u"version_combo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.version_combo.sizePolicy().hasHeightForWidth())
        self.version_combo.setSizePolicy(sizePolicy)
        self.version_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.version_combo.setMinimumContentsLength(34)

        self.version_row.addWidget(self.version_combo)

        self.version_status = QLabel(VersionBar)
        self.version_status.setObjectName(u"version_status")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.version_status.sizePolicy().hasHeightForWidth())
        self.version_status.setSizePolicy(sizePolicy1)
        self.version_status.setWordWrap(True)

        self.version_row.addWidget(self.version_status)

        self.new_draft_button = QPushButton(VersionBar)
        self.new_draft_button.setObjectName(u"new_draft_button")

        self.version_row.addWidget(self.new_draft_button)

        self.import_button = QPushButton(VersionBar)
        self.import_button.setObjectName(u"import_button")

        self.version_row.addWidget(self.import_button)

        self.adopt_button = QPushButton(VersionBar)
        self.adopt_button.setObjectName(u"adopt_button")

        self.version_row.addWidget(self.adopt_button)

        self.renumber_button = QPushButton(VersionBar)
        self.renumber_button.setObjectName(u"renumber_button")

        self.version_row.addWidget(self.renumber_button)

        self.print_button = QPushButton(VersionBar)
        self.print_button.setObjectName(u"print_button")

        self.version_row.addWidget(self.print_button)

        self.more_button = QPushButton(VersionBar)
        self.more_button.setObjectName(u"more_button")

        self.version_row.addWidget(self.more_button)


        self.bar_layout.addLayout(self.version_row)

        self.filter_row = QHBoxLayout()
        self.filter_row.setObjectName(u"filter_row")
        self.search_label = QLabel(VersionBar)
        self.search_label.setObjectName(u"search_label")

        self.filter_row.addWidget(self.search_label)

        self.search_edit = QLineEdit(VersionBar)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(260)

        self.filter_row.addWidget(self.search_edit)

        self.delegat_label = QLabel(VersionBar)
        self.delegat_label.setObjectName(u"delegat_label")

        self.filter_row.addWidget(self.delegat_label)

        self.delegat_combo = QComboBox(VersionBar)
        self.delegat_combo.setObjectName(u"delegat_combo")
        self.delegat_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.delegat_combo.setMinimumContentsLength(20)

        self.filter_row.addWidget(self.delegat_combo)

        self.match_label = QLabel(VersionBar)
        self.match_label.setObjectName(u"match_label")

        self.filter_row.addWidget(self.match_label)

        self.filter_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_row.addItem(self.filter_spacer)

        self.roles_button = QPushButton(VersionBar)
        self.roles_button.setObjectName(u"roles_button")

        self.filter_row.addWidget(self.roles_button)

        self.beslut_button = QPushButton(VersionBar)
        self.beslut_button.setObjectName(u"beslut_button")

        self.filter_row.addWidget(self.beslut_button)


        self.bar_layout.addLayout(self.filter_row)

        self.compare_row = QHBoxLayout()
        self.compare_row.setObjectName(u"compare_row")
        self.compare_label = QLabel(VersionBar)
        self.compare_label.setObjectName(u"compare_label")

        self.compare_row.addWidget(self.compare_label)

        self.compare_combo = QComboBox(VersionBar)
        self.compare_combo.setObjectName(u"compare_combo")
        sizePolicy.setHeightForWidth(self.compare_combo.sizePolicy().hasHeightForWidth())
        self.compare_combo.setSizePolicy(sizePolicy)
        self.compare_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.compare_combo.setMinimumContentsLength(22)

        self.compare_row.addWidget(self.compare_combo)

        self.forteckning_button = QPushButton(VersionBar)
        self.forteckning_button.setObjectName(u"forteckning_button")

        self.compare_row.addWidget(self.forteckning_button)

        self.compare_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.compare_row.addItem(self.compare_spacer)

        self.export_button = QPushButton(VersionBar)
        self.export_button.setObjectName(u"export_button")

        self.compare_row.addWidget(self.export_button)


        self.bar_layout.addLayout(self.compare_row)


        self.retranslateUi(VersionBar)

        QMetaObject.connectSlotsByName(VersionBar)
    # setupUi

    def retranslateUi(self, VersionBar):
        self.version_label.setText(QCoreApplication.translate("VersionBar", u"Version:", None))
        self.new_draft_button.setText(QCoreApplication.translate("VersionBar", u"Nytt utkast\u2026", None))
#if QT_CONFIG(tooltip)
        self.new_draft_button.setToolTip(QCoreApplication.translate("VersionBar", u"Ett nytt utkast som utg\u00e5r fr\u00e5n den g\u00e4llande versionen", None))
#endif // QT_CONFIG(tooltip)
        self.import_button.setText(QCoreApplication.translate("VersionBar", u"Importera\u2026", None))
#if QT_CONFIG(tooltip)
        self.import_button.setToolTip(QCoreApplication.translate("VersionBar", u"L\u00e4s in en delegationsordning fr\u00e5n Word (.docx), Excel (.xlsx) eller CSV som ett nytt utkast", None))
#endif // QT_CONFIG(tooltip)
        self.adopt_button.setText(QCoreApplication.translate("VersionBar", u"Anta\u2026", None))
#if QT_CONFIG(tooltip)
        self.adopt_button.setToolTip(QCoreApplication.translate("VersionBar", u"Fyll i datum och paragraf n\u00e4r n\u00e4mnden har antagit utkastet", None))
#endif // QT_CONFIG(tooltip)
        self.renumber_button.setText(QCoreApplication.translate("VersionBar", u"Numrera om\u2026", None))
        self.print_button.setText(QCoreApplication.translate("VersionBar", u"Skriv ut\u2026", None))
#if QT_CONFIG(tooltip)
        self.print_button.setToolTip(QCoreApplication.translate("VersionBar", u"F\u00f6rhandsgranska och skriv ut delegationsordningen, \u00e4ndringar gulmarkerade (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.print_button.setShortcut(QCoreApplication.translate("VersionBar", u"Ctrl+P", None))
#endif // QT_CONFIG(shortcut)
        self.more_button.setText(QCoreApplication.translate("VersionBar", u"Mer", None))
#if QT_CONFIG(tooltip)
        self.more_button.setToolTip(QCoreApplication.translate("VersionBar", u"Det som inte f\u00e5r plats i f\u00f6nstret: nytt utkast, import, antagande, omnumrering, j\u00e4mf\u00f6relse, export och roller", None))
#endif // QT_CONFIG(tooltip)
        self.search_label.setText(QCoreApplication.translate("VersionBar", u"S\u00f6k:", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("VersionBar", u"S\u00f6k i alla f\u00e4lt (hittar \u00e4ven text med kyrilliska tecken)", None))
        self.delegat_label.setText(QCoreApplication.translate("VersionBar", u"Delegat:", None))
        self.roles_button.setText(QCoreApplication.translate("VersionBar", u"Roller\u2026", None))
        self.beslut_button.setText(QCoreApplication.translate("VersionBar", u"Delegationsbeslut\u2026", None))
        self.compare_label.setText(QCoreApplication.translate("VersionBar", u"J\u00e4mf\u00f6r med:", None))
        self.forteckning_button.setText(QCoreApplication.translate("VersionBar", u"F\u00f6rteckning med revideringar\u2026", None))
        self.export_button.setText(QCoreApplication.translate("VersionBar", u"Exportera\u2026", None))
#if QT_CONFIG(tooltip)
        self.export_button.setToolTip(QCoreApplication.translate("VersionBar", u"Spara versionen som Word (.docx), Excel (.xlsx) eller CSV", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

