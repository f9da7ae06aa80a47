"""Shared fixtures. Qt runs headless: the platform is set before anything imports Qt."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from hypothesis import settings

from ksdesk.db.connection import Store, open_store

# In CI (CI=true) the property tests draw the same examples on every run: a run that lands
# or not must not hang on the draw. A developer's run draws new ones and finds new cases;
# what it finds becomes an @example (tests/core/test_personnummer_ocr.py has one).
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture
def store(tmp_path: Path) -> Store:
    """A fresh, migrated, empty database file."""
    opened = open_store(tmp_path / "test.sqlite", create=True)
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database, built once per session; tests get copies."""
    from ksdesk.services.demo import load_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    opened = open_store(path, create=True)
    load_demo(opened)
    opened.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    opened.close()
    return path


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    import shutil

    target = tmp_path / "demo.sqlite"
    shutil.copy(demo_template, target)
    return target


@pytest.fixture
def demo_store(demo_path: Path) -> Store:
    opened = open_store(demo_path)
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def qapp_cls():
    """pytest-qt's application is ours, so the data_changed signal exists in widget tests."""
    from ksdesk.ui.app import KsdeskApp

    return KsdeskApp


@pytest.fixture(autouse=True)
def _own_data_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch) -> Path:
    """No test writes backups into the real user's data folder."""
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("KSDESK_DATA_DIR", str(folder))
    return folder
