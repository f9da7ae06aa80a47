"""Free-text documents of a packet (a verksamhetsplan, an agreement, a förteckning),
held as blocks of text that may carry a budget table at their place."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Block:
    heading: str = ""
    text: str = ""
    budget_key: str | None = None


@dataclass
class Document:
    key: str
    title: str
    header: list[tuple[str, str]] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    id: int | None = None
