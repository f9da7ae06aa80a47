# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'agenda_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QToolButton, QVBoxLayout)

from ksdesk.ui.tabs.kallelse_bilagor import BilagorBox

class Ui_AgendaPage(object):
    def setupUi(self, AgendaPage):
        if not AgendaPage.objectName():
            AgendaPage.setObjectName(u"AgendaPage")
        self.agenda_layout = QVBoxLayout(AgendaPage)
        self.agenda_layout.setSpacing(4)
        self.agenda_layout.setObjectName(u"agenda_layout")
        self.agenda_layout.setContentsMargins(-1, 2, -1, 2)
        self.meeting_heading = QLabel(AgendaPage)
        self.meeting_heading.setObjectName(u"meeting_heading")
        self.meeting_heading.setTextFormat(Qt.TextFormat.RichText)
        self.meeting_heading.setWordWrap(True)

        self.agenda_layout.addWidget(self.meeting_heading)

        self.status_note = QLabel(AgendaPage)
        self.status_note.setObjectName(u"status_note")
        self.status_note.setTextFormat(Qt.TextFormat.RichText)
        self.status_note.setWordWrap(True)

        self.agenda_layout.addWidget(self.status_note)

        self.agenda_toolbar = QHBoxLayout()
        self.agenda_toolbar.setObjectName(u"agenda_toolbar")
        self.agenda_label = QLabel(AgendaPage)
        self.agenda_label.setObjectName(u"agenda_label")

        self.agenda_toolbar.addWidget(self.agenda_label)

        self.agenda_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.agenda_toolbar.addItem(self.agenda_spacer)

        self.add_item_button = QPushButton(AgendaPage)
        self.add_item_button.setObjectName(u"add_item_button")

        self.agenda_toolbar.addWidget(self.add_item_button)

        self.add_section_button = QPushButton(AgendaPage)
        self.add_section_button.setObjectName(u"add_section_button")

        self.agenda_toolbar.addWidget(self.add_section_button)

        self.edit_item_button = QPushButton(AgendaPage)
        self.edit_item_button.setObjectName(u"edit_item_button")

        self.agenda_toolbar.addWidget(self.edit_item_button)

        self.ts_button = QPushButton(AgendaPage)
        self.ts_button.setObjectName(u"ts_button")

        self.agenda_toolbar.addWidget(self.ts_button)

        self.delete_item_button = QPushButton(AgendaPage)
        self.delete_item_button.setObjectName(u"delete_item_button")

        self.agenda_toolbar.addWidget(self.delete_item_button)

        self.up_button = QToolButton(AgendaPage)
        self.up_button.setObjectName(u"up_button")

        self.agenda_toolbar.addWidget(self.up_button)

        self.down_button = QToolButton(AgendaPage)
        self.down_button.setObjectName(u"down_button")

        self.agenda_toolbar.addWidget(self.down_button)

        self.import_button = QPushButton(AgendaPage)
        self.import_button.setObjectName(u"import_button")

        self.agenda_toolbar.addWidget(self.import_button)

        self.open_matters_button = QPushButton(AgendaPage)
        self.open_matters_button.setObjectName(u"open_matters_button")

        self.agenda_toolbar.addWidget(self.open_matters_button)


        self.agenda_layout.addLayout(self.agenda_toolbar)

        self.agenda_splitter = QSplitter(AgendaPage)
        self.agenda_splitter.setObjectName(u"agenda_splitter")
        self.agenda_splitter.setOrientation(Qt.Orientation.Vertical)
        self.agenda_table = QTableView(self.agenda_splitter)
        self.agenda_table.setObjectName(u"agenda_table")
        self.agenda_splitter.addWidget(self.agenda_table)
        self.bilagor_group = BilagorBox(self.agenda_splitter)
        self.bilagor_group.setObjectName(u"bilagor_group")
        self.agenda_splitter.addWidget(self.bilagor_group)

        self.agenda_layout.addWidget(self.agenda_splitter)

        self.warnings_label = QLabel(AgendaPage)
        self.warnings_label.setObjectName(u"warnings_label")
        self.warnings_label.setTextFormat(Qt.TextFormat.RichText)
        self.warnings_label.setWordWrap(True)

        self.agenda_layout.addWidget(self.warnings_label)


        self.retranslateUi(AgendaPage)

        QMetaObject.connectSlotsByName(AgendaPage)
    # setupUi

    def retranslateUi(self, AgendaPage):
        self.agenda_label.setText(QCoreApplication.translate("AgendaPage", u"<b>\u00c4rendelista</b>", None))
        self.add_item_button.setText(QCoreApplication.translate("AgendaPage", u"Nytt \u00e4rende\u2026", None))
#if QT_CONFIG(tooltip)
        self.add_item_button.setToolTip(QCoreApplication.translate("AgendaPage", u"L\u00e4gg till ett \u00e4rende efter det markerade (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.add_item_button.setShortcut(QCoreApplication.translate("AgendaPage", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.add_section_button.setText(QCoreApplication.translate("AgendaPage", u"Ny rubrik\u2026", None))
#if QT_CONFIG(tooltip)
        self.add_section_button.setToolTip(QCoreApplication.translate("AgendaPage", u"En rubrikrad utan nummer, t.ex. Besluts\u00e4renden", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.edit_item_button.setAccessibleName(QCoreApplication.translate("AgendaPage", u"\u00c4ndra \u00e4rende", None))
#endif // QT_CONFIG(accessibility)
        self.edit_item_button.setText(QCoreApplication.translate("AgendaPage", u"\u00c4ndra\u2026", None))
        self.ts_button.setText(QCoreApplication.translate("AgendaPage", u"Tj\u00e4nsteskrivelse\u2026", None))
#if QT_CONFIG(accessibility)
        self.delete_item_button.setAccessibleName(QCoreApplication.translate("AgendaPage", u"Ta bort \u00e4rende", None))
#endif // QT_CONFIG(accessibility)
        self.delete_item_button.setText(QCoreApplication.translate("AgendaPage", u"Ta bort", None))
        self.up_button.setText(QCoreApplication.translate("AgendaPage", u"\u25b2", None))
#if QT_CONFIG(tooltip)
        self.up_button.setToolTip(QCoreApplication.translate("AgendaPage", u"Flytta upp (Ctrl+Upp)", None))
#endif // QT_CONFIG(tooltip)
        self.down_button.setText(QCoreApplication.translate("AgendaPage", u"\u25bc", None))
#if QT_CONFIG(tooltip)
        self.down_button.setToolTip(QCoreApplication.translate("AgendaPage", u"Flytta ned (Ctrl+Ned)", None))
#endif // QT_CONFIG(tooltip)
        self.import_button.setText(QCoreApplication.translate("AgendaPage", u"Importera\u2026", None))
#if QT_CONFIG(tooltip)
        self.import_button.setToolTip(QCoreApplication.translate("AgendaPage", u"L\u00e4s in \u00e4renden fr\u00e5n en CSV- eller Excel-fil", None))
#endif // QT_CONFIG(tooltip)
        self.open_matters_button.setText(QCoreApplication.translate("AgendaPage", u"\u00d6ppna \u00e4renden\u2026", None))
#if QT_CONFIG(tooltip)
        self.open_matters_button.setToolTip(QCoreApplication.translate("AgendaPage", u"Ta upp \u00e5terremitterade och bordlagda \u00e4renden som \u00e4nnu inte \u00e4r avgjorda", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.agenda_table.setAccessibleName(QCoreApplication.translate("AgendaPage", u"\u00c4rendelista", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

