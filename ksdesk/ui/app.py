"""Starting the GUI: a Swedish QApplication with the bundled fonts, then the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from ksdesk import paths
from ksdesk.core.errors import KsdeskError

UI_FONT_FAMILY = "Liberation Sans"


class KsdeskApp(QApplication):
    """The application object carries the one change signal: services' callers emit what
    changed ("meetings", "budget", "delegation", ...) and each tab refreshes what concerns it."""

    data_changed = Signal(str)


def create_application(argv: list[str] | None = None) -> KsdeskApp:
    existing = QApplication.instance()
    if existing is not None:
        return existing  # type: ignore[return-value]
    app = KsdeskApp(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("ksdesk")
    app.setOrganizationName("ksdesk")
    install_swedish(app)
    install_fonts(app)
    return app


def install_swedish(app: QApplication) -> None:
    """Swedish locale and Qt's own Swedish texts, so file, print and message dialogs speak it."""
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load("qtbase_sv", folder):
        app.installTranslator(translator)


def install_fonts(app: QApplication) -> None:
    for font_file in sorted(paths.fonts_dir().glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font_file))
    app.setFont(QFont(UI_FONT_FAMILY, 10))


def backup_at_start(window) -> None:
    """A backup of the file as it was opened (skipped when one is already that fresh)."""
    from ksdesk.services.backup import backup_on_start

    try:
        backup_on_start(window.store)
    except KsdeskError as error:
        QMessageBox.warning(
            window, "Säkerhetskopia", f"Säkerhetskopian vid start misslyckades: {error}"
        )


def run(db_path: Path) -> int:
    app = create_application()
    from ksdesk.ui.dialogs.open_problems import open_interactively
    from ksdesk.ui.main_window import MainWindow

    # Locked: offer read-only; damaged: offer the latest good backup (ui/dialogs/open_problems).
    store = open_interactively(db_path, create=not db_path.exists())
    if store is None:
        return 1
    window = MainWindow(store)
    window.show()
    backup_at_start(window)
    try:
        return app.exec()
    finally:
        store.close()
