# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'delegation_outline.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTreeView,
    QVBoxLayout)

class Ui_ChapterOutline(object):
    def setupUi(self, ChapterOutline):
        if not ChapterOutline.objectName():
            ChapterOutline.setObjectName(u"ChapterOutline")
        self.chapters_layout = QVBoxLayout(ChapterOutline)
        self.chapters_layout.setObjectName(u"chapters_layout")
        self.chapters_layout.setContentsMargins(0, 0, 0, 0)
        self.chapters_label = QLabel(ChapterOutline)
        self.chapters_label.setObjectName(u"chapters_label")

        self.chapters_layout.addWidget(self.chapters_label)

        self.chapter_tree = QTreeView(ChapterOutline)
        self.chapter_tree.setObjectName(u"chapter_tree")
        self.chapter_tree.setHeaderHidden(True)
        self.chapter_tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        self.chapters_layout.addWidget(self.chapter_tree)

        self.chapter_buttons_row = QHBoxLayout()
        self.chapter_buttons_row.setObjectName(u"chapter_buttons_row")
        self.add_chapter_button = QPushButton(ChapterOutline)
        self.add_chapter_button.setObjectName(u"add_chapter_button")

        self.chapter_buttons_row.addWidget(self.add_chapter_button)

        self.rename_chapter_button = QPushButton(ChapterOutline)
        self.rename_chapter_button.setObjectName(u"rename_chapter_button")

        self.chapter_buttons_row.addWidget(self.rename_chapter_button)

        self.chapter_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.chapter_buttons_row.addItem(self.chapter_buttons_spacer)


        self.chapters_layout.addLayout(self.chapter_buttons_row)

        self.chapter_buttons_row_2 = QHBoxLayout()
        self.chapter_buttons_row_2.setObjectName(u"chapter_buttons_row_2")
        self.chapter_up_button = QPushButton(ChapterOutline)
        self.chapter_up_button.setObjectName(u"chapter_up_button")

        self.chapter_buttons_row_2.addWidget(self.chapter_up_button)

        self.chapter_down_button = QPushButton(ChapterOutline)
        self.chapter_down_button.setObjectName(u"chapter_down_button")

        self.chapter_buttons_row_2.addWidget(self.chapter_down_button)

        self.remove_chapter_button = QPushButton(ChapterOutline)
        self.remove_chapter_button.setObjectName(u"remove_chapter_button")

        self.chapter_buttons_row_2.addWidget(self.remove_chapter_button)


        self.chapters_layout.addLayout(self.chapter_buttons_row_2)


        self.retranslateUi(ChapterOutline)

        QMetaObject.connectSlotsByName(ChapterOutline)
    # setupUi

    def retranslateUi(self, ChapterOutline):
        self.chapters_label.setText(QCoreApplication.translate("ChapterOutline", u"<b>Dokumentet</b>", None))
#if QT_CONFIG(accessibility)
        self.chapter_tree.setAccessibleName(QCoreApplication.translate("ChapterOutline", u"Kapitel", None))
#endif // QT_CONFIG(accessibility)
        self.add_chapter_button.setText(QCoreApplication.translate("ChapterOutline", u"Nytt kapitel\u2026", None))
#if QT_CONFIG(tooltip)
        self.add_chapter_button.setToolTip(QCoreApplication.translate("ChapterOutline", u"Ett nytt kapitel efter det valda", None))
#endif // QT_CONFIG(tooltip)
        self.rename_chapter_button.setText(QCoreApplication.translate("ChapterOutline", u"\u00c4ndra\u2026", None))
#if QT_CONFIG(tooltip)
        self.rename_chapter_button.setToolTip(QCoreApplication.translate("ChapterOutline", u"\u00c4ndra rubriken och delen (\u201dDel A Kommunstyrelsen\u201d) f\u00f6r det valda kapitlet", None))
#endif // QT_CONFIG(tooltip)
        self.chapter_up_button.setText(QCoreApplication.translate("ChapterOutline", u"Flytta upp", None))
#if QT_CONFIG(tooltip)
        self.chapter_up_button.setToolTip(QCoreApplication.translate("ChapterOutline", u"Flytta kapitlet ett steg upp i dokumentet", None))
#endif // QT_CONFIG(tooltip)
        self.chapter_down_button.setText(QCoreApplication.translate("ChapterOutline", u"Flytta ned", None))
#if QT_CONFIG(tooltip)
        self.chapter_down_button.setToolTip(QCoreApplication.translate("ChapterOutline", u"Flytta kapitlet ett steg ned i dokumentet", None))
#endif // QT_CONFIG(tooltip)
        self.remove_chapter_button.setText(QCoreApplication.translate("ChapterOutline", u"Ta bort", None))
#if QT_CONFIG(tooltip)
        self.remove_chapter_button.setToolTip(QCoreApplication.translate("ChapterOutline", u"Ta bort det valda kapitlet med dess punkter", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

