"""What the secretary is told when a file she chose (in a file dialog, by dragging it in, or on
the command line) cannot even be opened: it is gone, it is a folder, it is empty, or the
computer will not let ksdesk read it. One sentence per kind of mistake, the same for every
import and every bilaga, each naming the file and saying what to do (the file itself is
looked at by interchange.import_guard.check_chosen and read_chosen)."""

from __future__ import annotations

import errno
from pathlib import Path

from ksdesk.core.os_errors import os_reason


def missing(file: Path) -> str:
    # Chosen a moment ago and gone now: moved, renamed or deleted meanwhile (a synced folder,
    # a colleague), or a path typed wrong. The folder is said: the name alone may be in many.
    return (
        f"Filen {file.name} finns inte (längre) i mappen {file.parent}: den kan ha flyttats, "
        "döpts om eller tagits bort. Leta upp filen och välj den igen."
    )


def folder(file: Path) -> str:
    return f"{file.name} är en mapp, inte en fil. Öppna mappen och välj filen i den."


def empty(file: Path) -> str:
    return (
        f"Filen {file.name} är tom (0 byte): det finns ingenting att läsa in. Kontrollera att "
        "du valt rätt fil, eller spara den igen i programmet den kommer från."
    )


def unreadable(file: Path, error: OSError) -> str:
    """The computer's refusal to read, in Swedish (core.os_errors), with what to do."""
    if error.errno == errno.ENOENT:
        return missing(file)
    if error.errno == errno.EISDIR:
        return folder(file)
    return (
        f"Filen {file.name} kan inte läsas ({os_reason(error)}). Stäng den i andra program, "
        "eller kopiera den till en mapp där du har behörighet, och välj den igen."
    )
