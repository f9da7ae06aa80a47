"""The first delegation check in a file searches the meetings' texts on a worker: the tab is
shown at once, says in its findings' line that it searches, and then lists exactly the findings
of a check on the GUI thread that keeps nothing."""

from __future__ import annotations

import shutil
import time

from ksdesk.db.connection import open_store
from ksdesk.services import citing_texts, delegation_check
from tests.ui.conftest import shown_window


def _findings_keeping_nothing(path, tmp_path, version) -> list:
    copy = tmp_path / "copy.sqlite"
    shutil.copy(path, copy)
    store = open_store(copy, read_only=True)
    try:
        return delegation_check.check_loaded(store, version)
    finally:
        store.close()


def _searching(monkeypatch, also) -> None:
    """Every meeting counts as many (the demo has few), and `also(store, meeting_ids)` is
    called before each search of meetings."""
    monkeypatch.setattr(citing_texts, "SEARCHED_IN_CHECK", 0)
    search = citing_texts._search

    def searching(store, meeting_ids, txns):
        also(store, meeting_ids)
        return search(store, meeting_ids, txns)

    monkeypatch.setattr(citing_texts, "_search", searching)


def test_the_first_check_in_a_file_searches_on_a_worker(
    qtbot, demo_store, demo_path, tmp_path, monkeypatch
) -> None:
    searched_here: list[int] = []
    _searching(monkeypatch, lambda s, ids: searched_here.extend(ids if s is demo_store else []))
    tab = shown_window(qtbot, demo_store).tab("Delegation")  # the worker starts once Qt is idle
    assert tab.findings == []
    assert "söker efter hänvisningar" in tab.ui.findings_label.text()
    adopt = tab.versions.ui.adopt_button
    assert not adopt.isEnabled()  # the number of errors it warns of is not known yet
    qtbot.waitUntil(lambda: bool(tab.findings), timeout=20_000)
    assert adopt.isEnabled()  # the draft may be adopted, told of its errors
    assert searched_here == []  # every meeting was searched on the worker's connection
    assert tab.findings == _findings_keeping_nothing(demo_path, tmp_path, tab.version)
    assert "fel" in tab.ui.findings_label.text() and tab.finding_model.rowCount() > 0
    assert not delegation_check.searches_many(demo_store)  # kept: the next check is quick


def test_closing_the_window_stops_the_search(qtbot, demo_store, monkeypatch) -> None:
    _searching(monkeypatch, lambda _s, _ids: time.sleep(0.2))
    monkeypatch.setattr(citing_texts, "_STEP", 1)  # a step a meeting, each a while
    window = shown_window(qtbot, demo_store)
    tab = window.tab("Delegation")
    qtbot.waitUntil(lambda: tab.first_search.runner is not None)  # started once Qt was idle
    window.close()  # the window stops each tab's work and waits for it
    assert tab.first_search.runner.wait(0)  # no thread reads the file any more
