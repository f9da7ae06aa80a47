"""What the last reader of a public PDF (interchange.pdf_audit) reports: each personnummer,
name or secret title it found where, each place it could not read, and the pages decided
to be published unread."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class AuditFinding:
    where: str  # in Swedish: "sida 3 (text)", "formulärfält ”pnr” (värde)", "bokmärke"
    shown: str  # the number masked: "811218-XXXX"
    normalized: str  # never shown; compared with what was kept
    # A name or secret title kept in some text (normalized is then its kind): its key
    # (core.withheld_words.word_key), compared with what the page's texts kept.
    key: str = ""

    @property
    def kept_as(self) -> str:
        """What the finding passes by, where it was kept: a number's digits, a kept name's
        or title's key; the kind of words kept nowhere, which no text keeps."""
        return self.key or self.normalized


@dataclass(frozen=True)
class Unread:
    """A place whose text the reader could not read, said in Swedish for the secretary
    (what the library said is only logged)."""

    where: str  # "sida 3: texten är ritad som kurvor …", "filen kan inte läsas som PDF"
    page: int | None = None  # the page it is on; None: the file, a data stream, an attachment


@dataclass
class Audit:
    findings: list[AuditFinding] = field(default_factory=list)
    unread: list[Unread] = field(default_factory=list)
    # Pages the secretary decided to publish unread ("behåll" on the scan's hit for the
    # page), as the public copy marks them (interchange.pdf_kept_unread).
    kept_unread: set[int] = field(default_factory=set)
    pages: int = 0

    @property
    def clean(self) -> bool:
        return not self.findings

    @property
    def unreadable(self) -> list[str]:
        """Every place that could not be read, in Swedish."""
        return [place.where for place in self.unread]

    def unread_not_kept(self) -> list[Unread]:
        """The places that could not be read and nobody decided to publish unread."""
        return [u for u in self.unread if u.page is None or u.page not in self.kept_unread]
