"""Search across every year (`ksdesk sok`, the search field of the main window): ärenden,
protokoll §§, delegationsbeslut, delegation points and the text of PDF bilagor.

The index follows every edit in its own transaction (db/search_repo.py). The text of a PDF is
read once per file: when it is attached (`file_text`), or, for files stored before the index
existed, by `read_unread_files` (the GUI runs it in the background after start, `ksdesk sok`
before it searches). A PDF read by pypdf in an older ksdesk is read again by the window in
the background (step m1806), after the files never read."""

from __future__ import annotations

from collections.abc import Callable

from ksdesk.core.errors import InvalidInput
from ksdesk.core.search import DEFAULT_LIMIT, Filters, Hit, Target, check_kind, parse_query
from ksdesk.db import search_repo

TYPE_CHECKING = False  # typing itself is not imported: `ksdesk sok` starts a process per query
if TYPE_CHECKING:  # `ksdesk sok` starts a process per query: it loads no more than it uses
    from ksdesk.core.meeting import Sammantrade
    from ksdesk.db.connection import Store

# Text read from files attached in this process, by sha256, until the save stores it.
_read: dict[str, str | None] = {}


def search(
    store: Store,
    text: str,
    *,
    organ: str | None = None,
    year: int | None = None,
    kind: str | None = None,
    limit: int = DEFAULT_LIMIT,
) -> list[Hit]:
    """The best hits for `text`, best first. InvalidInput (in Swedish) for an empty query,
    an unknown organ or kind, or a year that is no year."""
    query = parse_query(text)
    filters = Filters(_organ_name(store, organ), _year(year), check_kind(kind))
    if not store.read_only and search_repo.pending(store):
        with store.atomic():  # rows written outside a transaction: indexed now
            search_repo.refresh(store)
    return search_repo.search(store, query, filters, limit)


def target(store: Store, hit: Hit) -> Target | None:
    """Where a hit opens (None: the row was deleted since the search)."""
    return search_repo.target(store, hit.typ, hit.ref)


def _organ_name(store: Store, organ: str | None) -> str | None:
    """The organ's name as stored, found as organ_repo.find_by_name finds it (its name in any
    case, or its short name)."""
    if not organ:
        return None
    found = search_repo.organ_name(store, organ.strip())
    if found is None:
        names = ", ".join(search_repo.organ_names(store))
        raise InvalidInput(f"Det finns ingen nämnd ”{organ}”. Nämnderna är: {names}.")
    return found


def _year(year: int | None) -> int | None:
    if year is not None and not 1900 <= year <= 2200:
        raise InvalidInput(f"Året ska skrivas med fyra siffror (ÅÅÅÅ), inte {year}.")
    return year


# ---------------------------------------------------------------------------------------------
# The text of files


def file_text(filename: str, data: bytes, sha256: str) -> str | None:
    """The text of an attached file, read now (it is stored with the save that follows)."""
    from ksdesk.interchange.pdf_text import bilaga_text

    if sha256 not in _read:
        _read[sha256] = bilaga_text(filename, data)
    return _read[sha256]


def keep_file_texts(store: Store, meeting: Sammantrade) -> None:
    """Store the text read from the meeting's newly attached files (in the caller's
    transaction): the index then holds it from the save on."""
    texts = []
    for item in meeting.items:
        for bilaga in item.bilagor:
            sha = bilaga.sha256
            if sha in _read and not search_repo.has_text(store, sha):
                texts.append((sha, _read[sha]))
    if texts:
        search_repo.put_texts(store, texts)


def index_complete(store: Store) -> bool:
    """Every row and every file's text is in the index: searching writes nothing."""
    return not search_repo.pending(store) and not search_repo.unread_files(store, 1)


def unread_files(store: Store, limit: int = 50) -> list[str]:
    """Files whose text was never read: `ksdesk sok` reads them before it searches."""
    return search_repo.unread_files(store, limit)


