"""The benchmarks under bench/ are scripts nobody runs in the suite, so a function renamed or
moved in ksdesk breaks one silently (bench/uppfoljning.py called `arenden.history` long
after it had moved to services.arende_history). Every ksdesk name a bench imports or reads
from an imported ksdesk module must exist."""

from __future__ import annotations

import ast
import importlib
import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"


def _ksdesk_names(source: str) -> list[tuple[str, str, int]]:
    """(module, name, line) for each `from ksdesk… import name` and each `alias.name` read
    where alias is a ksdesk module imported in the file."""
    tree = ast.parse(source)
    modules: dict[str, str] = {}  # alias in the file -> ksdesk module
    names: list[tuple[str, str, int]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("ksdesk"):
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                if _is_module(full):
                    modules[alias.asname or alias.name] = full
                else:
                    names.append((node.module, alias.name, node.lineno))
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("ksdesk.") and alias.asname:
                    modules[alias.asname] = alias.name
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in modules
        ):
            names.append((modules[node.value.id], node.attr, node.lineno))
    return names


def _is_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:
        return False


@pytest.mark.parametrize("script", sorted(BENCH.glob("*.py")), ids=lambda p: p.name)
def test_every_ksdesk_name_a_bench_uses_exists(script: Path) -> None:
    missing = [
        f"{script.name}:{line}: {module}.{name}"
        for module, name, line in _ksdesk_names(script.read_text(encoding="utf-8"))
        if not hasattr(importlib.import_module(module), name)
    ]
    assert not missing, "\n".join(missing)


def test_a_name_that_moved_is_found() -> None:
    source = "from ksdesk.services import arenden\narenden.history(None, paragraf_id=1)\n"
    names = _ksdesk_names(source)
    assert ("ksdesk.services.arenden", "history", 2) in names
    assert not hasattr(importlib.import_module("ksdesk.services.arenden"), "history")
