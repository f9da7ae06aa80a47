"""The register of roles: the titles that may stand as Delegat or Ersättare.

A title that an organisation change retires keeps its row with `replaced_by` set, so the
checks can say "Kommunchef är utbytt mot Kommundirektör" wherever the old title lingers, and a
rename can be carried out in every draft at once.
"""

from __future__ import annotations

from dataclasses import dataclass

from ksdesk.core.identity import row_uuid
from ksdesk.core.lookalike import search_key


@dataclass
class Role:
    name: str
    replaced_by: str = ""
    id: int | None = None
    uuid: str = row_uuid()

    @property
    def retired(self) -> bool:
        return bool(self.replaced_by)


def role_key(name: str) -> str:
    """Roles compare without regard to case, spacing, look-alike letters or a final full stop."""
    return search_key(name).rstrip(".")


class RoleRegister:
    """Lookups over the register's roles."""

    def __init__(self, roles: list[Role]) -> None:
        self.roles = roles
        self._by_key = {role_key(r.name): r for r in roles}

    def __len__(self) -> int:
        return len(self.roles)

    def find(self, name: str) -> Role | None:
        return self._by_key.get(role_key(name))

    def renames(self) -> list[tuple[str, str]]:
        """(old title, new title) for every retired title."""
        return [(r.name, r.replaced_by) for r in self.roles if r.replaced_by]