def files_to_read(store: Store, limit: int = 50) -> list[str]:
    """What the window reads in the background: the files never read, then the PDFs an
    older ksdesk read with pypdf (step m1806), whose old text the index keeps meanwhile."""
    shas = search_repo.unread_files(store, limit)
    if len(shas) < limit:
        shas += search_repo.unread_files(store, limit - len(shas), "file_reread")
    return shas


def read_files(store: Store, shas: list[str]) -> list[tuple[str, str | None]]:
    """Read the text of stored files (on any connection: the window's background reading
    uses one of its own, see store_unread_beside); nothing is written."""
    from ksdesk.interchange.pdf_text import bilaga_text

    texts = []
    for sha in shas:
        found = search_repo.file_content(store, sha)
        if found is not None:
            texts.append((sha, bilaga_text(*found)))
    return texts


def store_file_texts(store: Store, texts: list[tuple[str, str | None]]) -> list[str]:
    """Store the files' texts; returns the sha256 of those whose text was new or changed (a
    file read again to the text the index holds leaves its bilagor as they are)."""
    with store.atomic():
        return search_repo.put_texts(store, texts)


class StoredTexts:
    """What one call of the window's background reading did (store_unread_beside)."""

    __slots__ = ("changed", "documents", "new", "shas")

    def __init__(self) -> None:
        self.shas: list[str] = []  # the files stored, read again to the same text too
        self.new = 0  # bilagor whose file was read for the first time, with text found
        self.changed = 0  # bilagor whose file, read again, gave another text
        self.documents = 0  # bilagor indexed with their file's new text


def store_unread_beside(
    store: Store, files: int, bilagor: int, progress: Callable[[int, int], None] | None = None
) -> StoredTexts:
    """For a worker thread: read the next files to read (files_to_read) and store their
    text through a connection of its own beside the window's (db.connection.open_companion),
    so that the index takes them in off the window's thread. At most `files` files, and no
    more than `bilagor` bilagor indexed again (at least one): a file held by more is taken
    in a share of its bilagor at a time (db/search_holders_repo.py), its text stored with
    the last share, each share and each file in a transaction of its own, so that a save in
    the window never waits long for one. `progress(done, total)` is called before each file."""
    from ksdesk.db.connection import open_companion

    companion = open_companion(store)
    try:
        stored = StoredTexts()
        shas = files_to_read(companion, files)
        for done, sha in enumerate(shas):
            if progress is not None:
                progress(done, len(shas))
            room = max(bilagor, 1) - stored.documents
            if room <= 0:
                break
            for _sha, text in read_files(companion, [sha]):
                if not _store_text(companion, sha, text, room, stored):
                    return stored  # a share of its bilagor: the rest with the next call
        return stored
    finally:
        companion.close()


def _store_text(store: Store, sha: str, text: str | None, room: int, stored: StoredTexts) -> bool:
    """One transaction: `room` of the bilagor holding the file indexed with `text` (False),
    or, when no more wait for it, the text stored (True), the bilagor whose document holds
    it already left as they are."""
    from ksdesk.db import search_holders_repo as holders

    with store.atomic():
        waiting = holders.stale_holders(store, sha, text, room + 1)
        if len(waiting) > room:
            stored.documents += holders.index_holders(store, waiting[:room], text)
            return False
        read_before = search_repo.has_text(store, sha)
        if not search_repo.put_texts(store, [(sha, text)]):
            stored.shas.append(sha)  # read again to the text it had: nothing to index
            return True
        holders.drop_current(store, sha, text)  # queued by the trigger, current already
        stored.documents += len(waiting)
        stored.shas.append(sha)
        count = search_repo.file_holders(store, sha)
        if read_before:
            stored.changed += count
        elif text is not None:  # a scan's text is unknown: nothing to find in it
            stored.new += count
    return True


def read_unread_files(store: Store, progress: Callable[[int], None] | None = None) -> int:
    """Read every file whose text is not in the index yet, a batch per transaction; returns
    how many were read. Files stored before search existed are read here, once."""
    done = 0
    while batch := unread_files(store):
        store_file_texts(store, read_files(store, batch))
        done += len(batch)
        if progress is not None:
            progress(done)
    return done
