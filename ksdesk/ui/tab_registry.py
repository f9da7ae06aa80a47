"""The tabs of the main window (ui.main_window): each one's title, how it is built, and its
page in the handbook (F1). A tab's module is imported when the tab is first shown, not at
start-up (STYLE 14): the window builds only the tab in sight."""

from __future__ import annotations

from collections.abc import Callable

from ksdesk.services.store import Store
from ksdesk.ui.tabs.base_tab import BaseTab


def _kallelse(store: Store) -> BaseTab:
    from ksdesk.ui.tabs.kallelse_tab import KallelseTab

    return KallelseTab(store)


def _budget(store: Store) -> BaseTab:
    from ksdesk.ui.tabs.budget_tab import BudgetTab

    return BudgetTab(store)


def _delegation(store: Store) -> BaseTab:
    from ksdesk.ui.tabs.delegation_tab import DelegationTab

    return DelegationTab(store)


def _sammantrade(store: Store) -> BaseTab:
    from ksdesk.ui.tabs.sammantrade_tab import SammantradeTab

    return SammantradeTab(store)


def _uppfoljning(store: Store) -> BaseTab:
    from ksdesk.ui.tabs.uppfoljning_tab import UppfoljningTab

    return UppfoljningTab(store)


# Each tab: its title, how it is built, and its page in the handbook (F1).
TABS: tuple[tuple[str, Callable[[Store], BaseTab], str], ...] = (
    ("Kallelse", _kallelse, "kallelse.md"),
    ("Budget", _budget, "budget.md"),
    ("Delegation", _delegation, "delegation.md"),
    ("Sammanträde", _sammantrade, "sammantrade.md"),
    ("Uppföljning", _uppfoljning, "uppfoljning.md"),
)
