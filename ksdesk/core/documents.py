"""Free-text documents of a packet (a verksamhetsplan, an agreement, a förteckning),
held as blocks of text that may carry a budget table at their place."""

from __future__ import annotations

from dataclasses import dataclass, field

from ksdesk.core.identity import row_uuid


@dataclass
class Block:
    heading: str = ""
    text: str = ""
    budget_key: str | None = None
    uuid: str = row_uuid()


@dataclass
class Document:
    key: str
    title: str
    header: list[tuple[str, str]] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    id: int | None = None
    uuid: str = row_uuid()
