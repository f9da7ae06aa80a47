"""Opening a PDF that someone gave us (a bilaga): the one place that reads such a file, for
attaching it, merging it into the packet and reading its text for the public-copy scan.

Many PDFs from other authorities are "protected" with an empty password (printing or copying
restricted, opening not): they are decrypted with it, RC4 as well as AES-128 and AES-256
(pypdf's crypto extra). One that needs a real password is refused by name, with what to do.
pypdf raises many kinds of errors on a damaged file; each becomes one Swedish InvalidInput,
so a bad bilaga is named as a problem and never stops the meeting's packet or scan."""

from __future__ import annotations

import io
import logging
from typing import Any

from ksdesk.core.errors import InvalidInput
from ksdesk.logs import logger

PDF_MAGIC = b"%PDF"
# What the secretary can do about a damaged PDF, said wherever one is refused.
DAMAGED_PDF_HELP = (
    "Öppna den i en PDF-läsare och skriv ut eller spara den som en ny PDF, eller be avsändaren "
    "om filen igen."
)

# What to do with a Word file, a picture or anything else chosen where a PDF is wanted.
NOT_PDF_HELP = (
    "Spara den som PDF först (i Word: Arkiv → Spara som → PDF; en bild: skriv ut den till PDF) "
    "och välj PDF-filen."
)


def open_pdf(data: bytes, name: str = "filen") -> Any:
    """A pypdf PdfReader of `data`, decrypted when an empty password opens it; InvalidInput
    (naming `name`) for a file that is no PDF, is damaged, needs a password or has no pages."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError

    # pypdf logs every oddity of a damaged file as a warning; the verdict is what counts.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    if not data.lstrip()[:5].startswith(PDF_MAGIC):
        raise InvalidInput(f"{name} är ingen PDF-fil. {NOT_PDF_HELP}")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            _decrypt(reader, name)
            # The password check alone proves little: AES content is decrypted only when
            # read. One page read now, so that a file is refused here, not mid-packet.
            if len(reader.pages):
                reader.pages[0].get_contents()
        pages = len(reader.pages)
    except InvalidInput:
        raise
    except DependencyError:  # an installation without pypdf's crypto extra
        raise InvalidInput(
            f"{name} är krypterad, och den här installationen av ksdesk saknar det som "
            "behövs för att öppna den (Python-paketet cryptography)."
        ) from None
    except Exception as error:  # any failure of the parser on a bad file is a refusal
        # The parser's own words (English, technical) go to the log, for whoever helps.
        logger("pdf").warning("%s: %s: %s", name, type(error).__name__, error)
        raise InvalidInput(
            f"{name} är en skadad PDF-fil och kan inte läsas. {DAMAGED_PDF_HELP}"
        ) from None
    if pages == 0:
        raise InvalidInput(f"{name} har inga sidor.")
    return reader


def _decrypt(reader: Any, name: str) -> None:
    if not reader.decrypt(""):
        raise InvalidInput(
            f"{name} är lösenordsskyddad och kan inte öppnas av ksdesk. Spara en kopia utan "
            "lösenord (skriv ut den till PDF, eller be avsändaren om en olåst fil) och bifoga "
            "den i stället."
        )


def pdf_title(data: bytes) -> str:
    """The title a PDF's document info gives itself ("" when none, or it cannot be read);
    judged by core.bilaga_title before it names anything."""
    try:
        reader = open_pdf(data)
        info = reader.metadata
        title = info.get("/Title") if info is not None else None
    except Exception:  # a title is a courtesy: a file read this far has its pages
        return ""
    return str(title) if title else ""
