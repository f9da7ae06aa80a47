"""The handbook (F1): Swedish Markdown pages in resources/help shown in a QTextBrowser, in a
window of its own beside ksdesk, so it can be read while working. F1 opens the page about
what has focus: each tab, page and dialog names its topic in a `help_topic` property
("sammantrade.md#upprop"); the nearest one up the widget tree wins."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ksdesk import paths
from ksdesk.ui.help_topics import HELP_WINDOW_NAME, HOME, anchor
from ksdesk.ui.widgets.screen_fit import resize_within_screen

# The handbook's pages in reading order (a test holds this to the files in resources/help).
PAGES = (
    "index.md",
    "kom-igang.md",
    "kallelse.md",
    "budget.md",
    "delegation.md",
    "sammantrade.md",
    "motesvy.md",
    "uppfoljning.md",
    "utskrift.md",
    "offentlig-kopia.md",
    "sakerhetskopior.md",
    "filer.md",
    "tangentbord.md",
    "fel.md",
    "kommandoraden.md",
)
_UNKNOWN = QTextDocument.ResourceType.UnknownResource


def page_title(page: str) -> str:
    """The page's first heading ("# Kallelse" → "Kallelse")."""
    for line in (paths.help_dir() / page).read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return page


class HelpBrowser(QTextBrowser):
    """A QTextBrowser that finds a "#fragment" among the Markdown headings (Qt keeps no
    anchors for them) and opens web links in the system's browser."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenExternalLinks(True)
        self.setAccessibleName("Handbokens text")

    def doSetSource(
        self,
        name: QUrl,
        kind: QTextDocument.ResourceType = QTextDocument.ResourceType.UnknownResource,
    ) -> None:
        if name.isLocalFile() and name.path().endswith(".md"):
            kind = QTextDocument.ResourceType.MarkdownResource
        super().doSetSource(name, kind)
        if name.fragment():
            self.scroll_to_heading(name.fragment())

    def scroll_to_heading(self, fragment: str) -> bool:
        position = self._heading_position(fragment)
        if position is None:
            return False
        self._scroll_to(position)
        # A window just shown lays its text out on the next turn of the event loop, and only
        # then has a range to scroll in: scroll again then.
        QTimer.singleShot(0, lambda: self._scroll_to(position))
        return True

    def _heading_position(self, fragment: str) -> int | None:
        block = self.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() and anchor(block.text()) == fragment:
                return block.position()
            block = block.next()
        return None

    def _scroll_to(self, position: int) -> None:
        """The heading at the top of the view: from the end, the least scroll that shows the
        cursor puts its line at the top edge."""
        cursor = QTextCursor(self.document().findBlock(position))
        self.setTextCursor(cursor)
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())
        self.ensureCursorVisible()


class HelpWindow(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle("ksdesk – handbok")
        self.setObjectName(HELP_WINDOW_NAME)  # F1 in it is the browser's (help_topics.HelpKey)
        self.browser = HelpBrowser(self)
        self.contents = QListWidget(self)
        self.contents.setAccessibleName("Handbokens sidor")
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText("Sök i handboken")
        self.search_edit.setAccessibleName("Sök i handboken")
        self.search_edit.setClearButtonEnabled(True)
        self.back_button = QPushButton("← &Tillbaka", self)
        self.forward_button = QPushButton("&Framåt →", self)
        self.home_button = QPushButton("&Innehåll", self)
        self.hits_label = QLabel(self)
        self._build()
        self._fill_contents("")
        self.back_button.clicked.connect(self.browser.backward)
        self.forward_button.clicked.connect(self.browser.forward)
        self.home_button.clicked.connect(lambda: self.show_topic(HOME))
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        self.browser.sourceChanged.connect(self._source_changed)
        self.contents.itemActivated.connect(self._page_chosen)
        self.contents.itemClicked.connect(self._page_chosen)
        self.search_edit.textChanged.connect(self._fill_contents)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search_edit.setFocus)
        QShortcut(QKeySequence("Esc"), self, self.close)
        self.back_button.setEnabled(False)
        self.forward_button.setEnabled(False)
        resize_within_screen(self, 980, 720)

    def _build(self) -> None:
        left = QWidget(self)
        side = QVBoxLayout(left)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.search_edit)
        side.addWidget(self.hits_label)
        side.addWidget(self.contents, 1)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 740])
        bar = QHBoxLayout()
        for button in (self.back_button, self.forward_button, self.home_button):
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.hits_label.setVisible(False)

    def show_topic(self, topic: str) -> None:
        page, _, fragment = topic.partition("#")
        if page not in PAGES:
            page, fragment = HOME, ""
        url = QUrl.fromLocalFile(str(paths.help_dir() / page))
        if fragment:
            url.setFragment(fragment)
        self.browser.setSource(url)
        if fragment:  # the same page again: Qt does not reload it, so scroll here
            self.browser.scroll_to_heading(fragment)

    def current_page(self) -> str:
        return Path(self.browser.source().path()).name

    def _source_changed(self, url: QUrl) -> None:
        name = Path(url.path()).name
        for row in range(self.contents.count()):
            item = self.contents.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == name:
                self.contents.setCurrentItem(item)
        # source() may still be the previous page while this signal is delivered: use `url`.
        if name in PAGES:
            self.setWindowTitle(f"{page_title(name)} – ksdesk handbok")

    def _page_chosen(self, item: QListWidgetItem) -> None:
        self.show_topic(item.data(Qt.ItemDataRole.UserRole))

    def _fill_contents(self, query: str) -> None:
        """All pages, or those that mention every word typed in the search field."""
        words = query.lower().split()
        self.contents.clear()
        for page in PAGES:
            text = (paths.help_dir() / page).read_text(encoding="utf-8").lower()
            if all(word in text for word in words):
                item = QListWidgetItem(page_title(page))
                item.setData(Qt.ItemDataRole.UserRole, page)
                self.contents.addItem(item)
        self.hits_label.setVisible(bool(words))
        count = self.contents.count()
        self.hits_label.setText(
            "Ingen sida nämner det."
            if not count
            else f"{count} sidor nämner det."
            if count != 1
            else "1 sida nämner det."
        )
        if words and count:
            self.browser.find(words[0])


def open_help(topic: str, owner: QWidget) -> HelpWindow:
    """Show the handbook at `topic`, in the one handbook window `owner` keeps (a window of
    its own, closed with its owner)."""
    window = owner.findChild(HelpWindow, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if window is None:
        window = HelpWindow(owner)
    window.show()
    window.show_topic(topic)
    window.raise_()
    window.activateWindow()
    return window
