"""Why the computer refused to read or write a file, in Swedish. Python's OSError speaks the
system's language: English on Linux and macOS ("Permission denied"), and a PDF open in
Acrobat on Windows is "[WinError 32] The process cannot access the file …". The secretary
reads what happened and what to do."""

from __future__ import annotations

import errno

# Windows' own codes, for what errno does not tell apart.
_WIN_SHARING_VIOLATION = 32  # the file is open in another program (Acrobat, Word, Excel)
_WIN_LOCK_VIOLATION = 33
_WIN_DISK_FULL = 112

_BY_ERRNO = {
    errno.ENOENT: "filen eller mappen finns inte",
    errno.EACCES: "du har inte behörighet, eller filen är öppen i ett annat program",
    errno.EPERM: "du har inte behörighet",
    errno.ENOSPC: "disken är full",
    errno.EROFS: "platsen är skrivskyddad",
    errno.EISDIR: "det är en mapp, inte en fil",
    errno.ENOTDIR: "en del av sökvägen är ingen mapp",
    errno.EEXIST: "det finns redan en fil med det namnet",
    errno.ENAMETOOLONG: "namnet eller sökvägen är för lång",
    errno.EBUSY: "filen används av ett annat program",
    errno.EIO: "disken kunde inte läsas eller skrivas (ett fel på disken eller nätverket)",
}
_BY_WINERROR = {
    _WIN_SHARING_VIOLATION: "filen är öppen i ett annat program: stäng den där och försök igen",
    _WIN_LOCK_VIOLATION: "filen är låst av ett annat program: stäng den där och försök igen",
    _WIN_DISK_FULL: "disken är full",
}


def os_reason(error: OSError) -> str:
    """ "filen är öppen i ett annat program: stäng den där och försök igen", for a message
    that names the file itself. The system's own words go to the log."""
    # Only when there is something to log: `ksdesk sok` starts a process per query.
    from ksdesk.logs import logger

    logger("files").warning("%s", error)
    winerror = getattr(error, "winerror", None)
    if winerror in _BY_WINERROR:
        return _BY_WINERROR[winerror]
    return _BY_ERRNO.get(
        error.errno or 0, "datorn gav ett fel när filen skulle läsas eller skrivas"
    )
