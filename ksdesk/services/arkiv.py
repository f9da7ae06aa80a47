"""The justering-ready protokoll: a PDF/A-2b file with a signature page for the kommun's
e-signing service, the fingerprint of the justerat protokoll printed in its anslag/bevis and
stored as a version, and `verifiera`: which protokoll and version a file is, or that it
matches none.

A file is recognised three ways, strongest first: its bytes are a file ksdesk wrote; its
first pages carry the same text as a file ksdesk wrote (the e-signing service added its
signatures or a page, the protokoll itself is unchanged); the fingerprint printed in it is
one ksdesk stored (then the text no longer agrees: the file has been altered)."""

from __future__ import annotations

import hashlib
import io
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from ksdesk.core.errors import InvalidInput, NotFound
from ksdesk.core.fingeravtryck import fingerprint, ungrouped
from ksdesk.core.format import format_date
from ksdesk.core.os_errors import os_reason
from ksdesk.db import organ_repo, protokoll_version_repo
from ksdesk.db.connection import Store
from ksdesk.db.protokoll_version_repo import ProtokollVersion
from ksdesk.reports.pdfa import to_pdfa
from ksdesk.reports.protokoll_pdf import protokoll_pdf
from ksdesk.services.protokoll import get_protokoll, meeting_and_organ
from ksdesk.services.protokoll_print import deadline_chain_for

_PRINTED = re.compile(r"SHA-256\)\s*:?\s*((?:[0-9a-f]{8}\s*){8})", re.IGNORECASE)


def current_fingerprint(store: Store, meeting_id: int) -> str:
    meeting, organ = meeting_and_organ(store, meeting_id)
    return fingerprint(organ, meeting, get_protokoll(store, meeting_id))


@dataclass(frozen=True)
class Arkivexemplar:
    pdf: bytes
    version: ProtokollVersion
    new_version: bool


def arkiv_document(store: Store, meeting_id: int) -> Arkivexemplar:
    """The protokoll as PDF/A-2b with its signature page; its fingerprint is stored as the
    next version of the meeting's protokoll when the text has changed since the last one."""
    from ksdesk.services.deciders import current_user

    meeting, organ = meeting_and_organ(store, meeting_id)
    protokoll = get_protokoll(store, meeting_id)
    if not protokoll.paragrafer:
        raise NotFound(
            f"Sammanträdet {format_date(meeting.date)} har inget protokoll ännu: "
            "starta det under fliken Sammanträde."
        )
    digest = fingerprint(organ, meeting, protokoll)
    chain = deadline_chain_for(organ, meeting, protokoll)
    data = protokoll_pdf(organ, meeting, protokoll, chain, fingerprint=digest, signature_page=True)
    title = f"Protokoll {organ.name} {format_date(meeting.date)}"
    archived = to_pdfa(data, title=title, author=organ.kommun or organ.name)
    pages = page_texts(archived)
    with store.atomic():
        version = protokoll_version_repo.find_version(store, digest)
        new = version is None
        if version is None:
            version = protokoll_version_repo.add_version(
                store, meeting_id, organ.id or 0, meeting.date, digest, current_user()
            )
        protokoll_version_repo.add_file(
            store,
            version,
            hashlib.sha256(archived).hexdigest(),
            text_digest(pages),
            len(pages),
        )
    return Arkivexemplar(archived, version, new)


def page_texts(data: bytes) -> list[str]:
    """The text of each page (pypdf), or refused in Swedish for a file that is no PDF."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    # pypdf logs every oddity of a damaged file in English; the verdict is what counts.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        return [page.extract_text() or "" for page in reader.pages]
    except (PyPdfError, ValueError, KeyError, OSError) as error:
        raise InvalidInput(
            "Filen kan inte läsas som PDF: den är skadad eller ingen PDF."
        ) from error


def text_digest(pages: list[str]) -> str:
    text = "\n\f".join(" ".join(p.split()) for p in pages)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Verifiering:
    matches: bool
    message: str
    version: ProtokollVersion | None = None
    how: str = ""  # "fil", "text", "fingeravtryck", ""


def verifiera(store: Store, path: Path) -> Verifiering:
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise InvalidInput(f"Filen {path} kan inte läsas ({os_reason(error)}).") from error
    files = protokoll_version_repo.files_by(store, "fil_sha256", hashlib.sha256(data).hexdigest())
    if files:
        v = files[0].version
        return Verifiering(
            True,
            f"{_describe(store, v)}: filen är exakt den som ksdesk skrev {files[0].skapad[:10]}.",
            v,
            "fil",
        )
    pages = page_texts(data)
    for count, digest in protokoll_version_repo.text_fingerprints(store):
        if len(pages) >= count and text_digest(pages[:count]) == digest:
            v = protokoll_version_repo.files_by(store, "text_sha256", digest)[0].version
            extra = len(pages) - count
            added = f", och {extra} sidor har lagts till" if extra else ""
            return Verifiering(
                True,
                f"{_describe(store, v)}: protokollets text är oförändrad; filen har ändrats "
                f"efter att ksdesk skrev den (till exempel signerats){added}.",
                v,
                "text",
            )
    printed = _PRINTED.search(" ".join(pages))
    v = protokoll_version_repo.find_version(store, ungrouped(printed.group(1))) if printed else None
    if v is not None:
        if _is_current_print(store, v, pages):
            return Verifiering(
                True,
                f"{_describe(store, v)}: filen är en vanlig utskrift av den versionen (inte "
                "arkivexemplaret), och texten stämmer.",
                v,
                "utskrift",
            )
        return Verifiering(
            False,
            f"Filen anger fingeravtrycket för {_describe(store, v).lower()}, men dess text "
            "stämmer inte med det ksdesk skriver: filen har ändrats. Jämför med originalet.",
            v,
            "fingeravtryck",
        )
    return Verifiering(False, "Filen stämmer inte med något protokoll i databasen.")


def _is_current_print(store: Store, v: ProtokollVersion, pages: list[str]) -> bool:
    """The file's text is the protokoll as ksdesk prints it now, and that is version `v`."""
    from ksdesk.services.protokoll_print import protokoll_document

    if v.meeting_id is None or current_fingerprint(store, v.meeting_id) != v.innehall_sha256:
        return False
    printed = page_texts(protokoll_document(store, v.meeting_id))
    return text_digest(printed) == text_digest(pages)


def _describe(store: Store, v: ProtokollVersion) -> str:
    organ = organ_repo.get(store, v.organ_id).name if v.organ_id else "Protokollet"
    return f"Protokollet {organ} {format_date(v.meeting_date)}, version {v.version}"


def as_json(result: Verifiering) -> dict:
    v = result.version
    return {
        "stammer": result.matches,
        "meddelande": result.message,
        "hur": result.how,
        "sammantrade": v.meeting_date.isoformat() if v else None,
        "version": v.version if v else None,
        "fingeravtryck": v.innehall_sha256 if v else None,
    }
