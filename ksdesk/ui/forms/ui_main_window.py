# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtGui import (QAction)
from PySide6.QtWidgets import (QMenu, QMenuBar,
    QStatusBar, QTabWidget, QVBoxLayout,
    QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1200, 780)
        self.action_new = QAction(MainWindow)
        self.action_new.setObjectName(u"action_new")
        self.action_open = QAction(MainWindow)
        self.action_open.setObjectName(u"action_open")
        self.action_backups = QAction(MainWindow)
        self.action_backups.setObjectName(u"action_backups")
        self.action_public_check = QAction(MainWindow)
        self.action_public_check.setObjectName(u"action_public_check")
        self.action_skyddade = QAction(MainWindow)
        self.action_skyddade.setObjectName(u"action_skyddade")
        self.action_quit = QAction(MainWindow)
        self.action_quit.setObjectName(u"action_quit")
        self.action_help = QAction(MainWindow)
        self.action_help.setObjectName(u"action_help")
        self.action_where = QAction(MainWindow)
        self.action_where.setObjectName(u"action_where")
        self.action_welcome = QAction(MainWindow)
        self.action_welcome.setObjectName(u"action_welcome")
        self.action_log = QAction(MainWindow)
        self.action_log.setObjectName(u"action_log")
        self.action_about = QAction(MainWindow)
        self.action_about.setObjectName(u"action_about")
        self.central_widget = QWidget(MainWindow)
        self.central_widget.setObjectName(u"central_widget")
        self.central_layout = QVBoxLayout(self.central_widget)
        self.central_layout.setObjectName(u"central_layout")
        self.central_layout.setContentsMargins(6, 6, 6, 0)
        self.tabs = QTabWidget(self.central_widget)
        self.tabs.setObjectName(u"tabs")
        self.tabs.setDocumentMode(True)

        self.central_layout.addWidget(self.tabs)

        MainWindow.setCentralWidget(self.central_widget)
        self.menu_bar = QMenuBar(MainWindow)
        self.menu_bar.setObjectName(u"menu_bar")
        self.menu_arkiv = QMenu(self.menu_bar)
        self.menu_arkiv.setObjectName(u"menu_arkiv")
        self.menu_recent = QMenu(self.menu_arkiv)
        self.menu_recent.setObjectName(u"menu_recent")
        self.menu_redigera = QMenu(self.menu_bar)
        self.menu_redigera.setObjectName(u"menu_redigera")
        self.menu_help = QMenu(self.menu_bar)
        self.menu_help.setObjectName(u"menu_help")
        MainWindow.setMenuBar(self.menu_bar)
        self.status_bar = QStatusBar(MainWindow)
        self.status_bar.setObjectName(u"status_bar")
        MainWindow.setStatusBar(self.status_bar)

        self.menu_bar.addAction(self.menu_arkiv.menuAction())
        self.menu_bar.addAction(self.menu_redigera.menuAction())
        self.menu_bar.addAction(self.menu_help.menuAction())
        self.menu_arkiv.addAction(self.action_new)
        self.menu_arkiv.addAction(self.action_open)
        self.menu_arkiv.addAction(self.menu_recent.menuAction())
        self.menu_arkiv.addSeparator()
        self.menu_arkiv.addAction(self.action_backups)
        self.menu_arkiv.addAction(self.action_public_check)
        self.menu_arkiv.addAction(self.action_skyddade)
        self.menu_arkiv.addSeparator()
        self.menu_arkiv.addAction(self.action_quit)
        self.menu_help.addAction(self.action_help)
        self.menu_help.addAction(self.action_where)
        self.menu_help.addAction(self.action_welcome)
        self.menu_help.addSeparator()
        self.menu_help.addAction(self.action_log)
        self.menu_help.addAction(self.action_about)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"ksdesk", None))
        self.action_new.setText(QCoreApplication.translate("MainWindow", u"&Ny databas\u2026", None))
#if QT_CONFIG(shortcut)
        self.action_new.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Shift+N", None))
#endif // QT_CONFIG(shortcut)
        self.action_open.setText(QCoreApplication.translate("MainWindow", u"&\u00d6ppna databas\u2026", None))
#if QT_CONFIG(shortcut)
        self.action_open.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+O", None))
#endif // QT_CONFIG(shortcut)
        self.action_backups.setText(QCoreApplication.translate("MainWindow", u"&S\u00e4kerhetskopior\u2026", None))
        self.action_public_check.setText(QCoreApplication.translate("MainWindow", u"&Granska offentlig kopia\u2026", None))
        self.action_skyddade.setText(QCoreApplication.translate("MainWindow", u"S&kyddade personuppgifter\u2026", None))
#if QT_CONFIG(tooltip)
        self.action_skyddade.setToolTip(QCoreApplication.translate("MainWindow", u"Personer vars namn, adress och personnummer alltid maskeras i offentliga kopior", None))
#endif // QT_CONFIG(tooltip)
        self.action_quit.setText(QCoreApplication.translate("MainWindow", u"&Avsluta", None))
#if QT_CONFIG(shortcut)
        self.action_quit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.action_help.setText(QCoreApplication.translate("MainWindow", u"&Handbok", None))
#if QT_CONFIG(shortcut)
        self.action_help.setShortcut(QCoreApplication.translate("MainWindow", u"F1", None))
#endif // QT_CONFIG(shortcut)
#if QT_CONFIG(tooltip)
        self.action_help.setToolTip(QCoreApplication.translate("MainWindow", u"Handboken, \u00f6ppnad p\u00e5 sidan om det du arbetar med (F1)", None))
#endif // QT_CONFIG(tooltip)
        self.action_where.setText(QCoreApplication.translate("MainWindow", u"&Var finns mina filer?", None))
        self.action_welcome.setText(QCoreApplication.translate("MainWindow", u"&Kom ig\u00e5ng\u2026", None))
#if QT_CONFIG(tooltip)
        self.action_welcome.setToolTip(QCoreApplication.translate("MainWindow", u"Demodatabasen, en ny databas f\u00f6r din kommun eller import av dokument", None))
#endif // QT_CONFIG(tooltip)
        self.action_log.setText(QCoreApplication.translate("MainWindow", u"Visa &logg\u2026", None))
        self.action_about.setText(QCoreApplication.translate("MainWindow", u"&Om ksdesk", None))
        self.menu_arkiv.setTitle(QCoreApplication.translate("MainWindow", u"&Arkiv", None))
        self.menu_recent.setTitle(QCoreApplication.translate("MainWindow", u"\u00d6ppna &senaste", None))
        self.menu_redigera.setTitle(QCoreApplication.translate("MainWindow", u"&Redigera", None))
        self.menu_help.setTitle(QCoreApplication.translate("MainWindow", u"&Hj\u00e4lp", None))
    # retranslateUi

