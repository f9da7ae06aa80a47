"""Reading the real seed packet (../shared/seed) for tests that count against it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

# ../shared/seed beside the checkout; a git worktree sits one level deeper (/work/wt/<name>).
_SEED_NAME = Path("shared") / "seed" / "ludvika-ks-2020-12-07.txt"
SEED = next(
    (p / _SEED_NAME for p in Path(__file__).resolve().parents if (p / _SEED_NAME).exists()),
    Path(__file__).resolve().parents[2] / _SEED_NAME,
)


def seed_text() -> str:
    if not SEED.exists():
        pytest.skip(f"seed-paketet saknas: {SEED}")
    return SEED.read_text(encoding="utf-8")


def seed_agenda() -> list[tuple[int, str, str]]:
    """(nr, title, dnr) of the kallelse's ärendelista; titles may span two lines."""
    rows = re.findall(r"^\| (\d+) \| (.*?) \|\s*(\S*)\s*\|$", _joined_table(seed_text()), re.M)
    return [(int(nr), " ".join(title.split()), dnr) for nr, title, dnr in rows]


def _joined_table(text: str) -> str:
    # Titles broken over two lines ("… från\nkommunstyrelsen … | 2020/434 |") are joined.
    return re.sub(r"(^\| \d+ \| [^|\n]*)\n([^|\n]*\|)", r"\1 \2", text, flags=re.M)


def seed_delegation_numbers() -> list[str]:
    return re.findall(r"^(\d+)\.\t", seed_text(), re.M)
