"""The window comes back as it was left: size, tab, splitters; and Arkiv → Öppna senaste."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from ksdesk.services.store import open_database
from ksdesk.ui import settings
from ksdesk.ui.main_window import MainWindow

PROBE = Path(__file__).with_name("state_probe.py")
SCREEN = Path(__file__).with_name("screen-1920x1080.json")
ROOT = Path(__file__).resolve().parents[2]


def _window(qtbot, store) -> MainWindow:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_size_place_tab_and_splitters_are_remembered(demo_path: Path, tmp_path) -> None:
    # The default offscreen screen is 800 × 600 and would clamp a restored geometry: the probe
    # runs on a 1080p screen of its own.
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={SCREEN}",
        "KSDESK_DATA_DIR": str(tmp_path / "data"),
        "PYTHONPATH": str(ROOT),
    }
    done = subprocess.run(
        [sys.executable, str(PROBE), str(demo_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    again = json.loads(done.stdout.splitlines()[-1])
    assert again["size"] == [1234, 777]
    assert again["position"] == [40, 30]
    assert again["tab"] == "Delegation"
    assert again["built"] == ["Delegation"]  # only the tab shown is built at start
    assert again["splitter"] == 300


def test_open_recent_lists_the_other_databases(qtbot, demo_path: Path, tmp_path) -> None:
    other = tmp_path / "nämnd.sqlite"
    shutil.copy(demo_path, other)
    settings.remember_database(other)
    store = open_database(demo_path)
    window = _window(qtbot, store)
    # The window puts its file in the list once it is painted.
    qtbot.waitUntil(lambda: settings.recent_databases()[:1] == [demo_path.resolve()])
    menu = window.ui.menu_recent
    menu.aboutToShow.emit()
    actions = [a for a in menu.actions() if a.isEnabled()]
    assert [a.text().split("   ")[0] for a in actions] == ["&1 nämnd.sqlite"]
    actions[0].trigger()
    assert window.store.path == other
    assert window.windowTitle() == "nämnd.sqlite – ksdesk"
    menu.aboutToShow.emit()  # now the demo is the other one
    assert [a.text().split("   ")[0] for a in menu.actions()] == ["&1 demo.sqlite"]
    window.close()
    window.store.close()
