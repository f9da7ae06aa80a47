# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'budget_findings.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QHBoxLayout, QLabel,
    QSizePolicy, QTableView, QToolButton, QVBoxLayout)

class Ui_FindingsPanel(object):
    def setupUi(self, FindingsPanel):
        if not FindingsPanel.objectName():
            FindingsPanel.setObjectName(u"FindingsPanel")
        self.findings_layout = QVBoxLayout(FindingsPanel)
        self.findings_layout.setObjectName(u"findings_layout")
        self.findings_layout.setContentsMargins(0, 0, 0, 0)
        self.findings_heading = QHBoxLayout()
        self.findings_heading.setObjectName(u"findings_heading")
        self.fold_button = QToolButton(FindingsPanel)
        self.fold_button.setObjectName(u"fold_button")

        self.findings_heading.addWidget(self.fold_button)

        self.findings_label = QLabel(FindingsPanel)
        self.findings_label.setObjectName(u"findings_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.findings_label.sizePolicy().hasHeightForWidth())
        self.findings_label.setSizePolicy(sizePolicy)

        self.findings_heading.addWidget(self.findings_label)


        self.findings_layout.addLayout(self.findings_heading)

        self.fold_mark = QToolButton(FindingsPanel)
        self.fold_mark.setObjectName(u"fold_mark")
        self.fold_mark.setAutoRaise(True)
        self.fold_mark.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)

        self.findings_layout.addWidget(self.fold_mark)

        self.findings_table = QTableView(FindingsPanel)
        self.findings_table.setObjectName(u"findings_table")

        self.findings_layout.addWidget(self.findings_table)

        self.finding_detail = QLabel(FindingsPanel)
        self.finding_detail.setObjectName(u"finding_detail")
        self.finding_detail.setWordWrap(True)
        self.finding_detail.setTextFormat(Qt.TextFormat.PlainText)
        self.finding_detail.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.findings_layout.addWidget(self.finding_detail)


        self.retranslateUi(FindingsPanel)

        QMetaObject.connectSlotsByName(FindingsPanel)
    # setupUi

    def retranslateUi(self, FindingsPanel):
#if QT_CONFIG(accessibility)
        self.fold_button.setAccessibleName(QCoreApplication.translate("FindingsPanel", u"D\u00f6lj kontrollen av summorna", None))
#endif // QT_CONFIG(accessibility)
        self.findings_label.setText(QCoreApplication.translate("FindingsPanel", u"<b>Kontroll av summorna</b>", None))
#if QT_CONFIG(accessibility)
        self.findings_table.setAccessibleName(QCoreApplication.translate("FindingsPanel", u"Kontroll av summorna", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.findings_table.setToolTip(QCoreApplication.translate("FindingsPanel", u"Klicka f\u00f6r att g\u00e5 till cellen", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

