"""What a bilaga that refers to data held in ksdesk is printed as (services/bilaga_render.py
finds the data): a story the packet lays out or a finished PDF, its web edition's blocks, what
it is printed from for the public-copy scan, or why it cannot be printed; and the fingerprint
that changes whenever what would be printed changes (the packet's cache key)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.platypus import Flowable

from ksdesk.core.meeting import Bilaga
from ksdesk.reports.base import Embedded
from ksdesk.reports.web import model as web_model

# The meeting (its id) and the bilaga of its agenda that print a register's list or decision:
# the review of that meeting decides which private names it keeps.
PrintedIn = tuple[int, Bilaga] | None


@dataclass
class Rendering:
    """How one referenced bilaga is printed.

    fingerprint  changes whenever what would be printed changes (the packet's cache key)
    story        flowables laid out by the packet, under its running header, given a width
    pdf          or: a finished PDF from another part of ksdesk's renderers, given how it is
                 embedded in the packet (Embedded: the packet's running header and a line
                 naming the bilaga; no page numbers of its own, the packet numbers the pages)
    problem      set when the bilaga cannot be printed: the reason, in Swedish
    title        the heading `story` starts with ("Bilaga 2", "Volym"), when it has one
    untitled     `story` without that heading, for a packet whose line naming the bilaga
                 already says it ("Bilaga 2. Driftsbudget …" over a sheet titled "Bilaga 2")
    web          the same bilaga in the web edition: its blocks, given the heading level of
                 its title and the anchor links to it go to
    web_untitled `web` without that heading (the web packet then makes its line naming the
                 bilaga the heading)
    data         what it is printed from (the sheet, the version and the one it is compared
                 with …): the public-copy scan reads every text of these as well as the pages,
                 as a narrow column breaks a long number where no reader of the page finds it
    """

    fingerprint: str
    story: Callable[[float], list[Flowable]] | None = None
    title: str = ""
    untitled: Callable[[float], list[Flowable]] | None = None
    pdf: Callable[[Embedded], bytes] | None = None
    wide: bool = False
    problem: str = ""
    web: Callable[[int, str], list[web_model.Block]] | None = None
    web_untitled: Callable[[int, str], list[web_model.Block]] | None = None
    data: tuple[object, ...] = ()


def fingerprint(*parts: object) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(repr(part).encode("utf-8"))
        digest.update(b"\x1f")
    return digest.hexdigest()
