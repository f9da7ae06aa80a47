"""Shared fixtures. Qt runs headless: the platform is set before anything imports Qt."""

from __future__ import annotations

import copy
import os
import shutil
import sys
from collections.abc import Callable, Iterator
from typing import TypeVar

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from hypothesis import settings

from ksdesk.db.connection import Store, open_store
from tests.file_seconds import heaviest_first
from tests.typst_memo import install_once_loaded

T = TypeVar("T")

# In CI (CI=true) the property tests draw the same examples on every run: a run that lands
# or not must not hang on the draw. A developer's run draws new ones and finds new cases;
# what it finds becomes an @example (tests/core/test_personnummer_ocr.py has one).
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new database migrated to head, built once per session: each of the 60-odd migration
    steps commits with a full sync, 0.3-1 s a file on a busy disk; tests get copies."""
    path = tmp_path_factory.mktemp("empty") / "test.sqlite"
    opened = open_store(path, create=True)
    opened.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    opened.close()
    return path


@pytest.fixture
def store(empty_template: Path, tmp_path: Path) -> Store:
    """A fresh, migrated, empty database file (a copy of empty_template: the same schema and
    rows a new file gets, and the identity step m0402 gave the template)."""
    target = tmp_path / "test.sqlite"
    shutil.copy(empty_template, target)
    opened = open_store(target)
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
    target = tmp_path / "demo.sqlite"
    shutil.copy(demo_template, target)
    return target


@pytest.fixture
def demo_store(demo_path: Path) -> Store:
    opened = open_store(demo_path)
    yield opened
    opened.close()


class _DemoVariants:
    """Demo databases with a test file's own set-up applied (a meeting planted, scanned and
    decided through the services: often more work than the check itself), each built once
    per session from the demo template and keyed by the set-up function and its arguments."""

    def __init__(self, template: Path, folder: Path) -> None:
        self.template, self.folder = template, folder
        self.built: dict[tuple, tuple[Path, object]] = {}

    def template_for(self, setup: Callable[..., T], args: tuple, kwargs: dict) -> tuple[Path, T]:
        key = (setup.__module__, setup.__qualname__, args, tuple(sorted(kwargs.items())))
        if key not in self.built:
            path = self.folder / f"variant-{len(self.built)}.sqlite"
            shutil.copy(self.template, path)
            opened = open_store(path)
            try:
                result = setup(opened, *args, **kwargs)
                opened.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # all in the one file
            finally:
                opened.close()
            self.built[key] = (path, result)
        return self.built[key]


@pytest.fixture(scope="session")
def _demo_variants(demo_template: Path, tmp_path_factory: pytest.TempPathFactory):
    return _DemoVariants(demo_template, tmp_path_factory.mktemp("variants"))


@pytest.fixture
def demo_built(_demo_variants: _DemoVariants, tmp_path: Path):
    """`demo_built(setup, *args, **kwargs)` -> (store, what setup returned): a fresh copy of
    the demo database as `setup(store, *args, **kwargs)` left it. The set-up runs once per
    session for each set of arguments; every test gets its own file and its own copy of the
    result, as if it had run the set-up on demo_store itself."""
    opened: list[Store] = []

    def build(setup: Callable[..., T], *args, **kwargs) -> tuple[Store, T]:
        template, result = _demo_variants.template_for(setup, args, kwargs)
        target = tmp_path / f"built-{len(opened)}.sqlite"
        shutil.copy(template, target)
        opened.append(open_store(target))
        return opened[-1], copy.deepcopy(result)

    yield build
    for store in opened:
        store.close()


@pytest.fixture(scope="session")
def _built_files() -> dict[tuple[str, str, str], bytes]:
    return {}


@pytest.fixture
def built_file(_built_files: dict[tuple[str, str, str], bytes], tmp_path: Path):
    """`built_file(name, build)` -> tmp_path / name as `build(path)` writes it (through the
    command line, say, which closes the database when done). `build` runs once per session
    for each name; later tests get a copy of the bytes it left, each a file of its own."""

    def make(name: str, build: Callable[[Path], None]) -> Path:
        target = tmp_path / name
        key = (build.__module__, build.__qualname__, name)
        if key in _built_files:
            target.write_bytes(_built_files[key])
        else:
            build(target)
            _built_files[key] = target.read_bytes()
        return target

    return make


@pytest.fixture
def log_file(tmp_path: Path, monkeypatch) -> Iterator[Path]:
    """ksdesk's log file in a data folder of the test's own, the log closed before and after
    (tests/test_log_*.py)."""
    from ksdesk import applog

    monkeypatch.setenv("KSDESK_DATA_DIR", str(tmp_path))
    applog.stop()
    yield tmp_path / "logg" / applog.LOG_NAME
    applog.stop()


@pytest.fixture(scope="session")
def qapp_cls():
    """pytest-qt's application is ours, so the data_changed signal exists in widget tests."""
    from ksdesk.ui.app import KsdeskApp

    return KsdeskApp


@pytest.fixture(autouse=True)
def _own_data_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch) -> Iterator[Path]:
    """No test writes backups into the real user's data folder. A warning logged by a test
    opens the log in that folder (ksdesk.logs); it is closed with the test."""
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("KSDESK_DATA_DIR", str(folder))
    yield folder
    applog = sys.modules.get("ksdesk.applog")
    if applog is not None:
        applog.stop()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item: pytest.Item):
    """A modal dialog the test leaves unanswered fails the test instead of holding the run
    (tests/modal_guard.py). Only where the test has a Qt application: no other test loads Qt."""
    install_once_loaded()  # tests/typst_memo.py
    widgets = sys.modules.get("PySide6.QtWidgets")
    guard = None
    if widgets is not None and widgets.QApplication.instance() is not None:
        from tests.modal_guard import ModalGuard

        guard = ModalGuard()
    outcome = yield
    if guard is not None:
        guard.stop()
        if guard.closed and outcome.exception is None:
            outcome.force_exception(
                AssertionError("Ingen svarade på en modal dialog: " + "; ".join(guard.closed))
            )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test id holding a memory address ("<function <lambda> at 0x7f…>", str() of an
    object given to parametrize) differs between the two xdist workers, and the whole run
    stops with "Different tests were collected": said here, naming the test."""
    addressed = [item.nodeid for item in items if " at 0x" in item.nodeid]
    if addressed:
        raise pytest.UsageError(
            "Test ids with a memory address (give parametrize ids=): " + ", ".join(addressed[:3])
        )
    # The costliest test files first (tests/file_seconds.py), a file's tests together and in
    # their order: the two workers of `make test` (one file at a time, taken in this order:
    # --no-loadscope-reorder) then end together.
    files = [item.nodeid.split("::")[0] for item in items]
    rank = heaviest_first(files)
    place = {
        id(item): (rank[path], at) for at, (item, path) in enumerate(zip(items, files, strict=True))
    }
    items.sort(key=lambda item: place[id(item)])
