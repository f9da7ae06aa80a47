"""Telling budget sheets of one title apart (walk38 #4): a sheet imported twice, the right
file and a corrected one, keeps its title and gets a key of its own. The lists (the Budget
tab's, Bifoga från ksdesk) name each by its key where the title is shared and say which has
fel in its totals; a title two sheets have is refused where one sheet is asked for by name."""

from __future__ import annotations

from ksdesk.core.errors import InvalidInput
from ksdesk.db import budget_repo
from ksdesk.db.connection import Store
from ksdesk.services.budget_bilaga import fel_count


def refuse_shared_title(store: Store, name: str) -> None:
    """InvalidInput naming each sheet by its key when `name` is no key and several sheets
    have it as their title (the first was attached silently, wrong total or not)."""
    name = name.strip()
    sheets = budget_repo.list_sheets(store)
    if any(key == name for _, key, _ in sheets):
        return
    same = [(sid, key) for sid, key, title in sheets if title.lower() == name.lower()]
    if len(same) < 2:
        return
    told = ", ".join(
        f"{key} ({_state(fel_count(budget_repo.get(store, sid)))})" for sid, key in same
    )
    raise InvalidInput(
        f"{len(same)} budgetblad heter ”{name}”: {told}. Ange bladets nyckel i stället för "
        f"rubriken, t.ex. ”{same[0][1]}”."
    )


def listed(store: Store) -> list[tuple[int, str, str]]:
    """(id, key, what the list shows) of every sheet: its title, its key after it where
    another sheet has the same title, and "⚠ 1 fel" before it where its totals are wrong."""
    sheets = budget_repo.list_sheets(store)
    titles = [title.lower() for _, _, title in sheets]
    shown = []
    for sid, key, title in sheets:
        label = f"{title} ({key})" if titles.count(title.lower()) > 1 else title
        count = fel_count(budget_repo.get(store, sid))
        # The fel first: a long title is cut at the list's right edge (1366 px wide).
        shown.append((sid, key, f"⚠ {count} fel – {label}" if count else label))
    return shown


def _state(count: int) -> str:
    return f"{count} fel i summorna" if count else "summorna stämmer"
