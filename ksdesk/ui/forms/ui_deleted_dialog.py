# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'deleted_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_DeletedDialog(object):
    def setupUi(self, DeletedDialog):
        if not DeletedDialog.objectName():
            DeletedDialog.setObjectName(u"DeletedDialog")
        DeletedDialog.resize(980, 480)
        self.main_layout = QVBoxLayout(DeletedDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(DeletedDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.deleted_table = QTableView(DeletedDialog)
        self.deleted_table.setObjectName(u"deleted_table")

        self.main_layout.addWidget(self.deleted_table)

        self.busy_layout = QHBoxLayout()
        self.busy_layout.setObjectName(u"busy_layout")
        self.busy_progress = QProgressBar(DeletedDialog)
        self.busy_progress.setObjectName(u"busy_progress")
        self.busy_progress.setMaximumWidth(160)
        self.busy_progress.setMaximum(0)
        self.busy_progress.setTextVisible(False)

        self.busy_layout.addWidget(self.busy_progress)

        self.busy_label = QLabel(DeletedDialog)
        self.busy_label.setObjectName(u"busy_label")
        self.busy_label.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.busy_label.sizePolicy().hasHeightForWidth())
        self.busy_label.setSizePolicy(sizePolicy)

        self.busy_layout.addWidget(self.busy_label)


        self.main_layout.addLayout(self.busy_layout)

        self.message_label = QLabel(DeletedDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.RichText)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.message_label)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.reload_button = QPushButton(DeletedDialog)
        self.reload_button.setObjectName(u"reload_button")

        self.button_layout.addWidget(self.reload_button)

        self.backup_button = QPushButton(DeletedDialog)
        self.backup_button.setObjectName(u"backup_button")

        self.button_layout.addWidget(self.backup_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.restore_button = QPushButton(DeletedDialog)
        self.restore_button.setObjectName(u"restore_button")

        self.button_layout.addWidget(self.restore_button)

        self.close_button = QPushButton(DeletedDialog)
        self.close_button.setObjectName(u"close_button")

        self.button_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.button_layout)

        QWidget.setTabOrder(self.deleted_table, self.restore_button)
        QWidget.setTabOrder(self.restore_button, self.close_button)
        QWidget.setTabOrder(self.close_button, self.reload_button)
        QWidget.setTabOrder(self.reload_button, self.backup_button)

        self.retranslateUi(DeletedDialog)

        QMetaObject.connectSlotsByName(DeletedDialog)
    # setupUi

    def retranslateUi(self, DeletedDialog):
        DeletedDialog.setWindowTitle(QCoreApplication.translate("DeletedDialog", u"Borttaget p\u00e5 servern", None))
        self.intro_label.setText(QCoreApplication.translate("DeletedDialog", u"Det h\u00e4r har tagits bort p\u00e5 kansliets server, och du f\u00e5r \u00e5terst\u00e4lla det (ditt organs och kansliets gemensamma register). Det som \u00e5terst\u00e4lls skickas till servern och kommer tillbaka p\u00e5 varje dator vid n\u00e4sta synkning.", None))
#if QT_CONFIG(accessibility)
        self.deleted_table.setAccessibleName(QCoreApplication.translate("DeletedDialog", u"Borttaget p\u00e5 servern", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busy_progress.setAccessibleName(QCoreApplication.translate("DeletedDialog", u"Arbetar", None))
#endif // QT_CONFIG(accessibility)
        self.reload_button.setText(QCoreApplication.translate("DeletedDialog", u"&H\u00e4mta listan igen", None))
#if QT_CONFIG(tooltip)
        self.reload_button.setToolTip(QCoreApplication.translate("DeletedDialog", u"Fr\u00e5ga servern en g\u00e5ng till om det som tagits bort", None))
#endif // QT_CONFIG(tooltip)
        self.backup_button.setText(QCoreApplication.translate("DeletedDialog", u"S\u00f6k i &s\u00e4kerhetskopiorna", None))
#if QT_CONFIG(tooltip)
        self.backup_button.setToolTip(QCoreApplication.translate("DeletedDialog", u"Leta efter det valda i den h\u00e4r datorns egna s\u00e4kerhetskopior, n\u00e4r servern inte har kvar inneh\u00e5llet", None))
#endif // QT_CONFIG(tooltip)
        self.restore_button.setText(QCoreApplication.translate("DeletedDialog", u"&\u00c5terst\u00e4ll", None))
#if QT_CONFIG(tooltip)
        self.restore_button.setToolTip(QCoreApplication.translate("DeletedDialog", u"Skriv tillbaka det valda i filen och skicka det till servern", None))
#endif // QT_CONFIG(tooltip)
        self.close_button.setText(QCoreApplication.translate("DeletedDialog", u"S&t\u00e4ng", None))
    # retranslateUi

