"""Starting the GUI: a Swedish QApplication with the bundled fonts, then the main window."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator, Signal
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from ksdesk import paths

UI_FONT_FAMILY = "Liberation Sans"
SELECTION_COLOR = "#1f5f99"  # white on it 6.6:1, on white and grey 6.6 and 5.8:1
PLACEHOLDER_COLOR = "#6b6b6b"  # 5.3:1 on white
START_BACKUP_DELAY_MS = 300  # the start-up backup runs just after the first paint


class KsdeskApp(QApplication):
    """The application object carries the one change signal: services' callers emit what
    changed (a core.topics.Topic) and each tab refreshes what concerns it."""

    data_changed = Signal(str)

    def __init__(self, argv: list[str]) -> None:
        super().__init__(argv)
        from ksdesk.ui.access import DialogFittings

        # Names, buddies and mnemonics on every dialog as it comes up (ui/access.py).
        self.dialog_fittings = DialogFittings(self)
        from ksdesk.ui.one_line import OneLineFields

        # Line breaks and tabs pasted into a one-line field become spaces, said (ui/one_line.py).
        self.one_line_fields = OneLineFields(self)
        readable_palette(self)


def readable_palette(app: QApplication) -> None:
    """The two colours of the style's palette that read below 4.5:1: white text on the
    selection's light blue (3.7:1 in Fusion) and the half-transparent placeholder text
    (4.0:1). The rest of the system's palette is kept."""
    palette = app.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Highlight, QColor(SELECTION_COLOR))
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, QColor(PLACEHOLDER_COLOR))
    app.setPalette(palette)


def create_application(argv: list[str] | None = None) -> KsdeskApp:
    existing = QApplication.instance()
    if existing is not None:
        return existing  # type: ignore[return-value]
    gc.disable()  # until the first window is up: see pause_collector_for_start
    app = KsdeskApp(argv if argv is not None else sys.argv[:1])
    pause_collector_for_start()
    app.setApplicationName("ksdesk")
    app.setOrganizationName("ksdesk")
    app.setDesktopFileName("ksdesk")  # Wayland finds the icon through installer/ksdesk.desktop
    install_swedish(app)
    install_fonts(app)
    app.setWindowIcon(application_icon())
    return app


def application_icon() -> QIcon:
    """ksdesk's icon in every size drawn for it (resources/icons): the window, its dialogs
    and the taskbar take the size they need from it."""
    icon = QIcon()
    for png in sorted(paths.icons_dir().glob("ksdesk-*.png")):
        icon.addFile(str(png))
    return icon


def install_swedish(app: QApplication) -> None:
    """Swedish locale and Qt's own Swedish texts, so file, print and message dialogs speak it."""
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load("qtbase_sv", folder):
        app.installTranslator(translator)


def install_fonts(app: QApplication) -> None:
    """The window's font. Only its family is loaded: the serif faces beside it are for the
    PDFs, which ReportLab and Typst read from the folder themselves (loading the four of
    them here cost start-up 0.7 ms)."""
    for font_file in sorted(paths.fonts_dir().glob("LiberationSans-*.ttf")):
        QFontDatabase.addApplicationFont(str(font_file))
    app.setFont(QFont(UI_FONT_FAMILY, 10))


def pause_collector_for_start() -> None:
    """Building the first window makes tens of thousands of objects (Qt's wrappers, the
    models, the rows) and frees few: the cyclic collector's runs in that time find next to
    nothing and cost start-up 3–8 ms (measured with gc.callbacks). Paused from here until
    the window is up; reference counting still frees acyclic objects. The collector is
    switched on again by settle_after_start, or at the latest by the timer set here (for a
    caller that never shows a window)."""
    gc.disable()
    QTimer.singleShot(START_BACKUP_DELAY_MS, gc.enable)


def settle_after_start() -> None:
    """What start-up built (Qt's wrappers, the modules, the tabs) lives as long as the window:
    move it out of the garbage collector's sight (gc.freeze). Each full collection then scans
    only what came later; measured with the packet preview building in its thread, the
    collector's pauses of the whole process (GUI thread included) drop from 36–75 ms to
    17–26 ms (bench/preview.py). Acyclic objects are still freed by reference counting."""
    gc.collect()  # what is garbage now is not frozen with the rest
    gc.freeze()
    gc.enable()


def run(db_path: Path | None) -> int:
    """The window on `db_path`, or (None) on the database ui/startup.py finds or the
    welcome offers."""
    app = create_application()
    from ksdesk import applog
    from ksdesk.ui.error_hook import ErrorHook
    from ksdesk.ui.help_topics import install_help_key

    applog.start("gui")
    ErrorHook(app).install()
    install_help_key(app)
    from ksdesk.ui.main_window import MainWindow
    from ksdesk.ui.startup import first_store

    # Locked: offer read-only; damaged or empty: offer the latest good backup; missing: ask
    # before making a new one (ui/dialogs/open_problems); none named: ui/startup.py.
    start = first_store(db_path)
    if start is None:
        return 1
    window = MainWindow(start.store)
    window.show()
    window.after_first_paint(window.safety.prepare_backups)
    if start.then:  # "Importera dokument" in the welcome: the import, once the window is up
        window.after_first_paint(lambda: window.start_import(start.then))
    QTimer.singleShot(START_BACKUP_DELAY_MS, window.safety.backup_at_start)
    QTimer.singleShot(START_BACKUP_DELAY_MS, settle_after_start)
    try:
        return app.exec()
    finally:
        window.store.close()
        applog.logger.info("ksdesk avslutas")
