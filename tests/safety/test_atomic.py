"""Atomic writes: the old file or the whole new one, never half; owner-only when private."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from ksdesk.atomic import atomic_path, write_atomic


def test_replaces_whole_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "kallelse.pdf"
    target.write_bytes(b"old")
    write_atomic(target, b"new content")
    assert target.read_bytes() == b"new content"
    assert [p.name for p in tmp_path.iterdir()] == ["kallelse.pdf"]


def test_failure_midway_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "budget.xlsx"
    target.write_bytes(b"old")
    with pytest.raises(OSError), atomic_path(target) as temporary:
        temporary.write_bytes(b"half")
        raise OSError("disken är full")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["budget.xlsx"]


def test_private_files_are_owner_only_and_others_follow_umask(tmp_path: Path) -> None:
    write_atomic(tmp_path / "secret.sqlite", b"x", private=True)
    assert stat.S_IMODE((tmp_path / "secret.sqlite").stat().st_mode) == 0o600
    write_atomic(tmp_path / "public.pdf", b"x")
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE((tmp_path / "public.pdf").stat().st_mode) == 0o666 & ~umask


def test_existing_permissions_are_kept(tmp_path: Path) -> None:
    target = tmp_path / "a.csv"
    target.write_text("x")
    target.chmod(0o640)
    write_atomic(target, "åäö")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert target.read_text(encoding="utf-8") == "åäö"


def test_save_as_refuses_in_swedish(tmp_path: Path) -> None:
    from ksdesk.atomic import save_as
    from ksdesk.core.errors import InvalidInput

    with pytest.raises(InvalidInput, match="är en mapp"):
        save_as(tmp_path, b"x")
    with pytest.raises(InvalidInput, match="finns inte"):
        save_as(tmp_path / "saknas" / "a.pdf", b"x")
    assert save_as(tmp_path / "a.pdf", b"%PDF").read_bytes() == b"%PDF"
