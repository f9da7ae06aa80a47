# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'delegation_points.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout)

class Ui_PointsPanel(object):
    def setupUi(self, PointsPanel):
        if not PointsPanel.objectName():
            PointsPanel.setObjectName(u"PointsPanel")
        self.points_layout = QVBoxLayout(PointsPanel)
        self.points_layout.setObjectName(u"points_layout")
        self.points_layout.setContentsMargins(0, -1, 0, -1)
        self.points_row = QHBoxLayout()
        self.points_row.setObjectName(u"points_row")
        self.points_label = QLabel(PointsPanel)
        self.points_label.setObjectName(u"points_label")

        self.points_row.addWidget(self.points_label)

        self.points_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.points_row.addItem(self.points_spacer)

        self.add_point_button = QPushButton(PointsPanel)
        self.add_point_button.setObjectName(u"add_point_button")

        self.points_row.addWidget(self.add_point_button)

        self.move_point_button = QPushButton(PointsPanel)
        self.move_point_button.setObjectName(u"move_point_button")

        self.points_row.addWidget(self.move_point_button)

        self.delete_point_button = QPushButton(PointsPanel)
        self.delete_point_button.setObjectName(u"delete_point_button")

        self.points_row.addWidget(self.delete_point_button)


        self.points_layout.addLayout(self.points_row)

        self.point_table = QTableView(PointsPanel)
        self.point_table.setObjectName(u"point_table")

        self.points_layout.addWidget(self.point_table)


        self.retranslateUi(PointsPanel)

        QMetaObject.connectSlotsByName(PointsPanel)
    # setupUi

    def retranslateUi(self, PointsPanel):
        self.points_label.setText(QCoreApplication.translate("PointsPanel", u"<b>Delegationspunkter</b>", None))
        self.add_point_button.setText(QCoreApplication.translate("PointsPanel", u"Ny punkt", None))
#if QT_CONFIG(tooltip)
        self.add_point_button.setToolTip(QCoreApplication.translate("PointsPanel", u"L\u00e4gg till en delegationspunkt (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.add_point_button.setShortcut(QCoreApplication.translate("PointsPanel", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.move_point_button.setText(QCoreApplication.translate("PointsPanel", u"Flytta till kapitel", None))
#if QT_CONFIG(tooltip)
        self.move_point_button.setToolTip(QCoreApplication.translate("PointsPanel", u"Flytta den valda punkten till ett annat kapitel (numret f\u00f6ljer med)", None))
#endif // QT_CONFIG(tooltip)
        self.delete_point_button.setText(QCoreApplication.translate("PointsPanel", u"Ta bort punkt", None))
#if QT_CONFIG(accessibility)
        self.point_table.setAccessibleName(QCoreApplication.translate("PointsPanel", u"Delegationspunkter", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

