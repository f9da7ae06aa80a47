"""How long each test file takes, for the order the two workers take the files in
(tests/conftest.py): the longest first, so that both end together. xdist's own order (most
tests first) left the files of one long test last, and one worker ran test_long_text's 8
tests and the attacker's one test for a minute and a half while the other stood idle.

The figures are a hint, not a measure: a file missing from tests/file_seconds.json counts
its tests at a typical third of a second. Refresh them from a run's JUnit report:
    PYTEST_ADDOPTS=--junitxml=/tmp/junit.xml make test
    .venv/bin/python -m tests.file_seconds /tmp/junit.xml"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

TABLE = Path(__file__).with_name("file_seconds.json")
_PER_TEST = 0.3  # seconds, for a file the table does not know yet


def file_costs() -> dict[str, float]:
    """Seconds per test file ("tests/safety/test_x.py"), as last measured."""
    try:
        return json.loads(TABLE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def heaviest_first(files: list[str]) -> dict[str, int]:
    """Each test file's place in the run (`files`: the file of each test, as collected): the
    costliest first; files of the same cost keep their order."""
    known, counts = file_costs(), Counter(files)
    paths = list(counts)
    ordered = sorted(paths, key=lambda path: -known.get(path, counts[path] * _PER_TEST))
    return {path: at for at, path in enumerate(ordered)}


def _measured(junit: Path) -> dict[str, float]:
    seconds: Counter = Counter()
    for case in ET.parse(junit).iter("testcase"):
        parts = case.get("classname", "").split(".")
        while parts and parts[-1][:1].isupper():  # a test class's name after its module's
            parts.pop()
        seconds["/".join(parts) + ".py"] += float(case.get("time", 0))
    return {path: round(value, 1) for path, value in sorted(seconds.items())}


if __name__ == "__main__":
    TABLE.write_text(json.dumps(_measured(Path(sys.argv[1])), indent=0) + "\n", encoding="utf-8")
